import Testing

@testable import Analysis

@Suite struct DoubledPunctuationTests {
  @Test(arguments: [
    ("指标完成率100%。。", "。", "指标完成率100%。"),
    ("包括人员，，公用经费", "，", "包括人员，公用经费"),
    ("党建、、纪检", "、", "党建、纪检"),
    ("完成。。。下一步", "。。", "完成。下一步"),
  ])
  func deletesRepeatedMarks(text: String, extra: String, fixed: String) throws {
    let found = findings(DoubledPunctuation.self, in: text)
    let only = try #require(found.first)
    #expect(found.count == 1)
    #expect(covered(only.range, in: text) == extra)
    #expect(only.fixes.first?.applicability == .safe)
    #expect(applyingFixes(found, to: text) == fixed)
    expectFixesConverge(DoubledPunctuation.self, text)
  }

  @Test func keepsTheStrongerOfTwoDifferentMarksUnsafely() throws {
    let text = "厚0.16米，；桥一座"
    let only = try #require(findings(DoubledPunctuation.self, in: text).first)
    #expect(covered(only.range, in: text) == "，；")
    #expect(only.fixes.first?.applicability == .unsafe)
    #expect(applyingFixes([only], to: text, minimum: .unsafe) == "厚0.16米；桥一座")
  }

  @Test(arguments: ["这是真的吗？！", "等等……", "时间——地点", "金额1,531.23万元。", "好！"])
  func staysSilentOnSingleMarks(text: String) {
    #expect(findings(DoubledPunctuation.self, in: text).isEmpty)
  }
}
