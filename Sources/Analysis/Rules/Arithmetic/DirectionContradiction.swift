/// ## 检查内容
/// 标出与数字相矛盾的方向词：数字下降却写“增加/上升/增长/提高/超支”，数字上升却写“减少/下降/降低/节约”，
/// “由30%降至40%”，实际结果低于指标却写“超出预期”/“超额完成”，金额与所比较的数字不同却写“与年初预算相比
/// 无增减”/“持平”/“无变化”，以及表格中节约额（超支额）列的正负与旁边的预算数、实际数所示方向相反。
///
/// ## 为什么要改
/// 费用明明下降却说上升，句子的意思就完全反了；这通常是从其他年度或其他项目抄来段落、只改了一部分造成的。
///
/// ## 示例
/// ```
/// 公务用车运行维护费本年支出4.26万元，上年支出7.93万元，比上年增加3.67万元。
/// ```
/// 应改为：
/// ```
/// 公务用车运行维护费本年支出4.26万元，上年支出7.93万元，比上年减少3.67万元。
/// ```
///
/// ## 修复安全性
/// 修复把方向词换成相反的词（增加 → 减少），属于不安全修复：错的也可能是数字。“超出预期”不提供修复，因为整句需要改写。
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
