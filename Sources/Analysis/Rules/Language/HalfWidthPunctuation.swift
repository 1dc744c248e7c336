/// ## 检查内容
/// 查找中文文本中的半角 ASCII 标点：写在汉字之后的 `,` `;` `:` `?` `!`（`万元,公用经费`、`结余:2021年`），以及括住
/// 中文的圆括号 `( )`（`7个村(社区)`）。
///
/// ## 为什么要改
/// GB/T 15834-2011（5.1）规定中文行文使用全角标点。半角标点过窄，破坏行内均匀的间距，也表明文字是在错误的输入
/// 状态下录入或从别处粘贴而来。
///
/// ## 示例
/// ```
/// 强化预算约束,严控一般性支出(暂行)
/// ```
/// 应改为：
/// ```
/// 强化预算约束，严控一般性支出（暂行）
/// ```
///
/// 通篇使用半角标点的文本——至少十个，且不少于其全角标点——只在第一个半角标点处报告一次，注明数量，并提供一次
/// 全部替换的修复；在其他地方都用全角标点的文本中，每个零星的半角标点都单独报告。
///
/// ## 修复安全性
/// 修复把标点换成对应的全角形式（并删去其后输入的空格），是安全的，一次全部替换的修复也是安全的。数字中
/// （`2,846.15`）、时间中（`10:30`）、网址和英文单词中的标点从不标出，只括住数字或拉丁字母的括号（`(1)`、`(GDP)`）
/// 也不标出。
public struct HalfWidthPunctuation: Rule {
  public static let code = "L106"
  public static let name = "half-width-punctuation"
  public static let title = "中文中使用半角标点"
  public static let defaultSeverity = Severity.warning

  public init() {}

  /// The full-width form of each mark with the finding's wording, made once: building the strings
  /// for every finding cost more than finding it.
  private struct Wording {
    var replacement: String
    var message: String
    var title: String

    init(_ halfWidth: Unicode.Scalar, _ fullWidth: Unicode.Scalar) {
      replacement = String(fullWidth)
      message = "中文中应使用全角标点“\(fullWidth)”，而不是半角“\(halfWidth)”（GB/T 15834-2011）"
      title = "改为“\(fullWidth)”"
    }
  }

  private static let comma = Wording(",", "，")
  private static let semicolon = Wording(";", "；")
  private static let colon = Wording(":", "：")
  private static let question = Wording("?", "？")
  private static let exclamation = Wording("!", "！")

  /// The wording for a half-width mark this rule flags, nil for any other scalar.
  private static func wording(_ scalar: Unicode.Scalar) -> Wording? {
    switch scalar {
    case ",": comma
    case ";": semicolon
    case ":": colon
    case "?": question
    case "!": exclamation
    default: nil
    }
  }

  public func check(_ context: RuleContext) -> [Diagnostic] {
    let document = context.document
    let text = document.scalars
    // Every mark lies outside the basic Han block: each line's marks are read from the shared index.
    let others = context.characters.others
    var result: [Diagnostic] = []
    var stack: [(index: Int, hanBefore: Int)] = []
    var first = 0
    for line in 0..<document.lineIndex.lineCount {
      let range = document.lineIndex.contentRange(ofLine: line)
      while first < others.count, Int(others[first]) < range.start { first += 1 }
      var end = first
      while end < others.count, Int(others[end]) < range.end { end += 1 }
      defer { first = end }
      guard end > first else { continue }
      marks(text, others[first..<end], in: range, into: &result)
      stack.removeAll(keepingCapacity: true)
      brackets(text, others[first..<end], in: range, stack: &stack, into: &result)
    }
    guard result.count >= Self.habitMinimum, let firstFinding = result.first else { return result }
    var fullWidth = 0
    for offset in others {
      switch text[Int(offset)] {
      case "，", "；", "：", "？", "！", "（", "）": fullWidth += 1
      default: continue
      }
    }
    guard result.count >= fullWidth else { return result }
    let edits = result.flatMap { $0.fixes.first?.edits ?? [] }.sorted { $0.range < $1.range }
    return [
      diagnostic(
        firstFinding.range,
        "全文中文标点多用半角（半角\(result.count)处，全角仅\(fullWidth)处），应统一使用全角标点（GB/T 15834-2011）",
        fixes: [Fix(title: "全部改为全角标点（\(result.count)处）", edits: edits, applicability: .safe)])
    ]
  }

