/// ## What it does
/// Recomputes every stated percentage that is a quotient of other figures of the report — 节约比,
/// 超支率, 上升/下降 X%, 完成率, 执行率, 到位率, 占比, "完成年初预算的X%", rate columns of tables,
/// indicator completion rates — and flags the ones the figures do not give, rounding included.
///
/// ## Why is this bad?
/// A percentage that does not follow from the amounts beside it is the error reviewers find first: it
/// shows the figures were not checked, and often that one of the amounts is wrong too (a 节约比 worked
/// out from another item's saving).
///
/// ## Example
/// ```
/// 年初预算32万元，本年实际支出29.07万元，节约比为7.3%。
/// ```
/// Use instead:
/// ```
/// 年初预算32万元，本年实际支出29.07万元，节约比为9.2%。
/// ```
///
/// ## Fix safety
/// The fix writes the recomputed value with the author's number of decimals. It is safe only when the
/// inputs stand in the same sentence, no other finding disputes them, and every rounding of the inputs
/// gives the same written value; otherwise (an input from an earlier paragraph, another figure of the
/// sentence that is also wrong) it is unsafe, because the wrong number may be an input.
public struct RatioMismatch: Rule {
  public static let code = "A101"
  public static let name = "ratio-mismatch"
  public static let title = "比率与数据不符"
  public static let defaultSeverity = Severity.warning

  public init() {}

  public func check(_ context: RuleContext) -> [Diagnostic] {
    let claims = context.claims.claims
    let disputed = ClaimFindings.disputed(claims)
    return claims.filter { $0.kind == .ratio && $0.verdict != .consistent }.map { claim in
      let unit = claim.unitText
      let stated = claim.stated.digits + unit
      if claim.isUndefined {
        let base = claim.formula.contains(FormulaText.minus) ? "\(claim.formula)=0" : claim.formula
        let message = "\(claim.name)无法计算：基期数为\(base)，文中为\(stated)"
        return diagnostic(
          claim.stated.range, message, severity: ClaimFindings.severity(claim), related: ClaimFindings.related(claim))
      }
      if !claim.isPlausible {
        // 63729.50% for a share: an input is wrong, not the stated figure alone.
        let message = "\(claim.name)与数据不符：按文中数据\(claim.formula)=\(claim.expectedDetail)\(unit)，"
          + "不可能是\(claim.name)，文中为\(stated)；所用的数额可能有误"
        return diagnostic(
          claim.stated.range, message, severity: ClaimFindings.severity(claim), related: ClaimFindings.related(claim))
      }
      let message = "\(claim.name)应为\(claim.expected)\(unit)（\(claim.formula)=\(claim.expectedDetail)\(unit)），"
        + "文中为\(stated)" + ClaimFindings.alternativesText(claim)
      return diagnostic(
        claim.stated.range, message, severity: ClaimFindings.severity(claim), related: ClaimFindings.related(claim),
        fixes: [ClaimFindings.replaceFix(claim, disputed: disputed)])
    }
  }
}
