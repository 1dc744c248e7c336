/// The numbering styles of headings in these reports.
public enum NumberingStyle: String, Sendable, CaseIterable {
  /// 第一部分, 第一章, 第一节
  case part
  /// 一、
  case chineseComma
  /// （一）or (一)
  case chineseParen
  /// A labelled numeral such as 成绩一 or 目标一
  case labelled
  /// 1、
  case arabicComma
  /// 1. or 1．
  case arabicDot
  /// （1）or (1)
  case arabicParen
  /// 1) or 1）
  case arabicHalfParen
  /// ① ② ③
  case circled

  /// The rank of the style in the GB/T 9704 order 一、 →（一）→ 1. →（1）, deeper numbers nesting deeper.
  public var rank: Int {
    switch self {
    case .part: 0
    case .chineseComma: 1
    case .chineseParen, .labelled: 2
    case .arabicComma, .arabicDot: 3
    case .arabicParen: 4
    case .arabicHalfParen: 5
    case .circled: 6
    }
  }

  /// The marker for `number` in this style, in the canonical (full-width) form.
  public func marker(for number: Int, label: String = "") -> String {
    switch self {
    case .part: "第\(ChineseNumeral.string(for: number))部分"
    case .chineseComma: "\(ChineseNumeral.string(for: number))、"
    case .chineseParen: "（\(ChineseNumeral.string(for: number))）"
    case .labelled: "\(label)\(ChineseNumeral.string(for: number))"
    case .arabicComma: "\(number)、"
    case .arabicDot: "\(number)."
    case .arabicParen: "（\(number)）"
    case .arabicHalfParen: "\(number))"
    case .circled: String(Unicode.Scalar(0x2460 + UInt32(max(0, min(number - 1, 19))))!)
    }
  }
}

/// A numbered line: a section heading or a numbered item.
public struct Heading: Hashable, Sendable {
  /// Zero-based line number.
  public var line: Int
  /// The numbering marker as written, e.g. `（三）` or `1、`.
  public var markerRange: TextRange
  /// The text after the marker up to the end of the line.
  public var textRange: TextRange
  /// The title: the text after the marker up to the first sentence mark, colon or end of line.
  public var titleRange: TextRange
  public var title: String
  public var style: NumberingStyle
  /// The label of a `.labelled` marker (成绩), empty otherwise.
  public var label: String
  /// The number the marker stands for (三 → 3).
  public var number: Int
  /// Depth in the outline, 1 for top level. A heading is the sibling of the nearest open heading
  /// of its style; a heading of a new style nests under the nearest open heading of a smaller style
  /// rank (see `HeadingParser.parent`).
  public var level: Int
  /// Index of the parent heading in `Document.headings`, nil for top level.
  public var parent: Int?
  /// Whether the line reads as a title (short, no full sentence after it) rather than a numbered
  /// paragraph.
  public var isTitle: Bool
}

