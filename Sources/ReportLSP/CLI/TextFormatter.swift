import Analysis

/// The human format: `path:line:column: severity: message [code]` (1-based; columns count characters),
/// then the line with carets under the finding, and a summary. Colour only when asked for.
struct TextFormatter {
  var usesColor: Bool

  /// How much of a long line (a pasted paragraph is one line) to show around a finding, in columns.
  static let contextBefore = 24
  static let contextAfter = 36

  func format(_ report: LintCommand.Report) -> String {
    var output = ""
    var total = 0
    var fixable = 0
    var waived = 0
    for result in report.results {
      guard let document = result.document else { continue }
      waived += result.waived.count
      for diagnostic in result.diagnostics {
        total += 1
        let isFixable = diagnostic.fixes.contains { $0.applicability == .safe }
        if isFixable { fixable += 1 }
        output += render(
          diagnostic, in: document, path: result.input.displayPath, isFixable: isFixable, word: result.word)
      }
    }
    guard report.results.contains(where: { $0.document != nil }) else { return output }
    if total == 0 {
      output += paint("未发现问题", .green) + "\n"
    } else {
      output += "共发现 \(total) 个问题"
      if fixable > 0 { output += "，其中 \(fixable) 个可用 --fix 自动修复" }
      output += "\n"
    }
    for line in CheckSummary(report.results).lines { output += line + "\n" }
    if waived > 0 { output += "另有 \(waived) 个问题已按 \(WaiverFile.fileName) 忽略\n" }
    return output
  }

  /// A finding: `path:line:column: 警告: message [code]`, then the line cut to a window around it with carets
  /// under the flagged text. In a Word document the place is the paragraph or table cell (`path:第12段:`).
  func render(
    _ diagnostic: Analysis.Diagnostic, in document: Document, path: String, isFixable: Bool, word: WordReport? = nil
  ) -> String {
    let lines = document.lineIndex
    let start = lines.lineColumn(of: diagnostic.range.start, in: .utf32)
    let color = Self.color(for: diagnostic.severity)
    let place = word?.location(ofLine: start.line)?.label
    var output = paint("\(path):" + (place.map { "\($0):" } ?? "\(start.line + 1):\(start.column + 1):"), .bold) + " "
    output += paint("\(diagnostic.severity.chineseName):", color) + " \(diagnostic.message) "
    output += paint("[\(diagnostic.code)]", .dim) + "\n"

    let excerpt = Self.excerpt(of: diagnostic.range, in: document)
    let gutter = place ?? String(start.line + 1)
    let pad = String(repeating: " ", count: Self.width(of: gutter))
    output += paint("\(gutter) |", .blue) + " \(excerpt.text)\n"
    var underline =
      String(repeating: " ", count: excerpt.caretOffset)
      + paint(String(repeating: "^", count: excerpt.caretCount), color)
    if let fix = diagnostic.fixes.first {
      underline += " " + paint("建议：\(fix.title)\(isFixable ? "（可自动修复）" : "")", .cyan)
    }
    output += paint("\(pad) |", .blue) + " \(underline)\n"
    return output
  }

  /// The line of `range`'s start cut to a window around it ("…" where cut), with the columns where the
  /// flagged text starts and how many it takes: what the text output shows, and the quote the other
  /// formats give for a Word document.
  static func excerpt(of range: TextRange, in document: Document) -> (text: String, caretOffset: Int, caretCount: Int) {
    let lines = document.lineIndex
    let content = lines.contentRange(ofLine: lines.line(containing: range.start))
    let scalars = document.scalars
    let findingStart = max(range.start, content.start)
    let findingEnd = min(max(range.end, findingStart), content.end)
    var windowStart = findingStart
    var width = 0
    while windowStart > content.start, width < contextBefore {
      windowStart -= 1
      width += displayWidth(scalars[windowStart])
    }
    var windowEnd = findingEnd
    width = 0
    while windowEnd < content.end, width < contextAfter {
      width += displayWidth(scalars[windowEnd])
      windowEnd += 1
    }
    let lead = windowStart > content.start ? "…" : ""
    let trail = windowEnd < content.end ? "…" : ""
    let shown = printable(scalars, TextRange(windowStart, windowEnd))
    let offset = self.width(scalars, TextRange(windowStart, findingStart)) + (lead.isEmpty ? 0 : 1)
    return (lead + shown + trail, offset, max(1, self.width(scalars, TextRange(findingStart, findingEnd))))
  }

  /// Terminal columns of a string.
  static func width(of text: String) -> Int { text.unicodeScalars.reduce(0) { $0 + displayWidth($1) } }

  /// Tabs (table cells) shown as one space so the carets stay aligned.
  static func printable(_ scalars: [Unicode.Scalar], _ range: TextRange) -> String {
    var view = String.UnicodeScalarView()
    for index in range.start..<range.end {
      view.append(scalars[index] == "\t" ? " " : scalars[index])
    }
    return String(view)
  }

  static func width(_ scalars: [Unicode.Scalar], _ range: TextRange) -> Int {
    (range.start..<range.end).reduce(0) { $0 + displayWidth(scalars[$1]) }
  }

  /// Terminal columns a scalar takes: 2 for East Asian wide and full-width characters, 0 for combining marks.
  static func displayWidth(_ scalar: Unicode.Scalar) -> Int {
    switch scalar.value {
    case 0x0300...0x036F, 0x200B...0x200F, 0xFE00...0xFE0F: 0
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
      0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
      0x1F900...0x1F9FF, 0x20000...0x3FFFD:
      2
    default: 1
    }
  }

  enum Style: String {
    case bold = "1"
    case dim = "2"
    case red = "31"
    case green = "32"
    case yellow = "33"
    case blue = "34"
    case cyan = "36"
  }

  static func color(for severity: Severity) -> Style {
    switch severity {
    case .error: .red
    case .warning: .yellow
    case .information: .blue
    case .hint: .cyan
    }
  }

  func paint(_ text: String, _ style: Style) -> String {
    usesColor ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
  }
}
