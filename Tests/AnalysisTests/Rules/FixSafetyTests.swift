import Testing

@testable import Analysis

/// Fixes that looked certain on the sample reports and were not: they are offered, never applied by
/// fix-all. Invented text of the same shape.
@Suite struct FixSafetyTests {
  /// `成绩一：` among `（二）成绩二：`: the missing marker may belong in front, or the label may be
  /// the numbering the author meant.
  @Test func aLabelledHeadingIsNotRenumberedSafely() throws {
    let text = "一、概况\n二、主要成绩\n成绩一：扎实推进基层党建\n（二）成绩二：乡村振兴有序推进\n（三）成绩三：人居环境持续改善"
    let found = findings(HeadingNumbering.self, in: text)
    let only = try #require(found.first)
    #expect(covered(only.range, in: text) == "成绩一")
    #expect(only.fixes.allSatisfy { $0.applicability != .safe })
    #expect(Linter().fixingSafely(text).appliedFixes["S102"] == nil)
  }

  /// `四个100%` followed by three rates: the count or the list may be wrong, so the count is not
  /// corrected by fix-all.
  @Test func aCountAgainstAListIsNotCorrectedSafely() {
    let text = "一、工作成效\n走访活动做到四个100%，即入户走访率100%，意见收集率100%，整改反馈率100%。"
    let found = findings(CountMismatch.self, in: text)
    #expect(found.count == 1)
    #expect(found.allSatisfy { $0.fixes.allSatisfy { $0.applicability != .safe } })
    #expect(Linter().fixingSafely(text).appliedFixes["A105"] == nil)
  }
}
