import Foundation
import Testing

@testable import Analysis

/// Runs one rule over `text` and returns its findings.
func findings<R: Rule>(
  _ rule: R.Type, in text: String, configuration: Configuration = .default, gazetteer: Gazetteer? = nil
) -> [Diagnostic] {
  let context = RuleContext(document: Document(text: text), configuration: configuration, gazetteer: gazetteer)
  return R().check(context).sorted { $0.range < $1.range }
}

/// The text a range covers.
func covered(_ range: TextRange, in text: String) -> String {
  Array(text.unicodeScalars).string(in: range)
}

/// Applies the first fix of each diagnostic whose applicability is at least `minimum`.
func applyingFixes(_ diagnostics: [Diagnostic], to text: String, minimum: Applicability = .safe) -> String {
  let edits = diagnostics.compactMap { $0.fixes.first(where: { $0.applicability >= minimum }) }.flatMap(\.edits)
  return Array(text.unicodeScalars).applying(edits)
}

/// ruff's convergence check: after applying the rule's safe fixes, the rule finds nothing more to
/// fix, and applying again changes nothing.
func expectFixesConverge<R: Rule>(
  _ rule: R.Type, _ text: String, gazetteer: Gazetteer? = nil, sourceLocation: SourceLocation = #_sourceLocation
) {
  let fixed = applyingFixes(findings(rule, in: text, gazetteer: gazetteer), to: text)
  let remaining = findings(rule, in: fixed, gazetteer: gazetteer).filter { $0.fixes.contains { $0.applicability == .safe } }
  #expect(remaining.isEmpty, "safe fixes did not converge: \(remaining.map(\.message))", sourceLocation: sourceLocation)
  #expect(applyingFixes(findings(rule, in: fixed, gazetteer: gazetteer), to: fixed) == fixed, sourceLocation: sourceLocation)
}

/// Renders findings as ruff renders them in snapshots:
///
///     A101 [*] message
///      --> name:line:column
///       |
///     3 | the line
///       |     ^^^^
///       = help: fix title
///     - old line
///     + new line
func renderSnapshot(_ diagnostics: [Diagnostic], text: String, name: String) -> String {
  let document = Document(text: text)
  var output = ""
  for diagnostic in diagnostics {
    let start = document.lineIndex.lineColumn(of: diagnostic.range.start, in: .utf32)
    let end = document.lineIndex.lineColumn(of: diagnostic.range.end, in: .utf32)
    let hasSafeFix = diagnostic.fixes.contains { $0.applicability == .safe }
    output += "\(diagnostic.code)\(hasSafeFix ? " [*]" : "") \(diagnostic.severity.name): \(diagnostic.message)\n"
    output += " --> \(name):\(start.line + 1):\(start.column + 1)\n"
    let lineText = document.string(in: document.lineIndex.contentRange(ofLine: start.line))
    let gutter = String(start.line + 1)
    let pad = String(repeating: " ", count: gutter.count)
    let caretLength = max(1, (end.line == start.line ? end.column : lineText.unicodeScalars.count) - start.column)
    output += "\(pad) |\n\(gutter) | \(lineText)\n"
    output += "\(pad) | \(String(repeating: " ", count: start.column))\(String(repeating: "^", count: caretLength))\n"
    for related in diagnostic.related {
      let position = document.lineIndex.lineColumn(of: related.range.start, in: .utf32)
      output += "\(pad) = related \(position.line + 1):\(position.column + 1): \(related.message)\n"
    }
    for fix in diagnostic.fixes {
      output += "\(pad) = help: \(fix.title) (\(fix.applicability.rawValue))\n"
      let fixed = Document(text: Array(text.unicodeScalars).applying(fix.edits))
      let firstLine = start.line
      let lastLine = min(end.line, document.lineIndex.lineCount - 1)
      for line in firstLine...lastLine {
        output += "- \(document.string(in: document.lineIndex.contentRange(ofLine: line)))\n"
      }
      let fixedLast = min(fixed.lineIndex.lineCount - 1, lastLine + (fixed.lineIndex.lineCount - document.lineIndex.lineCount))
      if fixedLast >= firstLine {
        for line in firstLine...fixedLast {
          output += "+ \(fixed.string(in: fixed.lineIndex.contentRange(ofLine: line)))\n"
        }
      }
    }
    output += "\n"
  }
  return output
}

/// The folder of per-rule fixtures: `Fixtures/<code>/<case>.md` with `<case>.expected` beside it.
let fixturesDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .appendingPathComponent("Fixtures")

/// Compares the rendered findings of `rule` on a fixture with its `.expected` snapshot.
/// `UPDATE_SNAPSHOTS=1 swift test` rewrites missing or differing snapshots (and still fails).
func assertSnapshot<R: Rule>(
  _ rule: R.Type, fixture: String, gazetteer: Gazetteer? = nil, sourceLocation: SourceLocation = #_sourceLocation
) throws {
  let input = fixturesDirectory.appendingPathComponent(R.code).appendingPathComponent(fixture)
  let text = try String(contentsOf: input, encoding: .utf8)
  let rendered = renderSnapshot(findings(rule, in: text, gazetteer: gazetteer), text: text, name: fixture)
  let expectedURL = input.deletingPathExtension().appendingPathExtension("expected")
  let expected = try? String(contentsOf: expectedURL, encoding: .utf8)
  if expected != rendered {
    if ProcessInfo.processInfo.environment["UPDATE_SNAPSHOTS"] == "1" {
      try rendered.write(to: expectedURL, atomically: true, encoding: .utf8)
    }
    Issue.record(
      "snapshot \(expectedURL.lastPathComponent) differs:\n\(rendered)", sourceLocation: sourceLocation)
  }
}

/// The sample reports in ../shared/seeds, when that folder exists (it does in CI).
func seedReports() -> [(name: String, text: String)] {
  var directory = URL(fileURLWithPath: #filePath)
  for _ in 0..<6 {
    directory.deleteLastPathComponent()
    let candidate = directory.appendingPathComponent("shared/seeds")
    if let names = try? FileManager.default.contentsOfDirectory(atPath: candidate.path) {
      return names.sorted().compactMap { name in
        (try? String(contentsOf: candidate.appendingPathComponent(name), encoding: .utf8)).map { (name, $0) }
      }
    }
    let sibling = directory.deletingLastPathComponent().appendingPathComponent("shared/seeds")
    if let names = try? FileManager.default.contentsOfDirectory(atPath: sibling.path) {
      return names.sorted().compactMap { name in
        (try? String(contentsOf: sibling.appendingPathComponent(name), encoding: .utf8)).map { (name, $0) }
      }
    }
  }
  return []
}

/// The gazetteer in ../shared/data/gazetteer, when present.
let sharedGazetteer: Gazetteer? = {
  var directory = URL(fileURLWithPath: #filePath)
  for _ in 0..<7 {
    directory.deleteLastPathComponent()
    for base in [directory, directory.deletingLastPathComponent()] {
      let path = base.appendingPathComponent("shared/data/gazetteer/townships.csv").path
      if let text = try? String(contentsOfFile: path, encoding: .utf8) { return Gazetteer(csv: text) }
    }
  }
  return nil
}()
