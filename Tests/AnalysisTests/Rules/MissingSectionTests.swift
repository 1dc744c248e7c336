import Testing

@testable import Analysis

@Suite struct MissingSectionTests {
  private let hunanWithoutProblems = """
    甲乙镇人民政府2021年度部门整体支出绩效评价报告
    一、部门概况
    二、部门整体支出管理及使用情况
    三、绩效评价工作情况
    四、部门整体支出绩效情况
    """

  @Test func listsTheMissingSectionsOnceAtTheTop() throws {
    let found = findings(MissingSection.self, in: hunanWithoutProblems)
    let only = try #require(found.first)
    #expect(found.count == 1)
    #expect(only.range.start == 0)
    #expect(only.severity == .information)
    #expect(only.message.contains("存在的主要问题、改进措施和有关建议"))
    #expect(only.fixes.isEmpty)
  }

  @Test func acceptsLooseTitles() {
    let text = hunanWithoutProblems + "\n五、面临的挑战和存在的不足\n六、下一步工作建议"
    #expect(findings(MissingSection.self, in: text).isEmpty)
  }

  @Test func picksTheHubeiOutlineForAHubeiReport() throws {
    let text = "丙丁镇2021年度部门整体支出绩效自评报告\n一、绩效自评得分情况及绩效等级\n二、基本情况\n三、绩效评价情况"
    let only = try #require(findings(MissingSection.self, in: text).first)
    #expect(only.message.contains("绩效自评结果拟应用情况"))
  }

  @Test func aConfiguredTemplateIsUsedAsIs() throws {
    let custom = SectionTemplate(
      name: "project", title: "项目支出绩效评价报告",
      sections: [RequiredSection(title: "项目概况", keywords: ["项目概况"]), RequiredSection(title: "结论", keywords: ["结论"])])
    let configuration = Configuration(sectionTemplate: "project", customSectionTemplates: [custom])
    let text = "一、项目概况\n二、绩效分析\n三、问题"
    let only = try #require(findings(MissingSection.self, in: text, configuration: configuration).first)
    #expect(only.message.contains("结论"))
    #expect(findings(MissingSection.self, in: text, configuration: Configuration(sectionTemplate: "unknown")).isEmpty)
  }

  @Test(arguments: [
    // Another genre: a 决算说明 and a project report are not held to the department's outline.
    "甲乙镇人民政府2021年度部门决算情况说明\n一、部门概况\n二、部门整体支出管理及使用情况\n三、绩效评价工作情况",
    "甲乙镇2021年度道路建设项目支出绩效自评报告\n一、部门概况\n二、部门整体支出管理及使用情况\n三、绩效评价工作情况",
    // A fragment: the sections before the excerpt are not missing.
    "二、部门整体支出管理及使用情况\n三、绩效评价工作情况\n四、部门整体支出绩效情况",
    "一、基本情况\n二、主要做法\n三、下一步打算",  // not a performance report: no outline matches well
    "一、概况\n二、问题",  // too few sections to judge
  ])
  func staysSilentWhenUnsure(text: String) {
    #expect(findings(MissingSection.self, in: text).isEmpty)
  }
}
