/// ## 检查内容
/// 查找所写总分与等级不符合评分等级标准的情况，例如“优”从90分起，却写 `得分86分，评价等级为“优”`。
///
/// 分数是“得分/评分/总分”后面的数字；等级是同一段落中其后“等级/等次/绩效/评价/评定/评为/定为/结果”后面的等级名称。
/// 满意度评分（满意度评分4.6分）和低于20分的分数属于其他评分体系，不予检查。
///
/// ## 为什么要改
/// 等级是评判报告的依据；与自身得分不符的等级，要么是拔高了等级，要么是分数写错，审核人员会将报告退回。
///
/// ## 示例
/// ```
/// 本单位自评得分86分，评价等级为“优”。
/// ```
/// 应改为：
/// ```
/// 本单位自评得分86分，评价等级为“良”。
/// ```
///
/// ## 修复安全性
/// 修复把等级改为该分数应得的等级，并沿用同一套等级名称（优/良/中/差 或 优秀/良好/合格/不合格）。该修复不安全：
/// 写错的可能是分数。
///
/// ## 选项
/// `gradeScale`：每个等级名称及其最低分（含）。默认为优 90、良 80、中 60、差 0，以及优秀 90、良好 80、合格 60、
/// 不合格 0。
public struct GradeMismatch: Rule {
  public static let code = "A108"
  public static let name = "grade-mismatch"
  public static let title = "得分与评价等级不符"
  public static let defaultSeverity = Severity.warning

  public init() {}

  private static let scoreWords = ["得分", "评分", "总分"]
  private static let scoreWordStarts: [Unicode.Scalar] = ["得", "评", "总"]
  private static let gradeIntroducers = ["等级", "等次", "级别", "绩效", "评价", "评定", "评为", "定为", "结果"]
  private static let linking: Set<Unicode.Scalar> = [
    "为", "是", "：", ":", "“", "\"", "「", "『", "‘", " ", "　", "了", "达", "共", "计",
  ]
  /// How far after the score the grade may be written.
  private static let window = 80

  public func check(_ context: RuleContext) -> [Diagnostic] {
    let document = context.document
    let text = document.scalars
    let scale = context.configuration.gradeScale.filter { !$0.key.isEmpty }
    guard !scale.isEmpty else { return [] }
    // Longest labels first, so that 不合格 wins over 合格 and 优秀 over 优.
    let labels = scale.keys.sorted { ($0.unicodeScalars.count, $0) > ($1.unicodeScalars.count, $1) }
    var result: [Diagnostic] = []
    let paragraphs = document.paragraphs
    // The score words' first characters from the shared index, each with the paragraph holding it
    // (both in order); the search resumes after each score word.
    var paragraphIndex = 0
    var resume = 0
    for index in context.characters.offsets(ofAny: Self.scoreWordStarts) where index >= resume {
      while paragraphIndex < paragraphs.count, paragraphs[paragraphIndex].range.end <= index { paragraphIndex += 1 }
      guard paragraphIndex < paragraphs.count, paragraphs[paragraphIndex].range.start <= index else { continue }
      let paragraph = paragraphs[paragraphIndex]
      guard let word = Self.scoreWords.first(where: { text.matches($0, at: index) }) else { continue }
      let wordEnd = index + word.unicodeScalars.count
      resume = wordEnd
      guard let score = score(after: wordEnd, in: document, paragraph: paragraph.range),
        !text.matches("满意", endingAt: index) && !isSatisfaction(text, before: index, start: paragraph.range.start)
      else { continue }
      let limit = min(
        paragraph.range.end, score.range.end + Self.window,
        nextScoreWord(text, after: score.range.end, end: paragraph.range.end))
      guard let (labelRange, label) = grade(in: TextRange(score.range.end, limit), text: text, labels: labels),
        let bound = scale[label]
      else { continue }
      let upper = scale.values.filter { $0 > bound }.min()
      let value = score.value
      if value >= bound && (upper.map { value < $0 } ?? true) { continue }
      let expected = expectedLabel(for: value, like: label, scale: scale)
      var message = "得分\(score.digits)分"
      if let expected, let low = scale[expected] {
        let high = scale.values.filter { $0 > low }.min()
        message += "按评分等级标准应为“\(expected)”（\(band(low, high))），此处写作“\(label)”"
      } else {
        message += "与等级“\(label)”（\(band(bound, upper))）不符"
      }
      let fixes =
        expected.map {
          [Fix.replace(labelRange, with: $0, title: "改为“\($0)”", applicability: .unsafe)]
        } ?? []
      result.append(
        diagnostic(
          labelRange, message, related: [RelatedInformation(range: score.range, message: "得分\(score.digits)分")],
          fixes: fixes))
    }
    return result
  }

