/// ## 检查内容
/// 查找因字形或字音相近而写错字、把一个词写成另一个词的情况，依据有两个来源：
/// - 已知易混词表，每一条都带有判定所需的上下文（`ConfusableTable`）：`截止2020年底`（截至）、`截止至`、`其它`、
///   `布署`、`行势`、`安全稳患`、`本地藉学子`、`告之`、`防汛物质`、`86户群众收益`、`明细帐`、`已问题为导向`；
/// - 通用词典（jieba 的词频和 pycorrector 的音近字、形近字，`Lexicon`），每一段连续的中文都按它切分。切分结果
///   散成一串罕见单字时，每次尝试一处改动——把某个字换成相近的字（`管理制渡`）、删去重复的字（`补助助金`）、
///   补回四字固定短语中漏掉的字（`一丝苟`）——改动后文本能读成常用词语、可能性大幅提高时才予保留。此外还查找
///   状语与其所修饰的动词或介词之间误用的“的”（`认真的把好关`、`较好的完成了`），应为“地”。
///
/// 通用词典从不“纠正”本类报告自身的用语（指标和术语目录、章节标题、报告的单位和乡镇名称、配置了地名库时其中的
/// 乡镇和县名）、人名地名等名称（姓氏之后，镇、村、公司、同志 … 之前）、发文字号中的代字（`某财预〔2021〕5号`），
/// 也不纠正报告中出现不止一次的写法。
///
/// ## 为什么要改
/// 这些是审核人员最先标出的错误；有些会改变意思（`收益` 指收入，`受益` 指得到好处），而且在公开的报告中都显得
/// 不够细致。
///
/// ## 示例
/// ```
/// 截止2020年底，共排查风险稳患12处，健全财务管理制渡，统计人员一丝苟地核对
/// ```
/// 应改为：
/// ```
/// 截至2020年底，共排查风险隐患12处，健全财务管理制度，统计人员一丝不苟地核对
/// ```
///
/// ## 修复安全性
/// 词表条目的修复把错误写法换成正确写法，是安全的：每个条目只在错误写法不可能是正确词语的上下文中才触发
/// （`广而告之`、`运行势头`、`物质文明` 不会标出）。通用词典的发现只是提示（严重程度为 information，提示语为
/// “…”疑为“…”）：其修复不安全，作为快速修复供作者确认，全部修复和 `lint --fix` 都不会应用。
///
/// ## 选项
/// `Configuration.extraConfusables` 可添加同样格式的词表条目（错误写法、正确写法、上下文）。
public struct ConfusableWord: Rule {
  public static let code = "L102"
  public static let name = "confusable-word"
  public static let title = "易混淆词语"
  public static let defaultSeverity = Severity.warning

  public init() {}

  public func check(_ context: RuleContext) -> [Diagnostic] {
    let extra = context.configuration.extraConfusables
    let table = extra.isEmpty ? Self.builtIn : CompiledConfusables(ConfusableTable.entries + extra)
    let text = context.document.scalars
    var result: [Diagnostic] = []
    // The places a wrong form can start, from the shared index, in order; a match is not searched again.
    var resume = 0
    for index in context.characters.offsets(ofAny: table.firsts) where index >= resume {
      guard let group = table.groupOf.value(of: text[index]) else { continue }
      var matchedEnd: Int?
      for candidate in table.groups[group] where index + candidate.wrong.count <= text.count {
        guard text.matches(candidate.wrong, at: index) else { continue }
        let range = TextRange(index, index + candidate.wrong.count)
        let entry = candidate.entry
        guard candidate.condition.holds(in: text, at: range) else { continue }
        let reason = entry.reason.isEmpty ? "" : "（\(entry.reason)）"
        result.append(
          diagnostic(
            range, "“\(entry.wrong)”应为“\(entry.right)”\(reason)",
            fixes: [.replace(range, with: entry.right, title: "改为“\(entry.right)”", applicability: .safe)]))
        matchedEnd = range.end
        break
      }
      if let matchedEnd { resume = matchedEnd }
    }
    // The lexicon's findings where the table said nothing.
    for finding in Self.detector.findings(in: context)
    where !result.contains(where: { $0.range.overlaps(finding.written) }) {
      result.append(diagnostic(for: finding, in: context.document.scalars))
    }
    return result.sorted { $0.range < $1.range }
  }

  private static let builtIn = CompiledConfusables(ConfusableTable.entries)
  private static let detector = WrongCharacterDetector()

  /// A finding of the lexicon: a suggestion, not a certainty, so it is shown as information with an unsafe fix.
  private func diagnostic(for finding: WrongCharacterDetector.Finding, in text: [Unicode.Scalar]) -> Diagnostic {
    let written = text.string(in: finding.written)
    let changed = text.string(in: finding.edit.range)
    let (reason, title): (String, String)
    switch finding.kind {
    case .similarCharacter: (reason, title) = ("音近或形近的别字", "改为“\(finding.suggestion)”")
    case .doubledCharacter: (reason, title) = ("多了一个“\(changed)”", "删去多余的“\(changed)”")
    case .missingCharacter: (reason, title) = ("固定词语少了“\(finding.edit.replacement)”", "补上“\(finding.edit.replacement)”")
    case .structuralParticle: (reason, title) = ("修饰动词的状语后用“地”", "改为“\(finding.suggestion)”")
    }
    return diagnostic(
      finding.written, "“\(written)”疑为“\(finding.suggestion)”（\(reason)）", severity: .information,
      fixes: [Fix(title: title, edits: [finding.edit], applicability: .unsafe)])
  }
}

/// The table indexed for the scan: a bitmap of first characters (checked on every character of the
/// text, so it must be cheaper than a dictionary) and the entries by first character, longest first.
private struct CompiledConfusables: Sendable {
  struct Candidate: Sendable {
    let entry: ConfusableEntry
    let wrong: [Unicode.Scalar]
    let condition: ConfusableEntry.Condition
  }

  /// The first characters of the wrong forms.
  let firsts: [Unicode.Scalar]
  let groupOf: ScalarMap
  /// The candidates of each first character.
  let groups: [[Candidate]]

  init(_ entries: [ConfusableEntry]) {
    var byFirst: [Unicode.Scalar: [Candidate]] = [:]
    var order: [Unicode.Scalar] = []
    for entry in entries {
      let wrong = Array(entry.wrong.unicodeScalars)
      guard let first = wrong.first, !entry.right.isEmpty, entry.wrong != entry.right else { continue }
      if byFirst[first] == nil { order.append(first) }
      byFirst[first, default: []].append(
        Candidate(entry: entry, wrong: wrong, condition: ConfusableEntry.Condition(entry)))
    }
    // Longer wrong forms first, so that 截止至 wins over 截止.
    groups = order.map { first in byFirst[first]!.sorted { $0.wrong.count > $1.wrong.count } }
    groupOf = ScalarMap(order.enumerated().map { ($0.element, $0.offset) })
    firsts = order
  }
}
