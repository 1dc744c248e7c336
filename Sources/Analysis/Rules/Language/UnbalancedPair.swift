/// ## 检查内容
/// 查找在段落内不成对的成对标点：没有配对的引号、书名号或括号（`三公”经费`、`财预〔2020〕10号）`），把前引号写成
/// 后引号（`”放管服”改革`），以及用半角 `"` 充当中文引号的一侧。
///
/// 标点在段落内配对——在经 PDF 转换硬换行的文本中，跨越该段落被切成的各行——或在表格单元格内配对。被压成一行的
/// 表格不予检查：转换时已丢失单元格的起止位置，括号的两半可能落在被切开或移位的单元格中。片段的第一句可能闭合
/// 摘录开始前打开的括号，在句中中断的文本（摘录，或正在输入的草稿）可能留下最后一个括号未闭合：这两种情况都不报告。
///
/// ## 为什么要改
/// GB/T 15834-2011（4.8、4.9、4.15）要求成对标点成对使用、方向正确。不成对的标点通常说明词语被剪切或粘贴时丢了
/// 引号，也会改变读者对引用范围的理解。
///
/// ## 示例
/// ```
/// 始终坚持”过紧日子”的要求
/// ```
/// 应改为：
/// ```
/// 始终坚持“过紧日子”的要求
/// ```
///
/// ## 修复安全性
/// 起引作用的后引号（下一个引号也是后引号）会被改为前引号，与中文引号配对的半角 `"` 会被改为它所代表的中文引号：
/// 这两种修复都是安全的。没有配对的标点不提供修复：另一半该放在哪里只能靠猜。`1)` 这样的列表序号不是括号，不予检查。
public struct UnbalancedPair: Rule {
  public static let code = "L104"
  public static let name = "unbalanced-pair"
  public static let title = "成对标点不配对"
  public static let defaultSeverity = Severity.warning

  public init() {}

  /// Names of the bracket-like families, indexed by `family(of:)`.
  private static let familyNames = ["括号", "书名号", "方头括号", "六角括号", "单引号"]

  /// The family of a bracket-like mark and whether it opens (both widths of round brackets).
  private static func family(of scalar: Unicode.Scalar) -> (family: Int, opens: Bool)? {
    switch scalar {
    case "（", "(": (0, true)
    case "）", ")": (0, false)
    case "《": (1, true)
    case "》": (1, false)
    case "【": (2, true)
    case "】": (2, false)
    case "〔": (3, true)
    case "〕": (3, false)
    case "‘": (4, true)
    case "’": (4, false)
    default: nil
    }
  }

  public func check(_ context: RuleContext) -> [Diagnostic] {
    let document = context.document
    let text = document.scalars
    // Every mark lies outside the basic Han block: each stretch's marks are read from the shared index.
    let others = context.characters.others
    var result: [Diagnostic] = []
    // Working storage of the stretch being read, kept for all of them.
    var scratch = Scratch()
    var first = 0
    let stretches = Self.stretches(document)
    for (position, stretch) in stretches.enumerated() {
      while first < others.count, Int(others[first]) < stretch.start { first += 1 }
      var end = first
      while end < others.count, Int(others[end]) < stretch.end { end += 1 }
      defer { first = end }
      guard end > first else { continue }
      let found = result.count
      doubleQuotes(text, others[first..<end], &scratch, into: &result)
      brackets(text, others[first..<end], lineStart: stretch.start, &scratch, into: &result)
      // Marks whose partner lies outside the text: before a fragment's start, after a text's cut-off end.
      if position == 0, document.isFragment {
        let boundary = Self.firstSentenceEnd(text, in: stretch)
        Self.drop(&result, from: found) {
          $0.fixes.isEmpty && $0.range.start < boundary && Self.isClosing(text[$0.range.start])
        }
      }
      if position == stretches.count - 1, let boundary = Self.cutOffStart(text, in: stretch) {
        Self.drop(&result, from: found) {
          $0.fixes.isEmpty && $0.range.start >= boundary && Self.isOpening(text[$0.range.start])
        }
      }
    }
    return result
  }

