/// ## 检查内容
/// 查找报告对本单位称呼不一致的情况：
/// - 民族乡的简称与全称并用（某某苗族乡 / 某某乡），以 information 级别报告；
/// - 对报告主体用了另一行政层级的称呼：镇的报告中出现全街道、我乡、乡党委或乡里，乡的报告中出现我镇或镇政府。
///
/// ## 为什么要改
/// 民族乡的全称是其法定名称，一份报告对本单位的称呼应当统一。层级不符的称呼（镇的报告中写“我乡”）是模板或
/// 被抄报告遗留下来的，审核人员一眼就能看出。
///
/// ## 示例
/// ```
/// 甲乙镇人民政府2020年度部门整体支出绩效评价报告
/// 凝聚全街道上下一心抓发展的合力。经乡党委研究决定……
/// ```
/// 应改为：
/// ```
/// 凝聚全镇上下一心抓发展的合力。经镇党委研究决定……
/// ```
///
/// ## 修复安全性
/// 我乡/本乡/全乡 → 报告主体的层级，是安全的：这些词只能指报告单位本身。乡党委、乡长或乡里的修复不安全，因为
/// 这些词可能说的是别的单位。在“人民政府”之前（机关的法定名称）用全称替换民族乡的简称是安全的，在其他位置则不安全。
public struct UnitNameVariant: Rule {
  public static let code = "N102"
  public static let name = "unit-name-variant"
  public static let title = "本单位名称写法不一致"
  public static let defaultSeverity = Severity.warning

  public init() {}

  public func check(_ context: RuleContext) -> [Diagnostic] {
    let document = context.document
    guard let township = document.subject.township else { return [] }
    var result = levelFindings(document, context.characters, township: township)
    result += shortFormFindings(document, context.characters, township: township, gazetteer: context.gazetteer)
    return result.sorted { $0.range < $1.range }
  }

  // MARK: - Level words

  /// Words that name the speaker's own unit: 我乡, 本乡, 全乡.
  private static let ownPrefixes: Set<Unicode.Scalar> = ["我", "本", "全"]
  /// Bodies and posts of a unit: 乡党委, 乡政府, 乡长.
  private static let organs = ["党委", "党工委", "政府", "人大", "纪委", "机关", "党政", "财政所", "办事处", "长"]
  /// Characters that may stand right before a level word used alone for the unit (经乡党委研究).
  private static let boundaries: Set<Unicode.Scalar> = [
    "经", "过", "由", "向", "对", "在", "和", "与", "及", "并", "将", "是", "为", "的", "了", "把", "被", "给", "让",
    "请", "报", "受", "副",
  ]

  /// The characters a level word starts with.
  private static let levelStarts: [Unicode.Scalar] = ["镇", "乡", "街"]

  private func levelFindings(_ document: Document, _ characters: CharacterIndex, township: String) -> [Diagnostic] {
    guard let level = document.subject.level, level != .sumu else { return [] }
    let text = document.scalars
    let right = level.rawValue
    let paragraphs = document.paragraphs
    var result: [Diagnostic] = []
    // The level words' first characters from the shared index, each with the paragraph holding it
    // (both in order); after a finding the search resumes at its end.
    var paragraphIndex = 0
    var resume = 0
    for index in characters.offsets(ofAny: Self.levelStarts) where index >= resume {
      while paragraphIndex < paragraphs.count, paragraphs[paragraphIndex].range.end <= index { paragraphIndex += 1 }
      guard paragraphIndex < paragraphs.count, paragraphs[paragraphIndex].range.start <= index else { continue }
      let range = paragraphs[paragraphIndex].range
      let wrong: TownshipLevel
      switch text[index] {
      case "镇": wrong = .town
      case "乡": wrong = .township
      case "街" where index + 1 < range.end && text[index + 1] == "道": wrong = .subdistrict
      default: continue
      }
      guard wrong != level else { continue }
      let word = TextRange(index, index + wrong.rawValue.unicodeScalars.count)
      let before = index > range.start ? text[index - 1] : nil
      let after = word.end < range.end ? text[word.end] : nil
      // 乡镇, 城镇, 乡村: compounds, not a unit.
      if wrong == .township, after == "镇" || after == "村" { continue }
      if wrong == .town, before == "乡" || before == "城" { continue }
      let phrase: TextRange
      let applicability: Applicability
      if let before, Self.ownPrefixes.contains(before), isOwnWord(text, word: word, in: range) {
        phrase = TextRange(index - 1, word.end)
        applicability = .safe
      } else if before.map({ !$0.isHan || Self.boundaries.contains($0) }) ?? true,
        let organ = Self.organs.first(where: { text.matches($0, at: word.end) }),
        // 街道办事处 is a 街道's office; a 乡 or 镇 has none.
        !(organ == "办事处" && wrong != .subdistrict)
      {
        phrase = TextRange(index, word.end + organ.unicodeScalars.count)
        applicability = .unsafe
      } else if wrong != .subdistrict, after == "里",
        before.map({ !$0.isHan || Self.boundaries.contains($0) }) ?? true,
        !Self.followsVillageIdiom(text, at: word.end + 1, end: range.end)
      {
        phrase = TextRange(index, word.end + 1)
        applicability = .unsafe
      } else {
        continue
      }
      let written = document.string(in: phrase)
      let corrected =
        document.string(in: TextRange(phrase.start, word.start)) + right
        + document.string(in: TextRange(word.end, phrase.end))
      result.append(
        diagnostic(
          word, "本报告的主体是\(township)（\(right)），此处却写作“\(written)”，应为“\(corrected)”",
          fixes: [.replace(word, with: right, title: "改为“\(corrected)”", applicability: applicability)]))
      resume = phrase.end
    }
    return result
  }

