import Testing

@testable import Analysis

@Suite struct HoverClaimTests {
  static let text = """
    2020年初批复预算的“三公”经费为16万元。

    全年决算支出“三公”经费14.41万元，较年初预算减少1.59万元，节约比为8.6%，完成年初预算的90%。
    """

  func hover(on fragment: String, in text: String = text, diagnostics: Bool = true) -> HoverContent? {
    let document = Document(text: text)
    let linter = Linter()
    let scalars = Array(text.unicodeScalars)
    let pattern = Array(fragment.unicodeScalars)
    guard let offset = (0...(scalars.count - pattern.count)).first(where: { Array(scalars[$0..<($0 + pattern.count)]) == pattern })
    else { return nil }
    return linter.hover(at: offset, in: document, diagnostics: diagnostics ? linter.diagnostics(for: document) : [])
  }

  @Test func explainsAWrongRatioWithItsRecomputation() throws {
    let content = try #require(hover(on: "8.6%"))
    #expect(content.markdown.contains("**节约比**：节约比 = (预算数 − 决算数) ÷ 预算数"))
    #expect(content.markdown.contains("按本文数据：(16−14.41)÷16 = 9.94%，文中为 8.6%，不符"))
    #expect(content.markdown.contains("所用数据：预算数 16万元（第1行），决算数 14.41万元（第3行）"))
    // The finding follows the explanation.
    #expect(content.markdown.contains("（A101）"))
    #expect(covered(content.range, in: Self.text) == "8.6%")
  }

  @Test func explainsARightRatioToo() throws {
    let content = try #require(hover(on: "90%", diagnostics: false))
    #expect(content.markdown.contains("按本文数据：14.41÷16 = 90.06%，文中为 90%，相符"))
  }

  @Test func explainsADifferenceAndATotal() throws {
    let difference = try #require(hover(on: "1.59万元", diagnostics: false))
    #expect(difference.markdown.contains("**减少额**：减少额 = 预算数 − 决算数"))
    #expect(difference.markdown.contains("按本文数据：16−14.41 = 1.59万元，文中为 1.59万元，相符"))
    #expect(!difference.markdown.contains("变化"))
    let total = try #require(hover(on: "30万元", in: "支出合计30万元，其中办公费10万元、印刷费20万元。", diagnostics: false))
    #expect(total.markdown.contains("按本文数据：10+20 = 30万元，文中为 30万元，相符"))
  }

  @Test func saysNothingOnPlainText() {
    #expect(hover(on: "天气", in: "会议当天天气晴好，与会人员准时到场。", diagnostics: false) == nil)
  }
}
