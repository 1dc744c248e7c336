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
/// The fix joins the two lines and is safe. A text that is hard-wrapped throughout (many such breaks)
/// is left alone: there the breaks are the layout, not slips.
public struct BrokenLine: Rule {
  public static let code = "L109"
  public static let name = "broken-line"
  public static let title = "句中断行"
  public static let defaultSeverity = Severity.warning

  public init() {}

  /// More breaks than this mean a hard-wrapped text, not slips.
  private static let hardWrapThreshold = 8

  public func check(_ context: RuleContext) -> [Diagnostic] {
    let document = context.document
    let text = document.scalars
    let lines = document.lineIndex
    var result: [Diagnostic] = []
    guard lines.lineCount >= 2 else { return [] }
    for line in 0..<(lines.lineCount - 1) {
      guard !document.isTableLine[line], !document.isTableLine[line + 1] else { continue }
      let current = text.trimmed(lines.contentRange(ofLine: line))
      let next = text.trimmed(lines.contentRange(ofLine: line + 1))
      guard current.length >= 4, !next.isEmpty, document.paragraph(onLine: line + 1)?.heading == nil else { continue }
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
    return result.count > Self.hardWrapThreshold ? [] : result
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