  /// Whether 我乡/本乡/全乡 at `word` speaks of a unit: not 本乡本土 or 本乡人, not 某乡全乡 (another
  /// township named just before).
  private func isOwnWord(_ text: [Unicode.Scalar], word: TextRange, in range: TextRange) -> Bool {
    let prefix = word.start - 1
    if prefix > range.start, text[prefix - 1] == text[word.end - 1] { return false }
    if word.end < range.end, ["本", "人", "土", "亲"].contains(text[word.end]) { return false }
    return true
  }

  /// 乡里乡亲, 乡里人: the countryside, not the unit.
  private static func followsVillageIdiom(_ text: [Unicode.Scalar], at offset: Int, end: Int) -> Bool {
    offset < end && ["乡", "人", "外", "邻"].contains(text[offset])
  }

  // MARK: - Short forms of a 民族乡

  /// The short form (某某乡) where the report also writes the full name (某某苗族乡).
  private func shortFormFindings(
    _ document: Document, _ characters: CharacterIndex, township: String, gazetteer: Gazetteer?
  ) -> [Diagnostic] {
    let text = document.scalars
    let full: String
    let short: String
    if let shortForm = Subject.shortName(of: township), shortForm != township {
      (full, short) = (township, shortForm)
    } else if let found = fullForm(of: township, in: text, characters) {
      (full, short) = (found, township)
    } else {
      return []
    }
    guard !characters.offsets(of: Array(full.unicodeScalars)).isEmpty else { return [] }
    let length = short.unicodeScalars.count
    let paragraphs = document.paragraphs
    var result: [Diagnostic] = []
    // The short form's occurrences from the shared index, each inside its paragraph (both in order),
    // not overlapping.
    var paragraphIndex = 0
    var cursor = 0
    for found in characters.offsets(of: Array(short.unicodeScalars)) where found >= cursor {
      while paragraphIndex < paragraphs.count, paragraphs[paragraphIndex].range.end <= found { paragraphIndex += 1 }
      guard paragraphIndex < paragraphs.count, paragraphs[paragraphIndex].range.start <= found,
        found + length <= paragraphs[paragraphIndex].range.end
      else { continue }
      let paragraph = paragraphs[paragraphIndex]
      cursor = found + length
      let range = TextRange(found, found + length)
      if range.end < text.count, text[range.end] == "镇" || text[range.end] == "村" { continue }
      // A longer name ending here is another township (大某某乡 is not 某某乡).
      if let gazetteer, found > paragraph.range.start, text[found - 1].isHan,
        !gazetteer.townships(named: text.string(in: TextRange(found - 1, range.end))).isEmpty
      {
        continue
      }
      let isLegalName = ["人民政府", "政府", "党委"].contains { text.matches($0, at: range.end) }
      result.append(
        diagnostic(
          range, "本单位全称为\(full)，此处写作简称“\(short)”，前后不一致", severity: .information,
          fixes: [
            .replace(range, with: full, title: "改为\(full)", applicability: isLegalName ? .safe : .unsafe)
          ]))
    }
    return result
  }

  /// The full name of a 民族乡 whose short form is `short`, as the text writes it (某某 + 苗族 + 乡).
  private func fullForm(of short: String, in text: [Unicode.Scalar], _ characters: CharacterIndex) -> String? {
    // Only a 乡 can be a 民族乡.
    guard let level = TownshipLevel(name: short), level == .township else { return nil }
    let stem = String(short.dropLast(level.rawValue.count))
    let stemLength = stem.unicodeScalars.count
    var cursor = 0
    for found in characters.offsets(of: Array(stem.unicodeScalars)) where found >= cursor {
      cursor = found + stemLength
      // The ethnic part: up to eight characters containing 族, then the level word.
      var end = cursor
      while end < text.count, end - cursor < 9, text[end].isHan {
        end += 1
        let candidate = text.string(in: TextRange(found, end))
        if candidate.hasSuffix(level.rawValue), candidate != short, Subject.shortName(of: candidate) == short {
          return candidate
        }
      }
    }
    return nil
  }
}
