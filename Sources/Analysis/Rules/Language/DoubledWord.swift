/// ## 检查内容
/// 查找连写两遍的两字及以上词语或短语（`完成完成`、`利用利用`、`资产管理情况：资产管理情况：`），以及加引号的
/// 词语后面紧跟着不加引号的同一词语（`“明白卡”明白卡`）。
///
/// ## 为什么要改
/// 词语重复是修改时留下的疏漏（同一个词又敲了一遍，或粘贴时选区没有盖住原文）。在对外公开的文件中，审核人员
/// 会把它看作工作不细致。
///
/// ## 示例
/// ```
/// 累计完成完成危房改造36户
/// ```
/// 应改为：
/// ```
/// 累计完成危房改造36户
/// ```
///
/// 只检查正文段落：表格的单元格（无论是否被压成一行）本来就会重复（`预算数 | 决算数 | 预算数 | 决算数`，目标值与
/// 实际值 `持续改善 持续改善`），夹在两个数字之间的短语也是如此（`8持续改善持续改善8`：单元格连在一起，没有分隔）。
///
/// ## 修复安全性
/// 修复删除第二遍，是安全的。合乎汉语规范的重叠从不标出：单字重叠（`人人`、`常常`、`一一`）不予检查；以数词开头
/// （`一步一步`）或含有数字的单位、本身就是重叠形式的单位、ABAB 式重叠属于习惯用法的动词和形容词（`研究研究`、
/// `雪白雪白`），以及第一遍是某个更长词语结尾的列举项（`帮扶责任人、责任人、`），也都不标出。
public struct DoubledWord: Rule {
  public static let code = "L101"
  public static let name = "doubled-word"
  public static let title = "词语重复"
  public static let defaultSeverity = Severity.warning

  public init() {}

  /// The longest unit looked for, in scalars; a pasted heading rarely exceeds it.
  private static let longestUnit = 40

  /// Two-character words whose ABAB form is idiomatic reduplication (try-a-little verbs, vivid adjectives).
  private static let reduplications: Set<String> = [
    "研究", "讨论", "学习", "了解", "商量", "考虑", "休息", "锻炼", "打扫", "整理", "收拾", "检查", "活动",
    "琢磨", "比划", "准备", "介绍", "联系", "交流", "沟通", "思考", "体验", "尝试", "熟悉", "练习", "帮助",
    "认识", "明白", "雪白", "通红", "冰凉", "笔直", "滚圆", "碧绿", "漆黑", "蜡黄", "火热", "哗啦", "叮当",
    "轰隆", "扑通", "咕噜", "嘀嗒",
  ]

  public func check(_ context: RuleContext) -> [Diagnostic] {
    let text = context.document.scalars
    // For each Han character, where it occurs next: a unit can only repeat at a distance where its
    // first character recurs, so following these links replaces trying every length at every position.
    let nextSame = context.characters.nextSame
    var result: [Diagnostic] = []
    // This runs on every character: read through buffers, without bounds checks.
    text.withUnsafeBufferPointer { buffer in
      nextSame.withUnsafeBufferPointer { nextSame in
        for paragraph in context.document.paragraphs {
          var index = max(0, paragraph.range.start)
          let end = min(paragraph.range.end, buffer.count)
          while index < end {
            let scalar = buffer[index]
            // Most characters do not recur within the longest unit: rejected here, without a call.
            let mayRepeat =
              !Self.basicHan.contains(scalar.value) || index >= nextSame.count
              || (nextSame[index] >= 0 && Int(nextSame[index]) - index <= Self.longestUnit)
            if mayRepeat, scalar.isHan, let length = repeatedUnit(text, buffer, nextSame, at: index, end: end),
              !isBetweenFigures(buffer, TextRange(index, index + 2 * length))
            {
              let second = TextRange(index + length, index + 2 * length)
              let unit = text.string(in: TextRange(index, index + length))
              result.append(report(second, unit: unit))
              index += 2 * length
              continue
            }
            if scalar == "“", let second = quotedThenBare(text, at: index, end: end) {
              result.append(report(second, unit: text.string(in: second)))
              index = second.end
              continue
            }
            index += 1
          }
        }
      }
    }
    return result
  }

