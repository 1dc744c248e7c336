/// ## 检查内容
/// 查找发文字号中用方括号、方头括号或圆括号括住年份的情况，例如 `丙财绩[2021]8号`、`湘财绩【2020】7号`、
/// `财预(2020)10号` 或 `某报字(2023)第0015号`。
///
/// ## 为什么要改
/// GB/T 9704-2012（7.2.5）规定发文字号中的年份用六角括号〔〕括入。审核人员会把其他括号逐一标出，而且报告是按
/// 文号与所引文件核对的。
///
/// ## 示例
/// ```
/// 根据丙财绩[2021]8号文件
/// ```
/// 应改为：
/// ```
/// 根据丙财绩〔2021〕8号文件
/// ```
///
/// ## 修复安全性
/// 修复把两个括号换成〔〕，是安全的：只有括号中的四位年份后面跟着序号和“号”（序号前有无“第”均可）时才会触发，
/// 这正是发文字号的形式。
public struct DocumentNumberBrackets: Rule {
  public static let code = "N104"
  public static let name = "document-number-brackets"
  public static let title = "发文字号年份括号不规范"
  public static let defaultSeverity = Severity.warning

  public init() {}

  private static let pairs: [(open: Unicode.Scalar, close: Unicode.Scalar)] = [
    ("[", "]"), ("【", "】"), ("(", ")"), ("（", "）"), ("［", "］"), ("〖", "〗"),
  ]

  public func check(_ context: RuleContext) -> [Diagnostic] {
    let text = context.document.scalars
    var result: [Diagnostic] = []
    // By index: a copy of a quantity retains its strings, and few are years.
    let quantities = context.document.quantities
    for index in quantities.indices where quantities[index].kind == .year {
      let quantity = quantities[index]
      let start = quantity.numberRange.start
      let end = quantity.numberRange.end
      // The digits are ASCII: their UTF-8 length is their number.
      guard quantity.digits.utf8.count == 4, start > 0, end < text.count,
        let pair = Self.pairs.first(where: { $0.open == text[start - 1] && $0.close == text[end] })
      else { continue }
      // A document number: 机关代字 before the bracket, 顺序号 and 号 after it.
      var cursor = end + 1
      // 甲会审字(2023)第0012号: a 第 may come before the sequence number.
      if cursor < text.count, text[cursor] == "第" { cursor += 1 }
      let numberStart = cursor
      while cursor < text.count, text[cursor].isDigit { cursor += 1 }
      guard cursor > numberStart, cursor < text.count, text[cursor] == "号", start >= 2, text[start - 2].isHan else {
        continue
      }
      let range = TextRange(start - 1, end + 1)
      let year = quantity.digits
      let written = "\(pair.open)\(year)\(pair.close)"
      result.append(
        diagnostic(
          range, "发文字号的年份应使用六角括号：\(written) 应为 〔\(year)〕（GB/T 9704-2012）",
          fixes: [
            Fix(
              title: "改为〔\(year)〕",
              edits: [
                TextEdit(range: TextRange(start - 1, start), replacement: "〔"),
                TextEdit(range: TextRange(end, end + 1), replacement: "〕"),
              ], applicability: .safe)
          ]))
    }
    return result
  }
}
