/// ## 检查内容
/// 查找报告在说本单位时却写成另一个乡镇名称的情况：与报告主体同属一个县的乡镇（在乡镇地名库中查找），或在没有地名库
/// 时，标题、落款或重复出现的标题中所写的、并非报告主体的乡镇人民政府。
///
/// 确实说的是其他地方的提法不予报告：相邻与交界（与…接壤/相邻/交界/毗邻）、协同工作（联合、协助、配合、对口、帮扶、
/// 支援）、列举多个乡镇、相互比较、其他县的地名（戊己县某乡），以及报告主体自身的简称（某某苗族乡 ↔ 某某乡）。
///
/// ## 为什么要改
/// 乡镇报告常以上一年的报告或邻近乡镇的报告为底稿。抄写时遗留的名称，等于把另一个乡镇的工作或资金说成本乡镇的，
/// 审核人员会据此认为整份报告没有核对过。
///
/// ## 示例
/// ```
/// 甲乙镇人民政府2020年度部门整体支出绩效评价报告
/// ……有力推动了丙丁镇乡村治理水平稳步提升。
/// ```
/// 应改为：
/// ```
/// ……有力推动了甲乙镇乡村治理水平稳步提升。
/// ```
///
/// ## 修复安全性
/// 修复把该名称换成报告主体的名称，属于不安全修复：这处提法也可能确实说的是另一个乡镇，只是用了规则无法识别的说法。
/// 没有地名库时，只有在名称的首字可以确定时（位于行首，或紧跟在县名之后）才提供修复。
///
/// ## 选项
/// 地名库由 `gazetteer` 设置指定（CSV，各列为 code,province,city,county,township）。没有地名库时，只比较标题和落款
/// 位置上的单位名称，并以 information 级别报告。
public struct ForeignTownship: Rule {
  public static let code = "N101"
  public static let name = "foreign-township"
  public static let title = "出现其他乡镇名称"
  public static let defaultSeverity = Severity.warning

  public init() {}

  public func check(_ context: RuleContext) -> [Diagnostic] {
    let document = context.document
    guard let township = document.subject.township, TownshipLevel(name: township) != nil else { return [] }
    var result: [Diagnostic] = []
    if let gazetteer = context.gazetteer, let home = gazetteer.entry(for: document.subject, in: document) {
      result = countyFindings(document, gazetteer: gazetteer, home: home)
    }
    // The document-only check still runs: it sees names of other counties in unit positions.
    for finding in unitFindings(document, context.characters)
    where !result.contains(where: { $0.range.overlaps(finding.range) }) {
      result.append(finding)
    }
    return result.sorted { $0.range < $1.range }
  }

  // MARK: - With a gazetteer

  private enum Place {
    case own
    case foreign(Gazetteer.Entry)
  }

  /// Mentions of the other townships of the subject's county.
  private func countyFindings(_ document: Document, gazetteer: Gazetteer, home: Gazetteer.Entry) -> [Diagnostic] {
    let text = document.scalars
    let subject = document.subject
    let own = ownNames(subject, home: home)
    var trie = ReverseNameTrie<Place>()
    for name in own { trie.insert(name, value: .own) }
    for (entry, shortName) in gazetteer.townshipsWithShortNames(inCountyKey: home.countyKey)
    where !own.contains(entry.township) {
      for name in [entry.township, shortName].compactMap({ $0 }) where Self.isMatchable(name) && !own.contains(name) {
        trie.insert(name, value: .foreign(entry))
      }
    }
    var result: [Diagnostic] = []
    for paragraph in document.paragraphs {
      for sentence in paragraph.sentences {
        // All mentions of the sentence first: several other townships in one sentence are a list.
        var mentions: [(range: TextRange, entry: Gazetteer.Entry)] = []
        for index in sentence.range.start..<sentence.range.end where Self.endsPlaceName(text, at: index) {
          let end = index + 1
          let lowerBound = max(sentence.range.start, end - trie.maxLength)
          guard let match = trie.longestMatch(in: text, endingAt: end, lowerBound: lowerBound),
            case .foreign(let entry) = match.value
          else { continue }
          mentions.append((TextRange(match.start, end), entry))
        }
        guard !mentions.isEmpty, Set(mentions.map(\.entry.township)).count == 1 else { continue }
        for mention in mentions
        where !isExcused(mention.range, in: sentence, text: text, gazetteer: gazetteer, home: home) {
          result.append(countyDiagnostic(mention.range, entry: mention.entry, document: document, home: home))
        }
      }
    }
    return result
  }

