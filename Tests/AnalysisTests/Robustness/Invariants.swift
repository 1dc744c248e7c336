import Foundation
import Testing

@testable import Analysis

/// What must hold for any text whatsoever: the engine finishes in time, every range it reports lies
/// inside the document, fixes apply cleanly, and positions convert both ways.
enum Invariants {
  /// Analyses `text` with every rule and records an issue for each broken invariant.
  ///
  /// `label` names the case in failure messages. Fixes are applied and re-analysed by sample (see
  /// `appliedScalarsPerInput`); re-analysis is skipped for very large inputs, where the first pass is
  /// the interesting one.
  static func check(
    _ text: String, label: String, gazetteer: Gazetteer? = nil, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let linter = Linter(gazetteer: gazetteer)
    // CPU time of this thread, not wall time: the machine running the tests may be busy.
    let started = threadCPUSeconds()
    let document = Document(text: text)
    let diagnostics = linter.diagnostics(for: document)
    let seconds = threadCPUSeconds() - started
    let count = document.scalars.count
    // A hang detector, not a benchmark: debug builds, so the bound is loose (a quadratic pass
    // over a megabyte would still exceed it by far).
    let megabytes = Double(text.utf8.count) / 1_048_576
    let bound = 5.0 + 3.0 * megabytes
    if FuzzSettings.verbose { print("\(label): \(text.utf8.count) bytes, \(diagnostics.count) findings, \(seconds) s") }
    #expect(seconds < bound, "\(label): analysis took \(seconds) s (bound \(bound) s)", sourceLocation: sourceLocation)

    #expect(document.scalars.count == text.unicodeScalars.count, "\(label): scalar count", sourceLocation: sourceLocation)
    checkModel(document, label: label, sourceLocation: sourceLocation)

    // Applying a fix is a pass over the whole text and re-analysing the result a whole analysis: doing
    // both for each of tens of thousands of findings made this check quadratic (the 10 MB line never
    // finished in a debug build). Every fix's edits are checked; an evenly spread sample of fixes is
    // applied, and a smaller one re-analysed, within a budget of scalars per input.
    let fixCount = diagnostics.reduce(0) { $0 + $1.fixes.count }
    let applyStride = max(1, fixCount * count / appliedScalarsPerInput)
    let reanalyseStride = max(1, fixCount * count / reanalysedScalarsPerInput)
    var fixNumber = 0
    // Plain comparisons, an issue only on failure: tens of thousands of findings each going through
    // `#expect` with an interpolated message dominated the suite's time in a debug build.
    for diagnostic in diagnostics {
      func name() -> String { "\(label): \(diagnostic.code) at \(diagnostic.range)" }
      if !isInside(diagnostic.range, count) {
        Issue.record("\(name()): range outside the document (\(count) scalars)", sourceLocation: sourceLocation)
      }
      if diagnostic.message.isEmpty { Issue.record("\(name()): empty message", sourceLocation: sourceLocation) }
      for related in diagnostic.related where !isInside(related.range, count) {
        Issue.record("\(name()): related range \(related.range) outside the document", sourceLocation: sourceLocation)
      }
      for fix in diagnostic.fixes {
        defer { fixNumber += 1 }
        checkFix(
          fix, in: document, label: "\(name()) fix “\(fix.title)”", apply: fixNumber % applyStride == 0,
          reanalyse: count < 200_000 && fixNumber % reanalyseStride == 0, linter: linter,
          sourceLocation: sourceLocation)
      }
    }
    checkLineIndex(document, label: label, sourceLocation: sourceLocation)
  }

  /// Scalars of fixed text built per input (fixes applied × document length), and of fixed text re-analysed.
  static let appliedScalarsPerInput = 20_000_000
  static let reanalysedScalarsPerInput = 100_000

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

  /// A fix's edits are inside the document, sorted and disjoint, never split a CRLF pair, and
  /// applying them (when `apply`) gives the expected text, which the engine can analyse again.
  static func checkFix(
    _ fix: Fix, in document: Document, label: @autoclosure () -> String, apply: Bool, reanalyse: Bool,
    linter: Linter, sourceLocation: SourceLocation
  ) {
    let scalars = document.scalars
    if fix.edits.isEmpty { Issue.record("\(label()): a fix without edits", sourceLocation: sourceLocation) }
    var previousEnd = 0
    for edit in fix.edits {
      if !isInside(edit.range, scalars.count) {
        Issue.record("\(label()): edit \(edit.range) outside the document", sourceLocation: sourceLocation)
      }
      if edit.range.start < previousEnd { Issue.record("\(label()): overlapping edits", sourceLocation: sourceLocation) }
      previousEnd = max(previousEnd, edit.range.end)
      for boundary in [edit.range.start, edit.range.end] where boundary > 0 && boundary < scalars.count {
        if scalars[boundary - 1] == "\r" && scalars[boundary] == "\n" {
          Issue.record("\(label()): edit splits a CRLF", sourceLocation: sourceLocation)
        }
      }
      if edit.replacement.unicodeScalars.contains(where: { $0.value == 0 || $0 == "\u{FFFD}" }) {
        Issue.record("\(label()): replacement contains NUL or U+FFFD", sourceLocation: sourceLocation)
      }
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
    #expect(fixed == String(expected), "\(label()): applying the fix gave unexpected text", sourceLocation: sourceLocation)
    if reanalyse {
      let again = linter.diagnostics(for: fixed)
      let count = fixed.unicodeScalars.count
      #expect(again.allSatisfy { isInside($0.range, count) }, "\(label()): fixed text analysed badly",
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
