/// What the engine is told by the user: which rules run and how loud they are.
///
/// The engine does not read files or JSON; the executable builds this from settings.
public struct Configuration: Sendable, Equatable {
  /// Codes of rules that do not run.
  public var disabledRules: Set<String>
  /// Severity per rule code, replacing the rule's default for all its findings.
  public var severityOverrides: [String: Severity]
  /// The score → grade scale (A108): each grade label with the lowest score it takes, inclusive.
  /// A grade's band runs from its bound up to the next higher bound among all labels.
  public var gradeScale: [String: Double]
  /// Confusable words added to L102's table (wrong form, right form, context).
  public var extraConfusables: [ConfusableEntry]
  /// The outline S103 checks against: the name of a built-in template (`hunan-department`,
  /// `hubei-self-evaluation`) or of one in `customSectionTemplates`; nil picks the best match.
  public var sectionTemplate: String?
  /// Outlines the user adds for S103.
  public var customSectionTemplates: [SectionTemplate]
  /// How many findings are listed per rule and per document; the rest are counted in one finding.
  public var findingLimits: FindingLimits

  public init(
    disabledRules: Set<String> = [], severityOverrides: [String: Severity] = [:],
    gradeScale: [String: Double] = Configuration.defaultGradeScale,
    extraConfusables: [ConfusableEntry] = [], sectionTemplate: String? = nil,
    customSectionTemplates: [SectionTemplate] = [], findingLimits: FindingLimits = .default
  ) {
    self.disabledRules = disabledRules
    self.severityOverrides = severityOverrides
    self.gradeScale = gradeScale
    self.extraConfusables = extraConfusables
    self.sectionTemplate = sectionTemplate
    self.customSectionTemplates = customSectionTemplates
    self.findingLimits = findingLimits
  }

  /// 财政部 bands, 90 优 / 80 良 / 60 中 / below 60 差, with the older labels 优秀/良好/合格/不合格 on the same bounds.
  public static let defaultGradeScale: [String: Double] = [
    "优": 90, "良": 80, "中": 60, "差": 0, "优秀": 90, "良好": 80, "合格": 60, "不合格": 0,
  ]

  public static let `default` = Configuration()
}

/// The most findings one analysis lists, so a pathological text (a megabyte of unmatched brackets) cannot
/// flood the editor or the terminal: past a limit, the rest are counted in one finding.
public struct FindingLimits: Sendable, Equatable {
  /// Findings listed per rule; nil means no limit.
  public var perRule: Int?
  /// Findings listed per document, after the per-rule limit; nil means no limit.
  public var perDocument: Int?

  public init(perRule: Int?, perDocument: Int?) {
    self.perRule = perRule
    self.perDocument = perDocument
  }

  /// A real report has tens of findings; a few thousand means the text is not what the rules expect.
  public static let `default` = FindingLimits(perRule: 1000, perDocument: 3000)
  public static let unlimited = FindingLimits(perRule: nil, perDocument: nil)
}