  private func countyDiagnostic(
    _ range: TextRange, entry: Gazetteer.Entry, document: Document, home: Gazetteer.Entry
  ) -> Diagnostic {
    let written = document.string(in: range)
    let subjectName = document.subject.township ?? home.township
    // Answer a short form with the subject's short form, when it has one.
    let replacement =
      written != entry.township ? (Subject.shortName(of: subjectName) ?? subjectName) : subjectName
    return diagnostic(
      range,
      "本报告的主体是\(subjectName)，此处的“\(written)”是同属\(home.county)的另一个乡镇，可能是套用其他报告时遗留",
      fixes: [.replace(range, with: replacement, title: "改为\(replacement)", applicability: .unsafe)])
  }

  /// The subject's own names: as the report writes it, as the gazetteer writes it, and short forms.
  private func ownNames(_ subject: Subject, home: Gazetteer.Entry) -> Set<String> {
    var names = Set(subject.townshipAliases)
    names.insert(home.township)
    if let short = Subject.shortName(of: home.township) { names.insert(short) }
    return names
  }

  /// Names too short or too generic to be told from ordinary words (新镇, 中心镇) are not matched.
  private static func isMatchable(_ name: String) -> Bool {
    name.unicodeScalars.count >= 3 && !genericNames.contains(name)
  }

  private static let genericNames: Set<String> = ["中心镇", "中心乡", "新城镇", "小城镇", "重点镇", "特色镇", "建制镇"]

  /// Whether a township-level name may end at `index`: 镇, 乡, 街道, 苏木.
  private static func endsPlaceName(_ text: [Unicode.Scalar], at index: Int) -> Bool {
    switch text[index] {
    case "镇", "乡": return true
    case "道": return index > 0 && text[index - 1] == "街"
    case "木": return index > 0 && text[index - 1] == "苏"
    default: return false
    }
  }

  /// Words near a mention that show it is about the other place: borders, joint work, visits.
  private static let contextWords = [
    "接壤", "相邻", "交界", "毗邻", "邻近", "接界", "周边", "联合", "协助", "配合", "对口", "帮扶", "支援", "协作",
    "合作", "共建", "结对", "联防", "联动", "兄弟", "考察", "参观", "观摩", "交流", "调入", "调出", "调任", "调往",
    "调至", "来自", "前往", "交叉", "插花",
  ]
  /// Words of a comparison in the same clause.
  private static let comparisonWords = ["比", "较", "高于", "低于", "多于", "少于", "超过", "次于", "排名", "位居", "位列", "领先", "落后"]
  /// Characters before a mention that make it one of a list, a companion or a destination.
  private static let before: Set<Unicode.Scalar> = [
    "、", "和", "与", "及", "同", "跟", "或", "赴", "到", "至", "往", "从", "自", "去",
  ]
  /// Characters after a mention that make it one of a list.
  private static let after: Set<Unicode.Scalar> = ["、", "和", "与", "及", "等", "或"]

  private func isExcused(
    _ range: TextRange, in sentence: Sentence, text: [Unicode.Scalar], gazetteer: Gazetteer, home: Gazetteer.Entry
  ) -> Bool {
    let start = range.start
    let end = range.end
    // 乡村, 乡镇: the 乡 may not end a name at all.
    if text[end - 1] == "乡", end < text.count, text[end] == "村" || text[end] == "镇" { return true }
    if start > 0, Self.before.contains(text[start - 1]) { return true }
    if end < text.count, Self.after.contains(text[end]) { return true }
    // A county or city right before the name: it is ours, or the place is in another county.
    if start > 0, ["县", "市", "区", "旗"].contains(text[start - 1]) {
      let isHome = text.matches(home.county, endingAt: start) || text.matches(home.city, endingAt: start)
      if !isHome { return true }
    }
    // A longer name ending here is another place (石高桥镇 is not 高桥镇).
    var longer = start - 1
    while longer >= max(sentence.range.start, start - 4), text[longer].isHan {
      if !gazetteer.townships(named: text.string(in: TextRange(longer, end))).isEmpty { return true }
      longer -= 1
    }
    let window = TextRange(max(sentence.range.start, start - 30), min(sentence.range.end, end + 30))
    if Self.contextWords.contains(where: { text.firstOffset(of: $0, in: window) != nil }) { return true }
    if let clause = sentence.clauses.first(where: { $0.contains(start) }),
      Self.comparisonWords.contains(where: { text.firstOffset(of: $0, in: clause) != nil })
    {
      return true
    }
    return false
  }

