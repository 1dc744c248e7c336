/// ## 检查内容
/// 查找写法有误或用错对象的政策用语（domain.md §1.5、§5）：
/// - `两不愁四保障`、`两不愁两保障`（正确写法是两不愁三保障），以及 `两不愁 三保障` 中间多出的空格；
/// - `6稳6保`（固定用语保留汉字数字：六稳六保，GB/T 15835 4.2）；
/// - 2018年及以后年度报告中的 `新农合`（已按国发〔2016〕3号并入城乡居民基本医疗保险）；
/// - 在“三公”经费标题下或其表格中作为其组成项目列出的会议费、培训费、办公经费 …
///
/// ## 为什么要改
/// 这些都是国家政策用语，写法固定，内涵也固定。数字写错、沿用已不存在的制度，或把不属于三公经费的项目算作三公
/// 经费，都会让审核人员认为报告没有对照政策核实。
///
/// ## 示例
/// ```
/// 全面落实“两不愁四保障”各项政策
/// ```
/// 应改为：
/// ```
/// 全面落实“两不愁三保障”各项政策
/// ```
///
/// ## 修复安全性
/// 两不愁三保障和六稳六保的修复是安全的：写法是固定的。新农合和三公经费项目不提供修复：正确的措辞取决于句子
/// （新农合参合率 → 城乡居民医保参保率），而归错类的项目需要移走，不是改名。
public struct MisusedFixedTerm: Rule {
  public static let code = "L103"
  public static let name = "misused-fixed-term"
  public static let title = "固定政策用语误用"
  public static let defaultSeverity = Severity.warning

  public init() {}

  /// Items often listed under 三公 that are not part of it (domain.md §1.5).
  static let notThreePublicItems = ["机关运行经费", "办公经费", "会议费", "培训费", "办公费", "差旅费", "印刷费", "水电费"]

  public func check(_ context: RuleContext) -> [Diagnostic] {
    let document = context.document
    var result: [Diagnostic] = []
    let characters = context.characters
    result += povertyStandard(document.scalars, characters)
    result += sixStabilities(document.scalars, characters)
    if let year = document.subject.year, year >= 2018 {
      result += ruralCooperativeMedicalScheme(document, characters, year: year)
    }
    result += threePublicItems(document, characters)
    return result
  }

  /// 两不愁三保障 with a wrong count or a space inside.
  private func povertyStandard(_ text: [Unicode.Scalar], _ characters: CharacterIndex) -> [Diagnostic] {
    var result: [Diagnostic] = []
    var index = 0
    for start in characters.offsets(of: Self.povertyTerm) where start >= index {
      index = start + 3
      var cursor = index
      var sawSpace = false
      var sawMark = false
      while cursor < text.count, cursor - index < 3 {
        if text[cursor].isSpace {
          sawSpace = true
        } else if text[cursor] == "、" || text[cursor] == "，" {
          sawMark = true
        } else {
          break
        }
        cursor += 1
      }
      guard cursor + 2 < text.count, let count = ChineseNumeral.digit(text[cursor]) ?? text[cursor].digitValue,
        text.matches("保障", at: cursor + 1)
      else { continue }
      let range = TextRange(start, cursor + 3)
      let written = text.string(in: range)
      if count != 3 {
        result.append(
          diagnostic(
            range, "“\(written)”应为“两不愁三保障”（义务教育、基本医疗、住房安全有保障）",
            fixes: [.replace(range, with: "两不愁三保障", title: "改为“两不愁三保障”", applicability: .safe)]))
      } else if sawSpace, !sawMark, text[cursor] == "三" {
        let spaces = TextRange(index, cursor)
        result.append(
          diagnostic(
            spaces, "“两不愁三保障”中间不应有空格",
            fixes: [.replace(spaces, with: "", title: "删除空格", applicability: .safe)]))
      }
      index = cursor + 3
    }
    return result
  }

  private static let povertyTerm = Array("两不愁".unicodeScalars)

  /// 6稳6保, “6稳”, “6保” → Chinese numerals.
  private func sixStabilities(_ text: [Unicode.Scalar], _ characters: CharacterIndex) -> [Diagnostic] {
    var result: [Diagnostic] = []
    // Digits lie outside the basic Han block: only the index's marks are read.
    var resume = 0
    for offset in characters.others where Int(offset) >= resume {
      let index = Int(offset)
      guard index + 1 < text.count, text[index].digitValue == 6, text[index + 1] == "稳" || text[index + 1] == "保"
      else { continue }
      if index > 0, text[index - 1].isDigit || text[index - 1] == "." || text[index - 1] == "第" { continue }
      let isPair = text.matches("6稳6保", at: index) || text.matches("６稳６保", at: index)
      let isQuoted =
        index > 0 && (text[index - 1] == "“" || text[index - 1] == "‘") && index + 2 < text.count
        && (text[index + 2] == "”" || text[index + 2] == "’")
      guard isPair || isQuoted else { continue }
      let range = TextRange(index, index + (isPair ? 4 : 2))
      let written = text.string(in: range)
      let right = isPair ? "六稳六保" : "六\(text[index + 1])"
      result.append(
        diagnostic(
          range, "固定用语“\(right)”应使用汉字数字，不写作“\(written)”（GB/T 15835-2011）",
          fixes: [.replace(range, with: right, title: "改为“\(right)”", applicability: .safe)]))
      resume = range.end
    }
    return result
  }

