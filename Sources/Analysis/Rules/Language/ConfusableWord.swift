/// ## What it does
/// Finds words written with a similar-looking or similar-sounding character where another word is meant,
/// from a table of known confusions and from a general lexicon.
///
/// Each entry of the table (`ConfusableTable`) carries the context that decides it and its source:
/// `截止2020年底` (截至), `截止至`, `其它`, `布署`, `行势`, `安全稳患`, `本地藉学子`, `告之`, `防汛物质`,
/// `86户群众收益`, `明细帐`, `已问题为导向`.
///
/// The lexicon (jieba's word frequencies, pycorrector's similar-sounding and similar-looking characters:
/// `Lexicon`) finds slips nobody listed. Each run of Chinese text is segmented against it; where the
/// segmentation falls apart into rare single characters, one edit is tried at a time — a character replaced
/// by a similar one (`管理制渡`), a doubled character dropped (`补助助金`), the missing character of a
/// four-character fixed phrase put back (`一丝苟`) — and kept when the text then reads as common words and
/// becomes far likelier. It also finds 的 between an adverbial and the verb or preposition it modifies
/// (`认真的把好关`, `较好的完成了`), which should be 地. It never "corrects" the genre's own vocabulary (the
/// indicator and term catalogues, section titles, the report's unit and township, the gazetteer's townships
/// and counties when configured), names (after a surname, before 镇, 村, 公司, 同志 …), the codes of
/// document numbers (`某财预〔2021〕5号`), or a form the report writes more than once.
///
/// ## Why is this bad?
/// These are the slips reviewers mark first; several change the meaning (`收益` is income, `受益` is to
/// benefit) and all of them read as carelessness in a published report.
///
/// ## Example
/// ```
/// 截止2020年底，共排查风险稳患12处，健全财务管理制渡，统计人员一丝苟地核对
/// ```
/// Use instead:
/// ```
/// 截至2020年底，共排查风险隐患12处，健全财务管理制度，统计人员一丝不苟地核对
/// ```
///
/// ## Fix safety
/// A table entry's fix replaces the wrong form by the right one and is safe: an entry only fires in the
/// context where its wrong form cannot be a correct word (`广而告之`, `运行势头`, `物质文明` stay silent).
/// The lexicon's findings are suggestions (severity information, message “…”疑为“…”): their fix is unsafe,
/// offered as a quick fix for the author to confirm, never applied by fix-all or `lint --fix`.
///
/// ## Options
/// `Configuration.extraConfusables` adds table entries of the same shape (wrong, right, context).
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
