/// ## What it does
/// Finds a document that writes the percent sign both half-width (`%`) and full-width (`％`).
/// It reports once, at the first sign of the less used form, with the others as related locations.
///
/// ## Why is this bad?
/// GB/T 15835-2011 asks for one form within a document (4.3, 局部体例一致). Two forms show text
/// pasted from different sources, and searching the report for one form misses the other.
///
/// ## Example
/// ```
/// 执行率为95%……完成率为98％
/// ```
/// Use instead:
/// ```
/// 执行率为95%……完成率为98%
/// ```
///
/// ## Fix safety
/// The fix rewrites every sign of the less used form to the more used one. It is safe when one form
/// is used at least twice as often as the other, and unsafe when the counts are close (which form to
/// keep is then a choice).
public struct MixedPercentSign: Rule {
  public static let code = "L107"
  public static let name = "mixed-percent-sign"
  public static let title = "百分号全半角混用"
  public static let defaultSeverity = Severity.information

  public init() {}

  public func check(_ context: RuleContext) -> [Diagnostic] {
    let text = context.document.scalars
    var half: [Int] = []
    var full: [Int] = []
    // Both signs lie outside the basic Han block.
    for offset in context.characters.others {
      let scalar = text[Int(offset)]
      if scalar == "%" { half.append(Int(offset)) } else if scalar == "％" { full.append(Int(offset)) }
    }
    guard !half.isEmpty, !full.isEmpty else { return [] }
    let (minority, majoritySign, minoritySign, majorityCount) =
      half.count < full.count ? (half, "％", "%", full.count) : (full, "%", "％", half.count)
    let applicability: Applicability = majorityCount >= 2 * minority.count ? .safe : .unsafe
    let first = TextRange(minority[0], minority[0] + 1)
    let related = minority.dropFirst().prefix(50).map {
      RelatedInformation(range: TextRange($0, $0 + 1), message: "另一处“\(minoritySign)”")
    }
    let edits = minority.map { TextEdit(range: TextRange($0, $0 + 1), replacement: majoritySign) }
    return [
      diagnostic(
        first,
        "全文混用百分号：“\(majoritySign)”\(majorityCount)处，“\(minoritySign)”\(minority.count)处，应统一写法",
        related: Array(related),
        fixes: [Fix(title: "统一为“\(majoritySign)”", edits: edits, applicability: applicability)])
    ]
  }
}
