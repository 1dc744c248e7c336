import Testing

@testable import Analysis

@Suite struct MixedPercentSignTests {
  @Test func reportsOnceAtTheMinorityForm() throws {
    let text = "执行率95%，完成率98％，满意度90%，覆盖率100%"
    let found = findings(MixedPercentSign.self, in: text)
    let only = try #require(found.first)
    #expect(found.count == 1)
    #expect(covered(only.range, in: text) == "％")
    #expect(only.severity == .information)
    #expect(applyingFixes(found, to: text) == "执行率95%，完成率98%，满意度90%，覆盖率100%")
    expectFixesConverge(MixedPercentSign.self, text)
  }

  @Test func listsTheOtherPlacesAsRelated() throws {
    let text = "a1％b2％c3%d4%e5%f6%g7%"
    let only = try #require(findings(MixedPercentSign.self, in: text).first)
    #expect(only.related.count == 1)
  }

  @Test func closeCountsMakeTheFixUnsafe() throws {
    let only = try #require(findings(MixedPercentSign.self, in: "1%，2％").first)
    #expect(only.fixes.first?.applicability == .unsafe)
  }

  @Test(arguments: ["执行率95%，完成率98%", "执行率95％，完成率98％", "没有百分号"])
  func staysSilentOnOneForm(text: String) {
    #expect(findings(MixedPercentSign.self, in: text).isEmpty)
  }
}
