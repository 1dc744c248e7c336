import Analysis

/// One complete analysis of one document version: what every request is answered from.
struct AnalysisSnapshot: Sendable {
  var version: Int
  var generation: Int
  var document: Document
  /// The settings and linter the document was analysed with; requests on the snapshot use the same.
  var configuration: DocumentConfiguration
  /// Every finding of the rules, waived ones included.
  var findings: [Analysis.Diagnostic]
  /// The findings no waiver silences: what is published, and what requests are answered from.
  var diagnostics: [Analysis.Diagnostic]
  /// The document's arithmetic, built once per analysis: by the rules, or (when they are off) by the first
  /// hover, inlay hint or checklist that needs it. Read it through `LanguageServer.claims(of:uri:)`.
  var claims: ClaimSet?
}

/// A request that waits for the analysis of the document version it was sent against.
struct WaitingRequest {
  var id: JSONValue
  var version: Int
  var answer: (AnalysisSnapshot) -> Void
  var fail: (ResponseError) -> Void
}

/// A document the client has opened: its current text, and the state of its analysis.
struct OpenDocument {
  let uri: String
  private(set) var version: Int
  /// The text as scalars, edited in place; `lineIndex` always describes it.
  private(set) var scalars: [Unicode.Scalar]
  private(set) var lineIndex: LineIndex
  /// Bumped by every edit and every settings change; an analysis is current when it carries this.
  var generation: Int
  /// The generation whose analysis is running, if any.
  var analyzingGeneration: Int?
  /// The latest complete analysis; it may be older than the text.
  var snapshot: AnalysisSnapshot?
  /// The pending debounce timer.
  var debounce: Task<Void, Never>?
  var waiting: [WaitingRequest] = []
  /// The last report answered to a diagnostic pull, so an identical one can be answered `unchanged`.
  var lastPulled: (resultId: String, items: [LSPDiagnostic])?

  init(uri: String, version: Int, text: String, generation: Int) {
    self.uri = uri
    self.version = version
    self.scalars = Array(text.unicodeScalars)
    self.lineIndex = LineIndex(scalars: scalars)
    self.generation = generation
  }

  /// The current text.
  var text: String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return String(view)
  }

  /// The analysis of the current text, if it is complete.
  var currentSnapshot: AnalysisSnapshot? {
    snapshot.flatMap { $0.generation == generation ? $0 : nil }
  }

  /// Applies the changes of one `didChange` in order (each range refers to the text after the previous
  /// change) and moves to `version`. Positions are in `encoding` and clamped into the text.
  mutating func apply(_ changes: [TextDocumentContentChangeEvent], version: Int, encoding: ColumnUnit) {
    for change in changes {
      if let range = change.range {
        let target = Conversion.textRange(range, in: lineIndex, encoding: encoding)
        scalars.replaceSubrange(target.start..<target.end, with: change.text.unicodeScalars)
      } else {
        scalars = Array(change.text.unicodeScalars)
      }
      lineIndex = LineIndex(scalars: scalars)
    }
    self.version = version
  }
}
