/// ## What it does
/// Recomputes stated differences — "与年初预算数28.46万元相差3.18万元", "比年初预算数5.26万元减少0.68万元",
/// "较年初预算减少2.15万元" (with the budget from an earlier paragraph), "基本支出差异316.4万元",
/// 收支差额, 结余 = 收入 − 支出, 金额差异 columns (决算 − 预算), and 个百分点 (the difference of two
/// rates) — and flags those the figures do not give.
///
/// ## Why is this bad?
/// A wrong difference usually means a figure was copied from another line (the 公务接待费 saving written
/// as the saving of all 三公经费); every ratio computed from it is then wrong as well.
///
/// ## Example
/// ```
/// 2021年初批复的“三公”经费预算数为32万元。本年实际支出“三公”经费29.07万元，较年初预算减少2.15万元。
/// ```
/// Use instead:
/// ```
/// 2021年初批复的“三公”经费预算数为32万元。本年实际支出“三公”经费29.07万元，较年初预算减少2.93万元。
/// ```
///
/// ## Fix safety
/// The fix writes the recomputed difference, and is unsafe: the difference may be right and one of the
/// two figures wrong.
public struct DifferenceMismatch: Rule {
  public static let code = "A103"
  public static let name = "difference-mismatch"
  public static let title = "差额与数据不符"
  public static let defaultSeverity = Severity.warning

  public init() {}

  public func check(_ context: RuleContext) -> [Diagnostic] {
    context.claims.claims.filter {
      ($0.kind == .difference || $0.kind == .percentagePoint) && $0.verdict != .consistent
    }.map { claim in
      let unit = claim.unitText
      let message = "\(claim.name)应为\(claim.expected)\(unit)（\(claim.formula)=\(claim.expectedDetail)\(unit)），"
        + "文中为\(claim.stated.digits)\(unit)" + ClaimFindings.alternativesText(claim)
      return diagnostic(
        claim.stated.range, message, severity: ClaimFindings.severity(claim), related: ClaimFindings.related(claim),
        fixes: [
          Fix.replace(
            claim.stated.numberRange, with: claim.expected, title: "改为\(claim.expected)\(unit)", applicability: .unsafe)
        ])
    }
  }
}
