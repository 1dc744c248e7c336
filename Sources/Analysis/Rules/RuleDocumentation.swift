/// Each rule's documentation: the Markdown of the doc comment that opens its file.
///
/// The text lives in `RuleDocumentation+Generated.swift`, which `RuleDocumentationTests` writes from the
/// rule files (with docs/rules.md), so the doc comment stays the one source.
public enum RuleDocumentation {
  /// The Markdown documentation of the rule with `code` (after redirects), if any.
  public static func markdown(for code: String) -> String? {
    generated[RuleRegistry.redirects[code] ?? code]
  }

  /// The anchor of the rule's section in docs/rules.md, as GitHub derives it from `## N104 document-number-brackets`.
  public static func anchor(code: String, name: String) -> String {
    "\(code.lowercased())-\(name)"
  }
}
