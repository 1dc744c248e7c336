/// ## What it does
/// Checks that a report has the top-level sections its outline requires (domain.md §3): the Hunan
/// 部门整体支出绩效评价报告 outline (部门概况 … 改进措施和有关建议) or the Hubei 自评报告 outline
/// (绩效自评得分情况及绩效等级 … 绩效自评结果拟应用情况). The outline is the one the headings match best,
/// or the one named in `Configuration.sectionTemplate`. It reports once, at the top of the document,
/// listing what is missing.
///
///
/// The outlines are those of a whole 部门整体支出绩效 report: a text whose title names another genre
/// (a 决算说明, a 项目支出绩效自评, a “三公”经费说明, a 预算说明) is not held to them, nor is a
/// fragment (no title, and it does not open with a first heading such as `一、`). An outline named in
/// the configuration is applied to any whole text.
///
/// ## Why is this bad?
/// The 财政 notice prescribes the outline, and reviewers score a report section by section: a missing
/// section (most often 存在的主要问题 or 改进措施) costs points and sends the report back.
///
/// ## Example
/// ```
/// 一、部门概况 二、部门整体支出管理及使用情况 三、绩效评价工作情况 四、部门整体支出绩效情况
/// ```
/// Use instead:
/// ```
/// 一、部门概况 … 四、部门整体支出绩效情况 五、存在的主要问题 六、改进措施和有关建议
/// ```
///
/// ## Fix safety
/// No fix: the missing text has to be written. Titles are matched loosely by keywords anywhere in
/// the outline, and nothing is reported unless the report clearly follows the outline (at least three
/// of its sections and half of them present).
///
/// ## Options
/// `Configuration.sectionTemplate` names the outline (`hunan-department`, `hubei-self-evaluation`,
/// or a custom one); `Configuration.customSectionTemplates` adds outlines.
public struct MissingSection: Rule {
  public static let code = "S103"
  public static let name = "missing-section"
  public static let title = "缺少必备章节"
  public static let defaultSeverity = Severity.information

  public init() {}

  public func check(_ context: RuleContext) -> [Diagnostic] {
    let document = context.document
    guard !document.isFragment else { return [] }
    let isNamed = context.configuration.sectionTemplate != nil
    guard isNamed || document.genre == .departmentEvaluation || document.genre == .unknown else { return [] }
    var topLevel = 0
    for heading in document.headings where heading.level == 1 { topLevel += 1 }
    guard topLevel >= 3 else { return [] }
    let templates = SectionTemplate.builtIn + context.configuration.customSectionTemplates
    let custom = context.configuration.customSectionTemplates
    let keywords = custom.isEmpty ? Self.builtInKeywords : Keywords(templates)
    let found = keywords.inTitles(of: document)
    // The sections of template `index` none of whose keywords is in a title.
    func missing(_ index: Int) -> [RequiredSection] {
      templates[index].sections.indices.filter { section in
        !keywords.sectionKeywords[index][section].contains { found[$0] }
      }.map { templates[index].sections[$0] }
    }
    let chosen: (template: SectionTemplate, missing: [RequiredSection])
    if let name = context.configuration.sectionTemplate {
      guard let index = templates.firstIndex(where: { $0.name == name }) else { return [] }
      chosen = (templates[index], missing(index))
    } else {
      let scored = templates.indices.map { (templates[$0], missing($0)) }.filter { template, missing in
        let present = template.sections.count - missing.count
        return present >= 3 && present * 2 >= template.sections.count
      }
      guard
        let best = scored.max(by: {
          Double($0.1.count) / Double($0.0.sections.count) > Double($1.1.count) / Double($1.0.sections.count)
        })
      else { return [] }
      chosen = best
    }
    guard !chosen.missing.isEmpty, let first = document.paragraphs.first else { return [] }
    let list = chosen.missing.map(\.title).joined(separator: "、")
    return [
      diagnostic(
        first.range, "按“\(chosen.template.title)”提纲，报告缺少以下部分：\(list)")
    ]
  }

  /// The built-in outlines' keywords, indexed once.
  private static let builtInKeywords = Keywords(SectionTemplate.builtIn)

  /// The keywords of some outlines, numbered (the same word once), by their first scalar: titles are
  /// searched for all of them in one pass and the findings kept by number, not in a set of strings.
  private struct Keywords {
    private var byFirst: [Unicode.Scalar: [(word: [Unicode.Scalar], number: Int)]] = [:]
    private let firstScalars: HanBits
    private let count: Int
    /// For each outline and each of its sections, the numbers of the section's keywords.
    let sectionKeywords: [[[Int]]]

    init(_ templates: [SectionTemplate]) {
      var numbers: [String: Int] = [:]
      var byFirst: [Unicode.Scalar: [(word: [Unicode.Scalar], number: Int)]] = [:]
      sectionKeywords = templates.map { template in
        template.sections.map { section in
          section.keywords.map { keyword in
            if let number = numbers[keyword] { return number }
            let number = numbers.count
            numbers[keyword] = number
            let scalars = Array(keyword.unicodeScalars)
            if let first = scalars.first { byFirst[first, default: []].append((scalars, number)) }
            return number
          }
        }
      }
      self.byFirst = byFirst
      count = numbers.count
      firstScalars = HanBits(byFirst.keys)
    }

    /// Which keywords (by number) occur in some heading title of `document`, found in one pass over the
    /// titles (searching every title for every keyword was the rule's whole cost).
    func inTitles(of document: Document) -> [Bool] {
      let text = document.scalars
      var found = [Bool](repeating: false, count: count)
      for heading in document.headings {
        let end = min(heading.titleRange.end, text.count)
        var offset = max(0, heading.titleRange.start)
        while offset < end {
          defer { offset += 1 }
          guard firstScalars.mayContain(text[offset]) else { continue }
          for candidate in byFirst[text[offset]] ?? [] where offset + candidate.word.count <= end {
            if text.matches(candidate.word, at: offset) { found[candidate.number] = true }
          }
        }
      }
      return found
    }
  }
}
