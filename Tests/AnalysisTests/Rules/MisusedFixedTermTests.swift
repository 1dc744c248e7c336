import Testing

@testable import Analysis

@Suite struct MisusedFixedTermTests {
  @Test(arguments: [
    ("确保“两不愁、四保障”全面落实", "两不愁、四保障", "确保“两不愁三保障”全面落实"),
    ("实现两不愁两保障", "两不愁两保障", "实现两不愁三保障"),
    ("监测“两不愁 三保障”情况", " ", "监测“两不愁三保障”情况"),
    ("全力落实“6稳6保”", "6稳6保", "全力落实“六稳六保”"),
    ("做好“6稳”工作", "6稳", "做好“六稳”工作"),
  ])
  func fixesFixedTerms(text: String, flagged: String, fixed: String) throws {
    let found = findings(MisusedFixedTerm.self, in: text)
    let only = try #require(found.first)
    #expect(found.count == 1)
    #expect(covered(only.range, in: text) == flagged)
    #expect(applyingFixes(found, to: text) == fixed)
    expectFixesConverge(MisusedFixedTerm.self, text)
  }

  @Test(arguments: [
    "确保“两不愁三保障”全面落实",
    "“两不愁、三保障”",
    "全力落实“六稳六保”",
    "增长16稳定",
    "2016年新农合参合率达98%",  // no year: nothing to compare
  ])
  func staysSilentOnCorrectText(text: String) {
    #expect(findings(MisusedFixedTerm.self, in: text).isEmpty)
  }

  @Test func flagsRuralCooperativeMedicalSchemeAfter2018() throws {
    let text = "甲乙镇人民政府2020年度部门整体支出绩效评价报告\n所有贫困户全部参加新农合，参保率100%。"
    let found = findings(MisusedFixedTerm.self, in: text)
    let only = try #require(found.first)
    #expect(covered(only.range, in: text) == "新农合")
    #expect(only.fixes.isEmpty)
    let older = "甲乙镇人民政府2015年度部门整体支出绩效评价报告\n所有贫困户全部参加新农合。"
    #expect(findings(MisusedFixedTerm.self, in: older).isEmpty)
    let merger = "甲乙镇人民政府2020年度部门整体支出绩效评价报告\n新农合已与城镇居民医保整合。"
    #expect(findings(MisusedFixedTerm.self, in: merger).isEmpty)
  }

  @Test func flagsItemsListedUnderThreePublicExpenses() {
    let text = """
      一、部门概况
      二、支出情况
      （一）“三公”经费情况
      1.“公务接待费”本年数为1.61万元。
      2.“会议费”本年数为3.40万元。
      3.培训费本年数为0.45万元。
      （二）项目支出
      1.会议费支出2万元。
      """
    let found = findings(MisusedFixedTerm.self, in: text)
    #expect(found.map { covered($0.range, in: text) } == ["会议费", "培训费"])
  }

  @Test func flagsRowsOfTheThreePublicTable() {
    let text = "（三）“三公”经费情况\n金额单位：万元\n\t项目\n\t金额\n\n\t公务接待费\n\t10\n\n\t办公经费\n\t5\n\n（四）其他"
    let found = findings(MisusedFixedTerm.self, in: text)
    #expect(found.map { covered($0.range, in: text) } == ["办公经费"])
  }
}
