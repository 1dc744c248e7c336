/// ## 检查内容
/// 查找与报告所评价的财政年度（标题中的年度）相矛盾的年份：
/// - 处于报告年度位置上的年份——评价本身的年度（对2019年度部门整体支出进行了绩效自评、2019年度自评得分为、
///   关于开展2019年度绩效自评工作的通知）或正文中重复的标题（某镇人民政府2019年度整体支出）——与报告年度不同；
/// - 发文字号的年份早于该通知所评价年度的结束
///   （《关于开展2020年度绩效自评工作的通知》（某财绩〔2019〕8号））；
/// - 某一年度的数字，却以报告年度本身作为比较基数（2021年度的报告中写“与2021年决算数持平”），比较关系按声明层的
///   读取结果判断。
///
/// 其他与以前年度的比较（上年、较2019年）、计划和历史沿革中的年份不予检查。
///
/// ## 为什么要改
/// 由上一年报告改写的报告，总会有一两句保留上一年的年份。审核人员会理解为评价的年度不对；而通知的日期早于其所
/// 评价的年度结束，说明引用有误。
///
/// ## 示例
/// ```
/// 甲乙镇人民政府2021年度部门整体支出绩效自评报告
/// 本单位组织对2020年度部门整体支出开展了绩效自评。
/// ```
/// 应改为：
/// ```
/// 本单位组织对2021年度部门整体支出开展了绩效自评。
/// ```
///
/// ## 修复安全性
/// 把年份改为报告年度的修复不安全：句子可能有意说另一个年度，只是用了规则无法识别的说法。相矛盾的发文字号不提供
/// 修复：写错的可能是文号，也可能是通知中的年度。
public struct YearMismatch: Rule {
  public static let code = "N103"
  public static let name = "year-mismatch"
  public static let title = "年度与报告年度不一致"
  public static let defaultSeverity = Severity.warning

  public init() {}

  /// Words after a year that make it the year evaluated (as scalars: they are searched for every year).
  private static let evaluationWords = ["绩效自评", "绩效评价", "自评得分", "评价得分", "自评工作", "整体支出绩效"].map {
    Array($0.unicodeScalars)
  }
  /// Words that put a sentence about another year on purpose: comparisons, history, plans.
  private static let otherYearWords = [
    "上年", "去年", "上一年", "往年", "历年", "以前", "以来", "较", "比", "同期", "整改", "问题", "反馈", "结果",
    "计划", "预计", "拟", "明年", "下一年", "下年",
  ].map { Array($0.unicodeScalars) }
  private static let openingBrackets: Set<Unicode.Scalar> = ["〔", "[", "【", "（", "(", "［"]

  public func check(_ context: RuleContext) -> [Diagnostic] {
    let document = context.document
    guard let reportYear = document.subject.year else { return [] }
    let text = document.scalars
    var result: [Diagnostic] = []
    // Sentences come in order: one cursor walks the quantities, read through the buffer so that only
    // years are copied.
    var nextQuantity = 0
    for paragraph in document.paragraphs {
      for sentence in paragraph.sentences {
        let inSentence = document.quantityIndices(in: sentence.range, from: &nextQuantity)
        var years: [Quantity] = []
        document.quantities.withUnsafeBufferPointer { all in
          // The digits are ASCII: their UTF-8 length is their number.
          for index in inSentence where all[index].kind == .year && all[index].digits.utf8.count == 4 {
            years.append(all[index])
          }
        }
        guard !years.isEmpty else { continue }
        result += documentNumberFindings(years, in: sentence, text: text)
        let prose = years.filter { !isBracketed($0, text) }
        for (position, year) in prose.enumerated() {
          guard let value = Int(year.digits), value != reportYear,
            document.subject.yearRange.map({ !$0.overlaps(year.range) }) ?? true,
            isReportingYearRole(
              year, next: position + 1 < prose.count ? prose[position + 1] : nil, in: sentence,
              document: document),
            !Self.otherYearWords.contains(where: { text.firstOffset(of: $0, in: sentence.range) != nil })
          else { continue }
          let written = document.string(in: year.range)
          result.append(
            diagnostic(
              year.numberRange, "本报告评价的是\(reportYear)年度，此处却写作“\(written)”，可能是套用往年报告时遗留",
              fixes: [
                .replace(year.numberRange, with: String(reportYear), title: "改为\(reportYear)", applicability: .unsafe)
              ]))
        }
      }
    }
    // A comparison whose base is the report's own year, for a figure of that year (与2021年决算数持平 in
    // a report on 2021): the claim layer reads which figure is compared with which.
    for range in context.claims.ownYearComparisons {
      guard let year = document.quantities(in: range).first, year.kind == .year else { continue }
      let earlier = String(reportYear - 1)
      result.append(
        diagnostic(
          year.numberRange,
          "所比较的是\(reportYear)年度本身的数据：本年数据应与上年（\(earlier)年）相比，此处的“\(document.string(in: year.range))”可能是笔误",
          fixes: [.replace(year.numberRange, with: earlier, title: "改为\(earlier)", applicability: .unsafe)]))
    }
    return result
  }

