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

@Suite struct SafeFixSelectionTests {
  private func finding(_ start: Int, _ end: Int, _ replacement: String, _ applicability: Applicability = .safe)
    -> Diagnostic
  {
    Diagnostic(
      code: "T\(start)", severity: .warning, range: TextRange(start, end), message: "",
      fixes: [.replace(TextRange(start, end), with: replacement, title: "", applicability: applicability)])
  }

  @Test func sortsTheFixesAndTakesThemInOneSweep() {
    // Given out of order: overlapping, adjacent, two insertions at one place, and an unsafe fix.
    let selection = SafeFixSelection([
      finding(6, 6, "b"), finding(2, 5, "x"), finding(0, 3, "y"), finding(3, 4, "z"), finding(6, 6, "a"),
      finding(8, 9, "u", .unsafe), finding(4, 6, "w"),
    ])
    #expect(selection.codes == ["T0", "T3", "T4", "T6"])
    #expect(selection.edits.map(\.range) == [TextRange(0, 3), TextRange(3, 4), TextRange(4, 6), TextRange(6, 6)])
  }

  @Test func aFixWhoseEditsSpanOthersKeepsThemForTheNextPass() {
    let wide = Diagnostic(
      code: "W", severity: .warning, range: TextRange(0, 1), message: "",
      fixes: [
        Fix(
          title: "", edits: [TextEdit(range: TextRange(0, 1), replacement: "“"), TextEdit(range: TextRange(9, 10), replacement: "”")],
          applicability: .safe)
      ])
    #expect(SafeFixSelection([wide, finding(4, 5, "x")]).codes == ["W"])
  }
}

@Suite struct FindingLimitTests {
  /// Unmatched brackets in a finished sentence, one L104 finding each (a text that stops in mid-sentence
  /// may leave its last brackets open).
  private let brackets = String(repeating: "（甲", count: 7) + "。"

  @Test func eachRuleListsAtMostItsLimitAndCountsTheRest() {
    let linter = Linter(configuration: Configuration(findingLimits: FindingLimits(perRule: 3, perDocument: nil)))
    let found = linter.diagnostics(for: brackets).filter { $0.code == "L104" }
    #expect(found.count == 4)
    #expect(found.last?.message == "另有 4 处 L104 问题未列出（每条规则最多列出 3 处，可用设置项 maxFindingsPerRule 调整）")
    #expect(found.last?.severity == .information && found.last?.range == TextRange(6, 7))
  }

  @Test func aDocumentListsAtMostItsLimit() {
    let linter = Linter(configuration: Configuration(findingLimits: FindingLimits(perRule: nil, perDocument: 2)))
    let found = linter.diagnostics(for: brackets)
    #expect(found.count == 3)
    #expect(found.last?.message.hasPrefix("本文另有") == true)
    let unlimited = Linter(configuration: Configuration(findingLimits: .unlimited))
    #expect(unlimited.diagnostics(for: brackets).filter { $0.code == "L104" }.count == 7)
  }

  @Test func theDefaultsBoundAPathologicalText() {
    let found = Linter().diagnostics(for: String(repeating: "（甲", count: 5000) + "。").filter { $0.code == "L104" }
    #expect(found.count == FindingLimits.default.perRule! + 1)
    // Fixing ignores the limits: every safe fix is made.
    let text = String(repeating: "依据丙财绩[2021]6号。\n", count: 1200)
    #expect(Linter().fixingSafely(text).appliedFixes["N104"] == 1200)
  }
}
