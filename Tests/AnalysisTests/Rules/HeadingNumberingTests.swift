import Testing

@testable import Analysis

@Suite struct HeadingNumberingTests {
  /// 1、 and 1. have the same rank: with one of each, the style used first is the level's, whatever the
  /// process's hashing order (it used to be a dictionary's).
  @Test(arguments: [("1、", "2."), ("1.", "2、")])
  func aTieBetweenStylesGoesToTheFirstUsed(first: String, second: String) {
    let text = "一、概况\n\(first)基本支出情况\n\(second)项目支出情况\n二、评价"
    let found = findings(HeadingNumbering.self, in: text)
    #expect(found.count == 1)
    #expect(found.first.map { covered($0.range, in: text) } == second)
  }

  @Test func flagsANumberThatGoesBack() throws {
    let text = "一、概况\n二、支出\n三、评价\n四、绩效\n二、问题\n三、建议"
    let found = findings(HeadingNumbering.self, in: text)
    let only = try #require(found.first)
    #expect(found.count == 1)
    #expect(
      only.range.start
        == Array(text.unicodeScalars).firstOffset(of: "二、问题", in: TextRange(0, text.unicodeScalars.count)))
    #expect(only.message.contains("应为“五、”"))
    // The next sibling is 三、, not 六、: renumbering this one alone is not certain.
    #expect(only.fixes.first?.applicability == .unsafe)
    let whole = try #require(only.fixes.last)
    #expect(Array(text.unicodeScalars).applying(whole.edits) == "一、概况\n二、支出\n三、评价\n四、绩效\n五、问题\n六、建议")
  }

  @Test(arguments: [
    "（二）项目支出情况\n全年项目支出120万元。\n（三）“三公”经费情况\n一、下一步工作\n（一）加强管理",
    "3.核实绩效目标是否合理。\n（三）自评方法\n二、资金使用情况\n（一）资金下达\n（二）资金支出",
  ])
  func aFragmentMayStartAnywhere(text: String) {
    // No title and no first heading: a section, an appendix or a page of a longer document.
    #expect(Document(text: text).isFragment)
    #expect(findings(HeadingNumbering.self, in: text).isEmpty)
  }

  @Test func aWholeReportMustStartAtOne() {
    let text = "甲乙镇2022年度部门整体支出绩效评价报告\n（二）项目支出情况\n（三）“三公”经费情况"
    let found = findings(HeadingNumbering.self, in: text)
    #expect(found.count == 1)
    #expect(found.first?.message.contains("缺少“（一）”") == true)
  }

  @Test func aFragmentStillChecksTheLevelsItHolds() {
    let text = "（二）项目支出情况\n全年项目支出120万元。\n三、存在问题\n（一）资金拨付慢\n（三）监管不到位"
    let found = findings(HeadingNumbering.self, in: text)
    #expect(found.count == 1)
    #expect(found.first.map { covered($0.range, in: text) } == "（三）")
  }

  @Test func aNumberedLineStartingWithAYearIsAHeading() {
    let text = "一、概况\n1、2022年度收支情况\n3、2022年度绩效情况\n二、评价"
    let found = findings(HeadingNumbering.self, in: text)
    #expect(Document(text: text).headings.count == 4)
    #expect(found.count == 1)
    #expect(found.first.map { covered($0.range, in: text) } == "3、")
    // 3、4月份 is still not a heading.
    #expect(Document(text: "3、4月份完成验收").headings.isEmpty)
  }

  @Test func rowLabelsOfAFlattenedTableAreNotHeadings() {
    let text = "一、“三公”经费情况\n\n项目\n\n预算数\n\n决算数\n\n1、公务用车运行维护费\n\n10\n\n8\n\n2、公务接待费\n\n3\n\n2.5\n\n二、说明"
    #expect(findings(HeadingNumbering.self, in: text).isEmpty)
  }

  @Test func aTableOfContentsIsNotNumbering() {
    let text = "甲乙中心2022年部门决算\n目录\n第一部分 概况\n第二部分 决算表\n第三部分 说明\n第一部分 概况\n本中心负责农机推广。\n第二部分 决算表\n第三部分 说明"
    #expect(findings(HeadingNumbering.self, in: text).isEmpty)
  }

  @Test func itemsNumberedInsideAParagraph() throws {
    let text = "一、职能\n1.组织开展村级财务审计。2.做好惠农补贴发放。3.督促项目资金拨付。4.开展政策宣传。4.受理群众来信来访。5.指导村务公开。"
    let found = findings(HeadingNumbering.self, in: text)
    let only = try #require(found.first)
    #expect(found.count == 1)
    #expect(covered(only.range, in: text) == "4.")
    #expect(only.range.start > text.unicodeScalars.count / 2)
    #expect(only.message.contains("重复") && only.message.contains("应为“5.”"))
    #expect(only.fixes.first?.applicability == .unsafe)
  }

  @Test func aSkippedItemInsideAParagraph() {
    let text = "注：1.本表金额单位为万元，3.完成率按实际完成值计算。"
    let found = findings(HeadingNumbering.self, in: text)
    #expect(found.count == 1)
    #expect(found.first?.message.contains("跳过了“2.”") == true)
  }

  @Test(arguments: [
    "一、概况\n1.加强领导。2.完善制度。3.强化监督。",
    "全年完成1、2号楼改造，3、4月份完成验收，下降1.5个百分点。",
    "一是加强领导；2.完善制度；",  // a list that does not start at 1
    "第1、3季度完成投资2.5万元，第2、4季度完成1.2万元。",
    "（1）党建工作：1.学习；2.培训。（2）业务工作：1.监督；2.检查。",
  ])
  func itemsInsideAParagraphInOrder(text: String) {
    #expect(findings(HeadingNumbering.self, in: text).isEmpty)
  }

  @Test func renumbersARepeatBetweenTwoSiblingsSafely() {
    let text = "一、概况\n二、支出\n二、评价\n四、绩效"
    let found = findings(HeadingNumbering.self, in: text)
    #expect(found.count == 1)
    #expect(found.first?.fixes.first?.applicability == .safe)
    #expect(applyingFixes(found, to: text) == "一、概况\n二、支出\n三、评价\n四、绩效")
    expectFixesConverge(HeadingNumbering.self, text)
  }

  @Test func flagsASkip() {
    let text = "一、概况\n（一）基本情况\n（二）支出情况\n（四）项目情况\n二、评价"
    let found = findings(HeadingNumbering.self, in: text)
    #expect(found.count == 1)
    #expect(found.first.map { covered($0.range, in: text) } == "（四）")
    #expect(found.first?.message.contains("跳过了“（三）”") == true)
  }

  @Test func flagsALevelStartingAfterOne() {
    let text = "一、概况\n1、基本支出\n2、三公经费\n（二）项目支出\n二、评价"
    let found = findings(HeadingNumbering.self, in: text)
    #expect(found.count == 1)
    #expect(found.first?.message == "本级编号从“（二）”开始，缺少“（一）”")
  }

  @Test func fixesAnOpenerInAnotherStyle() {
    let text = "1、部门概况\n（一）基本情况\n1、职能职责\n2、人员编制\n（二）支出情况\n二、支出管理\n三、绩效评价"
    let found = findings(HeadingNumbering.self, in: text)
    #expect(found.count == 1)
    #expect(found.first?.range == TextRange(0, 2))
    #expect(applyingFixes(found, to: text).hasPrefix("一、部门概况\n"))
    expectFixesConverge(HeadingNumbering.self, text)
  }

  @Test func fixesARunOfSiblingsInADeeperStyle() {
    let text = "一、概况\n二、支出管理\n（1）基本支出\n（2）项目支出\n（三）三公经费\n三、评价"
    let found = findings(HeadingNumbering.self, in: text)
    #expect(found.count == 2)
    #expect(applyingFixes(found, to: text) == "一、概况\n二、支出管理\n（一）基本支出\n（二）项目支出\n（三）三公经费\n三、评价")
  }

  @Test func givesALabelledSiblingTheMarkerOfTheOthers() {
    let text = "一、概况\n二、绩效情况\n成绩一：党建工作\n（二）成绩二：乡村振兴\n（三）成绩三：环境整治"
    let found = findings(HeadingNumbering.self, in: text)
    #expect(found.count == 1)
    // The label may be the numbering the author meant: the marker is offered, not applied by fix-all.
    #expect(found.first?.fixes.first?.applicability == .unsafe)
    #expect(applyingFixes(found, to: text) == text)
    #expect(applyingFixes(found, to: text, minimum: .unsafe).contains("（一）成绩一：党建工作"))
  }

  @Test func movesAGluedHeadingToItsOwnLine() {
    let text = "一、概况\n二、支出\n三、评价\n四、绩效\n还需进一步探索。     五、存在的主要问题\n六、改进措施"
    let found = findings(HeadingNumbering.self, in: text)
    #expect(found.count == 1)
    #expect(found.first.map { covered($0.range, in: text) } == "五、")
    #expect(applyingFixes(found, to: text) == "一、概况\n二、支出\n三、评价\n四、绩效\n还需进一步探索。\n五、存在的主要问题\n六、改进措施")
    expectFixesConverge(HeadingNumbering.self, text)
  }

  @Test func suggestsChineseNumeralsForAnArabicTopLevel() throws {
    let text = "1、绩效自评得分情况\n2、基本情况\n(1) 部门支出情况\n1. 预算资金支出\n2. 重点工作\n(2) 年度目标\n3、评价情况"
    let found = findings(HeadingNumbering.self, in: text)
    let only = try #require(found.first)
    #expect(found.count == 1)
    #expect(only.severity == .information)
    #expect(only.fixes.first?.applicability == .unsafe)
  }

  @Test(arguments: [
    "一、概况\n（一）基本情况\n1.职能\n2.编制\n（二）支出\n1.基本支出\n2.项目支出\n二、评价",  // lists restart under a new parent
    "一、概况\n1.甲。\n2.乙。\n巩固成果。\n1.丙。\n2.丁。",  // a list restarting after an unnumbered subtitle
    "一、成绩\n（一）党建\n巩固拓展脱贫攻坚成果。\n（一）监测\n（二）帮扶",
    "1、概况\n（1）职能\n（2）编制\n2、支出\n（1）基本\n3、评价",  // consistent 1、→（1） with 一、 absent and few titles
    "没有标题的一段文字。",
  ])
  func staysSilentOnCorrectNumbering(text: String) {
    let found = findings(HeadingNumbering.self, in: text).filter { $0.severity != .information }
    #expect(found.isEmpty)
  }
}
