/// ## What it does
/// Adds up the parts of a total — "总额X，其中A a、B b", lists ending in 共计/合计, 合计/小计 rows of
/// tables — and flags totals the parts do not make. A list that may name only some parts (其中 lists,
/// which often leave out minor items) is flagged only when its parts exceed the total, or when the list
/// is evidently complete (分别为; shares adding up to 100%; 基本支出 and 项目支出; a table's rows).
///
/// ## Why is this bad?
/// A total that is not the sum of its parts means one of the figures is wrong, and the reader cannot
/// tell which. Reports are checked against 决算 tables line by line; such a slip costs credibility.
///
/// ## Example
/// ```
/// 2021年度支出总额3517.62万元，其中基本支出2893.4万元，项目支出647.35万元。
/// ```
/// Use instead:
/// ```
/// 2021年度支出总额3540.75万元，其中基本支出2893.4万元，项目支出647.35万元。
/// ```
///
/// ## Fix safety
/// Which figure is wrong is unknown: the total, or any part. The fixes offer each reading ("改合计为…",
/// "改基本支出为…", the latter for lists of up to three parts) and are all unsafe.
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
      // An approximate total is quoted as written (11.4余万元).
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
