/// What the engine is told by the user: which rules run and how loud they are.
///
/// The engine does not read files or JSON; the executable builds this from settings.
public struct Configuration: Sendable, Equatable {
  /// Codes of rules that do not run.
  public var disabledRules: Set<String>
  /// Severity per rule code, replacing the rule's default for all its findings.
  public var severityOverrides: [String: Severity]

  public init(disabledRules: Set<String> = [], severityOverrides: [String: Severity] = [:]) {
    self.disabledRules = disabledRules
    self.severityOverrides = severityOverrides
  }

  public static let `default` = Configuration()
}
