import Analysis

/// Links from a finding to its rule's section of docs/rules.md.
///
/// There is no built-in base: the project has no published home yet, and a link to a made-up host is
/// worse than none. The `ruleDocsURL` setting supplies one (a repository's `docs/rules.md` page, a mirror,
/// or a `file:` URL of a local copy); without it diagnostics carry no `codeDescription`.
enum RuleLinks {
  /// `<base>#n104-document-number-brackets`: the anchor GitHub gives the heading `## N104 document-number-brackets`.
  static func url(for code: String, base: String?) -> String? {
    guard let base, !base.isEmpty, let rule = RuleRegistry.rule(code: code) else { return nil }
    return base + "#" + RuleDocumentation.anchor(code: rule.code, name: rule.name)
  }
}
