/// ## What it does
/// Flags words of direction that the figures contradict: 增加/上升/增长/提高/超支 where the figure fell,
/// 减少/下降/降低/节约 where it rose, "由30%降至40%", "超出预期"/"超额完成" with a result below
/// its indicator, "与年初预算相比无增减"/"持平"/"无变化" where the amount differs from the figure compared
/// with, and a 节约额 (超支额) table column whose sign says the opposite of the budget and actual beside it.
///
/// ## Why is this bad?
/// Saying a cost rose when it fell reverses the meaning of the sentence; it usually comes from a
/// paragraph copied from another year or another item and only partly updated.
///
/// ## Example
/// ```
/// 公务用车运行维护费本年支出4.26万元，上年支出7.93万元，比上年增加3.67万元。
/// ```
/// Use instead:
/// ```
/// 公务用车运行维护费本年支出4.26万元，上年支出7.93万元，比上年减少3.67万元。
/// ```
///
/// ## Fix safety
/// The fix swaps the word for its opposite (增加 → 减少) and is unsafe: the figures may be the wrong part.
/// "超出预期" gets no fix, as the sentence needs rewriting.
public struct DirectionContradiction: Rule {
  public static let code = "A104"
  public static let name = "direction-contradiction"
  public static let title = "增减方向与数据矛盾"
  public static let defaultSeverity = Severity.warning

  public init() {}

  private static let opposites: [String: String] = [
    "增加": "减少", "减少": "增加", "上升": "下降", "下降": "上升", "增长": "下降", "提高": "降低", "降低": "提高",
    "超支": "节约", "节约": "超支", "增多": "减少", "节省": "超支",
  ]

  public func check(_ context: RuleContext) -> [Diagnostic] {
    let text = context.document.scalars
    return context.claims.claims.filter { $0.kind == .direction && $0.verdict == .mismatch }.compactMap { claim in
      guard claim.inputs.count == 2 else { return nil }
      let now = claim.inputs[0]
      let reference = claim.inputs[1]
      let range = claim.keywordRange ?? claim.stated.range
      // A table column states its direction by its header (节约额) and the sign of the cell.
      let word = claim.keywordRange.map { text.string(in: $0) } ?? "\(claim.name)\(claim.stated.digits)"
      let nowText = now.quantity.digits + (now.quantity.unit?.symbol ?? "")
      let referenceText = reference.quantity.digits + (reference.quantity.unit?.symbol ?? "")
      let message: String
      var fixes: [Fix] = []
      if claim.statedDirection == .unchanged {
        message = "文中称“\(word)”，但\(now.role)\(nowText)与\(reference.role)\(referenceText)不同"
          + "（\(claim.formula)=\(claim.expectedDetail)），实为\(claim.expected)"
      } else if claim.name == "超出预期" {
        message = "文中称“\(word)”，但实际\(nowText)低于指标值\(referenceText)（\(claim.formula)=\(claim.expectedDetail)）"
      } else {
        let actual = claim.statedDirection == .increase ? "低于" : "高于"
        message = "文中称“\(word)”，但\(now.role)\(nowText)\(actual)\(reference.role)\(referenceText)"
          + "（\(claim.formula)=\(claim.expectedDetail)），方向相反"
        if claim.keywordRange != nil, let opposite = Self.opposites[word] {
          fixes.append(Fix.replace(range, with: opposite, title: "改为“\(opposite)”", applicability: .unsafe))
        }
      }
      return diagnostic(
        range, message, severity: ClaimFindings.severity(claim), related: ClaimFindings.related(claim), fixes: fixes)
    }
  }
}
