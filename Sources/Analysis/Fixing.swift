/// The outcome of applying safe fixes until the text stops changing.
public struct FixOutcome: Hashable, Sendable {
  /// The fixed text.
  public var text: String
  /// How many fixes were applied, per rule code.
  public var appliedFixes: [String: Int]
  /// Whether the text changed.
  public var isChanged: Bool { !appliedFixes.isEmpty }
}

/// The safe fixes of one set of findings that can be applied together: the one fix selector, used by
/// `lint --fix` (through `Linter.fixingSafely`) and by the editor's "fix all".
public struct SafeFixSelection: Hashable, Sendable {
  /// The edits of every chosen fix, sorted by position and non-overlapping.
  public var edits: [TextEdit]
  /// The rule code of each chosen fix, in the order chosen.
  public var codes: [String]

  /// Chooses the first safe fix of each finding, as ruff's `apply_fixes` does: the fixes are sorted by where
  /// their first edit starts and taken in one sweep; a fix that starts before the last chosen one ends, or
  /// inserts where the last chosen one inserted (their order would be unknown), is left for the next pass.
  /// O(n log n) in the number of findings.
  public init(_ diagnostics: [Diagnostic]) {
    var candidates: [(edits: [TextEdit], code: String)] = []
    for diagnostic in diagnostics {
      guard let fix = diagnostic.fixes.first(where: { $0.applicability == .safe }), !fix.edits.isEmpty else {
        continue
      }
      candidates.append((fix.edits, diagnostic.code))
    }
    // Stable by construction: the findings come sorted by position, and ties keep that order.
    let order = candidates.indices.sorted {
      let lhs = candidates[$0].edits[0].range
      let rhs = candidates[$1].edits[0].range
      return lhs != rhs ? lhs < rhs : $0 < $1
    }
    var edits: [TextEdit] = []
    var codes: [String] = []
    var end = Int.min
    var insertionPoint: Int?
    for index in order {
      let fix = candidates[index]
      let start = fix.edits[0].range.start
      if start < end { continue }
      if start == end, insertionPoint == start { continue }
      // A fix's own edits are sorted and disjoint (Fix sorts them); one that overlaps itself is refused.
      if zip(fix.edits, fix.edits.dropFirst()).contains(where: { $0.range.end > $1.range.start }) { continue }
      edits.append(contentsOf: fix.edits)
      codes.append(fix.code)
      let last = fix.edits[fix.edits.count - 1].range
      end = last.end
      insertionPoint = last.isEmpty ? last.start : nil
    }
    self.edits = edits
    self.codes = codes
  }
}

extension Linter {
  /// Applies the safe fixes of `SafeFixSelection`, re-analyses and repeats until no safe fix is left
  /// (ruff's `--fix`); waived findings are left alone. Every pass is one analysis, one sort and one sweep,
  /// so the whole is linear in the text for a fixed number of passes; it stops after `maxPasses` so fixes
  /// that undo each other cannot loop. The findings limits do not apply here: every safe fix is made.
  public func fixingSafely(_ text: String, waivers: [Waiver] = [], maxPasses: Int = 10) -> FixOutcome {
    var unlimited = self
    unlimited.configuration.findingLimits = .unlimited
    var current = text
    var applied: [String: Int] = [:]
    for _ in 0..<maxPasses {
      let document = Document(text: current)
      let reported = Waiver.partition(unlimited.diagnostics(for: document), in: document, waivers: waivers).reported
      let selection = SafeFixSelection(reported)
      guard !selection.edits.isEmpty else { break }
      let next = document.scalars.applying(selection.edits)
      if next == current { break }
      current = next
      for code in selection.codes { applied[code, default: 0] += 1 }
    }
    return FixOutcome(text: current, appliedFixes: applied)
  }
}
