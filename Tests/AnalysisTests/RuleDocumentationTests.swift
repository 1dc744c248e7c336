import Foundation
import Testing

@testable import Analysis

/// Extracts each rule's doc comment, checks its sections, and keeps docs/rules.md and
/// RuleDocumentation+Generated.swift up to date (`UPDATE_SNAPSHOTS=1` rewrites them, and still fails).
@Suite struct RuleDocumentationTests {
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let rulesDirectory = packageRoot.appendingPathComponent("Sources/Analysis/Rules")

  /// The sections every rule's doc comment has, in this order (`## Options` may follow).
  static let requiredSections = ["## What it does", "## Why is this bad?", "## Example", "## Fix safety"]

  struct RuleSource {
    var code: String
    var path: String
    var documentation: String
  }

  /// Every rule file under Sources/Analysis/Rules (a file declaring `static let code = "…"`), sorted by code.
  static func ruleSources() throws -> [RuleSource] {
    let enumerator = FileManager.default.enumerator(atPath: rulesDirectory.path)
    var sources: [RuleSource] = []
    while let relative = enumerator?.nextObject() as? String {
      guard relative.hasSuffix(".swift") else { continue }
      let text = try String(contentsOf: rulesDirectory.appendingPathComponent(relative), encoding: .utf8)
      let lines = text.components(separatedBy: "\n")
      guard let codeLine = lines.firstIndex(where: { $0.contains("static let code = \"") }) else { continue }
      let code = lines[codeLine].components(separatedBy: "\"").dropFirst().first ?? ""
      // The type declaration above the code, and the `///` block right above the declaration.
      var declaration = codeLine
      while declaration > 0, !Self.isTypeDeclaration(lines[declaration]) { declaration -= 1 }
      var first = declaration
      while first > 0, lines[first - 1].hasPrefix("///") { first -= 1 }
      let documentation = lines[first..<declaration].map { line -> String in
        let body = line.dropFirst(3)
        return String(body.hasPrefix(" ") ? body.dropFirst() : body)
      }.joined(separator: "\n")
      sources.append(RuleSource(code: code, path: "Sources/Analysis/Rules/" + relative, documentation: documentation))
    }
    return sources.sorted { $0.code < $1.code }
  }

  static func isTypeDeclaration(_ line: String) -> Bool {
    ["public struct ", "struct ", "public final class ", "final class "].contains { line.hasPrefix($0) }
  }

  /// What is wrong with a doc comment's sections, if anything.
  static func sectionProblems(_ documentation: String) -> [String] {
    let headings = documentation.components(separatedBy: "\n").filter { $0.hasPrefix("## ") }
    var problems: [String] = []
    if Array(headings.prefix(requiredSections.count)) != requiredSections {
      problems.append("sections are \(headings), expected \(requiredSections) first")
    }
    if let extra = headings.dropFirst(requiredSections.count).first(where: {
      !["## Options", "## References", "## Performance"].contains($0)
    }) {
      problems.append("unexpected section \(extra)")
    }
    if !documentation.contains("Use instead:") { problems.append("## Example lacks \"Use instead:\"") }
    return problems
  }

  @Test func everyRuleFileHasTheFourSectionsAndIsRegistered() throws {
    let sources = try Self.ruleSources()
    for source in sources {
      for problem in Self.sectionProblems(source.documentation) { Issue.record("\(source.path): \(problem)") }
    }
    #expect(sources.map(\.code) == RuleRegistry.all.map { $0.code }.sorted(), "rule files and RuleRegistry.all differ")
    #expect(Set(sources.map(\.code)).count == sources.count, "two rule files declare the same code")
  }

  @Test func generatedDocumentationIsUpToDate() throws {
    let sources = try Self.ruleSources()
    try Self.expectFile("Sources/Analysis/Rules/RuleDocumentation+Generated.swift", equals: Self.renderSwift(sources))
    try Self.expectFile("docs/rules.md", equals: Self.renderMarkdown(sources))
  }

