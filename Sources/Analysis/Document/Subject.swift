/// The administrative level of a township-level unit.
public enum TownshipLevel: String, Sendable {
  /// 镇
  case town = "镇"
  /// 乡 (including 民族乡)
  case township = "乡"
  /// 街道
  case subdistrict = "街道"
  /// 苏木 (Inner Mongolia)
  case sumu = "苏木"

  /// The level a township name ends with, if any.
  public init?(name: String) {
    if name.hasSuffix("街道") || name.hasSuffix("街道办事处") {
      self = .subdistrict
    } else if name.hasSuffix("苏木") {
      self = .sumu
    } else if name.hasSuffix("镇") {
      self = .town
    } else if name.hasSuffix("乡") {
      self = .township
    } else {
      return nil
    }
  }
}

/// The unit that wrote the report and the fiscal year it reports on.
public struct Subject: Hashable, Sendable {
  /// The unit's name as the title or signature writes it: 丙丁县甲乙镇人民政府, 戊己镇人民政府.
  public var unitName: String?
  /// The township-level name inside it, when the unit is a township government: 甲乙镇.
  public var township: String?
  /// The county the text places it in, when it says: 丙丁县.
  public var county: String?
  public var level: TownshipLevel?
  /// The fiscal year reported on.
  public var year: Int?
  /// Where the unit name was found (title, signature or body).
  public var unitRanges: [TextRange]
  /// Where the year was found.
  public var yearRange: TextRange?

  public static let unknown = Subject(
    unitName: nil, township: nil, county: nil, level: nil, year: nil, unitRanges: [], yearRange: nil)

  /// Other ways the report may write its own township: 河西苗族乡 → 河西乡.
  public var townshipAliases: [String] {
    guard let township else { return [] }
    var aliases = [township]
    if let short = Subject.shortName(of: township), short != township { aliases.append(short) }
    return aliases
  }

  /// The name without its ethnic part: 河西苗族乡 → 河西乡, 庚辛侗族苗族乡 → 庚辛乡.
  public static func shortName(of township: String) -> String? {
    guard let level = TownshipLevel(name: township) else { return nil }
    let suffix = level.rawValue
    let scalars = Array(township.unicodeScalars.dropLast(suffix.unicodeScalars.count))
    // The ethnic part is a run of X族 words at the end of the stem; cut before its first name.
    guard var cut = scalars.firstIndex(of: "族") else { return nil }
    // Ethnic names are one to four characters before 族 (苗族, 土家族); at least two remain as the name.
    guard
      let length = [4, 3, 2, 1].first(where: { length in
        cut - length >= 2
          && EthnicGroups.names.contains(String(String.UnicodeScalarView(scalars[(cut - length)..<cut])))
      })
    else { return nil }
    cut -= length
    return String(String.UnicodeScalarView(scalars[0..<cut])) + suffix
  }
}

/// Names of China's ethnic groups as they appear in the names of 民族乡 (without 族).
enum EthnicGroups {
  static let names: Set<String> = [
    "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克",
    "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬",
    "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克",
    "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺",
  ]
}

enum SubjectParser {
  /// Words that end the name of an organisation in a title or signature.
  static let organisationSuffixes = ["人民政府", "办事处", "政府", "党委"]

  static func parse(_ text: [Unicode.Scalar], lines: LineIndex, headings: [Heading]) -> Subject {
    var subject = Subject.unknown
    let nonBlank = (0..<lines.lineCount).filter { !text.trimmed(lines.contentRange(ofLine: $0)).isEmpty }
    let firstHeadingLine = headings.first?.line ?? Int.max
    // The title block: the first non-blank lines before any heading or long paragraph.
    var titleLines: [Int] = []
    for line in nonBlank.prefix(5) {
      let range = text.trimmed(lines.contentRange(ofLine: line))
      if line >= firstHeadingLine || range.length > 60 { break }
      titleLines.append(line)
    }
    for line in titleLines {
      let range = text.trimmed(lines.contentRange(ofLine: line))
      if subject.year == nil, let (year, yearRange) = firstYear(text, in: range) {
        subject.year = year
        subject.yearRange = yearRange
        if subject.unitName == nil, let unit = unit(text, in: TextRange(range.start, yearRange.start)) {
          set(&subject, unit, text)
        }
      }
      if subject.unitName == nil, let unit = unit(text, in: range) { set(&subject, unit, text) }
    }
    // The signature: an organisation on one of the last lines.
    if subject.unitName == nil {
      for line in nonBlank.suffix(4).reversed() {
        if let unit = unit(text, in: text.trimmed(lines.contentRange(ofLine: line))), unit.township != nil {
          set(&subject, unit, text)
          break
        }
      }
    }
    // The body: the first "X县Y镇人民政府".
    if subject.unitName == nil {
      for line in nonBlank {
        let range = lines.contentRange(ofLine: line)
        guard let found = text.firstOffset(of: "人民政府", in: range) else { continue }
        if let unit = unit(text, in: TextRange(range.start, found + 4), anchoredAtEnd: true), unit.township != nil {
          set(&subject, unit, text)
          break
        }
      }
    }
    // A county the title leaves out may be written in the body: 丙丁县戊己镇人民政府.
    if subject.county == nil, let township = subject.township {
      let pattern = Array(township.unicodeScalars)
      for line in nonBlank {
        let range = lines.contentRange(ofLine: line)
        var index = range.start
        while let found = text.firstOffset(of: township, in: TextRange(index, range.end)) {
          if let county = countyEnding(text, at: found, lineStart: range.start) {
            subject.county = county
            break
          }
          index = found + pattern.count
        }
        if subject.county != nil { break }
      }
    }
    if subject.year == nil {
      // No year in the title: the year written most often as "XXXX年度" is the one reported on — but
      // not a year the text compares with (较2020年度决算数, 比2020年度, 与2020年度相比): in an
      // explanation of accounts that base year can be the most frequent one.
      var counts: [Int: (count: Int, first: TextRange)] = [:]
      for line in nonBlank {
        var range = lines.contentRange(ofLine: line)
        while let (year, found) = firstYear(text, in: range, requireDu: true) {
          range = TextRange(found.end, range.end)
          if found.start > 0, comparisonWords.contains(text[found.start - 1]) { continue }
          let previous = counts[year]
          counts[year] = ((previous?.count ?? 0) + 1, previous?.first ?? found)
        }
      }
      if let best = counts.max(by: { ($0.value.count, -$0.key) < ($1.value.count, -$1.key) }) {
        subject.year = best.key
        subject.yearRange = best.value.first
      }
    }
    return subject
  }

