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
    #expect(applyingFixes(found, to: text).contains("（一）成绩一：党建工作"))
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
