/// ## 检查内容
/// 查找句子中间的换行：数字与单位之间（`415.2836⏎万元`）或词语内部（`乡村振⏎兴`）。标出的行须属于句子的一部分
/// （行内有句内点号）、以文字而非标点结尾，且其后没有空行、紧接着的是它的续行（不是标题，也不是表格单元格）。
///
/// ## 为什么要改
/// 这种换行是粘贴或手动折行造成的，并非作者本意。在 Word 中它会变成词语中间的分段；它还使数字逃过所有计算核对。
///
/// ## 示例
/// ```
/// 2021年预算收入为415.2836
/// 万元，预算支出为415.2836万元
/// ```
/// 应改为：
/// ```
/// 2021年预算收入为415.2836万元，预算支出为415.2836万元
/// ```
///
/// ## 修复安全性
/// 修复把两行合并，是安全的。
///
/// 通篇硬换行的文本——由 PDF 转换而来、按页宽断行（见文档模型中的逻辑段落）——只在第一处换行报告一次（提示级别），注明被切开的
/// 段落数和换行数，并提供一个合并每个折行段落各行的修复；该修复不安全，因为段落在哪里结束是根据行宽推断的。
/// 句中换行很多、但并非按同一宽度折行的文本，也只报告一次，其修复合并这些换行（每一处都与单独一处同样确定：安全）。
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
