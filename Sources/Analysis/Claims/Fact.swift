/// Which figure of its item an amount is: the budget, the final account, a target …
public enum Measure: String, Hashable, Sendable {
  /// No measure word: the item's figure as the sentence states it (usually the actual one).
  case unstated
  /// 年初预算, 预算数, 批复, 安排.
  case budget
  /// 调整预算, 全年预算: the budget after the year's changes.
  case adjustedBudget
  /// 目标, 计划, 任务, 指标.
  case target
  /// 决算, 实际, 执行数, 完成, 到位, 支付.
  case actual
  /// 年中追加.
  case addition
  /// 年初结转和结余, 上年结转: what the year started with.
  case openingBalance
  /// 年末结转和结余, 结转下年: what the year ended with.
  case closingBalance
  /// 结转, 结余 with no word saying which end of the year.
  case carryOver
  /// 未支付, 未拨付: what is still to be paid.
  case outstanding

  /// The measure's name in a message.
  public var chineseName: String {
    switch self {
    case .unstated: "数额"
    case .budget: "预算数"
    case .adjustedBudget: "调整预算数"
    case .target: "目标值"
    case .actual: "决算数"
    case .addition: "追加数"
    case .openingBalance: "年初结转结余"
    case .closingBalance: "年末结转结余"
    case .carryOver: "结转结余"
    case .outstanding: "未支付数"
    }
  }

  /// A planned figure: what an actual one is measured against.
  public var isPlan: Bool { self == .budget || self == .adjustedBudget || self == .target }
}

/// Which year a figure is of.
public enum Period: Hashable, Sendable {
  /// No year said: the report's year.
  case unstated
  /// 本年, 今年, 当年, or the report's year written out.
  case current
  /// 上年, 去年, 同期, or the year before the report's.
  case previous
  /// Another year written out (or any year when the report's year is unknown).
  case year(Int)

  /// Whether the figure is of the report's year.
  public var isThisYear: Bool { self == .unstated || self == .current }
}

/// Which figure of its item an amount is: its measure and its period (上年决算数: actual, previous).
public struct Standing: Hashable, Sendable {
  public var measure: Measure
  public var period: Period

  public init(_ measure: Measure, _ period: Period) {
    self.measure = measure
    self.period = period
  }

  /// Nothing said.
  public static let unstated = Standing(.unstated, .unstated)

  /// Whether nothing is said about the figure.
  public var isUnstated: Bool { measure == .unstated && period == .unstated }
  /// Whether it can stand for "this year's figure" in a comparison: stated or actual, of this year.
  public var isCurrent: Bool { (measure == .unstated || measure == .actual) && period.isThisYear }
  /// Whether it is this year's plan (budget or target).
  public var isPlan: Bool { measure.isPlan && period.isThisYear }
  /// Whether it is last year's figure.
  public var isPrevious: Bool { period == .previous && (measure == .unstated || measure == .actual) }

  /// The figure's name in a message: 预算数, 上年数, 上年决算数.
  public var chineseName: String {
    switch (measure, period) {
    case (.unstated, .previous): "上年数"
    case (.unstated, .current): "本年数"
    case (.unstated, .year(let year)): "\(year)年数"
    case (.actual, .previous): "上年决算数"
    case (.actual, .year(let year)): "\(year)年决算数"
    case (let measure, .year(let year)): "\(year)年\(measure.chineseName)"
    case (.actual, _): "决算数"
    case (let measure, _): measure.chineseName
    }
  }

  /// Whether a figure of this standing may be the one a comparison names as `wanted`: the same year
  /// and a measure the words allow (年初预算 for 预算, an unstated figure for 上年).
  func fits(_ wanted: Standing) -> Bool {
    guard period == wanted.period || (period.isThisYear && wanted.period.isThisYear) else { return false }
    switch wanted.measure {
    case .unstated: return measure == .unstated || measure == .actual
    case .actual: return measure == .actual || measure == .unstated
    case .budget, .adjustedBudget, .target: return measure.isPlan
    default: return measure == wanted.measure
    }
  }
}

/// Which way a change goes.
public enum Direction: String, Hashable, Sendable {
  /// 增加, 上升, 增长, 提高, 超支, 超出.
  case increase
  /// 减少, 下降, 降低, 节约.
  case decrease
  /// 相差, 差异, 差额: a difference whose sign is not stated.
  case neutral
  /// 无增减, 持平, 无变化: no change at all.
  case unchanged

  /// The word for a message.
  public var chineseName: String {
    switch self {
    case .increase: "增加"
    case .decrease: "减少"
    case .neutral: "相差"
    case .unchanged: "无增减"
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

/// One amount in the report, read from the structure of its clause: what it is an amount of (the
/// item), which figure of that item it is (measure and period), whether it is the whole or a part
/// (scope), and its use in the sentence (role).
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

  /// Index of the quantity in `Document.quantities`, or -1 for a table cell.
  public var quantityIndex: Int
  /// The number itself.
  public var quantity: Quantity
  public var role: Role
  /// The thing it is an amount of, normalised (三公经费, 公务接待费, 基本支出); empty when unknown.
  public var item: String
  /// Whether `item` was not written before the amount but taken from the sentence's or paragraph's topic.
  public var isItemInherited: Bool
  /// For an inherited item: the fact it was taken from (nil when written, or taken from a title).
  public var itemSource: Int?
  /// Whether a number of another kind qualifies the item's words in the same clause (12岁以上在家人员):
  /// the words alone do not name what is counted.
  public var isItemQualified: Bool
  /// Which figure of the item it is.
  public var standing: Standing
  /// Whether the measure or period was written before the amount (not taken from the topic or a column).
  public var isStandingWritten: Bool
  /// For a change, a reference or a ratio of change: the figure it is compared with (上年, 预算 …).
  public var reference: Standing?
  /// For a change, a new value or a ratio of change: which way the words say it goes.
  public var direction: Direction?
  /// For a ratio: what its keyword says it is.
  public var ratioKind: RatioKind?
  /// The change or ratio word (减少, 节约比, 到位率).
  public var keywordRange: TextRange?
  /// For 率 ratios: the characters before 率 (到位 in 到位率), so the numerator can be found.
  public var rateStem: String
  /// For a part (其中…, a bracketed 其中, a member of a 分别为 list): the index of the fact it is a part of.
  public var partOf: Int?
  /// The words read before the number (within its clause); `Document.string(in:)` gives the text.
  public var labelRange: TextRange
  /// Index of the paragraph in `Document.paragraphs`, or past its end for a table cell of running text
  /// read as a paragraph of its own; nil for a number cell of a table.
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