  /// Characters that introduce a year compared with (较, 比, 与, 同, 对比).
  private static let comparisonWords: Set<Unicode.Scalar> = ["较", "比", "与", "同", "和"]

  private static func set(_ subject: inout Subject, _ unit: (name: String, range: TextRange, township: String?, county: String?), _ text: [Unicode.Scalar]) {
    subject.unitName = unit.name
    subject.unitRanges = [unit.range]
    subject.township = unit.township
    subject.county = unit.county
    subject.level = unit.township.flatMap { TownshipLevel(name: $0) }
  }

  /// `2020年度` or `2020年` in a range: the first four-digit year from 1990 to 2099.
  private static func firstYear(_ text: [Unicode.Scalar], in range: TextRange, requireDu: Bool = false) -> (Int, TextRange)? {
    var index = range.start
    while index + 5 <= range.end {
      if text[index].isDigit, index == range.start || !text[index - 1].isDigit,
        (index..<(index + 4)).allSatisfy({ text[$0].isDigit }), text[index + 4] == "年",
        index + 5 == range.end || !text[index + 5].isDigit
      {
        let year = (index..<(index + 4)).reduce(0) { $0 * 10 + text[$1].digitValue! }
        let hasDu = index + 5 < range.end && text[index + 5] == "度"
        if (1990...2099).contains(year), !requireDu || hasDu {
          return (year, TextRange(index, index + (hasDu ? 6 : 5)))
        }
      }
      index += 1
    }
    return nil
  }

  /// An organisation name filling `range` (after stripping 附件1： and similar): its township and county.
  private static func unit(_ text: [Unicode.Scalar], in range: TextRange, anchoredAtEnd: Bool = false)
    -> (name: String, range: TextRange, township: String?, county: String?)?
  {
    var trimmed = text.trimmed(range)
    guard !trimmed.isEmpty else { return nil }
    // The name is the run of Han characters that ends at the organisation suffix.
    var end = trimmed.end
    var suffixStart: Int?
    for suffix in organisationSuffixes {
      var index = trimmed.start
      while let found = text.firstOffset(of: suffix, in: TextRange(index, trimmed.end)) {
        suffixStart = found
        end = found + suffix.unicodeScalars.count
        index = found + 1
        if !anchoredAtEnd { break }
      }
      if suffixStart != nil { break }
    }
    guard let nameEnd = suffixStart else { return nil }
    var start = nameEnd
    while start > trimmed.start, text[start - 1].isHan, nameEnd - start < 16 { start -= 1 }
    // 2023年某乡人民政府: the 年 (and 度) of a year before the name are not part of it.
    if start > trimmed.start, text[start - 1].isDigit {
      if start < nameEnd, text[start] == "年" { start += 1 }
      if start < nameEnd, text[start] == "度" { start += 1 }
    }
    trimmed = TextRange(start, end)
    let stem = text.string(in: TextRange(start, nameEnd))
    guard stem.unicodeScalars.count >= 2 else { return nil }
    let (county, township) = splitCounty(stem)
    let isTownship = township.map { TownshipLevel(name: $0) != nil } ?? false
    return (text.string(in: trimmed), trimmed, isTownship ? township : nil, isTownship ? county : nil)
  }

  /// 丙丁县甲乙镇 → (丙丁县, 甲乙镇); 甲乙镇 → (nil, 甲乙镇).
  static func splitCounty(_ stem: String) -> (String?, String?) {
    let scalars = Array(stem.unicodeScalars)
    for (index, scalar) in scalars.enumerated() where index >= 1 && index + 3 <= scalars.count {
      if scalar == "县" || scalar == "区" || scalar == "旗" || (scalar == "市" && index >= 2) {
        let county = String(String.UnicodeScalarView(scalars[0...index]))
        let rest = String(String.UnicodeScalarView(scalars[(index + 1)...]))
        if TownshipLevel(name: rest) != nil { return (county, rest) }
      }
    }
    return (nil, stem)
  }

  /// The county written right before `offset` (丙丁县 in 丙丁县戊己镇).
  private static func countyEnding(_ text: [Unicode.Scalar], at offset: Int, lineStart: Int) -> String? {
    guard offset > lineStart, ["县", "区", "旗"].contains(text[offset - 1]) else { return nil }
    var start = offset - 1
    while start > lineStart, text[start - 1].isHan, offset - start < 6 { start -= 1 }
    // Prefer the shortest plausible county name: two or three characters.
    let length = offset - start
    guard length >= 2 else { return nil }
    let take = min(length, 3)
    return text.string(in: TextRange(offset - take, offset))
  }
}
