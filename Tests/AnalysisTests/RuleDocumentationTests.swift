import Foundation
import Testing

@testable import Analysis

/// Extracts each rule's doc comment, checks its sections, and keeps docs/rules.md and
/// RuleDocumentation+Generated.swift up to date (`UPDATE_SNAPSHOTS=1` rewrites them, and still fails).
@Suite struct RuleDocumentationTests {
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let rulesDirectory = packageRoot.appendingPathComponent("Sources/Analysis/Rules")

  /// The sections every rule's doc comment has, in this order (`RuleDocumentation` names them).
  static let requiredSections = RuleDocumentation.requiredSections
  static let optionalSections = RuleDocumentation.optionalSections
  static let correctionMarker = RuleDocumentation.correctionMarker

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
      !optionalSections.contains($0)
    }) {
      problems.append("unexpected section \(extra)")
    }
    if !documentation.contains(correctionMarker) { problems.append("## 示例 lacks \"\(correctionMarker)\"") }
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
    #expect(Self.sectionProblems("## 检查内容\nx\n## 示例\n应改为：\n## 修复安全性\n").count == 1)
    #expect(Self.sectionProblems(Self.requiredSections.joined(separator: "\n") + "\n应改为：").isEmpty)
    #expect(Self.sectionProblems(Self.requiredSections.joined(separator: "\n") + "\n## 选项\n应改为：").isEmpty)
    #expect(Self.sectionProblems(Self.requiredSections.joined(separator: "\n") + "\n## 备注\n应改为：").count == 1)
    #expect(Self.sectionProblems(Self.requiredSections.joined(separator: "\n")).count == 1)
    // The English headings of earlier versions are not accepted.
    #expect(!Self.sectionProblems("## What it does\n## Why is this bad?\n## Example\nUse instead:\n## Fix safety").isEmpty)
  }

  @Test func summaryIsTheFirstParagraphOfWhatItChecks() throws {
    let markdown = "## 检查内容\n查找重复的\n词语 and a `word`\nacross lines。\n\n第二段。\n\n## 为什么要改\n原因。"
    #expect(RuleDocumentation.summary(of: markdown) == "查找重复的词语 and a `word` across lines。")
    #expect(RuleDocumentation.summary(of: "## 检查内容\n\n## 为什么要改\n原因。") == nil)
    #expect(RuleDocumentation.summary(of: "## What it does\nx") == nil)
    for source in try Self.ruleSources() {
      #expect(RuleDocumentation.summary(of: source.documentation)?.isEmpty == false, "\(source.path)")
    }
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
    var output = "# 规则\n\n<!-- \(generatedNotice)\n     \(regenerateHint) -->\n\n"
    output += "`report-lsp rules` 列出这些规则，`report-lsp explain-rule 代码` 显示其中一条的说明。\n"
    output += "每条检查结果都通过规则代码链接到这里。\n\n"
    output += "| 代码 | 名称 | 标题 | 默认级别 |\n|---|---|---|---|\n"
    let rules = sources.compactMap { source in RuleRegistry.rule(code: source.code).map { (source, $0) } }
    for (source, rule) in rules {
      let anchor = RuleDocumentation.anchor(code: source.code, name: rule.name)
      output += "| [\(source.code)](#\(anchor)) | \(rule.name) | \(rule.title) | \(rule.defaultSeverity.name) |\n"
    }
    for (source, rule) in rules {
      output += "\n## \(source.code) \(rule.name)\n\n"
      output += "**\(rule.title)** · 默认级别：\(rule.defaultSeverity.name) · 源文件：`\(source.path)`\n\n"
      // One level down: the rule is the `##` section here.
      output += source.documentation.components(separatedBy: "\n").map { line in
        line.hasPrefix("## ") ? "#" + line : line
      }.joined(separator: "\n")
      output += "\n"
    }
    return output
  }
}