  /// Half-width marks that make a habit rather than slips, when the full-width ones are not more.
  private static let habitMinimum = 10

  /// The half-width marks among `offsets`, the scalars of the line `range` outside the basic Han block.
  private func marks(
    _ text: [Unicode.Scalar], _ offsets: ArraySlice<Int32>, in range: TextRange, into result: inout [Diagnostic]
  ) {
    for offset in offsets {
      let index = Int(offset)
      let scalar = text[index]
      guard scalar.value < 0x80, let wording = Self.wording(scalar), index > range.start else { continue }
      let previous = text[index - 1]
      var next = index + 1
      while next < range.end, text[next].isSpace { next += 1 }
      let following: Unicode.Scalar? = next < range.end ? text[next] : nil
      let previousChinese = isChineseContext(previous)
      let previousNumber = previous.isDigit || previous == "%" || previous == "％"
      let followingChinese = following.map(isChineseContext) ?? true
      let followingNumber = following?.isDigit ?? false
      // A web address or English text around the mark: leave it.
      if index >= range.start + 2, text.matches("://", at: index) { continue }
      guard
        (previousChinese && (followingChinese || followingNumber))
          || (previousNumber && followingChinese && following != nil)
      else { continue }
      let edit = TextRange(index, following == nil ? index + 1 : next)
      result.append(
        diagnostic(
          TextRange(index, index + 1), wording.message,
          fixes: [.replace(edit, with: wording.replacement, title: wording.title, applicability: .safe)]))
    }
  }

  /// Round brackets with at least one half-width side around Chinese text, among `offsets`, the
  /// scalars of the line `range` outside the basic Han block.
  /// `stack` is empty, kept by the caller so that its storage serves every line.
  private func brackets(
    _ text: [Unicode.Scalar], _ offsets: ArraySlice<Int32>, in range: TextRange,
    stack: inout [(index: Int, hanBefore: Int)], into result: inout [Diagnostic]
  ) {
    // Open brackets with the number of Han characters before them: a pair encloses Chinese text when
    // the count grew in between (rescanning each pair's content was quadratic on nested brackets).
    // The Han characters among `offsets` so far; the basic ones are the scalars not in `offsets`.
    var otherHan = 0
    for (position, offset) in offsets.enumerated() {
      let index = Int(offset)
      let hanCount = index - range.start - position + otherHan
      switch text[index] {
      case "(", "（":
        stack.append((index, hanCount))
      case ")", "）":
        guard let (open, hanBefore) = stack.popLast() else { continue }
        guard text[open] == "(" || text[index] == ")" else { continue }
        guard hanCount > hanBefore else { continue }
        var edits: [TextEdit] = []
        if text[open] == "(" { edits.append(TextEdit(range: TextRange(open, open + 1), replacement: "（")) }
        if text[index] == ")" { edits.append(TextEdit(range: TextRange(index, index + 1), replacement: "）")) }
        let reported = text[open] == "(" ? TextRange(open, open + 1) : TextRange(index, index + 1)
        result.append(
          diagnostic(
            reported, "中文中应使用全角括号“（）”（GB/T 15834-2011）",
            fixes: [Fix(title: "改为全角括号“（）”", edits: edits, applicability: .safe)]))
      default:
        if text[index].isHan { otherHan += 1 }
      }
    }
  }

  /// A Chinese character or a full-width mark (the CJK punctuation block and full-width forms).
  private func isChineseContext(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isHan { return true }
    switch scalar.value {
    case 0x3001...0x303F, 0x2018...0x201D, 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65:
      return true
    default:
      return false
    }
  }
}
