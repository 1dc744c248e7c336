import Analysis

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
    document.lineIndex.offset(of: LineColumn(line: position.line, column: position.character), in: encoding)
  }

  static func textRange(_ range: Range, in document: Document, encoding: ColumnUnit) -> TextRange {
    let start = offset(range.start, in: document, encoding: encoding)
    let end = offset(range.end, in: document, encoding: encoding)
    return TextRange(min(start, end), max(start, end))
  }

  /// The LSP diagnostic for a finding; `codeDescription` links to the rule's section of docs/rules.md
  /// under `ruleDocsURL` (the `ruleDocsURL` setting).
  static func diagnostic(
    _ diagnostic: Analysis.Diagnostic, in document: Document, uri: String, encoding: ColumnUnit,
    ruleDocsURL: String = RuleLinks.defaultBaseURL
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