enum HeadingParser {
  /// Parses the numbering marker at the start of a trimmed line, if any.
  static func parse(_ text: [Unicode.Scalar], line: Int, content: TextRange) -> Heading? {
    let start = content.start
    let end = content.end
    guard start < end, mayStartMarker(text[start]) else { return nil }
    func at(_ i: Int) -> Unicode.Scalar? { i < end ? text[i] : nil }
    func isOpen(_ s: Unicode.Scalar?) -> Bool { s == "（" || s == "(" }
    func isClose(_ s: Unicode.Scalar?) -> Bool { s == "）" || s == ")" }

    var style: NumberingStyle
    var number: Int
    var markerEnd: Int
    var label = ""

    if text.matches("第", at: start), let (value, after) = chineseNumeral(text, from: start + 1, end: end),
      let unitEnd = ["部分", "章", "节", "篇"].lazy.compactMap({ text.matches($0, at: after) ? after + $0.unicodeScalars.count : nil }).first
    {
      style = .part
      number = value
      markerEnd = unitEnd
    } else if isOpen(at(start)), let (value, after) = chineseNumeral(text, from: start + 1, end: end), isClose(at(after)) {
      style = .chineseParen
      number = value
      markerEnd = after + 1
      if at(markerEnd) == "、" { markerEnd += 1 }
    } else if isOpen(at(start)), let (value, after) = arabic(text, from: start + 1, end: end), isClose(at(after)) {
      style = .arabicParen
      number = value
      markerEnd = after + 1
      if at(markerEnd) == "、" { markerEnd += 1 }
    } else if let (value, after) = chineseNumeral(text, from: start, end: end), at(after) == "、" || at(after) == "．" {
      style = .chineseComma
      number = value
      markerEnd = after + 1
    } else if let (value, after) = arabic(text, from: start, end: end) {
      let next = at(after)
      if next == "、" {
        style = .arabicComma
      } else if next == "." || next == "．", !(at(after + 1)?.isDigit ?? false) {
        style = .arabicDot
      } else if isClose(next) {
        style = .arabicHalfParen
      } else {
        return nil
      }
      number = value
      markerEnd = after + 1
    } else if let circled = at(start), (0x2460...0x2473).contains(circled.value) {
      style = .circled
      number = Int(circled.value - 0x2460) + 1
      markerEnd = start + 1
      if at(markerEnd) == "、" { markerEnd += 1 }
    } else if let labelled = labelledMarker(text, from: start, end: end) {
      style = .labelled
      (label, number, markerEnd) = labelled
    } else {
      return nil
    }

    var textStart = markerEnd
    while textStart < end, text[textStart].isSpace || text[textStart] == "：" || text[textStart] == ":" {
      textStart += 1
    }
    // A marker alone on a line is not a heading, nor is an unbracketed Arabic number followed by
    // another number ("3、4月份", "1. 5万元"), unless that number is a year ("1、2020年度收支情况");
    // a bracketed or Chinese marker may be ("（二）2021年全乡…").
    guard textStart < end else { return nil }
    if style == .arabicComma || style == .arabicDot, text[textStart].isDigit,
      !(style == .arabicComma && startsWithYear(text, at: textStart, end: end))
    {
      return nil
    }
    var titleEnd = textStart
    while titleEnd < end, !text[titleEnd].isSentenceEnd, text[titleEnd] != "：", text[titleEnd] != ":" {
      titleEnd += 1
    }
    let titleRange = text.trimmed(TextRange(textStart, titleEnd))
    let restAfterTitle = text.trimmed(TextRange(min(titleEnd + 1, end), end))
    let isTitle = titleRange.length <= 40 && restAfterTitle.isEmpty
    return Heading(
      line: line, markerRange: TextRange(start, markerEnd), textRange: TextRange(textStart, end),
      titleRange: titleRange, title: text.string(in: titleRange), style: style, label: label,
      number: number, level: 1, parent: nil, isTitle: isTitle)
  }

