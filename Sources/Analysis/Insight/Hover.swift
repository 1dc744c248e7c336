/// What the editor shows when the cursor rests on a place in the report.
public struct HoverContent: Hashable, Sendable {
  /// Markdown, in Chinese.
  public var markdown: String
  /// The text the hover is about.
  public var range: TextRange
  /// Other places the hover speaks of: the inputs of a check, the first copy of a duplicate.
  public var related: [RelatedInformation]

  public init(markdown: String, range: TextRange, related: [RelatedInformation] = []) {
    self.markdown = markdown
    self.range = range
    self.related = related
  }
}

extension Linter {
  /// The hover at `offset`: each finding that covers it, then what the number or the indicator
  /// name under the cursor is (its reading, its definition and formula, the checks it took part in).
  ///
  /// `diagnostics` are this document's findings, so a hover never re-runs the rules.
  public func hover(at offset: Int, in document: Document, diagnostics: [Diagnostic]) -> HoverContent? {
    var sections: [String] = []
    var range: TextRange?
    var related: [RelatedInformation] = []
    func add(_ section: String, _ sectionRange: TextRange) {
      sections.append(section)
      range = range.map { $0.union(sectionRange) } ?? sectionRange
    }

    let covering = diagnostics.filter { $0.range.contains(offset) || ($0.range.isEmpty && $0.range.start == offset) }
    for diagnostic in covering {
      let title = RuleRegistry.rule(code: diagnostic.code).map { $0.title } ?? diagnostic.code
      var section = "**\(title)**（\(diagnostic.code)）\n\n\(diagnostic.message)"
      for fix in diagnostic.fixes { section += "\n\n- 建议：\(fix.title)" }
      add(section, diagnostic.range)
      related.append(contentsOf: diagnostic.related)
    }

    if let quantity = Self.quantity(at: offset, in: document) {
      var section = QuantityMarkdown.render(quantity, in: document)
      if let mention = indicatorMentions(in: document, range: quantity.range).first(where: {
        $0.value.range == quantity.range
      }) {
        section += "\n- 是“\(mention.indicator.name)”的值"
        if let standard = mention.indicator.standard { section += "；标准：\(standard)" }
      }
      // Findings about this number that do not cover the cursor, or that name it as an input.
      let involved = diagnostics.filter { diagnostic in
        !covering.contains(diagnostic)
          && (diagnostic.range.overlaps(quantity.range)
            || diagnostic.related.contains { $0.range.overlaps(quantity.range) })
      }
      if !involved.isEmpty {
        section += "\n\n**相关检查**\n\n"
        section += involved.map { diagnostic in
          let line = document.lineIndex.line(containing: diagnostic.range.start) + 1
          return "- ✗ \(diagnostic.code)（第\(line)行）：\(diagnostic.message)"
        }.joined(separator: "\n")
        for diagnostic in involved {
          related.append(RelatedInformation(range: diagnostic.range, message: diagnostic.message))
        }
      }
      add(section, quantity.range)
    } else if let match = KnowledgeBase.standard.match(at: offset, in: document) {
      add(KnowledgeMarkdown.render(KnowledgeBase.standard.entries[match.entryIndex]), match.range)
    }

    guard let range else { return nil }
    return HoverContent(markdown: sections.joined(separator: "\n\n---\n\n"), range: range, related: related)
  }

  /// The number whose text (number, unit and qualifiers) covers `offset`.
  static func quantity(at offset: Int, in document: Document) -> Quantity? {
    let line = document.lineIndex.contentRange(ofLine: document.lineIndex.line(containing: offset))
    return document.quantities(in: line).last { $0.range.contains(offset) }
  }
}