  /// Where marks pair, in order: each paragraph (all its lines when hard-wrapped) and each line of a
  /// Word or Markdown table (a cell, or a row of cells); the lines of flattened tables are skipped.
  private static func stretches(_ document: Document) -> [TextRange] {
    let lines = document.lineIndex
    var stretches: [TextRange] = []
    stretches.reserveCapacity(document.paragraphs.count)
    var paragraph = 0
    var table = 0
    var line = 0
    while line < lines.lineCount {
      if document.isTableLine[line] {
        while table < document.tables.count, document.tables[table].lineRange.upperBound < line { table += 1 }
        if table < document.tables.count, document.tables[table].lineRange.contains(line),
          document.tables[table].layout == .tabIndented || document.tables[table].layout == .markdown
        {
          stretches.append(lines.contentRange(ofLine: line))
        }
        line += 1
        continue
      }
      while paragraph < document.paragraphs.count, document.paragraphs[paragraph].line < line { paragraph += 1 }
      if paragraph < document.paragraphs.count, document.paragraphs[paragraph].line == line {
        stretches.append(document.paragraphs[paragraph].range)
        line = document.paragraphs[paragraph].lastLine + 1
      } else {
        line += 1
      }
    }
    return stretches
  }

  /// Removes the findings from `start` on that `isOutside` holds for (only marks with no partner,
  /// which have no fix, may have their partner outside the text).
  private static func drop(_ result: inout [Diagnostic], from start: Int, where isOutside: (Diagnostic) -> Bool) {
    let kept = result[start...].filter { !isOutside($0) }
    result.removeSubrange(start...)
    result += kept
  }

  /// The end of the first sentence of `range` (its end when no sentence ends in it).
  private static func firstSentenceEnd(_ text: [Unicode.Scalar], in range: TextRange) -> Int {
    (range.start..<range.end).first { text[$0].isSentenceEnd }.map { $0 + 1 } ?? range.end
  }

  /// Where the unfinished sentence at the end of `range` starts, when the text stops in mid-sentence
  /// (the range ends with neither a sentence mark nor a closing one).
  private static func cutOffStart(_ text: [Unicode.Scalar], in range: TextRange) -> Int? {
    guard range.end > range.start else { return nil }
    let last = text[range.end - 1]
    if last.isSentenceEnd || isClosing(last) || last == "；" || last == "：" { return nil }
    var start = range.end
    while start > range.start, !text[start - 1].isSentenceEnd { start -= 1 }
    return start
  }

  private static func isOpening(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "“" || scalar == "\"" || (family(of: scalar)?.opens ?? false)
  }

