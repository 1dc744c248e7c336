/// What the engine is told by the user: which rules run and how loud they are.
///
/// The engine does not read files or JSON; the executable builds this from settings.
public struct Configuration: Sendable, Equatable {
  /// Codes of rules that do not run.
  public var disabledRules: Set<String>
  /// Severity per rule code, replacing the rule's default for all its findings.
  public var severityOverrides: [String: Severity]
  /// Confusable words added to L102's table (wrong form, right form, context).
  public var extraConfusables: [ConfusableEntry]
  /// The outline S103 checks against: the name of a built-in template (`hunan-department`,
  /// `hubei-self-evaluation`) or of one in `customSectionTemplates`; nil picks the best match.
  public var sectionTemplate: String?
  /// Outlines the user adds for S103.
  public var customSectionTemplates: [SectionTemplate]

  public init(
    disabledRules: Set<String> = [], severityOverrides: [String: Severity] = [:],
    extraConfusables: [ConfusableEntry] = [], sectionTemplate: String? = nil,
    customSectionTemplates: [SectionTemplate] = []
  ) {
    self.disabledRules = disabledRules
    self.severityOverrides = severityOverrides
    self.extraConfusables = extraConfusables
    self.sectionTemplate = sectionTemplate
    self.customSectionTemplates = customSectionTemplates
  }

  public static let `default` = Configuration()
}
