/// ## What it does
/// Finds two or more sentence or clause marks in a row: `。。`, `，，`, `、、`, `；；`, `，；`.
/// The ellipsis `……` and the dash `——` are single marks and are not flagged, nor are `？！` and `！！`.
///
/// ## Why is this bad?
/// GB/T 15834-2011 gives each pause one mark. A doubled mark is a typing slip or the trace of an edit.
///
/// ## Example
/// ```
/// 项目验收合格率98%。。
/// ```
/// Use instead:
/// ```
/// 项目验收合格率98%。
/// ```
///
/// ## Fix safety
/// When the marks are the same, deleting the extra ones is safe. When they differ (`，；`) the fix
/// keeps the stronger mark and is unsafe: which one the author meant is a judgement.
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
