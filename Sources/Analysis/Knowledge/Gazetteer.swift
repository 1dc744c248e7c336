

/// Township-level divisions of China, read from a CSV with the columns
/// `code,province,city,county,township` (see ../shared/data/gazetteer/SOURCE.md).
///
/// The caller reads the file; the engine only parses text.
public struct Gazetteer: Sendable {
  public struct Entry: Hashable, Sendable {
    public var code: String
    public var province: String
    public var city: String
    public var county: String
    public var township: String

    /// Identifies the county uniquely (county names repeat across provinces).
    public var countyKey: String { province + "/" + city + "/" + county }
  }

  public let entries: [Entry]
  private let byTownship: [String: [Int]]
  private let byCounty: [String: [Int]]
  private let byCountyName: [String: [Int]]
  /// Each entry's short form (河西苗族乡 → 河西乡), nil when it has none; computed once here because
  /// rules ask for a whole county's short forms on every keystroke.
  private let shortNames: [String?]

  /// Parses the CSV as RFC 4180 describes it: fields in double quotes may hold commas, line breaks and
  /// doubled quotes (`""`); records end in CRLF, LF or CR; a UTF-8 byte order mark is skipped, and so is a
  /// header row starting with `code`. Blanks around a field are dropped. A record that cannot be read (too
  /// few fields, an empty county or township, a quote left open) is skipped and described in `problems`
  /// with the line it starts on. Linear in the text.
  public init(csv: String) {
    var entries: [Entry] = []
    var problems: [String] = []
    var isFirstRecord = true
    Self.readRecords(csv) { line, fields, problem in
      defer { isFirstRecord = false }
      if let problem {
        problems.append("第\(line)行\(problem)")
        return
      }
      if fields.count == 1, fields[0].isEmpty { return }  // A blank line.
      if isFirstRecord, fields.first?.lowercased() == "code" { return }
      guard fields.count >= 5, !fields[3].isEmpty, !fields[4].isEmpty else {
        let shown = fields.joined(separator: ",")
        problems.append("第\(line)行字段不全（应为 code,province,city,county,township）：\(shown.prefix(60))")
        return
      }
      entries.append(Entry(code: fields[0], province: fields[1], city: fields[2], county: fields[3], township: fields[4]))
    }
    self.init(entries: entries)
    self.problems = problems
  }

  /// Calls `record` with each record's first line (1-based), its fields (blanks around them trimmed), and
  /// the problem that made it unreadable, if any.
  static func readRecords(_ text: String, _ record: (_ line: Int, _ fields: [String], _ problem: String?) -> Void) {
    let bytes = Array(text.utf8)
    let count = bytes.count
    let quote: UInt8 = 0x22
    let comma: UInt8 = 0x2C
    let cr: UInt8 = 0x0D
    let lf: UInt8 = 0x0A
    func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
    func isLineEnd(_ byte: UInt8) -> Bool { byte == cr || byte == lf }
    var index = count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    var line = 1
    /// Steps over one line end at `index`, if there is one.
    func skipLineEnd() {
      guard index < count, isLineEnd(bytes[index]) else { return }
      if bytes[index] == cr, index + 1 < count, bytes[index + 1] == lf { index += 1 }
      index += 1
      line += 1
    }
    while index < count {
      let firstLine = line
      var fields: [String] = []
      var problem: String?
      while true {
        var start = index
        while start < count, isBlank(bytes[start]) { start += 1 }
        if start < count, bytes[start] == quote {
          index = start + 1
          var content: [UInt8] = []
          var isClosed = false
          while index < count {
            let byte = bytes[index]
            if byte == quote {
              if index + 1 < count, bytes[index + 1] == quote {
                content.append(quote)
                index += 2
                continue
              }
              index += 1
              isClosed = true
              break
            }
            if byte == lf || (byte == cr && !(index + 1 < count && bytes[index + 1] == lf)) { line += 1 }
            content.append(byte)
            index += 1
          }
          guard isClosed else {
            problem = "的引号没有闭合，其后的内容都无法读取"
            break
          }
          while index < count, isBlank(bytes[index]) { index += 1 }
          if index < count, bytes[index] != comma, !isLineEnd(bytes[index]) {
            problem = "的引号字段后有多余的字符"
            while index < count, !isLineEnd(bytes[index]) { index += 1 }
            break
          }
          fields.append(Self.trimmed(content[...]))
        } else {
          var end = index
          while end < count, bytes[end] != comma, !isLineEnd(bytes[end]) { end += 1 }
          fields.append(Self.trimmed(bytes[index..<end]))
          index = end
        }
        if index < count, bytes[index] == comma {
          index += 1
          continue
        }
        break
      }
      skipLineEnd()
      record(firstLine, fields, problem)
    }
  }

