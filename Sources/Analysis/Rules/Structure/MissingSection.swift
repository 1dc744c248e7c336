/// ## 检查内容
/// 检查报告是否具备其提纲要求的各个一级章节（domain.md §3）：湖南的部门整体支出绩效评价报告提纲（部门概况 … 改进措施和
/// 有关建议）或湖北的自评报告提纲（绩效自评得分情况及绩效等级 … 绩效自评结果拟应用情况）。所用提纲是与各标题最吻合的
/// 一个，或 `Configuration.sectionTemplate` 中指定的那个。只在文档开头报告一次，列出缺少的章节。
///
///
/// 这些提纲适用于完整的部门整体支出绩效报告：标题表明是其他文种的文本（决算说明、项目支出绩效自评、“三公”经费说明、
/// 预算说明）不按这些提纲检查，片段（没有标题，也不以 `一、` 这样的第一个标题开头）同样不检查。配置中指定的提纲适用于任何完整的文本。
///
/// ## 为什么要改
/// 财政部门的通知规定了报告提纲，审核人员按章节逐一打分：缺少章节（最常见的是存在的主要问题或改进措施）会被扣分，
/// 报告也会被退回。
///
/// ## 示例
/// ```
/// 一、部门概况 二、部门整体支出管理及使用情况 三、绩效评价工作情况 四、部门整体支出绩效情况
/// ```
/// 应改为：
/// ```
/// 一、部门概况 … 四、部门整体支出绩效情况 五、存在的主要问题 六、改进措施和有关建议
/// ```
///
/// ## 修复安全性
/// 不提供修复：缺少的内容需要撰写。标题按关键词在提纲中任意位置宽松匹配；只有报告明显按该提纲编写时（至少有三节、
/// 且具备一半以上的章节）才会报告。
///
/// ## 选项
/// `Configuration.sectionTemplate` 指定提纲（`hunan-department`、`hubei-self-evaluation` 或自定义提纲）；
/// `Configuration.customSectionTemplates` 用于添加提纲。
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
