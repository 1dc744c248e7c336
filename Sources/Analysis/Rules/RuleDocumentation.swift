/// Each rule's documentation: the Markdown of the doc comment that opens its file.
///
/// The text lives in `RuleDocumentation+Generated.swift`, which `RuleDocumentationTests` writes from the
/// rule files (with docs/rules.md), so the doc comment stays the one source.
public enum RuleDocumentation {
  /// The Markdown documentation of the rule with `code` (after redirects), if any.
  public static func markdown(for code: String) -> String? {
    generated[RuleRegistry.redirects[code] ?? code]
  }

  /// The headings of the sections every rule's doc comment has, in this order: what the rule checks, why
  /// it matters, an example (the corrected text introduced by `correctionMarker`), and how safe its fixes are.
  public static let requiredSections = ["## 检查内容", "## 为什么要改", "## 示例", "## 修复安全性"]
  /// The sections that may follow: options, references, performance.
  public static let optionalSections = ["## 选项", "## 参考", "## 性能"]
  /// What introduces the corrected text in `## 示例`.
  public static let correctionMarker = "应改为："

  /// The first paragraph of the rule's "## 检查内容" section, its lines joined (a space only between
  /// two Latin words), for a one-line summary such as SARIF's `fullDescription`.
  public static func summary(of markdown: String) -> String? {
    let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
    guard let heading = lines.firstIndex(where: { $0 == requiredSections[0] }) else { return nil }
    let paragraph = lines[(heading + 1)...].prefix { !$0.isEmpty && !$0.hasPrefix("## ") }
    guard let first = paragraph.first else { return nil }
    var summary = String(first)
    for line in paragraph.dropFirst() {
      let joinsLatin = summary.unicodeScalars.last?.isASCII == true && line.unicodeScalars.first?.isASCII == true
      summary += (joinsLatin ? " " : "") + line
    }
    return summary
  }

  /// The anchor of the rule's section in docs/rules.md, as GitHub derives it from `## N104 document-number-brackets`.
  public static func anchor(code: String, name: String) -> String {
    "\(code.lowercased())-\(name)"
  }
}