  /// `〔2021〕`: the year of a document number, not of the text.
  private func isBracketed(_ year: Quantity, _ text: [Unicode.Scalar]) -> Bool {
    year.numberRange.start > 0 && Self.openingBrackets.contains(text[year.numberRange.start - 1])
      && !text.matches("年", at: year.numberRange.end)
  }

  /// Whether the year stands for the year evaluated: the evaluation named right after it in its
  /// clause, or the subject's name right before it (the title repeated in the body).
  private func isReportingYearRole(_ year: Quantity, next: Quantity?, in sentence: Sentence, document: Document)
    -> Bool
  {
    let text = document.scalars
    // 2021年4月, 2020年底: a point in time (when the evaluation was done), not the year evaluated.
    if isPointInTime(year, text) { return false }
    guard let clause = sentence.clauses.first(where: { $0.contains(year.range.start) }) else { return false }
    // Up to the next year or 24 characters, whichever comes first, inside the clause.
    var end = min(clause.end, year.range.end + 24)
    if let next { end = min(end, next.range.start) }
    let after = TextRange(year.range.end, end)
    if Self.evaluationWords.contains(where: { text.firstOffset(of: $0, in: after) != nil }) { return true }
    let start = year.numberRange.start
    guard text.matches("人民政府", endingAt: start) else { return false }
    let organisation = text.string(in: TextRange(max(clause.start, start - 20), start - 4))
    return document.subject.townshipAliases.contains { organisation.hasSuffix($0) }
  }

  /// 2021年4月, 2020年底, 2020年上半年, 2020年第三季度: a time, not a fiscal year (2020年度 is always one).
  private func isPointInTime(_ year: Quantity, _ text: [Unicode.Scalar]) -> Bool {
    let end = year.range.end
    guard !text.matches("度", endingAt: end), let next = text[safe: end] else { return false }
    if ["初", "底", "末", "中"].contains(next) || text.matches("上半", at: end) || text.matches("下半", at: end) {
      return true
    }
    // A month or a quarter: 4月, 十二月, 第三季度, 一季度.
    var cursor = end
    if next == "第" { cursor += 1 }
    let numeral = cursor
    while cursor < text.count, cursor - numeral < 3, text[cursor].isDigit || ChineseNumeral.isNumeral(text[cursor]) {
      cursor += 1
    }
    return cursor > numeral && (text.matches("月", at: cursor) || text.matches("季", at: cursor))
  }

  /// A document number dated before the end of the year its notice evaluates:
  /// 《关于开展2020年度绩效自评工作的通知》（某财绩〔2019〕8号）.
  private func documentNumberFindings(_ years: [Quantity], in sentence: Sentence, text: [Unicode.Scalar])
    -> [Diagnostic]
  {
    let numbers = years.filter { isDocumentNumber($0, text) }
    let notices = years.filter { !isBracketed($0, text) && isEvaluationNotice($0, in: sentence, text: text) }
    // With several numbers or notices in one sentence, which belongs to which is not known.
    guard numbers.count == 1, notices.count == 1, let number = numbers.first, let notice = notices.first,
      let issued = Int(number.digits), let evaluated = Int(notice.digits), issued <= evaluated
    else { return [] }
    let range = TextRange(number.numberRange.start - 1, number.numberRange.end + 1)
    if issued < evaluated {
      return [
        diagnostic(
          range, "文号年份〔\(issued)〕早于通知所评价的\(evaluated)年度：评价\(evaluated)年度的通知不会在\(evaluated)年之前印发")
      ]
    }
    return [
      diagnostic(
        range, "文号年份〔\(issued)〕与通知所评价的年度相同：\(evaluated)年度的绩效评价通知通常在次年印发，请核对文号",
        severity: .information)
    ]
  }

  /// 某财绩〔2021〕8号: an issuing organ, the year in brackets, a sequence number and 号.
  private func isDocumentNumber(_ year: Quantity, _ text: [Unicode.Scalar]) -> Bool {
    let start = year.numberRange.start
    var cursor = year.numberRange.end + 1
    guard isBracketed(year, text), start >= 2, text[start - 2].isHan else { return false }
    let digits = cursor
    while cursor < text.count, text[cursor].isDigit { cursor += 1 }
    return cursor > digits && cursor < text.count && text[cursor] == "号"
  }

  /// 关于开展2020年度…绩效自评工作的通知: the year evaluated by a notice.
  private func isEvaluationNotice(_ year: Quantity, in sentence: Sentence, text: [Unicode.Scalar]) -> Bool {
    let start = year.numberRange.start
    let before = TextRange(max(sentence.range.start, start - 6), start)
    guard text.firstOffset(of: "关于", in: before) != nil else { return false }
    guard
      let notice = text.firstOffset(
        of: "通知", in: TextRange(year.range.end, min(sentence.range.end, year.range.end + 40)))
    else { return false }
    let title = TextRange(year.range.end, notice)
    return ["自评", "评价"].contains { text.firstOffset(of: $0, in: title) != nil }
  }
}
