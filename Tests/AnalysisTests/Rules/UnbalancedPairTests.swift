import Testing

@testable import Analysis

@Suite struct UnbalancedPairTests {
  @Test func turnsRoundAClosingMarkThatOpens() throws {
    let text = "深化”放管服”改革"
    let found = findings(UnbalancedPair.self, in: text)
    let only = try #require(found.first)
    #expect(found.count == 1)
    #expect(only.range == TextRange(2, 3))
    #expect(applyingFixes(found, to: text) == "深化“放管服”改革")
    expectFixesConverge(UnbalancedPair.self, text)
  }

  @Test func replacesHalfWidthQuotesPairedWithChineseOnes() {
    let text = "坚持\"安全第一”的方针，开展“大排查\"行动"
    let found = findings(UnbalancedPair.self, in: text)
    #expect(found.count == 2)
    #expect(applyingFixes(found, to: text) == "坚持“安全第一”的方针，开展“大排查”行动")
    expectFixesConverge(UnbalancedPair.self, text)
  }

  @Test(arguments: [
    ("三公”经费本年总额为14万元", "”"),
    ("做到“应收尽收，应支尽支", "“"),
    ("根据财预〔2020〕10号）", "）"),
    ("按照《管理办法执行", "《"),
    ("见【附件", "【"),
  ])
  func flagsUnpairedMarksWithoutFix(text: String, mark: String) throws {
    let found = findings(UnbalancedPair.self, in: text)
    let only = try #require(found.first)
    #expect(found.count == 1)
    #expect(covered(only.range, in: text) == mark)
    #expect(only.fixes.isEmpty)
  }

  @Test(arguments: [
    "落实“两不愁三保障”和《预算法》（2018年修正）",
    "1) 坚持学习引领",  // list marker
    "一是加强领导；2）压实责任",
    "（一）“三公”经费情况",
    "财预〔2020〕10号",
    "他说\"好的\"",  // two half-width quotes pair with each other
  ])
  func staysSilentOnBalancedText(text: String) {
    #expect(findings(UnbalancedPair.self, in: text).isEmpty)
  }
}
