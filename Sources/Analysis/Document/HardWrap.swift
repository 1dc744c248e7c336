/// Text converted from PDF keeps the page's line breaks: every line is cut at the same width, in the
/// middle of sentences, words and numbers (`其中本年收⏎入390.55万元`). Such a text is recognised from
/// its lines: many of them end inside a sentence at nearly the same width, and hardly any line is wider.
/// A line of that width that does not end a sentence then continues into the next line, and the two
/// are one paragraph. A Word paragraph pasted as one line is never joined to another: only a text
/// that is hard-wrapped throughout is read this way.
enum HardWrap {
  /// The fewest breaks inside a sentence that make a text hard-wrapped.
  static let minimumBreaks = 3
  /// A line at least this share of the wrap width is full (digits are narrower than characters).
  private static let fullShare = 0.8
  /// Lines wider than this share of the wrap width are not wrapped at it.
  private static let overflowShare = 1.25
  /// Widths above this, in columns, are not a page's.
  private static let widestPage = 400
  /// Widths below this, in columns, are not a page's either: they are titles and list items.
  private static let narrowestPage = 24

  /// The width the text is wrapped at, in columns (a Chinese character is two), and for each line
  /// whether it continues into the next; nil when the text is not hard-wrapped.
  static func read(_ text: [Unicode.Scalar], lines: LineIndex, isTableLine: [Bool]) -> (width: Int, continues: [Bool])? {
    let count = lines.lineCount
    guard count >= minimumBreaks + 1 else { return nil }
    var contents = [TextRange](repeating: TextRange(0, 0), count: count)
    var proseLines = 0
    for line in 0..<count where !isTableLine[line] {
      contents[line] = text.trimmed(lines.contentRange(ofLine: line))
      if !contents[line].isEmpty { proseLines += 1 }
    }
    func startsParagraph(_ line: Int) -> Bool {
      HeadingParser.parse(text, line: line, content: contents[line]) != nil
    }
    /// The width of a line in columns, counted up to `cap` + 1 (a wider line is only known to be wider).
    func width(_ line: Int, cap: Int) -> Int {
      var width = 0
      for index in contents[line].start..<contents[line].end {
        width += columns(text[index])
        if width > cap { break }
      }
      return width
    }
    // The breaks inside a sentence (a character, a digit or a comma before the break) and their widths.
    var histogram = [Int](repeating: 0, count: widestPage + 1)
    var breaks = 0
    for line in 0..<(count - 1) {
      guard !contents[line].isEmpty, !contents[line + 1].isEmpty, isInsideSentence(text[contents[line].end - 1]),
        !startsParagraph(line + 1)
      else { continue }
      let lineWidth = width(line, cap: widestPage)
      guard lineWidth <= widestPage else { continue }
      histogram[lineWidth] += 1
      breaks += 1
    }
    guard breaks >= minimumBreaks else { return nil }
    // The wrap width: the median width of the breaks.
    var seen = 0
    var wrapWidth = 0
    while wrapWidth <= widestPage {
      seen += histogram[wrapWidth]
      if 2 * seen >= breaks { break }
      wrapWidth += 1
    }
    guard wrapWidth >= narrowestPage else { return nil }
    let full = Int((Double(wrapWidth) * fullShare).rounded(.down))
    let overflow = Int((Double(wrapWidth) * overflowShare).rounded(.up))
    var atWidth = 0
    for column in full...min(overflow, widestPage) { atWidth += histogram[column] }
    // Most breaks at the width…
    guard atWidth >= minimumBreaks, 3 * atWidth >= 2 * breaks else { return nil }
    // …and (nearly) no line wider than it: a Word paragraph runs far wider, so a pasted document
    // stops here after a few lines.
    var widths = [Int](repeating: 0, count: count)
    var wider = 0
    for line in 0..<count where !contents[line].isEmpty {
      widths[line] = width(line, cap: overflow)
      if widths[line] > overflow {
        wider += 1
        if 10 * wider > proseLines { return nil }
      }
    }
    var continues = [Bool](repeating: false, count: count)
    for line in 0..<(count - 1) {
      guard widths[line] >= full, widths[line] <= overflow, widths[line + 1] > 0, !endsSentence(text, contents[line]),
        !startsParagraph(line + 1)
      else { continue }
      continues[line] = true
    }
    return (wrapWidth, continues)
  }

  /// The columns a scalar takes on a page: two for Chinese characters and full-width marks.
  static func columns(_ scalar: Unicode.Scalar) -> Int {
    switch scalar.value {
    case 0x1100...0x115F, 0x2018...0x201D, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
      0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
      return 2
    default:
      return 1
    }
  }

  /// A line ending with this scalar stops inside a sentence.
  private static func isInsideSentence(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isHan || scalar.isDigit || scalar.isLatinLetter || scalar == "，" || scalar == "、" || scalar == ","
  }

  /// Whether the line ends a sentence: 。！？ (before any closing quotation marks and brackets).
  private static func endsSentence(_ text: [Unicode.Scalar], _ range: TextRange) -> Bool {
    var end = range.end
    while end > range.start, isClosing(text[end - 1]) { end -= 1 }
    return end > range.start && text[end - 1].isSentenceEnd
  }

  private static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "”", "’", "）", ")", "》", "】", "〕", "\"": return true
    default: return false
    }
  }
}