  private func report(_ second: TextRange, unit: String) -> Diagnostic {
    diagnostic(
      second, "“\(unit)”重复出现了两次",
      fixes: [.replace(second, with: "", title: "删除重复的“\(unit)”", applicability: .safe)])
  }

  private static let basicHan: ClosedRange<UInt32> = 0x4E00...0x9FFF

  /// `8明显改善明显改善8`: the cells of a table row run together, a target and its actual value
  /// written alike between two score columns.
  private func isBetweenFigures(_ buffer: UnsafeBufferPointer<Unicode.Scalar>, _ doubled: TextRange) -> Bool {
    doubled.start > 0 && doubled.end < buffer.count && buffer[doubled.start - 1].isDigit && buffer[doubled.end].isDigit
  }

  /// The length of the shortest unit of two or more scalars at `start`, a Han character, that is
  /// immediately repeated; `buffer` is `text`.
  private func repeatedUnit(
    _ text: [Unicode.Scalar], _ buffer: UnsafeBufferPointer<Unicode.Scalar>, _ nextSame: UnsafeBufferPointer<Int32>,
    at start: Int, end: Int
  ) -> Int? {
    let first = buffer[start]
    // Long units (a pasted heading) are only looked for where a clause starts, which keeps the scan
    // cheap: everywhere else a unit is at most twelve characters.
    let atBoundary = start == 0 || !buffer[start - 1].isHan
    let longest = min(atBoundary ? Self.longestUnit : 12, (end - start) / 2)
    guard longest >= 2 else { return nil }
    func isRepeated(_ length: Int) -> Bool {
      var offset = 1
      while offset < length, buffer[start + offset] == buffer[start + length + offset] { offset += 1 }
      return offset == length
    }
    var found: Int?
    if Self.basicHan.contains(first.value), start < nextSame.count {
      // Only the distances at which `first` recurs, nearest first.
      var next = Int(nextSame[start])
      while next >= 0, next - start <= longest {
        if next - start >= 2, isRepeated(next - start) {
          found = next - start
          break
        }
        next = Int(nextSame[next])
      }
    } else {
      for length in 2...longest where buffer[start + length] == first && isRepeated(length) {
        found = length
        break
      }
    }
    // A unit starts with a Han character that is not a numeral.
    guard let length = found, ChineseNumeral.digit(first) == nil, ChineseNumeral.multiplier(first) == nil else {
      return nil
    }
    return isLegitimate(text, TextRange(start, start + length)) ? nil : length
  }

  private func isLegitimate(_ text: [Unicode.Scalar], _ unit: TextRange) -> Bool {
    var hanCount = 0
    var hasMark = false
    for index in unit.start..<unit.end {
      let scalar = text[index]
      if scalar.isDigit || scalar.isLineBreak { return true }
      if scalar.isHan { hanCount += 1 } else if scalar.isPunctuation { hasMark = true }
    }
    // A repeated list item must start at an item boundary: in 帮扶责任人、责任人、 the first copy is the
    // tail of a longer word.
    if hasMark, unit.start > 0, text[unit.start - 1].isHan { return true }
    // At least two characters of Chinese text: "A、A、" lists and bare punctuation are not words.
    guard hanCount >= 2 else { return true }
    if unit.length == 2 {
      // AABB (家家户户 reads 家家 then 户户, never a repeat) and AA units are reduplication.
      if text[unit.start] == text[unit.start + 1] { return true }
      if Self.reduplications.contains(text.string(in: unit)) { return true }
    }
    return false
  }

  /// `“明白卡”明白卡`: a quoted term of two to twelve characters followed by the same term bare.
  private func quotedThenBare(_ text: [Unicode.Scalar], at start: Int, end: Int) -> TextRange? {
    guard text[start] == "“" else { return nil }
    var close = start + 1
    while close < end, close - start <= 13, text[close] != "”" {
      guard text[close].isHan else { return nil }
      close += 1
    }
    let length = close - start - 1
    guard close < end, text[close] == "”", length >= 2, close + 1 + length <= end else { return nil }
    for offset in 0..<length where text[start + 1 + offset] != text[close + 1 + offset] { return nil }
    return TextRange(close + 1, close + 1 + length)
  }
}
