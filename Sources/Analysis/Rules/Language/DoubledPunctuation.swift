/// ## 检查内容
/// 查找连续出现的两个及以上句末点号或句内点号：`。。`、`，，`、`、、`、`；；`、`，；`。省略号 `……` 和破折号 `——`
/// 是单个标点，不予标出；`？！` 和 `！！` 也不标出。
///
/// ## 为什么要改
/// GB/T 15834-2011 规定每处停顿只用一个点号。重复的点号是录入失误或修改留下的痕迹。
///
/// ## 示例
/// ```
/// 项目验收合格率98%。。
/// ```
/// 应改为：
/// ```
/// 项目验收合格率98%。
/// ```
///
/// ## 修复安全性
/// 点号相同时，删除多余的点号是安全的。点号不同时（`，；`），修复保留停顿较大的点号，属于不安全修复：作者本意
/// 用哪一个需要判断。
public struct DoubledPunctuation: Rule {
  public static let code = "L105"
  public static let name = "doubled-punctuation"
  public static let title = "标点重复"
  public static let defaultSeverity = Severity.warning

  public init() {}

  /// How strong a pause each mark is; nil for marks this rule does not look at.
  private static func strength(_ scalar: Unicode.Scalar) -> Int? {
    switch scalar {
    case "、": 1
    case "，", ",": 2
    case "；", ";", "：": 3
    case "。": 4
    case "？", "！", "?", "!": 5
    default: nil
    }
  }

  public func check(_ context: RuleContext) -> [Diagnostic] {
    let text = context.document.scalars
    // The marks lie outside the basic Han block: runs of them are runs of consecutive offsets there.
    let others = context.characters.others
    var result: [Diagnostic] = []
    var position = 0
    while position < others.count {
      let index = Int(others[position])
      // None of the marks lies between the CJK symbols and the full-width forms.
      guard text[index].value &- 0x3040 >= 0xFF00 - 0x3040, Self.strength(text[index]) != nil else {
        position += 1
        continue
      }
      var last = position + 1
      while last < others.count, Int(others[last]) == Int(others[last - 1]) + 1,
        Self.strength(text[Int(others[last])]) != nil
      {
        last += 1
      }
      let end = Int(others[last - 1]) + 1
      defer { position = last }
      guard end - index >= 2 else { continue }
      // ？！ and ！！ are allowed for emphasis.
      if (index..<end).allSatisfy({ Self.strength(text[$0]) == 5 }) { continue }
      let run = TextRange(index, end)
      let written = text.string(in: run)
      if (index..<end).allSatisfy({ text[$0] == text[index] }) {
        let extra = TextRange(index + 1, end)
        result.append(
          diagnostic(
            extra, "标点“\(written)”重复",
            fixes: [.replace(extra, with: "", title: "删除多余的“\(text[index])”", applicability: .safe)]))
      } else {
        var keep = index
        for offset in index..<end where Self.strength(text[offset])! >= Self.strength(text[keep])! { keep = offset }
        let kept = text[keep]
        result.append(
          diagnostic(
            run, "标点“\(written)”连用，只应保留一个",
            fixes: [.replace(run, with: String(kept), title: "只保留“\(kept)”", applicability: .unsafe)]))
      }
    }
    return result
  }
}
