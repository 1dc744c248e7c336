/// What an amount is of a thing: its budget, its actual spending, last year's figure …
public enum Attribute: String, Hashable, Sendable {
  /// No attribute word before it.
  case none
  /// 年初预算, 预算数, 批复.
  case budget
  /// 计划, 目标, 任务, 指标.
  case target
  /// 决算, 实际, 完成, 执行.
  case actual
  /// 本年, 今年, 当年.
  case current
  /// 上年, 去年, 同期.
  case previous
  /// 年中追加.
  case addition
  /// 结转, 结余.
  case carryOver

  /// The attribute's name in a message.
  public var chineseName: String {
    switch self {
    case .none: "数额"
    case .budget: "预算数"
    case .target: "目标值"
    case .actual: "决算数"
    case .current: "本年数"
    case .previous: "上年数"
    case .addition: "追加数"
    case .carryOver: "结转结余"
    }
  }

  /// Whether an amount with this attribute can stand for "the figure of this year" in a comparison.
  var isCurrentLike: Bool { self == .none || self == .actual || self == .current }
  /// Whether an amount with this attribute can stand for the planned figure.
  var isPlanLike: Bool { self == .budget || self == .target }
}

/// Which way a change goes.
public enum Direction: String, Hashable, Sendable {
  /// 增加, 上升, 增长, 提高, 超支, 超出.
  case increase
  /// 减少, 下降, 降低, 节约.
  case decrease
  /// 相差, 差异, 差额: a difference whose sign is not stated.
  case neutral

  /// The word for a message.
  public var chineseName: String {
    switch self {
    case .increase: "增加"
    case .decrease: "减少"
    case .neutral: "相差"
    }
  }
}

/// The kind of a stated ratio, as its keyword says.
public enum RatioKind: String, Hashable, Sendable {
  /// 节约比, 节约率: (预算 − 决算) ÷ 预算.
  case saving
  /// 超支率: (决算 − 预算) ÷ 预算.
  case overspend
  /// 上升, 增长, 提高 X%: (本期 − 基期) ÷ 基期.
  case growth
  /// 下降, 降低, 减少 X%: (基期 − 本期) ÷ 基期.
  case decline
  /// 占比, 比重: 部分 ÷ 总体.
  case share
  /// 占…的 X%, 完成…的 X%, 为…的 X%: 数额 ÷ 所比的数额.
  case shareOf
  /// 完成率, 执行率, 到位率, 化解率 …: 实际 ÷ 目标.
  case rate
}

/// One amount in the report, read with the words before it: what it is an amount of (the item),
/// which figure of that item it is (the attribute), and its role in the sentence.
public struct Fact: Hashable, Sendable {
  /// How the amount is used in its sentence.
  public enum Role: String, Hashable, Sendable {
    /// A plain figure: 公务接待费7.36万元.
    case value
    /// A figure compared with: 比年初预算数5.26万元.
    case reference
    /// The size of a change: 减少0.68万元, 差异316.4万元.
    case change
    /// The figure after a change: 降至12%, 增加到4870元.
    case newValue
    /// A stated ratio: 节约比为7.3%, 占比0.37%.
    case ratio
    /// A difference of two rates: 提高3个百分点.
    case percentagePoint
  }

  /// Index of the quantity in `Document.quantities`.
  public var quantityIndex: Int
  /// The number itself.
  public var quantity: Quantity
  public var role: Role
  /// The thing it is an amount of, normalised (三公经费, 公务接待费, 基本支出); empty when unknown.
  public var item: String
  /// Whether `item` was not written before the amount but taken from the sentence's or paragraph's topic.
  public var isItemInherited: Bool
  public var attribute: Attribute
  /// For a change or a reference: the figure it is compared with (上年, 预算 …).
  public var referenceAttribute: Attribute?
  /// For a change, a new value or a ratio of change: which way the words say it goes.
  public var direction: Direction?
  /// For a ratio: what its keyword says it is.
  public var ratioKind: RatioKind?
  /// For 率 ratios: the characters before 率 (到位 in 到位率), so the numerator can be found.
  public var rateStem: String
  /// A year written before the amount (2020年…收入286.5万元).
  public var year: Int?
  /// The words read before the number (within its clause); `Document.string(in:)` gives the text.
  public var labelRange: TextRange
  /// Index of the paragraph, or nil for a table cell.
  public var paragraph: Int?
  /// Running number of the sentence (paragraph sentences and table rows share the numbering).
  public var sentence: Int
  /// For a table cell: table, row and column.
  public var cell: TableCellLocation?
  /// Whether the label says it is a per-unit figure (每, 平均, 人均) that never adds into a total.
  public var isPerUnit: Bool

  /// Whether the number may be used as an exact input (not 约, 余, 以上 …).
  public var isExact: Bool { quantity.qualifier == .exact && !quantity.isRangeBound }
}

/// Where a table cell is.
public struct TableCellLocation: Hashable, Sendable {
  /// Index into `Document.tables`.
  public var table: Int
  public var row: Int
  public var column: Int
}
