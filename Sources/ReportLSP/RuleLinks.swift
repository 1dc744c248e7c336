import Analysis

/// Links from a finding to its rule's section of docs/rules.md.
enum RuleLinks {
  /// Where docs/rules.md is published; `ruleDocsURL` in the settings replaces it (for a mirror or a fork).
  static let defaultBaseURL = "https://github.com/report-lsp/report-lsp/blob/main/docs/rules.md"

  /// `<base>#n104-document-number-brackets`: the anchor GitHub gives the heading `## N104 document-number-brackets`.
  static func url(for code: String, base: String = defaultBaseURL) -> String? {
    guard let rule = RuleRegistry.rule(code: code) else { return nil }
    return base + "#" + RuleDocumentation.anchor(code: rule.code, name: rule.name)
  }
}
