/// The outcome of applying safe fixes until the text stops changing.
public struct FixOutcome: Hashable, Sendable {
  /// The fixed text.
  public var text: String
  /// How many fixes were applied, per rule code.
  public var appliedFixes: [String: Int]
  /// Whether the text changed.
  public var isChanged: Bool { !appliedFixes.isEmpty }
}

extension Linter {
  /// Applies the first safe fix of every finding, re-analyses and repeats until no safe fix is left
  /// (ruff's `--fix`). A fix overlapping one already chosen in the same pass waits for the next pass;
  /// waived findings are left alone. Stops after `maxPasses` so fixes that undo each other cannot loop.
  public func fixingSafely(_ text: String, waivers: [Waiver] = [], maxPasses: Int = 10) -> FixOutcome {
    var current = text
    var applied: [String: Int] = [:]
    for _ in 0..<maxPasses {
      let document = Document(text: current)
      let reported = Waiver.partition(diagnostics(for: document), in: document, waivers: waivers).reported
      var chosen: [TextEdit] = []
      var chosenCodes: [String] = []
      for diagnostic in reported {
        guard let fix = diagnostic.fixes.first(where: { $0.applicability == .safe }), !fix.edits.isEmpty else {
          continue
        }
        let overlaps = fix.edits.contains { edit in chosen.contains { Self.conflict(edit, $0) } }
        if overlaps { continue }
        chosen.append(contentsOf: fix.edits)
        chosenCodes.append(diagnostic.code)
      }
      guard !chosen.isEmpty else { break }
      let next = document.scalars.applying(chosen)
      if next == current { break }
      current = next
      for code in chosenCodes { applied[code, default: 0] += 1 }
    }
    return FixOutcome(text: current, appliedFixes: applied)
  }

  /// Two edits conflict when their ranges overlap, or both insert at the same place (order unknown).
  private static func conflict(_ lhs: TextEdit, _ rhs: TextEdit) -> Bool {
    lhs.range.overlaps(rhs.range) || lhs.range.start == rhs.range.start
      || (lhs.range.isEmpty && rhs.range.contains(lhs.range.start))
      || (rhs.range.isEmpty && lhs.range.contains(rhs.range.start))
  }
}
