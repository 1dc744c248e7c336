/// ## 检查内容
/// 查找同一文档中百分号既有半角（`%`）又有全角（`％`）的情况。只报告一次，位置在用得较少的写法第一次出现处，
/// 其他各处列为相关位置。
///
/// ## 为什么要改
/// GB/T 15835-2011 要求同一文档中写法统一（4.3，局部体例一致）。两种写法并存，说明文字是从不同来源粘贴的，
/// 而且按一种写法检索报告会漏掉另一种。
///
/// ## 示例
/// ```
/// 执行率为95%……完成率为98％
/// ```
/// 应改为：
/// ```
/// 执行率为95%……完成率为98%
/// ```
///
/// ## 修复安全性
/// 修复把用得较少的写法全部改为用得较多的写法。一种写法的使用次数至少是另一种的两倍时，修复是安全的；次数接近时
/// 修复不安全（保留哪种写法需要作者选择）。
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
