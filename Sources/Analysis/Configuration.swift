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

  public init(
    disabledRules: Set<String> = [], severityOverrides: [String: Severity] = [:],
    gradeScale: [String: Double] = Configuration.defaultGradeScale
  ) {
    self.disabledRules = disabledRules
    self.severityOverrides = severityOverrides
    self.gradeScale = gradeScale
  }

  /// 财政部 bands, 90 优 / 80 良 / 60 中 / below 60 差, with the older labels 优秀/良好/合格/不合格 on the same bounds.
  public static let defaultGradeScale: [String: Double] = [
    "优": 90, "良": 80, "中": 60, "差": 0, "优秀": 90, "良好": 80, "合格": 60, "不合格": 0,
  ]

  public static let `default` = Configuration()
}
