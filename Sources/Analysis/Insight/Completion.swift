/// A completion offered while typing: an indicator or term name, or a standard section title.
public struct CompletionItem: Hashable, Sendable {
  public enum Kind: String, Sendable {
    case indicator
    case term
    case heading
  }

  /// The text inserted.
  public var label: String
  public var kind: Kind
  /// One line shown next to the label: the indicator's group or the outline's name.
  public var detail: String
  /// Markdown shown beside the list: the hover text of the entry.
  public var documentation: String?
  /// Replaces the characters already typed with the label.
  public var edit: TextEdit
}

extension Linter {
  /// Completions at `offset`: section titles right after a numbering marker (一、 （一） 1.), otherwise
  /// indicator and term names that start with the Chinese characters just typed.
  public func completions(at offset: Int, in document: Document) -> [CompletionItem] {
    guard offset >= 0, offset <= document.scalars.count else { return [] }
    let text = document.scalars
    let lineStart = document.lineIndex.lineStarts[document.lineIndex.line(containing: offset)]
    // The Chinese characters typed just before the cursor, at most as long as the longest name.
    var typedStart = offset
    while typedStart > lineStart, offset - typedStart < 16, text[typedStart - 1].isHan || text[typedStart - 1] == "“" {
      typedStart -= 1
    }
    let typed = Array(text[typedStart..<offset])
    let content = text.trimmed(TextRange(lineStart, typedStart))
    if let level = Self.outlineLevel(ofMarker: content, in: text) {
      return StandardSectionCatalog.all.filter { $0.level == level && $0.title.unicodeScalars.starts(with: typed) }
        .reduce(into: [CompletionItem]()) { items, section in
          guard !items.contains(where: { $0.label == section.title }) else { return }
          items.append(
            CompletionItem(
              label: section.title, kind: .heading, detail: section.template, documentation: nil,
              edit: TextEdit(range: TextRange(typedStart, offset), replacement: section.title)))
        }
    }
    // Names: the longest typed suffix that starts some name; one character is too little to go on.
    let base = KnowledgeBase.standard
    for start in stride(from: typedStart, to: offset - 1, by: 1) {
      let folded = KnowledgeBase.folded(document.string(in: TextRange(start, offset)))
      guard !folded.isEmpty else { continue }
      var items: [CompletionItem] = []
      for entry in base.entries {
        guard let name = ([entry.name] + entry.aliases).first(where: { KnowledgeBase.folded($0).starts(with: folded) })
        else { continue }
        let kind: CompletionItem.Kind
        let detail: String
        switch entry {
        case .indicator(let indicator):
          kind = .indicator
          detail = indicator.groups.first.map { "\($0.level1) › \($0.level2)" } ?? "指标"
        case .term:
          kind = .term
          detail = "术语"
        }
        items.append(
          CompletionItem(
            label: name, kind: kind, detail: name == entry.name ? detail : "\(detail)（即\(entry.name)）",
            documentation: KnowledgeMarkdown.render(entry),
            edit: TextEdit(range: TextRange(start, offset), replacement: name)))
      }
      if !items.isEmpty { return items }
    }
    return []
  }

  /// The outline level a bare numbering marker opens: 一、 → 1, （一） → 2, 1. or 1、 → 3.
  static func outlineLevel(ofMarker range: TextRange, in text: [Unicode.Scalar]) -> Int? {
    guard range.length >= 2 else { return nil }
    let last = text[range.end - 1]
    if let (_, after) = HeadingParser.chineseNumeral(text, from: range.start, end: range.end - 1),
      after == range.end - 1,
      last == "、"
    {
      return 1
    }
    if text[range.start] == "（" || text[range.start] == "(", last == "）" || last == ")",
      let (_, after) = HeadingParser.chineseNumeral(text, from: range.start + 1, end: range.end - 1),
      after == range.end - 1
    {
      return 2
    }
    if last == "." || last == "．" || last == "、" {
      var index = range.start
      while index < range.end - 1, text[index].isDigit { index += 1 }
      if index == range.end - 1, index > range.start { return 3 }
    }
    return nil
  }
}
