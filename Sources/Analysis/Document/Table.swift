/// One cell of a table.
public struct TableCell: Hashable, Sendable {
  /// The cell's text without surrounding white space.
  public var range: TextRange
  public var text: String
  /// The number in the cell, when the cell is a single number (with the table's unit if it has none).
  public var quantity: Quantity?
}

/// A table: the Word paste layout (one cell per tab-indented line, rows separated by blank lines),
/// a Markdown pipe table, or a table whose layout was flattened by a conversion (PDF, web page, .docx
/// to text): rows run onto one line each, or one cell per line with the rows lost.
public struct Table: Hashable, Sendable {
  public enum Layout: String, Sendable {
    case tabIndented
    case markdown
    /// Each row on one line, its cells separated by `|`, tabs or spaces (`预算数 | 决算数 | 执行率`,
    /// `年初预算数 全年预算数 全年执行数`). A whole table flattened onto a single line is one row.
    case flattened
    /// One cell per line, with blank lines or lone `|` between cells, as PDF and web-page tables
    /// come out of a converter. Where rows begin is lost: all cells are kept, in order, as one row.
    case cellPerLine
  }

  public var layout: Layout
  /// Rows of cells; the first row is the header.
  public var rows: [[TableCell]]
  /// The first and last line of the table.
  public var lineRange: ClosedRange<Int>
  public var range: TextRange
  /// The unit stated once for the table (金额单位：万元), with where it was stated.
  public var unit: Unit?
  public var unitRange: TextRange?

  /// The header row.
  public var header: [TableCell] { rows.first ?? [] }
  /// The rows after the header.
  public var bodyRows: ArraySlice<[TableCell]> { rows.dropFirst() }
}

enum TableParser {
  /// Finds tables among the document's lines. `isTableLine[i]` is set for every line that belongs
  /// to a table, so that paragraphs can skip them.
  static func parse(
    _ text: [Unicode.Scalar], lines: LineIndex, isTableLine: inout [Bool]
  ) -> [Table] {
    var tables: [Table] = []
    var scratch: [Quantity] = []  // reused by every cell
    var line = 0
    while line < lines.lineCount {
      if isTabCell(text, lines.contentRange(ofLine: line)) {
        let (table, last) = parseTabTable(text, lines: lines, from: line, scratch: &scratch)
        if let table {
          for l in table.lineRange { isTableLine[l] = true }
          tables.append(table)
        }
        // On failure, `last` is the last line from which no table can start either: skipping
        // there keeps the parse linear (retrying line by line was quadratic on a long ragged table).
        line = max(last, line) + 1
        continue
      } else if isPipeRow(text, lines.contentRange(ofLine: line)) {
        if let (table, last) = parsePipeTable(text, lines: lines, from: line, scratch: &scratch) {
          for l in table.lineRange { isTableLine[l] = true }
          tables.append(table)
          line = last + 1
          continue
        }
      }
      line += 1
    }
    tables += FlattenedTableParser.parse(text, lines: lines, isTableLine: &isTableLine, scratch: &scratch)
    tables.sort { $0.lineRange.lowerBound < $1.lineRange.lowerBound }
    for index in tables.indices { attachUnit(text, lines: lines, to: &tables[index]) }
    return tables
  }

  private static func isTabCell(_ text: [Unicode.Scalar], _ range: TextRange) -> Bool {
    range.start < range.end && text[range.start] == "\t" && !text.trimmed(range).isEmpty
  }

  private static func isBlank(_ text: [Unicode.Scalar], _ range: TextRange) -> Bool { text.trimmed(range).isEmpty }

  /// The table starting at `first`, with its last line; or nil with the last line from which a
  /// retry would fail too (the end of the last row of fewer than two cells, or of the whole block).
  private static func parseTabTable(
    _ text: [Unicode.Scalar], lines: LineIndex, from first: Int, scratch: inout [Quantity]
  ) -> (Table?, Int) {
    var rows: [[TableCell]] = []
    var current: [TableCell] = []
    var line = first
    var lastCellLine = first
    // The last line of the last row with fewer than two cells: every start up to it includes
    // that row (or part of it), so fails.
    var lastBadRowEnd: Int?
    while line < lines.lineCount {
      let range = lines.contentRange(ofLine: line)
      if isTabCell(text, range) {
        current.append(makeCell(text, text.trimmed(range), scratch: &scratch))
        lastCellLine = line
      } else if isBlank(text, range) {
        if !current.isEmpty {
          rows.append(current)
          if current.count < 2 { lastBadRowEnd = lastCellLine }
        }
        current = []
        // A table continues across one blank line only if the next line is a cell again.
        if line + 1 >= lines.lineCount || !isTabCell(text, lines.contentRange(ofLine: line + 1)) { break }
      } else {
        break
      }
      line += 1
    }
    if !current.isEmpty {
      rows.append(current)
      if current.count < 2 { lastBadRowEnd = lastCellLine }
    }
    // A table has a header and at least one row, each of two cells or more.
    if let lastBadRowEnd {
      // A later start avoids the bad row but may still leave fewer than two rows: it is tried then.
      return (nil, lastBadRowEnd)
    }
    guard rows.count >= 2 else { return (nil, lastCellLine) }
    let range = TextRange(lines.lineStarts[first], lines.lineEnds[lastCellLine])
    return (
      Table(layout: .tabIndented, rows: rows, lineRange: first...lastCellLine, range: range, unit: nil, unitRange: nil),
      lastCellLine
    )
  }

