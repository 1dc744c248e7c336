/// ## 检查内容
/// 检查标题是否写明单位和年度，如 `甲乙镇人民政府2021年度部门整体支出绩效评价报告` 或
/// `甲乙镇人民政府2022年度部门决算情况说明`。标题是第一个标题之前、开头由短行组成的部分，直到写明文种的那一行
/// （…报告、…说明、…自评表、…决算）。没有标题的文本——片段、附件、长文档中的一页——不予检查；表格类文书的标题
/// （`项目支出绩效自评表（2023年度）`）也不检查，其单位和年度是表中的栏目。年份可以不带“年度”（`2017整体支出绩效报告`）。
///
/// ## 为什么要改
/// 报告按单位和年度归档、公开和比较。光秃秃的 `部门整体支出绩效评价报告` 是模板没有填写的标志，公开后读者从中
/// 得不到任何信息。
///
/// ## 示例
/// ```
/// 部门整体支出绩效评价报告
/// ```
/// 应改为：
/// ```
/// 甲乙镇人民政府2021年度部门整体支出绩效评价报告
/// ```
///
/// ## 修复安全性
/// 当单位和年度可以从报告的其他地方（落款、正文）得知时，修复把它们写在标题前面。该修复不安全：标题的措辞由作者决定。
public struct IncompleteTitle: Rule {
  public static let code = "S104"
  public static let name = "incomplete-title"
  public static let title = "标题未写明单位或年度"
  public static let defaultSeverity = Severity.information

  public init() {}

  /// Where the title names the document: the part after the unit and year.
  private static let genreWords = [
    "部门整体", "部门决算", "部门预算", "绩效", "项目支出", "整体支出", "自评", "评价", "决算", "预算", "三公", "“三公",
  ]

  public func check(_ context: RuleContext) -> [Diagnostic] {
    let document = context.document
    let text = document.scalars
    guard let titleLine = document.titleLine, let blockRange = document.titleBlock, !namesAForm(text, titleLine)
    else { return [] }
    let hasYear = containsYear(text, blockRange)
    let hasUnit = containsUnit(text, blockRange, subject: document.subject)
    guard !hasYear || !hasUnit else { return [] }
    let missing = [hasUnit ? nil : "单位名称", hasYear ? nil : "年度"].compactMap { $0 }.joined(separator: "和")
    var fixes: [Fix] = []
    let subject = document.subject
    let unit = hasUnit ? "" : (subject.unitName ?? "")
    let year = hasYear ? "" : (subject.year.map { "\($0)年度" } ?? "")
    if (hasUnit || !unit.isEmpty) && (hasYear || !year.isEmpty) {
      let insertion = unit + year
      fixes.append(
        Fix(
          title: "在标题前补上“\(insertion)”",
          edits: [TextEdit(range: TextRange(titleLine.start, titleLine.start), replacement: insertion)],
          applicability: .unsafe))
    }
    return [
      diagnostic(titleLine, "标题未写明\(missing)（如“\(Self.example(document.genre))”）", fixes: fixes)
    ]
  }

  /// Whether the title names a form (…绩效自评表, …评分表（2023年度）): its last word before a
  /// bracket is 表.
  private func namesAForm(_ text: [Unicode.Scalar], _ range: TextRange) -> Bool {
    var end = range.end
    var depth = 0
    while end > range.start {
      let scalar = text[end - 1]
      if scalar == "）" || scalar == ")" {
        depth += 1
      } else if scalar == "（" || scalar == "(" {
        depth = max(0, depth - 1)
      } else if depth == 0, scalar.isHan {
        return scalar == "表"
      }
      end -= 1
    }
    return false
  }

  /// A complete title of the genre, as an example.
  private static func example(_ genre: Genre) -> String {
    switch genre {
    case .departmentEvaluation, .unknown: "××镇人民政府2021年度部门整体支出绩效评价报告"
    case .projectEvaluation: "××局2021年度××项目支出绩效自评报告"
    case .finalAccounts: "××镇人民政府2021年度部门决算情况说明"
    case .threePublicExpenses: "××镇人民政府2021年度“三公”经费决算情况说明"
    case .budget: "××镇人民政府2022年部门预算说明"
    }
  }

  /// `2021年`, or a year written bare (`2018绩效评价`): four digits from 1990 to 2099 standing alone.
  private func containsYear(_ text: [Unicode.Scalar], _ range: TextRange) -> Bool {
    var index = range.start
    while index + 4 <= range.end {
      defer { index += 1 }
      guard index == range.start || !text[index - 1].isDigit, (index..<(index + 4)).allSatisfy({ text[$0].isDigit })
      else { continue }
      if index + 4 < range.end, text[index + 4] == "年" { return true }
      let year = (index..<(index + 4)).reduce(0) { $0 * 10 + (text[$1].digitValue ?? 0) }
      if (1990...2099).contains(year), index + 4 == range.end || !text[index + 4].isDigit { return true }
    }
    return false
  }

  /// A unit: the subject's unit inside the title, or two or more Chinese characters before the words
  /// that name the report (县财政局2021年度…, 甲乙镇…).
  private func containsUnit(_ text: [Unicode.Scalar], _ range: TextRange, subject: Subject) -> Bool {
    if subject.unitRanges.contains(where: { range.contains($0) }) { return true }
    var end = range.end
    for word in Self.genreWords {
      if let found = text.firstOffset(of: word, in: range), found < end { end = found }
    }
    var hanCount = 0
    for index in range.start..<end where text[index].isHan && text[index] != "年" && text[index] != "度" {
      // 附件1： before the title is not a unit.
      if text[index] == "附" || text[index] == "件" { continue }
      hanCount += 1
    }
    return hanCount >= 2
  }
}