  @Test func documentationIsServedByCode() throws {
    for source in try Self.ruleSources() {
      #expect(RuleDocumentation.markdown(for: source.code) == source.documentation)
    }
    #expect(RuleDocumentation.markdown(for: "Z999") == nil)
  }

  @Test func sectionCheckRejectsIncompleteDocumentation() {
    #expect(Self.sectionProblems("## What it does\nx\n## Example\nUse instead:\n## Fix safety\n").count == 1)
    #expect(Self.sectionProblems(Self.requiredSections.joined(separator: "\n") + "\nUse instead:").isEmpty)
    #expect(Self.sectionProblems(Self.requiredSections.joined(separator: "\n") + "\n## Notes\nUse instead:").count == 1)
  }

  static func expectFile(_ relativePath: String, equals rendered: String) throws {
    let url = packageRoot.appendingPathComponent(relativePath)
    let current = try? String(contentsOf: url, encoding: .utf8)
    guard current != rendered else { return }
    if ProcessInfo.processInfo.environment["UPDATE_SNAPSHOTS"] == "1" {
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try rendered.write(to: url, atomically: true, encoding: .utf8)
    }
    Issue.record(
      "\(relativePath) is out of date: run `UPDATE_SNAPSHOTS=1 swift test --filter RuleDocumentationTests`")
  }

  static let generatedNotice =
    "Generated from the rules' doc comments by Tests/AnalysisTests/RuleDocumentationTests.swift. Do not edit:"
  static let regenerateHint =
    "run `UPDATE_SNAPSHOTS=1 swift test --filter RuleDocumentationTests` after changing a rule's doc comment."

  static func renderSwift(_ sources: [RuleSource]) -> String {
    // Statements rather than one dictionary literal, so the output is already in swift-format's style.
    var output = "// \(generatedNotice)\n// \(regenerateHint)\n\nextension RuleDocumentation {\n"
    output += "  static let generated: [String: String] = {\n    var documentation: [String: String] = [:]\n"
    for source in sources {
      // A raw string with enough `#` that nothing in the text can end it or interpolate.
      var hashes = "#"
      while source.documentation.contains("\"\"\"" + hashes) || source.documentation.contains("\\" + hashes) {
        hashes += "#"
      }
      output += "    documentation[\"\(source.code)\"] = \(hashes)\"\"\"\n"
      for line in source.documentation.components(separatedBy: "\n") {
        output += line.isEmpty ? "\n" : "      \(line)\n"
      }
      output += "      \"\"\"\(hashes)\n"
    }
    return output + "    return documentation\n  }()\n}\n"
  }

  static func renderMarkdown(_ sources: [RuleSource]) -> String {
    var output = "# Rules\n\n<!-- \(generatedNotice)\n     \(regenerateHint) -->\n\n"
    output += "`report-lsp rules` lists these rules and `report-lsp explain-rule CODE` prints one of them.\n"
    output += "Each finding links here through its code.\n\n"
    output += "| Code | Name | 标题 | Default severity |\n|---|---|---|---|\n"
    let rules = sources.compactMap { source in RuleRegistry.rule(code: source.code).map { (source, $0) } }
    for (source, rule) in rules {
      let anchor = RuleDocumentation.anchor(code: source.code, name: rule.name)
      output += "| [\(source.code)](#\(anchor)) | \(rule.name) | \(rule.title) | \(rule.defaultSeverity.name) |\n"
    }
    for (source, rule) in rules {
      output += "\n## \(source.code) \(rule.name)\n\n"
      output += "**\(rule.title)** · default severity: \(rule.defaultSeverity.name) · source: `\(source.path)`\n\n"
      // One level down: the rule is the `##` section here.
      output += source.documentation.components(separatedBy: "\n").map { line in
        line.hasPrefix("## ") ? "#" + line : line
      }.joined(separator: "\n")
      output += "\n"
    }
    return output
  }
}
