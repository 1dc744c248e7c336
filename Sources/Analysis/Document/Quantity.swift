/// What kind of thing a unit measures.
public enum Dimension: String, Sendable {
  case money
  case percent
  /// 个百分点: a difference of two rates.
  case percentagePoint
  case area
  case length
  case weight
  case volume
  case time
  /// A count of people, households, items …; `Unit.base` names the classifier.
  case count
  case score
  /// 万 or 亿 with no unit written after it (120万): an amount whose unit is missing.
  case multiple
}

/// A unit as written after a number, with its scale to the base unit (万元 = 10000 元).
///
/// A small value: its names are indices into `UnitTable.names`, so copying a unit (and a
/// `Quantity`, which every rule copies many times) retains nothing.
public struct Unit: Hashable, Sendable {
  /// How many base units one of this unit is.
  public var scale: Double
  /// Indices of the symbol and the base name in `UnitTable.names`.
  let symbolID: UInt16
  let baseID: UInt16
  public var dimension: Dimension

  /// The unit as written, e.g. `万元`, `%`, `万亩`, `人次`.
  public var symbol: String { UnitTable.names[Int(symbolID)] }
  /// The base unit, e.g. `元`, `%`, `亩`, `人次`.
  public var base: String { UnitTable.names[Int(baseID)] }

  init(symbolID: UInt16, baseID: UInt16, scale: Double, dimension: Dimension) {
    self.symbolID = symbolID
    self.baseID = baseID
    self.scale = scale
    self.dimension = dimension
  }

  /// Whether two units measure the same thing (so their values can be compared or added).
  public func isCommensurable(with other: Unit) -> Bool { baseID == other.baseID && dimension == other.dimension }
}

extension Unit: CustomDebugStringConvertible {
  /// The fields by name, as a plain struct of strings would print (what findings dumps compare).
  public var debugDescription: String {
    "\(String(reflecting: Self.self))(symbol: \(String(reflecting: symbol)), base: \(String(reflecting: base)), "
      + "scale: \(String(reflecting: scale)), dimension: \(String(reflecting: dimension)))"
  }
}

/// How a number is kept from being exact: 300余亩, 约30人, 90%以上.
public enum Qualifier: String, Sendable {
  case exact
  /// 余, 多, 约, 近, 左右, 逾: roughly this much.
  case approximate
  /// 以上, 超过, 不少于: at least this much.
  case atLeast
  /// 以下, 以内, 不到, 不超过: at most this much.
  case atMost
}

/// What a number in the text is.
public enum QuantityKind: String, Sendable {
  /// A measured or counted quantity: amount, percentage, count, area …
  case quantity
  /// A number with no unit, e.g. a bare table cell or a score.
  case bare
  /// A year: 2020年, 〔2021〕.
  case year
  /// A month, day or time of day.
  case date
  /// An ordinal or code: 第3, 6号, S317.
  case identifier
}

/// A number in the text, with its unit and the precision it was written with.
///
/// Copied by value all over the rules, so it holds no reference: the unit is a small value and the
/// digits as written are packed into two words. Copies are plain memory copies.
public struct Quantity: Hashable, Sendable {
  /// The number and its unit and qualifiers.
  public var range: TextRange
  /// Just the digits (and sign).
  public var numberRange: TextRange
  /// The unit as written, if any (nil for an inherited unit).
  public var unitRange: TextRange?
  /// The number as written, in its own unit (2.4 for 2.4万亩).
  public var value: Double
  /// Number of decimals written: 9.9% has 1.
  public var decimals: Int
  public var unit: Unit?
  var written: WrittenDigits
  public var qualifier: Qualifier
  public var kind: QuantityKind
  /// Whether the unit was not written next to the number but stated once for a table or list.
  public var isUnitInherited: Bool
  /// Whether the number was written in Chinese numerals (两个机构).
  public var isChineseNumeral: Bool
  /// Whether it was written with thousands separators (2,846.15).
  public var hasThousandsSeparator: Bool
  /// Whether the number is one end of a range (2000-4000元).
  public var isRangeBound: Bool

