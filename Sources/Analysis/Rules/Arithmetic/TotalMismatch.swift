/// ## 检查内容
/// 将合计的各组成部分相加——“总额X，其中A a、B b”、冒号后的列举（“发放资金7.3万元：…”）、以“共计/合计”结尾的
/// 列举、表格中的合计/小计行和“其中”子行——标出与各部分之和不符的合计数。可能只列出部分组成的列举（“其中”所列常
/// 省略次要项目）只在各部分之和超过合计时才标出，或在列举明显完整时标出（“分别为”；占比合计为100%；基本支出与
/// 项目支出；最后一项为“其他…”；同一组分项按另一单位计的数字恰好等于总数，如户数旁的人数；表格的各行）。以元计的
/// 分项按合计的万元计算；写作约数的合计（7.3余万元）按其末位上下一个单位的范围比对。
///
/// 总数之后逐项写出的分项金额之和恰好等于总数时，这些分项就是它的全部组成：总数写出的其他数字——预算数、较上年
/// 或较预算的增减额——也必须等于各分项相应数字之和（写“均无变化”的分项按其金额及零增减计）。
///
/// ## 为什么要改
/// 合计不等于各部分之和，说明其中某个数字有错，而读者无从判断是哪一个。报告要与决算表逐行核对，这样的疏漏
/// 有损报告的可信度。
///
/// ## 示例
/// ```
/// 2021年度支出总额3517.62万元，其中基本支出2893.4万元，项目支出647.35万元。
/// ```
/// 应改为：
/// ```
/// 2021年度支出总额3540.75万元，其中基本支出2893.4万元，项目支出647.35万元。
/// ```
///
/// ## 修复安全性
/// 无法确定错的是合计还是某一部分。修复按每种可能分别给出（“改合计为…”、“改基本支出为…”，后者仅用于不超过三项
/// 且单位相同的列举），均为不安全修复；合计为约数时不提供修复。
public struct TotalMismatch: Rule {
  public static let code = "A102"
  public static let name = "total-mismatch"
  public static let title = "合计与分项之和不符"
  public static let defaultSeverity = Severity.warning

  public init() {}

  public func check(_ context: RuleContext) -> [Diagnostic] {
    context.claims.claims.filter { $0.kind == .total && $0.verdict != .consistent }.map { claim in
      let unit = claim.unitText
      let difference = DecimalText.string(
        abs(claim.computed - claim.stated.value), decimals: claim.expected.split(separator: ".").dropFirst().first?.count ?? 0)
      // An approximate total is quoted as written (7.3余万元).
      let written = claim.stated.qualifier == .exact ? claim.stated.digits + unit : context.document.string(in: claim.stated.range)
      var message = "各分项之和为\(claim.expected)\(unit)（\(claim.formula)），与\(claim.name)\(written)不符，"
        + "相差\(difference)\(unit)"
      if claim.alternatives.count > 1 { message += "；不能确定是合计有误还是某一分项有误" }
      let fixes = claim.alternatives.compactMap { alternative -> Fix? in
        guard let range = alternative.range, let replacement = alternative.replacement else { return nil }
        return Fix.replace(
          range, with: replacement, title: "改\(alternative.subject)为\(replacement)\(unit)", applicability: .unsafe)
      }
      return diagnostic(
        claim.stated.range, message, severity: ClaimFindings.severity(claim), related: ClaimFindings.related(claim),
        fixes: fixes)
    }
  }
}
