/// The engine's front door: runs every enabled rule over a document.
///
/// Pure: no I/O, no global state, never throws. Safe to call from any thread.
public struct Linter: Sendable {
  public var configuration: Configuration
  public var gazetteer: Gazetteer?

  public init(configuration: Configuration = .default, gazetteer: Gazetteer? = nil) {
    self.configuration = configuration
    self.gazetteer = gazetteer
  }

  /// The rules that run under this configuration.
  public var enabledRules: [any Rule.Type] {
    RuleRegistry.all.filter { !configuration.disabledRules.contains($0.code) }
  }

  /// All findings in `document`, sorted by position, then code.
  public func diagnostics(for document: Document) -> [Diagnostic] {
    diagnostics(in: RuleContext(document: document, configuration: configuration, gazetteer: gazetteer))
  }

  /// The findings in `document` and the claim set the arithmetic rules read (nil when none of them ran, so
  /// switching them off saves building it). A server keeps both so hovers, inlay hints and the checklist
  /// do not rebuild it.
  public func analysis(of document: Document) -> LintResult {
    let context = RuleContext(document: document, configuration: configuration, gazetteer: gazetteer)
    let diagnostics = diagnostics(in: context)
    return LintResult(diagnostics: diagnostics, claims: context.builtClaims)
  }

  private func diagnostics(in context: RuleContext) -> [Diagnostic] {
    let limits = configuration.findingLimits
    var result: [Diagnostic] = []
    for ruleType in enabledRules {
      var found = ruleType.init().check(context)
      if let severity = configuration.severityOverrides[ruleType.code] {
        for index in found.indices { found[index].severity = severity }
      }
      if let limit = limits.perRule, found.count > limit {
        found.sort { $0.range < $1.range }
        let omitted = found[limit]
        let count = found.count - limit
        found.removeSubrange(limit...)
        found.append(
          Self.omissionNote(
            code: ruleType.code, at: omitted.range,
            message: "另有 \(count) 处 \(ruleType.code) 问题未列出（每条规则最多列出 \(limit) 处，可用设置项 maxFindingsPerRule 调整）"))
      }
      result.append(contentsOf: found)
    }
    result.sort { ($0.range, $0.code) < ($1.range, $1.code) }
    if let limit = limits.perDocument, result.count > limit {
      let omitted = result[limit]
      let count = result.count - limit
      result.removeSubrange(limit...)
      result.append(
        Self.omissionNote(
          code: omitted.code, at: omitted.range,
          message: "本文另有 \(count) 处问题未列出（每个文档最多列出 \(limit) 处，可用设置项 maxFindings 调整）"))
    }
    return result
  }

  /// The one finding that stands for those left out: where the first of them is, with the count.
  private static func omissionNote(code: String, at range: TextRange, message: String) -> Diagnostic {
    Diagnostic(code: code, severity: .information, range: range, message: message)
  }

  /// Convenience: analyse a string.
  public func diagnostics(for text: String) -> [Diagnostic] { diagnostics(for: Document(text: text)) }
}

/// What one analysis of a document yields.
public struct LintResult: Sendable {
  /// The findings, sorted by position, then code.
  public var diagnostics: [Diagnostic]
  /// The document's arithmetic as the rules read it; nil when no rule did.
  public var claims: ClaimSet?

  /// A result made elsewhere (a test's stand-in analysis).
  public init(diagnostics: [Diagnostic], claims: ClaimSet?) {
    self.diagnostics = diagnostics
    self.claims = claims
  }
}