  init(
    range: TextRange, numberRange: TextRange, unitRange: TextRange?, value: Double, written: WrittenDigits,
    decimals: Int, unit: Unit?, qualifier: Qualifier, kind: QuantityKind, isChineseNumeral: Bool,
    hasThousandsSeparator: Bool
  ) {
    self.range = range
    self.numberRange = numberRange
    self.unitRange = unitRange
    self.value = value
    self.written = written
    self.decimals = decimals
    self.unit = unit
    self.qualifier = qualifier
    self.kind = kind
    self.isUnitInherited = false
    self.isChineseNumeral = isChineseNumeral
    self.hasThousandsSeparator = hasThousandsSeparator
    self.isRangeBound = false
  }

  /// The digits as written, ASCII, without thousands separators, with sign: "-0.36".
  public var digits: String { written.string }

  /// The value in the base unit (2.4万亩 → 24000 亩).
  public var baseValue: Double { value * (unit?.scale ?? 1) }
  /// Half the last written digit's place: the rounding error the written value may carry.
  public var roundingError: Double { 0.5 * pow10(-decimals) }
}

extension Quantity: CustomDebugStringConvertible {
  /// The fields by name, as a plain struct holding `digits` would print (what findings dumps compare).
  public var debugDescription: String {
    "\(String(reflecting: Self.self))(range: \(range), numberRange: \(numberRange), "
      + "unitRange: \(String(reflecting: unitRange)), value: \(String(reflecting: value)), "
      + "digits: \(String(reflecting: digits)), decimals: \(decimals), unit: \(String(reflecting: unit)), "
      + "isUnitInherited: \(isUnitInherited), qualifier: \(String(reflecting: qualifier)), "
      + "kind: \(String(reflecting: kind)), isChineseNumeral: \(isChineseNumeral), "
      + "hasThousandsSeparator: \(hasThousandsSeparator), isRangeBound: \(isRangeBound))"
  }
}

/// The characters of a number as written (`0`–`9`, `.`, `-`), four bits each, up to `capacity` of
/// them in two words: no reference to count when a quantity is copied.
struct WrittenDigits: Hashable, Sendable {
  static let capacity = 32
  private static let codeDot: UInt64 = 10
  private static let codeMinus: UInt64 = 11

  private var low: UInt64 = 0
  private var high: UInt64 = 0
  private var count = 0

  init() {}

  /// The decimal digits of a non-negative `value` (at most 19 of them).
  init(_ value: Int) {
    var length = 1
    var rest = value / 10
    while rest > 0 {
      length += 1
      rest /= 10
    }
    rest = value
    for index in stride(from: length - 1, through: 0, by: -1) {
      set(UInt64(rest % 10), at: index)
      rest /= 10
    }
    count = length
  }

  /// Appends an ASCII digit, `.` or `-`; ignored once `capacity` characters are written (the scanner
  /// reads no longer number).
  mutating func append(ascii byte: UInt8) {
    guard count < Self.capacity else { return }
    set(byte == 0x2E ? Self.codeDot : byte == 0x2D ? Self.codeMinus : UInt64(byte &- 0x30), at: count)
    count += 1
  }

  private mutating func set(_ code: UInt64, at index: Int) {
    if index < 16 {
      low |= code << UInt64(4 * index)
    } else {
      high |= code << UInt64(4 * (index - 16))
    }
  }

  var string: String {
    String(unsafeUninitializedCapacity: count) { buffer in
      for index in 0..<count {
        let code = index < 16 ? low >> UInt64(4 * index) & 0xF : high >> UInt64(4 * (index - 16)) & 0xF
        buffer[index] = code == Self.codeDot ? 0x2E : code == Self.codeMinus ? 0x2D : 0x30 + UInt8(code)
      }
      return count
    }
  }
}

/// 10 to an integer power, exact for the small powers used here.
@inline(__always)
func pow10(_ exponent: Int) -> Double {
  var result = 1.0
  if exponent >= 0 {
    for _ in 0..<exponent { result *= 10 }
  } else {
    for _ in 0..<(-exponent) { result /= 10 }
  }
  return result
}

/// The units these reports use, longest first so that 万元 wins over 万 and 人次 over 人.
enum UnitTable {
  /// A unit symbol: where its scalars are in `Catalog.scalars`, and the unit it names.
  struct Entry {
    let start: Int
    let length: Int
    let unit: Unit
  }

  /// Entries are grouped by the low byte of their first scalar, so that a scalar that starts no
  /// unit (the usual case after a number) is rejected after one or two comparisons.
  private static let bucketCount = 256