  private static let ruralSchemeTerms = ["新农合", "新型农村合作医疗"].map { ($0, Array($0.unicodeScalars)) }
  private static let mergerWords = ["整合", "并轨", "合并", "原", "改为", "更名"].map { Array($0.unicodeScalars) }

  /// 新农合 in a report on 2018 or later, unless the sentence talks about the merger itself.
  private func ruralCooperativeMedicalScheme(_ document: Document, _ characters: CharacterIndex, year: Int)
    -> [Diagnostic]
  {
    let text = document.scalars
    var result: [Diagnostic] = []
    // Only the sentences holding a term are read, found by walking the terms' occurrences (from the
    // shared index) alongside the sentences.
    let marks = Self.ruralSchemeTerms.flatMap { characters.offsets(of: $0.1) }.sorted()
    guard !marks.isEmpty else { return [] }
    var nextMark = 0
    for paragraph in document.paragraphs {
      for sentence in paragraph.sentences {
        while nextMark < marks.count, marks[nextMark] < sentence.range.start { nextMark += 1 }
        guard nextMark < marks.count, marks[nextMark] < sentence.range.end else { continue }
        for (term, scalars) in Self.ruralSchemeTerms {
          var index = sentence.range.start
          while let found = text.firstOffset(of: scalars, in: TextRange(index, sentence.range.end)) {
            index = found + scalars.count
            if Self.mergerWords.contains(where: { text.firstOffset(of: $0, in: sentence.range) != nil }) { break }
            result.append(
              diagnostic(
                TextRange(found, index),
                "本报告为\(year)年度，“\(term)”已于2016年起整合为城乡居民基本医疗保险（国发〔2016〕3号），"
                  + "应写“城乡居民基本医疗保险”或“城乡居民医保”"))
          }
        }
      }
    }
    return result
  }

  /// Items under a “三公”经费 heading, or in the first column of its table, that are not 三公.
  private func threePublicItems(_ document: Document, _ characters: CharacterIndex) -> [Diagnostic] {
    let text = document.scalars
    let mentions = characters.offsets(of: Self.threePublic)
    guard !mentions.isEmpty else { return [] }
    var result: [Diagnostic] = []
    let headings = document.headings
    let tables = document.tables
    // Sections come in document order and do not overlap, so one cursor walks the tables.
    var tableIndex = 0
    var index = 0
    while index < headings.count {
      let section = headings[index]
      // The first mention at or after the title's start, found by binary search, must fit in it.
      var low = 0
      var high = mentions.count
      while low < high {
        let middle = (low + high) / 2
        if mentions[middle] < section.titleRange.start { low = middle + 1 } else { high = middle }
      }
      guard low < mentions.count, mentions[low] + Self.threePublic.count <= section.titleRange.end else {
        index += 1
        continue
      }
      var last = index + 1
      while last < headings.count, headings[last].level > section.level {
        if let item = misfiledItem(text, in: headings[last].titleRange) { result.append(report(item)) }
        last += 1
      }
      // The section ends where the next heading at its level or above begins.
      let endLine = last < headings.count ? headings[last].line : Int.max
      while tableIndex < tables.count, tables[tableIndex].lineRange.lowerBound <= section.line { tableIndex += 1 }
      while tableIndex < tables.count, tables[tableIndex].lineRange.upperBound < endLine {
        for row in tables[tableIndex].bodyRows {
          if let first = row.first, let item = misfiledItem(text, in: first.range) { result.append(report(item)) }
        }
        tableIndex += 1
      }
      index = last
    }
    return result
  }

  private static let threePublic = Array("三公".unicodeScalars)

  /// A non-三公 item named at the start of `range` (after quotes and 其中：).
  private func misfiledItem(_ text: [Unicode.Scalar], in range: TextRange) -> (range: TextRange, name: String)? {
    var start = range.start
    while start < range.end, text[start] == "“" || text[start] == "\"" || text[start] == "、" || text[start].isSpace {
      start += 1
    }
    if text.matches("其中：", at: start) || text.matches("其中:", at: start) { start += 3 }
    for item in Self.notThreePublicItems where text.matches(item, at: start) {
      return (TextRange(start, start + item.unicodeScalars.count), item)
    }
    return nil
  }

  private func report(_ item: (range: TextRange, name: String)) -> Diagnostic {
    diagnostic(
      item.range,
      "“\(item.name)”不属于“三公”经费，不应列在“三公”经费项下"
        + "（“三公”经费仅含因公出国（境）费、公务用车购置及运行维护费、公务接待费）")
  }
}
