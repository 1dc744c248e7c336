import Analysis
import Foundation

/// The only place where engine values become LSP values and back, positions included.
enum Conversion {
  /// The LSP position of a scalar offset, with characters counted in `encoding`.
  static func position(_ offset: Int, in document: Document, encoding: ColumnUnit) -> Position {
    let lineColumn = document.lineIndex.lineColumn(of: offset, in: encoding)
    return Position(line: lineColumn.line, character: lineColumn.column)
  }

  static func range(_ range: TextRange, in document: Document, encoding: ColumnUnit) -> Range {
    Range(
      start: position(range.start, in: document, encoding: encoding),
      end: position(range.end, in: document, encoding: encoding))
  }

  /// The scalar offset of an LSP position, clamped into the document.
  static func offset(_ position: Position, in document: Document, encoding: ColumnUnit) -> Int {
    offset(position, in: document.lineIndex, encoding: encoding)
  }

  /// The scalar offset of an LSP position in text indexed by `lineIndex`, clamped into the text: a line
  /// past the end means the end, a character past the line's end means the line's end, and a character
  /// inside a code unit sequence snaps back to its start.
  static func offset(_ position: Position, in lineIndex: LineIndex, encoding: ColumnUnit) -> Int {
    // Any value past the text means the same as the text's end; capping keeps the index arithmetic
    // far from overflow when a client sends 2^63 − 1.
    let cap = 1 << 48
    let lineColumn = LineColumn(line: min(position.line, cap), column: min(position.character, cap))
    return lineIndex.offset(of: lineColumn, in: encoding)
  }

  static func textRange(_ range: Range, in document: Document, encoding: ColumnUnit) -> TextRange {
    textRange(range, in: document.lineIndex, encoding: encoding)
  }

  /// The scalar range of an LSP range; a reversed range is put in order.
  static func textRange(_ range: Range, in lineIndex: LineIndex, encoding: ColumnUnit) -> TextRange {
    let start = offset(range.start, in: lineIndex, encoding: encoding)
    let end = offset(range.end, in: lineIndex, encoding: encoding)
    return TextRange(min(start, end), max(start, end))
  }

  // MARK: - Position encodings

  static func columnUnit(_ encoding: PositionEncodingKind) -> ColumnUnit {
    switch encoding {
    case .utf8: .utf8
    case .utf16: .utf16
    case .utf32: .utf32
    }
  }

  /// LSP 3.17: the first encoding the client offers that the server supports, else UTF-16.
  static func negotiatedEncoding(offered: [String]?) -> PositionEncodingKind {
    offered?.lazy.compactMap(PositionEncodingKind.init(rawValue:)).first ?? .utf16
  }

  // MARK: - Edits

  static func textEdits(_ edits: [Analysis.TextEdit], in document: Document, encoding: ColumnUnit) -> [TextEditJSON] {
    edits.map { TextEditJSON(range: range($0.range, in: document, encoding: encoding), newText: $0.replacement) }
  }

  /// A workspace edit for one document version: versioned `documentChanges` when the client supports
  /// them, so an edit computed on an older version is rejected by the client instead of misapplied.
  static func workspaceEdit(
    _ edits: [Analysis.TextEdit], in document: Document, uri: String, version: Int, encoding: ColumnUnit,
    versioned: Bool
  ) -> WorkspaceEdit {
    let lspEdits = textEdits(edits, in: document, encoding: encoding)
    if versioned {
      let identifier = OptionalVersionedTextDocumentIdentifier(uri: uri, version: version)
      return WorkspaceEdit(
        documentChanges: [.edit(TextDocumentEdit(textDocument: identifier, edits: lspEdits))], changes: nil)
    }
    return WorkspaceEdit(documentChanges: nil, changes: [uri: lspEdits])
  }

  // MARK: - Insight

  static func hover(_ content: HoverContent, in document: Document, encoding: ColumnUnit) -> Hover {
    Hover(
      contents: MarkupContent(kind: "markdown", value: content.markdown),
      range: range(content.range, in: document, encoding: encoding))
  }

  /// An inlay hint, at the end of its stated figure; the recomputation is the tooltip.
  static func inlayHint(_ hint: InlayHint, in document: Document, encoding: ColumnUnit) -> LSPInlayHint {
    LSPInlayHint(
      position: position(hint.position, in: document, encoding: encoding), label: hint.label,
      kind: LSPInlayHint.typeKind, tooltip: hint.tooltip, paddingLeft: true)
  }

  /// A completion, inserted by a text edit that replaces the characters already typed.
  static func completionItem(_ item: CompletionItem, in document: Document, encoding: ColumnUnit)
    -> LSPCompletionItem
  {
    let kind =
      switch item.kind {
      case .indicator: LSPCompletionItem.Kind.variable
      case .term: LSPCompletionItem.Kind.keyword
      case .heading: LSPCompletionItem.Kind.module
      }
    return LSPCompletionItem(
      label: item.label, kind: kind, detail: item.detail,
      documentation: item.documentation.map { MarkupContent(kind: "markdown", value: $0) },
      textEdit: TextEditJSON(
        range: range(item.edit.range, in: document, encoding: encoding), newText: item.edit.replacement))
  }

  /// The outline as LSP document symbols: the section is the range, the marker and title the selection.
  static func documentSymbols(_ sections: [OutlineSection], in document: Document, encoding: ColumnUnit)
    -> [DocumentSymbol]
  {
    sections.map { section in
      let heading = document.headings[section.heading]
      let marker = document.string(in: heading.markerRange)
      let name = (marker + heading.title).trimmingCharacters(in: .whitespaces)
      let selection = TextRange(heading.markerRange.start, max(heading.titleRange.end, heading.markerRange.end))
      return DocumentSymbol(
        name: name.isEmpty ? "\(heading.number)" : name, detail: nil, kind: DocumentSymbol.sectionKind,
        range: range(section.range, in: document, encoding: encoding),
        selectionRange: range(selection, in: document, encoding: encoding),
        children: documentSymbols(section.children, in: document, encoding: encoding))
    }
  }

  /// One fold per section that spans more than its heading line, nested sections included.
  static func foldingRanges(_ sections: [OutlineSection], in document: Document) -> [FoldingRange] {
    var result: [FoldingRange] = []
    func visit(_ section: OutlineSection) {
      let line = document.headings[section.heading].line
      if section.lastLine > line {
        result.append(FoldingRange(startLine: line, endLine: section.lastLine, kind: "region"))
      }
      section.children.forEach(visit)
    }
    sections.forEach(visit)
    return result
  }

  /// The LSP diagnostic for a finding; `codeDescription` links to the rule's section of docs/rules.md
  /// under `ruleDocsURL` (the `ruleDocsURL` setting), and is left out when that is nil.
  static func diagnostic(
    _ diagnostic: Analysis.Diagnostic, in document: Document, uri: String, encoding: ColumnUnit,
    ruleDocsURL: String?
  ) -> LSPDiagnostic {
    LSPDiagnostic(
      range: range(diagnostic.range, in: document, encoding: encoding),
      severity: diagnostic.severity.rawValue,
      code: diagnostic.code,
      codeDescription: RuleLinks.url(for: diagnostic.code, base: ruleDocsURL).map(CodeDescription.init(href:)),
      source: "report-lsp",
      message: diagnostic.message,
      relatedInformation: diagnostic.related.isEmpty
        ? nil
        : diagnostic.related.map {
          DiagnosticRelatedInformation(
            location: Location(uri: uri, range: range($0.range, in: document, encoding: encoding)),
            message: $0.message)
        },
      data: nil)
  }
}
