

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

  /// Parses the CSV. Rows that are malformed are skipped and described in `problems`.
  public init(csv: String) {
    var entries: [Entry] = []
    var problems: [String] = []
    var lineNumber = 0
    // Split on every line break (\n, \r\n, \r): "\r\n" is one Character, so no line keeps a \r.
    for line in csv.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      lineNumber += 1
      let fields = line.split(separator: ",", omittingEmptySubsequences: false).map { Self.trimmed($0) }
      if lineNumber == 1, fields.first == "code" { continue }
      guard fields.count >= 5, !fields[4].isEmpty, !fields[3].isEmpty else {
        if !Self.trimmed(line).isEmpty { problems.append("第\(lineNumber)行格式不对：\(line.prefix(60))") }
        continue
      }
      entries.append(Entry(code: fields[0], province: fields[1], city: fields[2], county: fields[3], township: fields[4]))
    }
    self.init(entries: entries)
    self.problems = problems
  }

  /// A CSV field without the spaces (any Zs: also U+3000 and U+00A0) and tabs around it.
  private static func trimmed(_ field: Substring) -> String {
    let isBlank = { (character: Character) in
      character.unicodeScalars.allSatisfy { $0 == "\t" || $0.properties.generalCategory == .spaceSeparator }
    }
    guard let first = field.firstIndex(where: { !isBlank($0) }), let last = field.lastIndex(where: { !isBlank($0) })
    else { return "" }
    return String(field[first...last])
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
