/// A section a report outline requires, matched loosely by keywords in heading titles.
public struct RequiredSection: Sendable, Hashable {
  /// The title as the outline writes it: 存在的主要问题.
  public var title: String
  /// Words any of which, in a heading's title, marks the section as present: 问题, 不足.
  public var keywords: [String]

  public init(title: String, keywords: [String]) {
    self.title = title
    self.keywords = keywords
  }
}

/// A report outline: the top-level sections a kind of report must have.
public struct SectionTemplate: Sendable, Hashable {
  /// The name configuration uses to pick it: `hunan-department`.
  public var name: String
  /// What it is, in Chinese: 湖南省部门整体支出绩效评价报告.
  public var title: String
  public var sections: [RequiredSection]

  public init(name: String, title: String, sections: [RequiredSection]) {
    self.name = name
    self.title = title
    self.sections = sections
  }

  /// The outlines of domain.md §3.
  public static let builtIn: [SectionTemplate] = [
    SectionTemplate(
      name: "hunan-department", title: "湖南部门整体支出绩效评价报告",
      sections: [
        RequiredSection(title: "部门概况", keywords: ["概况", "基本情况"]),
        RequiredSection(title: "部门整体支出管理及使用情况", keywords: ["支出管理", "使用情况", "支出使用", "管理及使用"]),
        RequiredSection(title: "绩效评价工作情况", keywords: ["评价工作", "自评工作", "评价开展", "评价组织"]),
        RequiredSection(title: "部门整体支出绩效情况", keywords: ["绩效情况", "绩效分析", "支出绩效", "绩效目标完成"]),
        RequiredSection(title: "存在的主要问题", keywords: ["问题", "不足"]),
        RequiredSection(title: "改进措施和有关建议", keywords: ["改进", "建议", "措施"]),
      ]),
    SectionTemplate(
      name: "hubei-self-evaluation", title: "湖北部门整体支出绩效自评报告",
      sections: [
        RequiredSection(title: "绩效自评得分情况及绩效等级", keywords: ["得分", "等级"]),
        RequiredSection(title: "基本情况", keywords: ["基本情况", "概况"]),
        RequiredSection(title: "绩效评价情况", keywords: ["评价情况", "绩效分析", "完成情况"]),
        RequiredSection(title: "绩效自评结果拟应用情况", keywords: ["应用", "改进措施", "结果运用"]),
      ]),
  ]
}
