import Analysis
import Foundation
import WordFile

/// Where a line of a Word report's text came from, as a reviewer finds it in Word.
enum WordLocation: Equatable, Sendable {
  /// The n-th paragraph with text (1-based; empty paragraphs are not counted).
  case paragraph(Int)
  /// A cell of the n-th table, by row and column (all 1-based).
  case tableCell(table: Int, row: Int, column: Int)

  /// "第12段", "表2第3行第1列".
  var label: String {
    switch self {
    case .paragraph(let number): "第\(number)段"
    case .tableCell(let table, let row, let column): "表\(table)第\(row)行第\(column)列"
    }
  }
}

/// A Word document laid out as the text the linter reads — the layout of a report pasted from Word:
/// one line per paragraph (generated list numbers written out, manual line breaks kept), and each table
/// as one cell per tab-indented line with rows separated by blank lines, so that the document model's
/// table reader reads it. An empty or merged cell is written "—" so the columns stay aligned.
struct WordReport: Equatable, Sendable {
  var text: String
  /// Where each line of `text` came from; nil for the blank lines around and inside tables.
  var lineLocations: [WordLocation?]

  /// What stands in for an empty cell.
  static let emptyCell = "—"

  init(_ document: WordDocument) {
    var lines: [String] = []
    var locations: [WordLocation?] = []
    var paragraphNumber = 0
    var tableNumber = 0
    func blankLine() {
      if let last = lines.last, !last.isEmpty {
        lines.append("")
        locations.append(nil)
      }
    }
    for block in document.blocks {
      switch block {
      case .paragraph(let paragraph):
        let shown = paragraph.displayText
        guard shown.contains(where: { !$0.isWhitespace }) else { continue }
        paragraphNumber += 1
        for line in shown.split(separator: "\n", omittingEmptySubsequences: false) {
          // A leading tab would read as a table cell.
          lines.append(String(line.drop { $0 == "\t" }))
          locations.append(.paragraph(paragraphNumber))
        }
      case .table(let table):
        tableNumber += 1
        blankLine()
        for (rowIndex, row) in table.rows.enumerated() {
          if rowIndex > 0 { blankLine() }
          var column = 0
          for cell in row {
            for spanned in 0..<max(1, cell.span) {
              column += 1
              let text = spanned == 0 && !cell.isMergedFromAbove ? Self.cellText(cell) : ""
              lines.append("\t" + (text.isEmpty ? Self.emptyCell : text))
              locations.append(.tableCell(table: tableNumber, row: rowIndex + 1, column: column))
            }
          }
        }
        blankLine()
      }
    }
    while let last = lines.last, last.isEmpty {
      lines.removeLast()
      locations.removeLast()
    }
    text = lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    lineLocations = locations
  }

  /// A cell's paragraphs on one line, separated by spaces; tabs and line breaks become spaces.
  private static func cellText(_ cell: WordCell) -> String {
    cell.paragraphs.map(\.displayText)
      .map { String($0.map { $0 == "\t" || $0 == "\n" ? " " : $0 }).trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
      .joined(separator: " ")
  }

  /// Where the text's line `line` (0-based) came from; a blank line takes the next located line's place.
  func location(ofLine line: Int) -> WordLocation? {
    guard line >= 0, line < lineLocations.count else { return nil }
    return lineLocations[line...].lazy.compactMap { $0 }.first
  }

  /// The finding as a reviewer reads it beside the Word document: line references in its messages turned
  /// into paragraphs and table cells.
  func presenting(_ diagnostic: Analysis.Diagnostic) -> Analysis.Diagnostic {
    var presented = diagnostic
    presented.message = translatingLineReferences(in: diagnostic.message)
    for index in presented.related.indices {
      presented.related[index].message = translatingLineReferences(in: presented.related[index].message)
    }
    return presented
  }

  /// Where a finding is ("第12段") and the text around it, quoted: how the JSON, SARIF and GitHub formats
  /// point into a Word document, whose lines and columns mean nothing to its reader.
  func place(of range: TextRange, in document: Document) -> (location: String, quote: String) {
    let line = document.lineIndex.line(containing: range.start)
    return (location(ofLine: line)?.label ?? "第\(line + 1)行", TextFormatter.excerpt(of: range, in: document).text)
  }

  /// `message` with the engine's line references ("第12行", "第12–15行") turned into places in the Word
  /// document ("第5段", "第5–7段", "表1第2行第1列至第8段"), since line numbers mean nothing there.
  func translatingLineReferences(in message: String) -> String {
    let characters = Array(message)
    var result = ""
    var index = 0
    while index < characters.count {
      guard characters[index] == "第", let (first, last, end) = Self.lineReference(characters, from: index + 1),
        let from = location(ofLine: first - 1), let to = location(ofLine: last - 1)
      else {
        result.append(characters[index])
        index += 1
        continue
      }
      switch (from, to) {
      case _ where from == to: result += from.label
      case (.paragraph(let a), .paragraph(let b)): result += "第\(a)–\(b)段"
      default: result += from.label + "至" + to.label
      }
      index = end
    }
    return result
  }

  /// Digits, optionally "–" or "-" and digits, then "行", starting at `start`: the line numbers and the
  /// index after "行".
  private static func lineReference(_ characters: [Character], from start: Int) -> (Int, Int, Int)? {
    func number(at index: Int) -> (Int, Int)? {
      var end = index
      while end < characters.count, characters[end].isASCII, characters[end].isNumber { end += 1 }
      guard end > index, end - index <= 9, let value = Int(String(characters[index..<end])) else { return nil }
      return (value, end)
    }
    guard let (first, afterFirst) = number(at: start) else { return nil }
    var last = first
    var cursor = afterFirst
    if cursor < characters.count, characters[cursor] == "–" || characters[cursor] == "-",
      let (second, afterSecond) = number(at: cursor + 1)
    {
      last = second
      cursor = afterSecond
    }
    guard cursor < characters.count, characters[cursor] == "行" else { return nil }
    return (first, last, cursor + 1)
  }
}