  // MARK: - From the document alone

  /// Township governments named in the title, the signature or a repeated title ("某镇人民政府2020年度…")
  /// that are not the subject.
  private func unitFindings(_ document: Document, _ characters: CharacterIndex) -> [Diagnostic] {
    let text = document.scalars
    let subject = document.subject
    guard let subjectName = subject.township else { return [] }
    let own = Set(subject.townshipAliases)
    let paragraphs = document.paragraphs
    // The title block: the first short lines before any heading; the signature: short last lines.
    let titleCount = paragraphs.prefix(5).prefix { $0.heading == nil && $0.range.length <= 60 }.count
    var result: [Diagnostic] = []
    // 人民政府 or (街道)办事处 ending an organisation's name: their first characters from the shared
    // index, each with the paragraph holding it (both in order).
    var position = 0
    for found in characters.offsets(ofAny: Self.suffixStarts) {
      while position < paragraphs.count, paragraphs[position].range.end <= found { position += 1 }
      guard position < paragraphs.count, paragraphs[position].range.start <= found else { continue }
      let paragraph = paragraphs[position]
      let isTitle = position < titleCount
      let isSignature = position >= paragraphs.count - 4 && paragraph.range.length <= 30
      let suffixLength: Int
      if text[found] == "人", text.matches("人民政府", at: found) {
        suffixLength = 4
      } else if text[found] == "办", text.matches("办事处", at: found) {
        suffixLength = 3
      } else {
        continue
      }
      let cursor = found + suffixLength
      // Where a unit name stands for the report's author: the title, a signature line that ends
      // with it, and the title repeated in the body (某镇人民政府2020年度…).
      let isUnitLine = isTitle || (isSignature && cursor == paragraph.range.end)
      let isUnitPosition =
        isUnitLine || Self.isFollowedByYear(text, at: cursor, end: paragraph.range.end)
      guard isUnitPosition,
        let unit = Self.township(endingAt: found, in: text, lineStart: paragraph.range.start),
        TownshipLevel(name: unit.name) != nil,
        // An uncertain start may carry words before the subject's name (关于某镇).
        !own.contains(where: { unit.name.hasSuffix($0) })
      else { continue }
      // Sure of the name's first character: after a county, or opening a title or signature line.
      let isCertain = unit.afterCounty || (isUnitLine && unit.range.start == paragraph.range.start)
      let fixes: [Fix] =
        isCertain
        ? [.replace(unit.range, with: subjectName, title: "改为\(subjectName)", applicability: .unsafe)] : []
      result.append(
        diagnostic(
          unit.range, "本报告的主体是\(subjectName)，此处的单位名称却写作“\(unit.name)”，前后不一致",
          severity: .information, fixes: fixes))
    }
    return result
  }

  /// The first characters of 人民政府 and 办事处.
  private static let suffixStarts: [Unicode.Scalar] = ["人", "办"]

  /// `2020年` right after an organisation name: the report's title repeated in the body.
  private static func isFollowedByYear(_ text: [Unicode.Scalar], at offset: Int, end: Int) -> Bool {
    offset + 5 <= end && (offset..<(offset + 4)).allSatisfy { text[$0].isDigit } && text[offset + 4] == "年"
  }

  /// The township-level name ending at `end`: after a county name when there is one, or else the
  /// whole run of Han characters before it.
  private static func township(endingAt end: Int, in text: [Unicode.Scalar], lineStart: Int)
    -> (name: String, range: TextRange, afterCounty: Bool)?
  {
    var start = end
    while start > lineStart, text[start - 1].isHan, end - start < 16 { start -= 1 }
    // 2020年某镇人民政府: the 年 (and 度) of a year are not part of the name.
    if start > lineStart, text[start - 1].isDigit {
      if text[start] == "年" { start += 1 }
      if start < end, text[start] == "度" { start += 1 }
    }
    guard end - start >= 3 else { return nil }
    // The first county-level word that leaves a township-level name after it.
    var index = start + 1
    while index < end - 3 {
      if ["县", "区", "旗", "市"].contains(text[index]) {
        let range = TextRange(index + 1, end)
        let name = text.string(in: range)
        if TownshipLevel(name: name) != nil { return (name, range, true) }
      }
      index += 1
    }
    let range = TextRange(start, end)
    return (text.string(in: range), range, false)
  }
}
