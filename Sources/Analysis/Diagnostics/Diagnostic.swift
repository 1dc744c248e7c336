/// How serious a finding is. The raw values match LSP's DiagnosticSeverity.
public enum Severity: Int, Sendable, Comparable, CaseIterable {
  case error = 1
  case warning = 2
  case information = 3
  case hint = 4

  /// The lowercase English name used in text output and configuration.
  public var name: String {
    switch self {
    case .error: "error"
    case .warning: "warning"
    case .information: "info"
    case .hint: "hint"
    }
  }

  /// Parses `error`, `warning`, `info`/`information` or `hint`.
  public init?(name: String) {
    switch name.lowercased() {
    case "error": self = .error
    case "warning", "warn": self = .warning
    case "info", "information": self = .information
    case "hint": self = .hint
    default: return nil
    }
  }

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rawValue > rhs.rawValue }
}

/// Another place in the document that explains a finding, such as the first copy of a duplicate.
public struct RelatedInformation: Hashable, Sendable {
  public var range: TextRange
  public var message: String
  public init(range: TextRange, message: String) {
    self.range = range
    self.message = message
  }
}

/// One finding of one rule.
public struct Diagnostic: Hashable, Sendable {
  /// The stable code of the rule that produced it, e.g. `A101`.
  public var code: String
  public var severity: Severity
  /// Where the problem is, in scalar offsets.
  public var range: TextRange
  /// The message shown to the user, in Chinese.
  public var message: String
  public var related: [RelatedInformation]
  /// Ways to fix it, best first. Several fixes mean "one of these", never "all of these".
  public var fixes: [Fix]

  public init(
    code: String, severity: Severity, range: TextRange, message: String,
    related: [RelatedInformation] = [], fixes: [Fix] = []
  ) {
    self.code = code
    self.severity = severity
    self.range = range
    self.message = message
    self.related = related
    self.fixes = fixes
  }
}
