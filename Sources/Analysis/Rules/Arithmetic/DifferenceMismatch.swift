/// ## 检查内容
/// 重新计算文中写明的差额——“与年初预算数28.46万元相差3.18万元”、“比年初预算数5.26万元减少0.68万元”、
/// “较年初预算减少2.15万元”（预算数取自前面的段落）、“基本支出差异316.4万元”、收支差额、结余 = 收入 − 支出、
/// 表格中的金额差异列（决算 − 预算），以及个百分点（两个比率之差）——标出与数字不符的差额。
///
/// ## 为什么要改
/// 差额写错，通常是从别的行抄来了数字（把公务接待费的节约额写成整个三公经费的节约额）；由它算出的比率也会随之出错。
///
/// ## 示例
/// ```
/// 2022年初批复的“三公”经费预算数为36万元。本年实际支出“三公”经费31.48万元，较年初预算减少3.82万元。
/// ```
/// 应改为：
/// ```
/// 2022年初批复的“三公”经费预算数为36万元。本年实际支出“三公”经费31.48万元，较年初预算减少4.52万元。
/// ```
///
/// ## 修复安全性
/// 修复写入重新计算的差额，属于不安全修复：差额可能是对的，错的是两个数字之一。
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
