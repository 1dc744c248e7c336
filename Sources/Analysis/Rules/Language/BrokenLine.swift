/// ## What it does
/// Finds a line break in the middle of a sentence: between a number and its unit
/// (`415.2836⏎万元`) or inside a word (`乡村振⏎兴`). It flags a line that is part of a sentence
/// (it has a clause mark), ends with a character rather than a mark, and is followed, with no blank
/// line, by a line that continues it (not a heading, not a table cell).
///
/// ## Why is this bad?
/// The break was made by a paste or by hand-wrapping, not by the author. In Word it becomes a
/// paragraph break in the middle of a word; it also hides the number from every arithmetic check.
///
/// ## Example
/// ```
/// 2021年预算收入为415.2836
/// 万元，预算支出为415.2836万元
/// ```
/// Use instead:
/// ```
/// 2021年预算收入为415.2836万元，预算支出为415.2836万元
/// ```
///
/// ## Fix safety
/// The fix joins the two lines and is safe.
///
/// A text hard-wrapped throughout — converted from PDF, cut at the page width (see the document
/// model's logical paragraphs) — gets one finding (information), on its first break, with the number
/// of paragraphs cut and of breaks, and a fix that joins every wrapped paragraph's lines; that fix is
/// unsafe, because where a paragraph ends is read from the line widths. A text with many breaks inside
/// sentences that is not wrapped at one width also gets one finding, whose fix joins those breaks
/// (each as certain as a single one: safe).
public struct BrokenLine: Rule {
  public static let code = "L109"
  public static let name = "broken-line"
  public static let title = "句中断行"
  public static let defaultSeverity = Severity.warning

  public init() {}

  /// More breaks than this are reported as one finding.
  private static let summaryThreshold = 8

  public func check(_ context: RuleContext) -> [Diagnostic] {
    let document = context.document
    if let width = document.wrapWidth { return wrappedText(document, width: width) }
    let slips = self.slips(document)
    guard slips.count > Self.summaryThreshold, let first = slips.first else { return slips }
    let edits = slips.flatMap { $0.fixes.first?.edits ?? [] }
    return [
      diagnostic(
        first.range, "全文有\(slips.count)处句子中间或数字与单位之间断行（第一处：\(first.message)）",
        fixes: [Fix(title: "合并全部\(slips.count)处断行", edits: edits, applicability: .safe)])
    ]
  }

  /// One finding for a text hard-wrapped at `width` columns: on its first break, joining every
  /// wrapped paragraph.
  private func wrappedText(_ document: Document, width: Int) -> [Diagnostic] {
    let text = document.scalars
    let lines = document.lineIndex
    var edits: [TextEdit] = []
    var paragraphs = 0
    var first: TextRange?
    for paragraph in document.paragraphs where paragraph.isWrapped {
      paragraphs += 1
      for line in paragraph.line..<paragraph.lastLine {
        let end = text.trimmed(lines.contentRange(ofLine: line)).end
        let start = text.trimmed(lines.contentRange(ofLine: line + 1)).start
        guard end > 0, start < text.count else { continue }
        if first == nil { first = TextRange(end - 1, start + 1) }
        // Latin words keep a space between them; Chinese text and numbers join directly.
        let joinsWords = text[end - 1].isLatinLetter && text[start].isLatinLetter
        edits.append(TextEdit(range: TextRange(end, start), replacement: joinsWords ? " " : ""))
      }
    }
    guard let first else { return [] }
    return [
      diagnostic(
        first,
        "全文按固定宽度（约\(width / 2)字）折行，\(paragraphs)个段落被断成多行，共\(edits.count)处断行（PDF等转换遗留）",
        severity: .information, fixes: [Fix(title: "合并全部\(edits.count)处折行", edits: edits, applicability: .unsafe)])
    ]
  }

  /// The breaks inside a sentence of a text that is not hard-wrapped.
  private func slips(_ document: Document) -> [Diagnostic] {
    let text = document.scalars
    let lines = document.lineIndex
    var result: [Diagnostic] = []
    guard lines.lineCount >= 2 else { return [] }
    for line in 0..<(lines.lineCount - 1) {
      guard !document.isTableLine[line], !document.isTableLine[line + 1] else { continue }
      let current = text.trimmed(lines.contentRange(ofLine: line))
      let next = text.trimmed(lines.contentRange(ofLine: line + 1))
      guard current.length >= 4, !next.isEmpty, let nextParagraph = document.paragraph(onLine: line + 1),
        nextParagraph.heading == nil
      else { continue }
      let last = text[current.end - 1]
      let first = text[next.start]
      let splitsNumber = last.isDigit && startsWithUnit(text, next)
      // A heading's marker (一、) is not a clause mark: look at its text only.
      var running = current
      if let heading = document.paragraph(onLine: line)?.heading {
        running = TextRange(document.headings[heading].textRange.start, current.end)
      }
      let splitsWord = last.isHan && first.isHan && isSentenceInProgress(text, running)
      guard splitsNumber || splitsWord else { continue }
      let join = TextRange(current.end, next.start)
      let shown =
        text.string(in: TextRange(current.end - 1, current.end)) + "⏎"
        + text.string(in: TextRange(next.start, next.start + 1))
      result.append(
        diagnostic(
          TextRange(current.end - 1, next.start + 1),
          splitsNumber ? "数字与单位之间断行（“\(shown)”）" : "句子中间断行（“\(shown)”）",
          fixes: [.replace(join, with: "", title: "合并为一行", applicability: .safe)]))
    }
    return result
  }

  private func startsWithUnit(_ text: [Unicode.Scalar], _ range: TextRange) -> Bool {
    if UnitTable.match(text, at: range.start, end: range.end) != nil { return true }
    let first = text[range.start]
    return first == "年" || first == "月" || first == "日"
  }

  /// The line holds a clause mark before its end: it is running text, not a title.
  private func isSentenceInProgress(_ text: [Unicode.Scalar], _ range: TextRange) -> Bool {
    guard range.length >= 10 else { return false }
    for index in range.start..<range.end {
      switch text[index] {
      case "，", "、", "；", "。", ",", ";": return true
      default: continue
      }
    }
    return false
  }
}