  /// The score written right after 得分: 86分, 87.50.
  private func score(after offset: Int, in document: Document, paragraph: TextRange) -> Quantity? {
    let text = document.scalars
    var cursor = offset
    var skipped = 0
    while cursor < paragraph.end, skipped < 4, Self.linking.contains(text[cursor]) {
      cursor += 1
      skipped += 1
    }
    guard cursor < paragraph.end, text[cursor].isDigit,
      let quantity = document.quantities(in: TextRange(cursor, cursor + 1)).first,
      quantity.kind == .bare || quantity.unit?.dimension == .score,
      (20...100).contains(quantity.value)
    else { return nil }
    return quantity
  }

  /// Whether the words before 评分 speak of satisfaction (群众满意度评分), a different scale.
  private func isSatisfaction(_ text: [Unicode.Scalar], before offset: Int, start: Int) -> Bool {
    text.firstOffset(of: "满意", in: TextRange(max(start, offset - 6), offset)) != nil
  }

  private func nextScoreWord(_ text: [Unicode.Scalar], after offset: Int, end: Int) -> Int {
    var index = offset
    while index < end {
      let scalar = text[index]
      if scalar == "得" || scalar == "评" || scalar == "总", Self.scoreWords.contains(where: { text.matches($0, at: index) }) {
        return index
      }
      index += 1
    }
    return end
  }

  /// The first grade label introduced in `range`: 评价等级为“优”, 等次为：优秀.
  private func grade(in range: TextRange, text: [Unicode.Scalar], labels: [String]) -> (TextRange, String)? {
    var index = range.start
    while index < range.end {
      guard let introducer = Self.gradeIntroducers.first(where: { text.matches($0, at: index) }) else {
        index += 1
        continue
      }
      var cursor = index + introducer.unicodeScalars.count
      var skipped = 0
      while cursor < range.end, skipped < 4, Self.linking.contains(text[cursor]) {
        cursor += 1
        skipped += 1
      }
      if let label = labels.first(where: { text.matches($0, at: cursor) }) {
        let end = cursor + label.unicodeScalars.count
        // 优化, 优秀共产党员: a label must end its word.
        if end >= text.count || !text[end].isHan || text.matches("等", at: end) || text.matches("级", at: end)
          || text.matches("档", at: end)
        {
          return (TextRange(cursor, end), label)
        }
      }
      index += 1
    }
    return nil
  }

  /// The label the score earns, preferring the written label's family (same length: 优 → 良, 优秀 → 良好).
  private func expectedLabel(for value: Double, like written: String, scale: [String: Double]) -> String? {
    let fitting = scale.filter { label, bound in
      let upper = scale.values.filter { $0 > bound }.min()
      return value >= bound && (upper.map { value < $0 } ?? true)
    }.keys.sorted()
    let length = written.unicodeScalars.count
    return fitting.first { $0.unicodeScalars.count == length } ?? fitting.first
  }

  private func band(_ low: Double, _ high: Double?) -> String {
    let lowText = format(low)
    guard let high else { return "\(lowText)分及以上" }
    return low <= 0 ? "低于\(format(high))分" : "\(lowText)分≤得分<\(format(high))分"
  }

  private func format(_ value: Double) -> String {
    value.rounded() == value ? String(Int(value)) : String(value)
  }
}
