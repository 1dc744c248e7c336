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
    "這個問題為什麼會發生",  // a text in traditional characters throughout
  ])
  func staysSilentOnSimplifiedOrTraditionalText(text: String) {
    #expect(findings(TraditionalCharacter.self, in: text).isEmpty)
  }
}
