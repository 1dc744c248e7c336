import Testing

@testable import Analysis

@Suite struct FixingTests {
  @Test func appliesEverySafeFixAndCountsThem() {
    let text = "依据丙财绩[2021]6号和丁财办(2019)3号。"
    let outcome = Linter().fixingSafely(text)
    #expect(outcome.text == "依据丙财绩〔2021〕6号和丁财办〔2019〕3号。")
    #expect(outcome.appliedFixes == ["N104": 2])
    #expect(outcome.isChanged)
    #expect(Linter().fixingSafely(outcome.text) == FixOutcome(text: outcome.text, appliedFixes: [:]))
  }

  @Test func leavesWaivedFindingsAndDisabledRulesAlone() throws {
    let text = "依据丙财绩[2021]6号。"
    let document = Document(text: text)
    let finding = try #require(Linter().diagnostics(for: document).first)
    let waiver = Waiver(for: finding, in: document, reason: "原文")
    #expect(!Linter().fixingSafely(text, waivers: [waiver]).isChanged)
    #expect(!Linter(configuration: Configuration(disabledRules: ["N104"])).fixingSafely(text).isChanged)
  }

  @Test func stopsAfterMaxPasses() {
    let text = "依据丙财绩[2021]6号。"
    #expect(Linter().fixingSafely(text, maxPasses: 0).text == text)
  }
}
