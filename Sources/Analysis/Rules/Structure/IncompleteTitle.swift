/// ## What it does
/// Checks that the report's title names the unit and the fiscal year, as in
/// `甲乙镇人民政府2021年度部门整体支出绩效评价报告`. The title is the opening line or lines before the
/// first heading that end with 报告.
///
/// ## Why is this bad?
/// Reports are filed, published and compared by unit and year. A bare `部门整体支出绩效评价报告` is the
/// mark of a template not filled in, and tells a reader of the published file nothing.
///
/// ## Example
/// ```
/// 部门整体支出绩效评价报告
/// ```
/// Use instead:
/// ```
/// 甲乙镇人民政府2021年度部门整体支出绩效评价报告
/// ```
///
/// ## Fix safety
/// When the unit and year are known from elsewhere in the report (the signature, the body), the fix
/// writes them in front of the title. It is unsafe: the wording of a title is the author's choice.
public struct IncompleteTitle: Rule {
  public static let code = "S104"
  public static let name = "incomplete-title"
  public static let title = "标题未写明单位或年度"
  public static let defaultSeverity = Severity.information

  public init() {}

  /// Where the report names itself: the part of the title after the unit and year.
  private static let reportWords = ["部门整体", "绩效", "项目支出", "整体支出", "自评", "评价"]

  public func check(_ context: RuleContext) -> [Diagnostic] {
    let document = context.document
    let text = document.scalars
    let firstHeadingLine = document.headings.first?.line ?? Int.max
    // The title block: the first non-blank lines, up to the one that names the report.
    var block: [TextRange] = []
    var titleLine: TextRange?
    for paragraph in document.paragraphs.prefix(5) {
      guard paragraph.line < firstHeadingLine, paragraph.range.length <= 60 else { break }
      block.append(paragraph.range)
      if text.firstOffset(of: "报告", in: paragraph.range) != nil {
        titleLine = paragraph.range
        break
      }
    }
    guard let titleLine, let blockStart = block.first?.start else { return [] }
    let blockRange = TextRange(blockStart, titleLine.end)
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
    return [diagnostic(titleLine, "报告标题未写明\(missing)（如“××镇人民政府2021年度部门整体支出绩效评价报告”）", fixes: fixes)]
  }

  private func containsYear(_ text: [Unicode.Scalar], _ range: TextRange) -> Bool {
    var index = range.start
    while index + 4 < range.end {
      if (index..<(index + 4)).allSatisfy({ text[$0].isDigit }), text[index + 4] == "年" { return true }
      index += 1
    }
    return false
  }

  /// A unit: the subject's unit inside the title, or two or more Chinese characters before the words
  /// that name the report (县财政局2021年度…, 甲乙镇…).
  private func containsUnit(_ text: [Unicode.Scalar], _ range: TextRange, subject: Subject) -> Bool {
    if subject.unitRanges.contains(where: { range.contains($0) }) { return true }
    var end = range.end
    for word in Self.reportWords {
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
