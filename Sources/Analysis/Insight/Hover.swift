/// What the editor shows when the cursor rests on a place in the report.
public struct HoverContent: Hashable, Sendable {
  /// Markdown, in Chinese.
  public var markdown: String
  /// The text the hover is about.
  public var range: TextRange

  public init(markdown: String, range: TextRange) {
    self.markdown = markdown
    self.range = range
  }
}

extension Linter {
  /// The hover at `offset`: an explanation of each finding that covers it.
  ///
  /// `diagnostics` are this document's findings, so a hover never re-runs the rules.
  public func hover(at offset: Int, in document: Document, diagnostics: [Diagnostic]) -> HoverContent? {
    let covering = diagnostics.filter { $0.range.contains(offset) || ($0.range.isEmpty && $0.range.start == offset) }
    guard let first = covering.first else { return nil }
    let range = covering.dropFirst().reduce(first.range) { $0.union($1.range) }
    let sections = covering.map { diagnostic -> String in
      let title = RuleRegistry.rule(code: diagnostic.code).map { $0.title } ?? diagnostic.code
      var section = "**\(title)**（\(diagnostic.code)）\n\n\(diagnostic.message)"
      for fix in diagnostic.fixes { section += "\n\n- 建议：\(fix.title)" }
      return section
    }
    return HoverContent(markdown: sections.joined(separator: "\n\n---\n\n"), range: range)
  }
}
