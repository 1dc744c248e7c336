import Testing

@testable import Analysis

@Suite struct InlayHintTests {
  let text = """
    2020年初批复预算的“三公”经费为16万元。
    全年决算支出“三公”经费14.41万元，较年初预算减少1.59万元，节约比为8.6%。
    基本支出600万元，项目支出150万元，支出合计750万元。
    """

  @Test func hintsFollowEachRecomputedFigure() {
    let document = Document(text: text)
    let hints = Linter().inlayHints(in: document)
    #expect(hints.map(\.label) == ["=1.59万元", "≈9.94%", "=750万元"])
    #expect(hints.map { document.string(in: TextRange($0.position - 4, $0.position)) } == ["59万元", "8.6%", "50万元"])
    #expect(hints.map(\.verdict) == [.consistent, .mismatch, .consistent])
    #expect(hints[1].tooltip == "按本文数据：(16−14.41)÷16 = 9.94%，文中为 8.6%，不符")
  }

  @Test func rangeLimitsTheHints() {
    let document = Document(text: text)
    let thirdLine = document.lineIndex.contentRange(ofLine: 2)
    #expect(Linter().inlayHints(in: document, range: thirdLine).map(\.label) == ["=750万元"])
    #expect(Linter().inlayHints(in: document, range: TextRange(0, 5)).isEmpty)
  }

  @Test func noHintsWithoutRecomputableFigures() {
    #expect(Linter().inlayHints(in: Document(text: "在职人员控制率为95%。")).isEmpty)
    #expect(Linter().inlayHints(in: Document(text: "")).isEmpty)
  }
}
