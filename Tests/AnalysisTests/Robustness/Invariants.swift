import Foundation
import Testing

@testable import Analysis

/// What must hold for any text whatsoever: the engine finishes in time, every range it reports lies
/// inside the document, fixes apply cleanly, and positions convert both ways.
enum Invariants {
  /// What one analysis cost: CPU seconds in total and per pass (`document` and each rule code).
  struct Cost {
    var seconds: Double
    var passes: [String: Double]
  }

  /// Analyses `text` with every rule, records an issue for each broken invariant, and returns the
  /// CPU time the analysis took.
  ///
  /// The rules run one by one on a shared context, as `Linter.diagnostics(for:)` runs them, so that
  /// each one's time is known. `label` names the case in failure messages.
  @discardableResult
  static func check(
    _ text: String, label: String, gazetteer: Gazetteer? = nil, sourceLocation: SourceLocation = #_sourceLocation
  ) -> Cost {
    let linter = Linter(gazetteer: gazetteer)
    // CPU time of this thread, not wall time: the machine running the tests may be busy.
    let started = threadCPUSeconds()
    let document = Document(text: text)
    var passes = ["document": threadCPUSeconds() - started]
    let context = RuleContext(document: document, configuration: linter.configuration, gazetteer: gazetteer)
    var diagnostics: [Diagnostic] = []
    for rule in linter.enabledRules {
      let ruleStarted = threadCPUSeconds()
      diagnostics += rule.init().check(context)
      passes[rule.code] = threadCPUSeconds() - ruleStarted
    }
    let seconds = threadCPUSeconds() - started
    let count = document.scalars.count
    // A hang detector, not a benchmark: debug builds, so the bound is loose (a quadratic pass
    // over a megabyte would still exceed it by far).
    let megabytes = Double(text.utf8.count) / 1_048_576
    let bound = 5.0 + 3.0 * megabytes
    if FuzzSettings.verbose {
      let slowest = passes.sorted { $0.value > $1.value }.prefix(3).map { "\($0.key) \($0.value)" }
      FuzzSettings.log("\(label): \(diagnostics.count) findings, \(seconds) s; slowest \(slowest)")
    }
    #expect(seconds < bound, "\(label): analysis took \(seconds) s (bound \(bound) s)", sourceLocation: sourceLocation)

    #expect(document.scalars.count == text.unicodeScalars.count, "\(label): scalar count", sourceLocation: sourceLocation)
    checkModel(document, label: label, sourceLocation: sourceLocation)

    var appliedFixes = 0
    for diagnostic in diagnostics {
      let name = "\(label): \(diagnostic.code) at \(diagnostic.range)"
      #expect(isInside(diagnostic.range, count), "\(name): range outside the document (\(count) scalars)",
        sourceLocation: sourceLocation)
      #expect(!diagnostic.message.isEmpty, "\(name): empty message", sourceLocation: sourceLocation)
      for related in diagnostic.related {
        #expect(isInside(related.range, count), "\(name): related range \(related.range) outside the document",
          sourceLocation: sourceLocation)
      }
      for fix in diagnostic.fixes {
        // Applying a fix rebuilds the text and re-analysing it reruns everything: done for a
        // few fixes per input, so inputs with thousands of findings stay linear.
        checkFix(
          fix, in: document, label: "\(name) fix “\(fix.title)”", apply: appliedFixes < 8,
          reanalyse: appliedFixes < 2 && count < 200_000, linter: linter, sourceLocation: sourceLocation)
        appliedFixes += 1
      }
    }
    // All safe fixes at once, as `lint --fix` applies them: the result is analysable text.
    let safeEdits = diagnostics.compactMap { $0.fixes.first { $0.applicability == .safe } }.flatMap(\.edits)
    if !safeEdits.isEmpty, count < 200_000 {
      let fixed = document.scalars.applying(safeEdits)
      let again = linter.diagnostics(for: fixed)
      let fixedCount = fixed.unicodeScalars.count
      #expect(again.allSatisfy { isInside($0.range, fixedCount) }, "\(label): text after all safe fixes analysed badly",
        sourceLocation: sourceLocation)
    }
    checkLineIndex(document, label: label, sourceLocation: sourceLocation)
    return Cost(seconds: seconds, passes: passes)
  }

  /// CPU time consumed by the calling thread.
  static func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  static func isInside(_ range: TextRange, _ count: Int) -> Bool {
    range.start >= 0 && range.start <= range.end && range.end <= count
  }

  /// The model's own ranges lie inside the text, and quantities are sorted as `quantities(in:)` assumes.
  static func checkModel(_ document: Document, label: String, sourceLocation: SourceLocation) {
    let count = document.scalars.count
    var ranges: [TextRange] = []
    for paragraph in document.paragraphs {
      ranges.append(paragraph.range)
      for sentence in paragraph.sentences {
        ranges.append(sentence.range)
        ranges.append(contentsOf: sentence.clauses)
      }
    }
    for heading in document.headings { ranges += [heading.markerRange, heading.textRange, heading.titleRange] }
    for table in document.tables {
      ranges.append(table.range)
      if let unitRange = table.unitRange { ranges.append(unitRange) }
      for row in table.rows { ranges.append(contentsOf: row.map(\.range)) }
    }
    for quantity in document.quantities {
      ranges += [quantity.range, quantity.numberRange]
      if let unitRange = quantity.unitRange { ranges.append(unitRange) }
    }
    ranges.append(contentsOf: document.subject.unitRanges)
    if let yearRange = document.subject.yearRange { ranges.append(yearRange) }
    let outside = ranges.filter { !isInside($0, count) }
    #expect(outside.isEmpty, "\(label): model ranges outside the text: \(outside.prefix(5))", sourceLocation: sourceLocation)
    let starts = document.quantities.map(\.numberRange.start)
    #expect(starts == starts.sorted(), "\(label): quantities not in document order", sourceLocation: sourceLocation)
    let lines = document.lineIndex.lineCount
    #expect(document.headings.allSatisfy { $0.parent.map { $0 >= 0 && $0 < document.headings.count } ?? true },
      "\(label): heading parent out of range", sourceLocation: sourceLocation)
    #expect(document.paragraphs.allSatisfy { $0.line >= 0 && $0.line < lines }, "\(label): paragraph line",
      sourceLocation: sourceLocation)
  }

  /// A fix's edits are inside the document, sorted and disjoint, and never split a CRLF pair; when
  /// `apply`, applying them gives the expected text, which (when `reanalyse`) the engine analyses again.
  static func checkFix(
    _ fix: Fix, in document: Document, label: String, apply: Bool, reanalyse: Bool, linter: Linter,
    sourceLocation: SourceLocation
  ) {
    let scalars = document.scalars
    #expect(!fix.edits.isEmpty, "\(label): a fix without edits", sourceLocation: sourceLocation)
    var previousEnd = 0
    for edit in fix.edits {
      #expect(isInside(edit.range, scalars.count), "\(label): edit \(edit.range) outside the document",
        sourceLocation: sourceLocation)
      #expect(edit.range.start >= previousEnd, "\(label): overlapping edits", sourceLocation: sourceLocation)
      previousEnd = max(previousEnd, edit.range.end)
      for boundary in [edit.range.start, edit.range.end] where boundary > 0 && boundary < scalars.count {
        #expect(!(scalars[boundary - 1] == "\r" && scalars[boundary] == "\n"), "\(label): edit splits a CRLF",
          sourceLocation: sourceLocation)
      }
      #expect(!edit.replacement.unicodeScalars.contains { $0.value == 0 || $0 == "\u{FFFD}" },
        "\(label): replacement contains NUL or U+FFFD", sourceLocation: sourceLocation)
    }
    guard apply, fix.edits.allSatisfy({ isInside($0.range, scalars.count) }) else { return }
    let fixed = scalars.applying(fix.edits)
    // The fixed text is exactly the untouched parts with the replacements between them.
    var expected = String.UnicodeScalarView()
    var cursor = 0
    for edit in fix.edits where edit.range.start >= cursor {
      expected.append(contentsOf: scalars[cursor..<edit.range.start])
      expected.append(contentsOf: edit.replacement.unicodeScalars)
      cursor = edit.range.end
    }
    expected.append(contentsOf: scalars[cursor...])
    #expect(fixed == String(expected), "\(label): applying the fix gave unexpected text", sourceLocation: sourceLocation)
    if reanalyse {
      let again = linter.diagnostics(for: fixed)
      let count = fixed.unicodeScalars.count
      #expect(again.allSatisfy { isInside($0.range, count) }, "\(label): fixed text analysed badly",
        sourceLocation: sourceLocation)
    }
  }

  /// Every scalar offset that is not inside a line terminator survives offset → line/column → offset
  /// in UTF-8, UTF-16 and UTF-32, and the UTF-16 and UTF-8 columns agree with Swift's own counts.
  static func checkLineIndex(_ document: Document, label: String, sourceLocation: SourceLocation) {
    let index = document.lineIndex
    let scalars = document.scalars
    let count = scalars.count
    // Sample about 1000 offsets spread over the text, always including the end.
    let step = max(1, count / 1000)
    var failures: [String] = []
    var utf16 = 0
    var utf8 = 0
    var offset = 0
    var lineStartUTF16 = 0
    var lineStartUTF8 = 0
    var line = 0
    while offset <= count, failures.count < 5 {
      if line < index.lineCount, offset == index.lineStarts[line] {
        lineStartUTF16 = utf16
        lineStartUTF8 = utf8
      }
      let isInsideTerminator = offset > index.lineEnds[line] && offset < (line + 1 < index.lineCount ? index.lineStarts[line + 1] : count + 1)
      if (offset % step == 0 || offset == count), !isInsideTerminator {
        for unit in ColumnUnit.allCases {
          let position = index.lineColumn(of: offset, in: unit)
          let back = index.offset(of: position, in: unit)
          if back != offset { failures.append("\(unit) \(offset) → \(position) → \(back)") }
          if position.line != line { failures.append("line of \(offset): \(position.line), expected \(line)") }
        }
        let utf16Column = index.lineColumn(of: offset, in: .utf16).column
        let utf8Column = index.lineColumn(of: offset, in: .utf8).column
        if utf16Column != utf16 - lineStartUTF16 || utf8Column != utf8 - lineStartUTF8 {
          failures.append("columns of \(offset): utf16 \(utf16Column) vs \(utf16 - lineStartUTF16), utf8 \(utf8Column) vs \(utf8 - lineStartUTF8)")
        }
      }
      if offset == count { break }
      utf16 += scalars[offset].utf16.count
      utf8 += scalars[offset].utf8.count
      offset += 1
      if line + 1 < index.lineCount, offset == index.lineStarts[line + 1] { line += 1 }
    }
    #expect(failures.isEmpty, "\(label): LineIndex round trip: \(failures)", sourceLocation: sourceLocation)
  }
}
