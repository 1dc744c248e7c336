/// Tables whose layout a conversion flattened (PDF, web page or .docx to text), read on the lines the
/// tab-indented and Markdown tables left:
/// - rows run onto one line each, the cells separated by `|`, tabs or spaces
///   (`年初预算数 全年预算数 全年执行数`, `预算数 | 决算数 | 执行率`), consecutive rows making one table;
///   a short line between two rows is a cell wrapped onto a line of its own;
/// - runs of one cell per line, with blank lines or a lone `|` between cells, among which bare numbers
///   (`440.55`, `108.70%`) are frequent: the rows of such a table are lost.
///
/// Chinese prose does not put spaces between words, so cells separated by spaces are told from prose
/// by their shape: short, without clause marks, often bare numbers. A number and its unit written
/// apart (`850088.3 元`, `2025 年`) stay one cell.
enum FlattenedTableParser {
  /// Lines a wrapped cell may take between two rows.
  private static let wrappedCellLines = 3

  static func parse(
    _ text: [Unicode.Scalar], lines: LineIndex, isTableLine: inout [Bool], scratch: inout [Quantity]
  ) -> [Table] {
    let count = lines.lineCount
    var tables: [Table] = []
    // The cells of each line that reads as a flattened row.
    var rowCells = [[TextRange]?](repeating: nil, count: count)
    for line in 0..<count where !isTableLine[line] {
      rowCells[line] = cells(ofRow: text, text.trimmed(lines.contentRange(ofLine: line)))
    }
    // A few short lines between two rows are cells wrapped onto lines of their own.
    var line = 0
    while line < count {
      guard rowCells[line] != nil else {
        line += 1
        continue
      }
      var next = line + 1
      while next < count, next - line <= wrappedCellLines, rowCells[next] == nil, !isTableLine[next],
        isWrappedCell(text, text.trimmed(lines.contentRange(ofLine: next)))
      {
        next += 1
      }
      if next > line + 1, next < count, rowCells[next] != nil {
        for wrapped in (line + 1)..<next {
          rowCells[wrapped] = spaceSeparated(text, text.trimmed(lines.contentRange(ofLine: wrapped)))
        }
      }
      line = next > line + 1 && next < count && rowCells[next] != nil ? next : line + 1
    }
    // Consecutive rows make a table.
    line = 0
    while line < count {
      guard rowCells[line] != nil else {
        line += 1
        continue
      }
      let first = line
      var rows: [[TableCell]] = []
      while line < count, let cells = rowCells[line] {
        rows.append(cells.map { TableParser.makeCell(text, $0, scratch: &scratch) })
        line += 1
      }
      tables.append(table(.flattened, rows: rows, lines: first...(line - 1), lines))
    }
    for table in tables { for l in table.lineRange { isTableLine[l] = true } }
    tables += cellRuns(text, lines: lines, isTableLine: &isTableLine, scratch: &scratch)
    return tables
  }

  private static func table(_ layout: Table.Layout, rows: [[TableCell]], lines range: ClosedRange<Int>, _ lines: LineIndex)
    -> Table
  {
    Table(
      layout: layout, rows: rows, lineRange: range,
      range: TextRange(lines.lineStarts[range.lowerBound], lines.lineEnds[range.upperBound]), unit: nil, unitRange: nil)
  }

  // MARK: - Rows on one line