  /// A CSV field without the blanks around it: tabs and every space separator (Zs: also U+3000 and U+00A0),
  /// trimmed on the UTF-8 bytes so a large gazetteer loads fast.
  private static func trimmed(_ field: ArraySlice<UInt8>) -> String {
    var start = field.startIndex
    var end = field.endIndex
    while start < end, let length = blankLength(field, at: start) { start += length }
    while start < end {
      guard let length = (1...3).first(where: { end - $0 >= start && blankLength(field, at: end - $0) == $0 }) else {
        break
      }
      end -= length
    }
    return String(decoding: field[start..<end], as: UTF8.self)
  }

  /// The byte length of the blank (tab or Zs) starting at `index`, or nil.
  private static func blankLength(_ bytes: ArraySlice<UInt8>, at index: Int) -> Int? {
    let byte = bytes[index]
    if byte == 0x20 || byte == 0x09 { return 1 }
    func next(_ offset: Int) -> UInt8? { index + offset < bytes.endIndex ? bytes[index + offset] : nil }
    switch byte {
    case 0xC2 where next(1) == 0xA0: return 2  // U+00A0
    case 0xE1 where next(1) == 0x9A && next(2) == 0x80: return 3  // U+1680
    case 0xE2 where next(1) == 0x80:
      guard let third = next(2), (0x80...0x8A).contains(third) || third == 0xAF else { return nil }
      return 3  // U+2000–U+200A, U+202F
    case 0xE2 where next(1) == 0x81 && next(2) == 0x9F: return 3  // U+205F
    case 0xE3 where next(1) == 0x80 && next(2) == 0x80: return 3  // U+3000
    default: return nil
    }
  }

  public init(entries: [Entry]) {
    self.entries = entries
    var byTownship: [String: [Int]] = [:]
    var byCounty: [String: [Int]] = [:]
    var byCountyName: [String: [Int]] = [:]
    var shortNames: [String?] = []
    shortNames.reserveCapacity(entries.count)
    for (index, entry) in entries.enumerated() {
      byTownship[entry.township, default: []].append(index)
      let short = Subject.shortName(of: entry.township).flatMap { $0 != entry.township ? $0 : nil }
      shortNames.append(short)
      if let short {
        byTownship[short, default: []].append(index)
      }
      byCounty[entry.countyKey, default: []].append(index)
      byCountyName[entry.county, default: []].append(index)
    }
    self.byTownship = byTownship
    self.byCounty = byCounty
    self.byCountyName = byCountyName
    self.shortNames = shortNames
    self.problems = []
  }

  /// Rows that could not be read, described in Chinese.
  public private(set) var problems: [String]

  /// Entries whose township is `name` (full name, or the short form without the ethnic part).
  public func townships(named name: String) -> [Entry] { (byTownship[name] ?? []).map { entries[$0] } }

  /// All townships of the county identified by `countyKey`.
  public func townships(inCountyKey countyKey: String) -> [Entry] { (byCounty[countyKey] ?? []).map { entries[$0] } }

  /// All townships of the county identified by `countyKey`, each with its short form, if any.
  public func townshipsWithShortNames(inCountyKey countyKey: String) -> [(entry: Entry, shortName: String?)] {
    (byCounty[countyKey] ?? []).map { (entries[$0], shortNames[$0]) }
  }

  /// All townships of counties named `county` (may span provinces).
  public func townships(inCountyNamed county: String) -> [Entry] { (byCountyName[county] ?? []).map { entries[$0] } }
}
