import Testing

@testable import Analysis

/// Fixes that looked certain on the sample reports and were not: they are offered, never applied by
/// fix-all. Invented text of the same shape.
@Suite struct FixSafetyTests {
  /// `成绩一：` among `（二）成绩二：`: the missing marker may belong in front, or the label may be
  /// the numbering the author meant.
  @Test func aLabelledHeadingIsNotRenumberedSafely() throws {
    let text = "一、概况\n二、主要成绩\n成绩一：产业发展稳步推进\n（二）成绩二：村容村貌明显改观\n（三）成绩三：公共服务不断完善"
    let found = findings(HeadingNumbering.self, in: text)
    let only = try #require(found.first)
    #expect(covered(only.range, in: text) == "成绩一")
    #expect(only.fixes.allSatisfy { $0.applicability != .safe })
    #expect(Linter().fixingSafely(text).appliedFixes["S102"] == nil)
  }

  /// `四个100%` followed by three rates: the count or the list may be wrong, so the count is not
  /// corrected by fix-all.
  @Test func aCountAgainstAListIsNotCorrectedSafely() {
    let text = "一、工作成效\n安全生产检查做到四个100%，即企业覆盖率100%，隐患登记率100%，整改销号率100%。"
    let found = findings(CountMismatch.self, in: text)
    #expect(found.count == 1)
    #expect(found.allSatisfy { $0.fixes.allSatisfy { $0.applicability != .safe } })
    #expect(Linter().fixingSafely(text).appliedFixes["A105"] == nil)
  }
}
