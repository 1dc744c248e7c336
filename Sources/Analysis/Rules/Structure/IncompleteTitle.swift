/// ## What it does
/// Checks that the title names the unit and the year, as in
/// `甲乙镇人民政府2021年度部门整体支出绩效评价报告` or `甲乙镇人民政府2022年度部门决算情况说明`. The
/// title is the opening block of short lines, before the first heading, up to the line that names the
/// document (…报告, …说明, …自评表, …决算). A text without one — a fragment, an appendix, a page of a
/// longer document — is not checked, nor is the title of a form (`项目支出绩效自评表（2023年度）`), whose
/// unit and year are fields of the form. A year may be written bare (`2019部门整体支出绩效自评报告`).
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