  /// The parent of `heading` given the open headings (the path to the previous heading), which it
  /// updates. Reports do not always follow the GB/T 9704 order 一、→（一）→ 1. →（1）, so the order
  /// the document itself uses wins where the two disagree:
  /// - a heading whose style is open becomes that heading's sibling, except that a list restarting at
  ///   1 under a heading that plays a higher role than its style says (`1、部门概况` above `（一）`)
  ///   nests under the current heading;
  /// - a list of a new style starting at 1 nests under the current heading when their ranks are equal
  ///   (`1.` under `3、主要工作任务：`); otherwise a new style nests under the nearest open heading of
  ///   a smaller rank;
  /// - with no such heading, a list starting at 1 nests under the current heading (`1.` under `(1)` in
  ///   a report numbered 1、→(1)→1.), while 一、 and continued numbering go to the top level.
  static func parent(of heading: Heading, among headings: [Heading], openHeadings: inout [Int]) -> Int? {
    func sameStyle(_ index: Int) -> Bool {
      headings[index].style == heading.style && headings[index].label == heading.label
    }
    let rank = heading.style.rank
    if let position = openHeadings.lastIndex(where: sameStyle) {
      let sibling = openHeadings[position]
      let deeper = openHeadings[(position + 1)...]
      if heading.number == 1, deeper.contains(where: { headings[$0].style.rank < headings[sibling].style.rank }) {
        return openHeadings.last
      }
      openHeadings.removeSubrange(position...)
      return headings[sibling].parent
    }
    if heading.number == 1, let current = openHeadings.last, headings[current].style.rank == rank { return current }
    if let position = openHeadings.lastIndex(where: { headings[$0].style.rank < rank }) {
      openHeadings.removeSubrange((position + 1)...)
      return openHeadings[position]
    }
    if rank <= NumberingStyle.chineseComma.rank || heading.number != 1 {
      openHeadings.removeAll()
      return nil
    }
    return openHeadings.last
  }

  /// `2020年` at `start`: four digits from 1990 to 2099 followed by 年.
  private static func startsWithYear(_ text: [Unicode.Scalar], at start: Int, end: Int) -> Bool {
    guard start + 5 <= end, text[start + 4] == "年", start + 5 == end || !text[start + 5].isDigit else { return false }
    var year = 0
    for index in start..<(start + 4) {
      guard let digit = text[index].digitValue else { return false }
      year = year * 10 + digit
    }
    return (1990...2099).contains(year)
  }

  /// Whether a marker can start with `scalar`: most lines start with none of these, and are
  /// passed over without trying each style.
  private static func mayStartMarker(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isDigit || ChineseNumeral.isNumeral(scalar) || (0x2460...0x2473).contains(scalar.value) { return true }
    if scalar == "第" || scalar == "（" || scalar == "(" { return true }
    return labels.contains { $0.scalars[0] == scalar }
  }

  /// Labels that number achievement or goal sections: 成绩一, 目标二 …
  private static let labels: [(name: String, scalars: [Unicode.Scalar])] =
    ["成绩", "目标", "问题", "措施", "建议", "任务"].map { ($0, Array($0.unicodeScalars)) }

  private static func labelledMarker(_ text: [Unicode.Scalar], from start: Int, end: Int) -> (String, Int, Int)? {
    for (label, scalars) in labels where text.matches(scalars, at: start) {
      let after = start + scalars.count
      if let (value, numeralEnd) = chineseNumeral(text, from: after, end: end) {
        // 成绩一：… or 成绩一 alone; not 目标一致.
        if numeralEnd == end || text[numeralEnd] == "：" || text[numeralEnd] == ":" || text[numeralEnd].isSpace
          || text[numeralEnd] == "、"
        {
          return (label, value, text[safe: numeralEnd] == "、" ? numeralEnd + 1 : numeralEnd)
        }
      }
    }
    return nil
  }

  static func chineseNumeral(_ text: [Unicode.Scalar], from start: Int, end: Int) -> (Int, Int)? {
    var index = start
    while index < end, index - start < 4, ChineseNumeral.isNumeral(text[index]), text[index] != "万" {
      index += 1
    }
    guard index > start, let value = ChineseNumeral.value(of: text[start..<index]), value > 0 else { return nil }
    return (value, index)
  }

  private static func arabic(_ text: [Unicode.Scalar], from start: Int, end: Int) -> (Int, Int)? {
    var index = start
    var value = 0
    while index < end, index - start < 3, let digit = text[index].digitValue {
      value = value * 10 + digit
      index += 1
    }
    guard index > start, value > 0 else { return nil }
    // Four or more digits are a year or an amount, not a number of a heading.
    if index < end, text[index].isDigit { return nil }
    return (value, index)
  }
}

extension Array {
  /// The element at `index`, or nil when out of bounds.
  subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
