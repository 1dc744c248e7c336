/// ## 检查内容
/// 重新计算报告中每一个由其他数字相除得出的百分比——节约比、超支率、上升/下降 X%、完成率、执行率、到位率、
/// 占比、“完成年初预算的X%”、表格中的比率列、指标完成率——按所写的精度四舍五入后与原文比对，标出与数字不符的百分比。
///
/// 执行率、完成率、到位率、支付率等按实际数除以计划数（预算、目标）计算，两者先写哪一个都可以；写明未支付数时，
/// 支付率 = 已支付数 ÷（已支付数 + 未支付数）。基数为零时（本期数等于增加额，却写“增长100%”）比率无法计算，
/// 照样标出。重新计算的数值不可能成立时（占比超过100%，比率达到上千个百分点），说明参与计算的数字有错，只报告、
/// 不给出改写的数值。按截尾而非四舍五入写出的数值作为较不确定的问题（提示级）报告。
///
/// ## 为什么要改
/// 百分比与旁边的金额对不上，是审核人员最先发现的问题：说明数字没有核对过，而且往往其中一个金额本身也有错
/// （例如用另一项目的节约额算出的节约比）。
///
/// ## 示例
/// ```
/// 年初预算32万元，本年实际支出29.07万元，节约比为7.3%。
/// ```
/// 应改为：
/// ```
/// 年初预算32万元，本年实际支出29.07万元，节约比为9.2%。
/// ```
///
/// ## 修复安全性
/// 修复按作者原有的小数位数写入重新计算的数值。只有在参与计算的数字都在同一句中、没有其他问题对其提出异议、
/// 且这些数字按任何方式舍入都得出同一写法时，修复才是安全的；否则（数字取自前面的段落，或句中另有数字也有错）
/// 修复不安全，因为写错的可能正是参与计算的数字。基数为零或数值不可能成立时不提供修复。
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
        // 48520.00% for a share: an input is wrong, not the stated figure alone.
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
