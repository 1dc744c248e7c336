import Testing

@testable import Analysis

@Suite struct RatioMismatchTests {
  /// The savings ratio whose budget stands in the paragraph before (issue 2's headline case).
  static let headline = """
    2020年初批复预算的“三公”经费为16万元，其中公务接待费10万元、公务用车购置及运行维护费6万元。

    全年决算支出“三公”经费14.41万元，其中公务接待费8.62万元、公务用车购置及运行维护费5.79万元。较年初预算减少1.59万元，节约比为8.6%。
    """

  @Test func flagsSavingsRatioWithBudgetFromEarlierParagraph() throws {
    let found = findings(RatioMismatch.self, in: Self.headline)
    let only = try #require(found.first)
    #expect(found.count == 1)
    #expect(covered(only.range, in: Self.headline) == "8.6%")
    #expect(only.message.hasPrefix("节约比应为9.9%（(16−14.41)÷16=9.94%），文中为8.6%"))
    #expect(only.severity == .warning)
    #expect(only.fixes.first?.title == "改为9.9%")
    #expect(applyingFixes(found, to: Self.headline, minimum: .unsafe).contains("节约比为9.9%"))
  }

  @Test func staysSilentWhenTheRatioIsRight() {
    let text = Self.headline.replacingOccurrences(of: "8.6%", with: "9.9%")
    #expect(findings(RatioMismatch.self, in: text).isEmpty)
  }
}
