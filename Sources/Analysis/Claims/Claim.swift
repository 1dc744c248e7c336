/// What kind of arithmetic a stated figure claims.
public enum ClaimKind: String, Hashable, Sendable {
  /// A percentage that is a quotient of other figures (节约比, 上升X%, 完成率, 占比).
  case ratio
  /// A sum stated as the total of listed parts (总额X，其中…; a 合计 row).
  case total
  /// A difference of two figures (相差, 差异, 减少X, 收支差额, a 金额差异 column).
  case difference
  /// A difference of two rates in 个百分点.
  case percentagePoint
  /// A word of direction (增加/减少, 超出预期, 节约) that the figures may contradict.
  case direction
}

/// How a claim fares when recomputed from the report's own numbers.
public enum Verdict: String, Hashable, Sendable, Comparable {
  /// The figures allow the stated value, rounding included.
  case consistent
  /// The stated value is only reached if a round figure (32万元) is not exact: probably wrong.
  case probableMismatch
  /// No rounding of the inputs reaches the stated value.
  case mismatch

  private var rank: Int {
    switch self {
    case .consistent: 0
    case .probableMismatch: 1
    case .mismatch: 2
    }
  }

  public static func < (lhs: Verdict, rhs: Verdict) -> Bool { lhs.rank < rhs.rank }
}

/// One number a claim is recomputed from.
public struct ClaimInput: Hashable, Sendable {
  /// What the number is in the formula, in Chinese (预算数, 决算数, 分项, 合计).
  public var role: String
  /// The number as written (its range, digits and unit).
  public var quantity: Quantity
  /// The value used, in the claim's unit.
  public var value: Double
  /// The values the written figure may stand for (after reading dropped trailing zeros).
  public var range: ValueRange
  /// Whether the input was found outside the claim's sentence (earlier paragraph, a table).
  public var isFromContext: Bool

  /// The number's text as the formula shows it.
  public var text: String { quantity.digits }
}

/// Another reading of a claim when it is not clear which number is wrong.
public struct ClaimAlternative: Hashable, Sendable {
  /// What this reading says, in Chinese ("若节约额2.15万元有误：…").
  public var explanation: String
  /// The number this reading would change, and what it would write instead.
  public var range: TextRange?
  public var replacement: String?
  /// What the change is to (合计, 基本支出), for a fix title.
  public var subject: String = ""
}

/// A stated value that can be recomputed from other numbers of the report.
public struct Claim: Hashable, Sendable {
  public var kind: ClaimKind
  /// The claim's name in Chinese: 节约比, 上升比例, 完成率, 占比, 合计, 差额 …
  public var name: String
  /// The stated figure.
  public var stated: Quantity
  /// The words that make the claim (节约比, 减少, 合计), for direction claims the word itself.
  public var keywordRange: TextRange?
  /// The numbers it is recomputed from.
  public var inputs: [ClaimInput]
  /// The general formula in Chinese (节约比 = (预算数 − 决算数) ÷ 预算数).
  public var definition: String
  /// The formula with the report's numbers: (32−29.07)÷32.
  public var formula: String
  /// The exact recomputed value, in the stated figure's unit (9.15625 for a percentage means 9.15625%).
  public var computed: Double
  /// The values the recomputation can reach when every input is rounded as written.
  public var computedRange: ValueRange
  public var verdict: Verdict
  /// The recomputed value written at the author's precision ("9.2"), digits only.
  public var expected: String
  /// The recomputed value written with one more decimal for the explanation ("9.16").
  public var expectedDetail: String
  /// Other readings, when it is not clear which number is wrong.
  public var alternatives: [ClaimAlternative]
  /// Whether the claim rests on a guess about which numbers belong together (a figure found in an
  /// earlier paragraph, a target line, a list that may be partial). Findings on such claims are less sure.
  public var isInferred: Bool
  /// For direction claims: the direction the words state.
  public var statedDirection: Direction?
  /// Whether the formula divides by zero with the report's numbers (增长100% on a base of 0): the
  /// stated ratio cannot be, and there is no value to write instead.
  public var isUndefined = false

  /// Whether the recomputed value can be what the stated figure claims to be: a share of a whole is at
  /// most 100%, and no ratio of a report runs into thousands of percent. An implausible value says an
  /// input is wrong, so it is never written in.
  public var isPlausible: Bool {
    guard kind == .ratio, !isUndefined else { return !isUndefined }
    if name == "占比" { return computed >= 0 && computed <= 100 + 0.5 * pow10(-stated.decimals) }
    return abs(computed) < 1000
  }

  /// The unit written after the stated figure (%, 万元), or "" when none.
  public var unitText: String { stated.unit?.symbol ?? "" }

  /// The explanation shown on hover: "按本文数据：(32−29.07)÷32 = 9.16%，文中为 7.3%".
  public var explanation: String {
    let unit = unitText
    if isUndefined { return "按本文数据：基期数\(formula) = 0，\(name)无法计算，文中为 \(stated.digits)\(unit)，不符" }
    var text = "按本文数据：\(formula) = \(expectedDetail)\(unit)，文中为 \(stated.digits)\(unit)"
    switch verdict {
    case .consistent: text += "，相符"
    case .probableMismatch: text += "，可能有误（仅当整数金额并非精确值时才相符）"
    case .mismatch: text += "，不符"
    }
    return text
  }
}