  /// The cells of `range` (a trimmed line) when it reads as a table row, nil when it reads as prose.
  static func cells(ofRow text: [Unicode.Scalar], _ range: TextRange) -> [TextRange]? {
    guard !range.isEmpty else { return nil }
    var pipes = 0
    var tabs = 0
    var spaces = 0
    for index in range.start..<range.end {
      switch text[index] {
      case "|", "｜": pipes += 1
      case "\t": tabs += 1
      default: if text[index].isSpace { spaces += 1 }
      }
    }
    // Most lines of prose have no separator at all.
    guard pipes + tabs + spaces > 0 else { return nil }
    if pipes > 0 {
      let cells = split(text, range) { $0 == "|" || $0 == "｜" }
      return cells.count >= 2 ? cells : nil
    }
    if tabs > 0 {
      let cells = split(text, range) { $0 == "\t" }
      if cells.count >= 2 { return cells }
    }
    // The cells' shape, counted without storing them (most lines with spaces are prose).
    var total = 0
    var numbers = 0
    var short = 0
    var singleHan = 0
    forEachSpaceSeparated(text, range) { cell in
      total += 1
      if isNumberCell(text, cell) { numbers += 1 }
      if isShortCell(text, cell) { short += 1 }
      if cell.length == 1, text[cell.start].isHan { singleHan += 1 }
    }
    guard total >= 2 else { return nil }
    // A row of figures; a row of short cells with figures; a header row of short labels (a
    // letter-spaced title, 绩 效 评 价, is not one, nor a numbered heading with a few spaces in it).
    let isRow =
      numbers == total || (total >= 3 && numbers >= 2 && short == total)
      || (total >= 4 && short * 4 >= total * 3 && singleHan * 2 < total
        && (numbers > 0 || total >= 6 || HeadingParser.parse(text, line: 0, content: range) == nil))
    return isRow ? spaceSeparated(text, range) : nil
  }

  /// The non-empty pieces of `range` between separators, trimmed.
  private static func split(_ text: [Unicode.Scalar], _ range: TextRange, by isSeparator: (Unicode.Scalar) -> Bool)
    -> [TextRange]
  {
    var cells: [TextRange] = []
    var start = range.start
    for index in range.start...range.end where index == range.end || isSeparator(text[index]) {
      let cell = text.trimmed(TextRange(start, index))
      if !cell.isEmpty { cells.append(cell) }
      start = index + 1
    }
    return cells
  }

  /// The runs of `range` between spaces, a run that cannot open a cell joined to the one before: a
  /// mark (`，`, `%`) or a unit after a number (`850088.3 元`, `2025 年`).
  static func spaceSeparated(_ text: [Unicode.Scalar], _ range: TextRange) -> [TextRange] {
    var cells: [TextRange] = []
    forEachSpaceSeparated(text, range) { cells.append($0) }
    return cells
  }

  /// Calls `body` with each cell `spaceSeparated` finds, in order.
  private static func forEachSpaceSeparated(
    _ text: [Unicode.Scalar], _ range: TextRange, _ body: (TextRange) -> Void
  ) {
    var current: TextRange?
    var index = range.start
    while index < range.end {
      while index < range.end, text[index].isSpace { index += 1 }
      guard index < range.end else { break }
      let start = index
      while index < range.end, !text[index].isSpace { index += 1 }
      if let last = current, continues(text, at: start, end: index, after: last) {
        current = TextRange(last.start, index)
      } else {
        if let last = current { body(last) }
        current = TextRange(start, index)
      }
    }
    if let last = current { body(last) }
  }

  private static func continues(_ text: [Unicode.Scalar], at start: Int, end: Int, after previous: TextRange) -> Bool {
    let first = text[start]
    if first.isClauseEnd || first.isSentenceEnd || first == "、" || first == "%" || first == "％" { return true }
    guard text[previous.end - 1].isDigit else { return false }
    return first == "年" || first == "月" || first == "日" || UnitTable.match(text, at: start, end: end) != nil
  }

  /// A figure alone: digits with their signs and separators (`89.974`, `108.70%`, `2008-2011`, `≥95%`).
  static func isNumberCell(_ text: [Unicode.Scalar], _ range: TextRange) -> Bool {
    guard !range.isEmpty, range.length <= 20 else { return false }
    var hasDigit = false
    for index in range.start..<range.end {
      let scalar = text[index]
      if scalar.isDigit {
        hasDigit = true
        continue
      }
      switch scalar {
      case ".", ",", "%", "％", "-", "—", "/", "+", "~", "～", "≥", "≤", "＞", "＜", ">", "<", "．", "，": continue
      default: return false
      }
    }
    return hasDigit
  }

