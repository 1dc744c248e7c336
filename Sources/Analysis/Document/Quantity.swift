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
}

/// A unit as written after a number, with its scale to the base unit (万元 = 10000 元).
public struct Unit: Hashable, Sendable {
  /// The unit as written, e.g. `万元`, `%`, `万亩`, `人次`.
  public var symbol: String
  /// The base unit, e.g. `元`, `%`, `亩`, `人次`.
  public var base: String
  /// How many base units one of this unit is.
  public var scale: Double
  public var dimension: Dimension

  public init(symbol: String, base: String, scale: Double, dimension: Dimension) {
    self.symbol = symbol
    self.base = base
    self.scale = scale
    self.dimension = dimension
  }

  /// Whether two units measure the same thing (so their values can be compared or added).
  public func isCommensurable(with other: Unit) -> Bool { base == other.base && dimension == other.dimension }
}

/// How a number is kept from being exact: 500余亩, 约30人, 95%以上.
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
  /// An ordinal or code: 第3, 6号, S248.
  case identifier
}

/// A number in the text, with its unit and the precision it was written with.
public struct Quantity: Hashable, Sendable {
  /// The number and its unit and qualifiers.
  public var range: TextRange
  /// Just the digits (and sign).
  public var numberRange: TextRange
  /// The unit as written, if any (nil for an inherited unit).
  public var unitRange: TextRange?
  /// The number as written, in its own unit (1.7 for 1.7万亩).
  public var value: Double
  /// The digits as written, ASCII, without thousands separators, with sign: "-0.57".
  public var digits: String
  /// Number of decimals written: 9.9% has 1.
  public var decimals: Int
  public var unit: Unit?
  /// Whether the unit was not written next to the number but stated once for a table or list.
  public var isUnitInherited: Bool
  public var qualifier: Qualifier
  public var kind: QuantityKind
  /// Whether the number was written in Chinese numerals (两个机构).
  public var isChineseNumeral: Bool
  /// Whether it was written with thousands separators (1,531.23).
  public var hasThousandsSeparator: Bool
  /// Whether the number is one end of a range (3500-5000元).
  public var isRangeBound: Bool

  /// The value in the base unit (1.7万亩 → 17000 亩).
  public var baseValue: Double { value * (unit?.scale ?? 1) }
  /// Half the last written digit's place: the rounding error the written value may carry.
  public var roundingError: Double { 0.5 * pow10(-decimals) }
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
  struct Entry {
    let symbol: [Unicode.Scalar]
    let unit: Unit
  }

  static let entries: [Entry] = {
    var units: [Unit] = []
    func add(_ symbol: String, _ base: String, _ scale: Double, _ dimension: Dimension) {
      units.append(Unit(symbol: symbol, base: base, scale: scale, dimension: dimension))
    }
    add("亿元", "元", 1e8, .money)
    add("万元", "元", 1e4, .money)
    add("千元", "元", 1e3, .money)
    add("元", "元", 1, .money)
    add("个百分点", "个百分点", 1, .percentagePoint)
    add("百分点", "个百分点", 1, .percentagePoint)
    add("%", "%", 1, .percent)
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
    for classifier in [
      "人次", "批次", "趟次", "户次", "架次", "人", "户", "个", "次", "项", "条", "名", "座", "家", "辆", "台",
      "件", "处", "场", "份", "株", "枚", "套", "所", "间", "篇", "期", "起", "块", "顶", "张", "册", "批",
      "例", "趟", "棵", "头", "只", "盏", "根", "部", "本", "支", "把", "组", "轮", "届", "村", "宗", "声",
      "幅", "册", "类", "方面", "座", "栋", "对", "位", "队", "级", "所", "门", "笔", "单",
    ] {
      add(classifier, classifier, 1, .count)
    }
    // A count in 万 or 亿 of a classifier: 10万株, 1.8亿枚, 1.7万亩.
    for unit in units where unit.dimension != .money && unit.dimension != .percent
      && unit.dimension != .percentagePoint && unit.scale == 1
    {
      add("万" + unit.symbol, unit.base, 1e4, unit.dimension)
      add("亿" + unit.symbol, unit.base, 1e8, unit.dimension)
    }
    var seen = Set<String>()
    return units.filter { seen.insert($0.symbol).inserted }
      .map { Entry(symbol: Array($0.symbol.unicodeScalars), unit: $0) }
      .sorted { $0.symbol.count > $1.symbol.count }
  }()

  /// Index of the entries by their first scalar.
  static let byFirstScalar: [Unicode.Scalar: [Entry]] = Dictionary(grouping: entries) { $0.symbol[0] }

  /// The longest unit written at `offset`, with its length.
  static func match(_ text: [Unicode.Scalar], at offset: Int, end: Int) -> (Unit, Int)? {
    guard offset < end, let candidates = byFirstScalar[text[offset]] else { return nil }
    for entry in candidates where offset + entry.symbol.count <= end {
      var matched = true
      for (i, scalar) in entry.symbol.enumerated() where text[offset + i] != scalar {
        matched = false
        break
      }
      if matched { return (entry.unit, entry.symbol.count) }
    }
    return nil
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
