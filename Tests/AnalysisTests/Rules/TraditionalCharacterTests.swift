import Testing

@testable import Analysis

@Suite struct TraditionalCharacterTests {
  @Test(arguments: [
    ("帮助群众解決实际困难", "決", "帮助群众解决实际困难"),
    ("发挥示范帶动作用", "帶", "发挥示范带动作用"),
  ])
  func replacesTraditionalCharacters(text: String, character: String, fixed: String) throws {
    let found = findings(TraditionalCharacter.self, in: text)
    let only = try #require(found.first)
    #expect(found.count == 1)
    #expect(covered(only.range, in: text) == character)
    #expect(applyingFixes(found, to: text) == fixed)
    expectFixesConverge(TraditionalCharacter.self, text)
  }

  @Test(arguments: [
    "於是乾脆著手整理余下的资料",  // characters that are also simplified ones are not in the table
    "帮助群众解决实际困难",
  ])
  func staysSilentOnSimplifiedText(text: String) {
    #expect(findings(TraditionalCharacter.self, in: text).isEmpty)
  }

  @Test func aTraditionalTextIsOneFinding() throws {
    let text = "一、本單位2022年度經費使用情況\n本單位全年經費支出12.5萬元，較預算減少2萬元。\n二、說明\n主要原因是嚴格執行接待標準，壓減會議開支。"
    let found = findings(TraditionalCharacter.self, in: text)
    let only = try #require(found.first)
    #expect(found.count == 1)
    #expect(covered(only.range, in: text) == "單")
    #expect(only.message.contains("全文使用繁体字"))
    let fix = try #require(only.fixes.first)
    // Characters outside the table stay traditional: the conversion needs a read-through.
    #expect(fix.applicability == .unsafe)
    let converted = applyingFixes(found, to: text, minimum: .unsafe)
    #expect(converted.hasPrefix("一、本单位2022年度经费使用情况"))
  }
}