  private static func isPipeRow(_ text: [Unicode.Scalar], _ range: TextRange) -> Bool {
    let trimmed = text.trimmed(range)
    return trimmed.length >= 2 && text[trimmed.start] == "|"
  }

  private static func isSeparatorRow(_ text: [Unicode.Scalar], _ range: TextRange) -> Bool {
    let trimmed = text.trimmed(range)
    var sawDash = false
    for i in trimmed.start..<trimmed.end {
      switch text[i] {
      case "-": sawDash = true
      case "|", ":", " ", "\t": continue
      default: return false
      }
    }
    return sawDash
  }

  private static func parsePipeTable(
    _ text: [Unicode.Scalar], lines: LineIndex, from first: Int, scratch: inout [Quantity]
  ) -> (Table, Int)? {
    guard first + 1 < lines.lineCount, isSeparatorRow(text, lines.contentRange(ofLine: first + 1)) else { return nil }
    var rows: [[TableCell]] = [pipeCells(text, lines.contentRange(ofLine: first), scratch: &scratch)]
    var line = first + 2
    while line < lines.lineCount, isPipeRow(text, lines.contentRange(ofLine: line)) {
      rows.append(pipeCells(text, lines.contentRange(ofLine: line), scratch: &scratch))
      line += 1
    }
    let last = line - 1
    let range = TextRange(lines.lineStarts[first], lines.lineEnds[last])
    var lineRange = first...last
    if last < first + 1 { lineRange = first...(first + 1) }
    return (Table(layout: .markdown, rows: rows, lineRange: lineRange, range: range, unit: nil, unitRange: nil), last)
  }

  private static func pipeCells(
    _ text: [Unicode.Scalar], _ range: TextRange, scratch: inout [Quantity]
  ) -> [TableCell] {
    let trimmed = text.trimmed(range)
    var cells: [TableCell] = []
    var cellStart = trimmed.start + 1
    var index = cellStart
    while index < trimmed.end {
      if text[index] == "|", index == 0 || text[index - 1] != "\\" {
        cells.append(makeCell(text, text.trimmed(TextRange(cellStart, index)), scratch: &scratch))
        cellStart = index + 1
      }
      index += 1
    }
    if cellStart < trimmed.end, !text.trimmed(TextRange(cellStart, trimmed.end)).isEmpty {
      cells.append(makeCell(text, text.trimmed(TextRange(cellStart, trimmed.end)), scratch: &scratch))
    }
    return cells
  }

  /// A cell of `range`; `found` is a buffer reused from cell to cell for the numbers in it.
  static func makeCell(
    _ text: [Unicode.Scalar], _ range: TextRange, scratch found: inout [Quantity]
  ) -> TableCell {
    var quantity: Quantity?
    found.removeAll(keepingCapacity: true)
    QuantityScanner.scan(text, range: range, nextLine: nil, into: &found)
    if found.count == 1, let only = found.first, text.trimmed(TextRange(range.start, only.range.start)).isEmpty,
      text.trimmed(TextRange(only.range.end, range.end)).isEmpty
    {
      quantity = only
    }
    return TableCell(range: range, text: text.string(in: range), quantity: quantity)
  }

  /// Looks for 单位：万元 in the table's header lines or in the three non-blank lines above it.
  private static func attachUnit(_ text: [Unicode.Scalar], lines: LineIndex, to table: inout Table) {
    var candidates: [TextRange] = []
    var line = table.lineRange.lowerBound - 1
    while line >= 0, candidates.count < 3 {
      let range = lines.contentRange(ofLine: line)
      if !isBlank(text, range) { candidates.append(range) }
      line -= 1
    }
    for range in candidates {
      guard let marker = text.firstOffset(of: "单位", in: range) else { continue }
      var cursor = marker + 2
      while cursor < range.end, text[cursor] == "：" || text[cursor] == ":" || text[cursor].isSpace { cursor += 1 }
      if let (unit, length) = UnitTable.match(text, at: cursor, end: range.end) {
        table.unit = unit
        table.unitRange = TextRange(cursor, cursor + length)
        break
      }
    }
    guard let unit = table.unit else { return }
    for r in table.rows.indices {
      for c in table.rows[r].indices {
        guard var quantity = table.rows[r][c].quantity, quantity.unit == nil, quantity.kind == .bare else { continue }
        quantity.unit = unit
        quantity.kind = .quantity
        quantity.isUnitInherited = true
        table.rows[r][c].quantity = quantity
      }
    }
  }
}