  private struct Catalog {
    /// Every name a unit can have, each once.
    var names: [String] = []
    var nameScalars: [[Unicode.Scalar]] = []
    /// Indices of the names by a cheap hash of their scalars, to look a name up by a few array
    /// comparisons: hashing the names (Strings are hashed normalised) cost more than scanning a report.
    var nameBuckets = [[UInt16]](repeating: [], count: bucketCount)
    /// The symbols' scalars, end to end.
    var scalars: [Unicode.Scalar] = []
    /// By bucket, longest first within a bucket.
    var entries: [Entry] = []
    /// Where each bucket's entries start in `entries`, with the end of the last one.
    var bucketStarts: [Int] = []
    /// By symbol index: the index of the name with 万 or 亿 before it (万余份 is read as 万份).
    var tenThousandForms: [UInt16] = []
    var hundredMillionForms: [UInt16] = []

    mutating func id(of name: String, scalars: [Unicode.Scalar]) -> UInt16 {
      let bucket = scalars.reduce(0) { $0 &* 31 &+ Int($1.value) } & (UnitTable.bucketCount - 1)
      for id in nameBuckets[bucket] where nameScalars[Int(id)] == scalars { return id }
      let id = UInt16(names.count)
      names.append(name)
      nameScalars.append(scalars)
      nameBuckets[bucket].append(id)
      return id
    }
  }

  private static let catalog: Catalog = {
    var units: [(symbol: String, base: String, scale: Double, dimension: Dimension)] = []
    func add(_ symbol: String, _ base: String, _ scale: Double, _ dimension: Dimension) {
      units.append((symbol, base, scale, dimension))
    }
    add("亿元", "元", 1e8, .money)
    add("万元", "元", 1e4, .money)
    add("萬元", "元", 1e4, .money)
    add("億元", "元", 1e8, .money)
    add("千元", "元", 1e3, .money)
    add("元", "元", 1, .money)
    add("个百分点", "个百分点", 1, .percentagePoint)
    add("百分点", "个百分点", 1, .percentagePoint)
    add("%", "%", 1, .percent)
    // 100百分比, as some systems export an indicator: a percentage with its sign written as a word.
    add("百分比", "%", 1, .percent)
    add("％", "%", 1, .percent)
    add("平方公里", "平方米", 1e6, .area)
    add("平方米", "平方米", 1, .area)
    add("㎡", "平方米", 1, .area)
    add("公顷", "亩", 15, .area)
    add("亩", "亩", 1, .area)
    add("公里", "米", 1000, .length)
    add("千米", "米", 1000, .length)
    add("厘米", "米", 0.01, .length)
    add("公分", "米", 0.01, .length)
    add("毫米", "米", 0.001, .length)
    add("米", "米", 1, .length)
    add("万吨", "吨", 1e4, .weight)
    add("吨", "吨", 1, .weight)
    add("公斤", "公斤", 1, .weight)
    add("千克", "公斤", 1, .weight)
    add("立方米", "立方米", 1, .volume)
    add("小时", "小时", 1, .time)
    add("分钟", "分钟", 1, .time)
    add("天", "天", 1, .time)
    add("个月", "个月", 1, .time)
    add("周岁", "岁", 1, .time)
    add("岁", "岁", 1, .time)
    add("分", "分", 1, .score)
    // Longer units win (万元, 万亩): these match only when no unit follows.
    add("万", "万", 1e4, .multiple)
    add("萬", "万", 1e4, .multiple)
    add("亿", "万", 1e8, .multiple)
    for classifier in [
      "人次", "批次", "趟次", "户次", "架次", "人", "户", "个", "次", "项", "条", "名", "座", "家", "辆", "台",
      "件", "处", "场", "份", "株", "枚", "套", "所", "间", "篇", "期", "起", "块", "顶", "张", "册", "批",
      "例", "趟", "棵", "头", "只", "盏", "根", "部", "本", "支", "把", "组", "轮", "届", "村", "宗", "声",
      "幅", "册", "类", "方面", "座", "栋", "对", "位", "队", "级", "所", "门", "笔", "单",
    ] {
      add(classifier, classifier, 1, .count)
    }
    // A count in 万 or 亿 of a classifier: 8万株, 2.5亿枚, 2.4万亩.
    for unit in units where unit.dimension != .money && unit.dimension != .percent
      && unit.dimension != .percentagePoint && unit.dimension != .multiple && unit.scale == 1
    {
      add("万" + unit.symbol, unit.base, 1e4, unit.dimension)
      add("亿" + unit.symbol, unit.base, 1e8, unit.dimension)
    }
    var catalog = Catalog()
    var buckets = [[Entry]](repeating: [], count: bucketCount)
    var symbols: [(id: UInt16, name: String, scalars: [Unicode.Scalar])] = []
    for unit in units {
      let symbol = Array(unit.symbol.unicodeScalars)
      // The first definition of a symbol wins.
      guard !buckets[bucket(of: symbol[0])].contains(where: { entry in
        catalog.scalars[entry.start..<(entry.start + entry.length)].elementsEqual(symbol)
      })
      else { continue }
      let symbolID = catalog.id(of: unit.symbol, scalars: symbol)
      let made = Unit(
        symbolID: symbolID, baseID: catalog.id(of: unit.base, scalars: Array(unit.base.unicodeScalars)),
        scale: unit.scale, dimension: unit.dimension)
      buckets[bucket(of: symbol[0])].append(Entry(start: catalog.scalars.count, length: symbol.count, unit: made))
      catalog.scalars += symbol
      symbols.append((symbolID, unit.symbol, symbol))
    }
    var forms: [(UInt16, UInt16, UInt16)] = []
    for (id, name, scalars) in symbols {
      let tenThousand = catalog.id(of: "万" + name, scalars: ["万"] + scalars)
      forms.append((id, tenThousand, catalog.id(of: "亿" + name, scalars: ["亿"] + scalars)))
    }
    catalog.tenThousandForms = [UInt16](repeating: 0, count: catalog.names.count)
    catalog.hundredMillionForms = catalog.tenThousandForms
    for (symbol, tenThousand, hundredMillion) in forms {
      catalog.tenThousandForms[Int(symbol)] = tenThousand
      catalog.hundredMillionForms[Int(symbol)] = hundredMillion
    }
    for bucket in buckets {
      catalog.bucketStarts.append(catalog.entries.count)
      catalog.entries += bucket.count > 1 ? bucket.sorted { $0.length > $1.length } : bucket
    }
    catalog.bucketStarts.append(catalog.entries.count)
    return catalog
  }()

