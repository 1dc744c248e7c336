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
        Self.truncate(&found, to: limit, code: ruleType.code) { count in
          "另有 \(count) 处 \(ruleType.code) 问题未列出（每条规则最多列出 \(limit) 处，可用设置项 maxFindingsPerRule 调整）"
        }
      }
      result.append(contentsOf: found)
    }
    result.sort { ($0.range, $0.code) < ($1.range, $1.code) }
    if let limit = limits.perDocument {
      Self.truncate(&result, to: limit, code: nil) { count in
        "本文另有 \(count) 处问题未列出（每个文档最多列出 \(limit) 处，可用设置项 maxFindings 调整）"
      }
    }
    return result
  }

  /// Keeps the first `limit` of `findings` (sorted by position) and adds one information finding where
  /// the first one left out is, counting them, under `code` (else that finding's code).
  private static func truncate(
    _ findings: inout [Diagnostic], to limit: Int, code: String?, message: (_ leftOut: Int) -> String
  ) {
    guard findings.count > limit else { return }
    let first = findings[limit]
    let message = message(findings.count - limit)
    findings.removeSubrange(limit...)
    findings.append(Diagnostic(code: code ?? first.code, severity: .information, range: first.range, message: message))
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