  /// A cell of a row: at most sixteen characters and no mark that divides a sentence.
  private static func isShortCell(_ text: [Unicode.Scalar], _ range: TextRange) -> Bool {
    guard range.length <= 16 else { return false }
    for index in range.start..<range.end {
      switch text[index] {
      case "，", "。", "；", "！", "？", ",", ";", "!", "?": return false
      default: continue
      }
    }
    return true
  }

  /// A line that may be a cell wrapped between two rows: short, and no sentence ends in it.
  private static func isWrappedCell(_ text: [Unicode.Scalar], _ range: TextRange) -> Bool {
    guard !range.isEmpty, range.length <= 40 else { return false }
    for index in range.start..<range.end where text[index] == "。" || text[index] == "；" { return false }
    return true
  }

  // MARK: - One cell per line

  private enum LineKind {
    case gap, number, short, other
  }

  /// Runs of one cell per line: at least six cells, of which at least three and a fifth are figures.
  /// Section headings at either end of a run (一、收入支出决算总表 above it, 二、情况说明 before the
  /// text after it) stay out of it.
  private static func cellRuns(
    _ text: [Unicode.Scalar], lines: LineIndex, isTableLine: inout [Bool], scratch: inout [Quantity]
  ) -> [Table] {
    let count = lines.lineCount
    var tables: [Table] = []
    func core(_ line: Int) -> TextRange {
      var range = text.trimmed(lines.contentRange(ofLine: line))
      while range.start < range.end, text[range.start] == "|" || text[range.start] == "｜" || text[range.start].isSpace {
        range = TextRange(range.start + 1, range.end)
      }
      while range.end > range.start, text[range.end - 1] == "|" || text[range.end - 1] == "｜" || text[range.end - 1].isSpace {
        range = TextRange(range.start, range.end - 1)
      }
      return range
    }
    func kind(_ line: Int) -> LineKind {
      // Tab-indented cells are the Word layout, which `TableParser` has read (or found no table in).
      let raw = lines.contentRange(ofLine: line)
      if isTableLine[line] || (raw.start < raw.end && text[raw.start] == "\t") { return .other }
      let range = core(line)
      if range.isEmpty { return .gap }
      if isNumberCell(text, range) { return .number }
      guard range.length <= 24 else { return .other }
      var commas = 0
      for index in range.start..<range.end {
        switch text[index] {
        case "。", "；", "！", "？", ";", "!", "?": return .other
        case "，", ",": commas += 1
        default: continue
        }
      }
      return commas <= 1 ? .short : .other
    }
    func isSectionHeading(_ line: Int) -> Bool {
      guard let heading = HeadingParser.parse(text, line: line, content: core(line)) else { return false }
      return heading.style.rank <= NumberingStyle.chineseParen.rank
    }
    var line = 0
    while line < count {
      let first = kind(line)
      guard first == .number || first == .short else {
        line += 1
        continue
      }
      var cellLines: [Int] = []
      var numbers = 0
      var next = line
      while next < count {
        let current = next == line ? first : kind(next)
        if current == .other { break }
        if current != .gap { cellLines.append(next) }
        if current == .number { numbers += 1 }
        next += 1
      }
      line = next
      guard cellLines.count >= 6, numbers >= 3, numbers * 5 >= cellLines.count else { continue }
      var low = 0
      var high = cellLines.count - 1
      while low < high, isSectionHeading(cellLines[low]) { low += 1 }
      // A heading after the table opens the section that follows; at the end of the text it is a cell.
      if next < count { while high > low, isSectionHeading(cellLines[high]) { high -= 1 } }
      let cells = cellLines[low...high].map { TableParser.makeCell(text, core($0), scratch: &scratch) }
      let range = cellLines[low]...cellLines[high]
      for l in range { isTableLine[l] = true }
      tables.append(table(.cellPerLine, rows: [cells], lines: range, lines))
    }
    return tables
  }
}