  /// Every unit name, indexed by `Unit.symbolID` and `Unit.baseID`.
  static let names = catalog.names

  private static func bucket(of scalar: Unicode.Scalar) -> Int { Int(scalar.value & 0xFF) }

  /// The longest unit written at `offset`, with its length.
  static func match(_ text: [Unicode.Scalar], at offset: Int, end: Int) -> (Unit, Int)? {
    guard offset >= 0, offset < end, offset < text.count else { return nil }
    let first = text[offset]
    let bucket = bucket(of: first)
    for index in catalog.bucketStarts[bucket]..<catalog.bucketStarts[bucket + 1] {
      let entry = catalog.entries[index]
      guard offset + entry.length <= end, catalog.scalars[entry.start] == first else { continue }
      var matched = 1
      while matched < entry.length, text[offset + matched] == catalog.scalars[entry.start + matched] { matched += 1 }
      if matched == entry.length { return (entry.unit, entry.length) }
    }
    return nil
  }

  /// `unit` with 万 or 亿 written before it: 万余份 counts in 万份.
  static func prefixed(_ unit: Unit, by prefix: Unicode.Scalar) -> Unit {
    let isTenThousand = prefix == "万"
    let forms = isTenThousand ? catalog.tenThousandForms : catalog.hundredMillionForms
    return Unit(
      symbolID: forms[Int(unit.symbolID)], baseID: unit.baseID, scale: unit.scale * (isTenThousand ? 1e4 : 1e8),
      dimension: unit.dimension)
  }

  /// Looks a unit up by its symbol (`万元`).
  static func unit(named symbol: String) -> Unit? {
    let scalars = Array(symbol.unicodeScalars)
    guard let (unit, length) = match(scalars, at: 0, end: scalars.count), length == scalars.count else { return nil }
    return unit
  }
}

extension Unit {
  /// The unit written as `symbol`, if it is one the engine knows (万元, %, 亩 …).
  public init?(symbol: String) {
    guard let unit = UnitTable.unit(named: symbol) else { return nil }
    self = unit
  }
}
