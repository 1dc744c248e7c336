/// How well a fact in the knowledge base is backed by a source (the tags of the domain notes).
public enum Confidence: String, Sendable, Hashable, CaseIterable {
  /// The wording or the formula was seen in a source.
  case confirmed
  /// The name or the shape was seen, a detail was not.
  case partial
  /// Remembered from the official text but not seen in a source: hover texts say so.
  case unconfirmed

  /// The tag shown to the reader, or nil when the fact is confirmed.
  public var caveat: String? {
    switch self {
    case .confirmed: nil
    case .partial: "部分核实"
    case .unconfirmed: "未经核实"
    }
  }
}

/// Where an indicator sits in an evaluation framework: level 1 (投入/过程/产出/效果 …) and level 2.
public struct IndicatorGroup: Hashable, Sendable {
  /// 投入, 过程, 产出, 效果 (部门整体支出) or 决策, 过程, 产出, 效益 (项目支出).
  public var level1: String
  /// 目标设定, 预算配置, 预算执行 …
  public var level2: String
  /// The framework: 部门整体支出 or 项目支出.
  public var framework: String

  public init(_ level1: String, _ level2: String, framework: String = "部门整体支出") {
    self.level1 = level1
    self.level2 = level2
    self.framework = framework
  }
}

/// One way of computing an indicator, with the framework or local table that uses it.
public struct Formula: Hashable, Sendable {
  /// The formula in Chinese, with ÷ × − and 100%: "在职人员数 ÷ 编制数 × 100%".
  public var expression: String
  /// Which document or table uses this form ("财预〔2013〕53号", "湖南评分表"); nil when there is one form.
  public var basis: String?
  public var confidence: Confidence

  public init(_ expression: String, basis: String? = nil, confidence: Confidence = .confirmed) {
    self.expression = expression
    self.basis = basis
    self.confidence = confidence
  }
}

/// A performance indicator of the evaluation frameworks (在职人员控制率, 预算完成率 …).
public struct Indicator: Hashable, Sendable {
  /// The name used by the framework.
  public var name: String
  /// Other names for the same indicator in local tables.
  public var aliases: [String]
  /// Where it sits; an indicator used by two frameworks or two level-2 groups has several.
  public var groups: [IndicatorGroup]
  /// What it measures, in Chinese.
  public var definition: String
  /// Its formulas; empty for a qualitative indicator.
  public var formulas: [Formula]
  /// The standard, target or scoring rule seen in local tables; nil when none was seen.
  public var standard: String?
  /// The documents that define it.
  public var sources: [String]
  /// How well the name and definition are backed.
  public var confidence: Confidence

  public init(
    name: String, aliases: [String] = [], groups: [IndicatorGroup], definition: String, formulas: [Formula] = [],
    standard: String? = nil, sources: [String], confidence: Confidence = .confirmed
  ) {
    self.name = name
    self.aliases = aliases
    self.groups = groups
    self.definition = definition
    self.formulas = formulas
    self.standard = standard
    self.sources = sources
    self.confidence = confidence
  }
}

/// A term of budgeting or of report arithmetic that readers stumble on (三公经费, 百分点, 节约率 …).
public struct Term: Hashable, Sendable {
  public var name: String
  public var aliases: [String]
  /// What it means, in Chinese.
  public var definition: String
  /// How it is computed, or the identity it satisfies.
  public var formulas: [Formula]
  /// What it includes.
  public var includes: [String]
  /// What it is often mistaken to include.
  public var excludes: [String]
  /// A usage note: a typical misuse or a pitfall.
  public var note: String?
  public var sources: [String]
  public var confidence: Confidence

  public init(
    name: String, aliases: [String] = [], definition: String, formulas: [Formula] = [], includes: [String] = [],
    excludes: [String] = [], note: String? = nil, sources: [String], confidence: Confidence = .confirmed
  ) {
    self.name = name
    self.aliases = aliases
    self.definition = definition
    self.formulas = formulas
    self.includes = includes
    self.excludes = excludes
    self.note = note
    self.sources = sources
    self.confidence = confidence
  }
}
