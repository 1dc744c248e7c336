import Testing

@testable import Analysis

@Suite struct IncompleteTitleTests {
  @Test func flagsATitleWithoutUnitOrYear() throws {
    let text = " 部门整体支出绩效评价报告\n一、部门概况\n我镇2021年度支出……\n\n甲乙镇人民政府\n2022年4月26日"
    let found = findings(IncompleteTitle.self, in: text)
    let only = try #require(found.first)
    #expect(found.count == 1)
    #expect(covered(only.range, in: text) == "部门整体支出绩效评价报告")
    #expect(only.message.contains("单位名称和年度"))
    #expect(only.fixes.first?.applicability == .unsafe)
    #expect(applyingFixes(found, to: text, minimum: .unsafe).hasPrefix(" 甲乙镇人民政府2021年度部门整体支出绩效评价报告"))
  }

  @Test func flagsAMissingYear() throws {
    let only = try #require(findings(IncompleteTitle.self, in: "丙丁县财政局部门整体支出绩效评价报告\n一、概况").first)
    #expect(only.message.contains("未写明年度"))
    #expect(only.fixes.isEmpty)
  }

  @Test(arguments: [
    "甲乙镇人民政府2020年度部门整体支出绩效评价报告\n一、概况",
    "附件1：\n丙丁县甲乙镇人民政府2020年度\n\n部门整体支出绩效评价报告\n1、 部门概况",
    "甲乙镇人民政府\n2021年度部门整体支出绩效自评报告\n1、 基本情况",
    "丙丁县财政局2021年度部门整体支出绩效评价报告",
    "一、部门概况\n没有标题的报告",
    "甲乙中心2019部门整体支出绩效自评报告\n一、基本概况",  // a bare year
    "2023年甲乙乡人民政府部门决算说明\n一、部门职能",
    "乡村道路项目绩效评价报告.docx\n\n项目资金实际到位860万元，到位率96%。",  // a file name, not a title
    "（二）项目支出情况\n全年项目支出120万元。",  // a fragment has no title
    "部门整体支出绩效自评表 | |||\n单位名称 | 甲乙中心 | 年度 | 2023",  // a form: unit and year are its fields
  ])
  func staysSilentOnCompleteTitles(text: String) {
    #expect(findings(IncompleteTitle.self, in: text).isEmpty)
  }

  @Test func theExampleFollowsTheGenre() throws {
    let only = try #require(findings(IncompleteTitle.self, in: "部门决算情况说明\n一、部门职能").first)
    #expect(only.message.contains("单位名称和年度"))
    #expect(only.message.contains("部门决算情况说明”"))
  }
}