  private static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "”" || scalar == "\"" || (family(of: scalar).map { !$0.opens } ?? false)
  }

  /// The marks and open brackets of one stretch.
  private struct Scratch {
    var quotes: [(offset: Int, mark: QuoteMark)] = []
    var openQuotes: [(offset: Int, mark: QuoteMark)] = []
    /// Open brackets by family.
    var openBrackets: [[Int]] = Array(repeating: [], count: UnbalancedPair.familyNames.count)
  }

  private enum QuoteMark {
    case open, close, ascii
  }

  /// The quotes among `offsets`, the line's scalars outside the basic Han block.
  private func doubleQuotes(
    _ text: [Unicode.Scalar], _ offsets: ArraySlice<Int32>, _ scratch: inout Scratch, into result: inout [Diagnostic]
  ) {
    scratch.quotes.removeAll(keepingCapacity: true)
    for offset in offsets {
      let index = Int(offset)
      // The quotes lie below the Han block.
      if text[index].value >= 0x4E00 { continue }
      switch text[index] {
      case "“": scratch.quotes.append((index, .open))
      case "”": scratch.quotes.append((index, .close))
      case "\"": scratch.quotes.append((index, .ascii))
      default: break
      }
    }
    guard !scratch.quotes.isEmpty else { return }
    let marks = scratch.quotes
    scratch.openQuotes.removeAll(keepingCapacity: true)
    for (position, current) in marks.enumerated() {
      switch current.mark {
      case .open:
        scratch.openQuotes.append(current)
      case .close:
        if let top = scratch.openQuotes.popLast() {
          if top.mark == .ascii { result.append(asciiQuote(top.offset, meaning: "“")) }
        } else if position + 1 < marks.count, marks[position + 1].mark != .open {
          // The next mark closes too: this one was meant to open.
          let mark = TextRange(current.offset, current.offset + 1)
          result.append(
            diagnostic(
              mark, "引号方向错误：此处应为左引号“（GB/T 15834-2011）",
              fixes: [.replace(mark, with: "“", title: "改为左引号“", applicability: .safe)]))
          scratch.openQuotes.append((current.offset, .open))
        } else {
          result.append(
            diagnostic(TextRange(current.offset, current.offset + 1), "右引号”没有对应的左引号“（GB/T 15834-2011）"))
        }
      case .ascii:
        if let top = scratch.openQuotes.last {
          scratch.openQuotes.removeLast()
          if top.mark == .open { result.append(asciiQuote(current.offset, meaning: "”")) }
        } else {
          scratch.openQuotes.append(current)
        }
      }
    }
    for left in scratch.openQuotes where left.mark == .open {
      result.append(diagnostic(TextRange(left.offset, left.offset + 1), "左引号“没有对应的右引号”（GB/T 15834-2011）"))
    }
  }

  private func asciiQuote(_ offset: Int, meaning: String) -> Diagnostic {
    let mark = TextRange(offset, offset + 1)
    return diagnostic(
      mark, "半角引号\"与全角引号混用，不能配对：此处应为\(meaning)（GB/T 15834-2011）",
      fixes: [.replace(mark, with: meaning, title: "改为\(meaning)", applicability: .safe)])
  }

  /// The brackets among `offsets`, the line's scalars outside the basic Han block, in order.
  private func brackets(
    _ text: [Unicode.Scalar], _ offsets: ArraySlice<Int32>, lineStart: Int, _ scratch: inout Scratch,
    into result: inout [Diagnostic]
  ) {
    let lineFindings = result.count
    for family in scratch.openBrackets.indices { scratch.openBrackets[family].removeAll(keepingCapacity: true) }
    for offset in offsets {
      let index = Int(offset)
      // No bracket lies between the Han block and the full-width forms.
      if text[index].value &- 0x4E00 < 0xFF00 - 0x4E00 { continue }
      guard let (family, opens) = Self.family(of: text[index]) else { continue }
      if opens {
        scratch.openBrackets[family].append(index)
      } else if scratch.openBrackets[family].popLast() == nil,
        !isListMarker(text, closeAt: index, lineStart: lineStart)
      {
        result.append(
          diagnostic(
            TextRange(index, index + 1),
            "“\(text[index])”没有对应的前半个\(Self.familyNames[family])（GB/T 15834-2011）"))
      }
    }
    for (family, stack) in scratch.openBrackets.enumerated() {
      for open in stack {
        result.append(
          diagnostic(
            TextRange(open, open + 1), "“\(text[open])”没有对应的后半个\(Self.familyNames[family])（GB/T 15834-2011）"))
      }
    }
    if result.count - lineFindings > 1 { result[lineFindings...].sort { $0.range < $1.range } }
  }

  /// `1)`, `a）`, `一)` at the start of a line or after a space or punctuation: a list marker.
  private func isListMarker(_ text: [Unicode.Scalar], closeAt index: Int, lineStart: Int) -> Bool {
    var start = index
    while start > lineStart, index - start < 3,
      text[start - 1].isDigit || text[start - 1].isLatinLetter || ChineseNumeral.digit(text[start - 1]) != nil
    {
      start -= 1
    }
    guard start < index else { return false }
    return start == lineStart || text[start - 1].isSpace || text[start - 1].isLineBreak || text[start - 1].isPunctuation
  }
}
