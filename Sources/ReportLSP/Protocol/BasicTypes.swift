/// LSP's basic structures, as they travel in JSON.

/// A zero-based line and character offset; the character unit is the negotiated position encoding.
struct Position: Codable, Hashable, Sendable {
  var line: Int
  var character: Int
}

struct Range: Codable, Hashable, Sendable {
  var start: Position
  var end: Position
}

struct Location: Codable, Hashable, Sendable {
  var uri: String
  var range: Range
}

struct DiagnosticRelatedInformation: Codable, Hashable, Sendable {
  var location: Location
  var message: String
}

struct CodeDescription: Codable, Hashable, Sendable {
  var href: String
}

/// LSP's Diagnostic.
struct LSPDiagnostic: Codable, Hashable, Sendable {
  var range: Range
  var severity: Int
  var code: String
  var codeDescription: CodeDescription?
  var source: String
  var message: String
  var relatedInformation: [DiagnosticRelatedInformation]?
  /// Carries what the server needs to answer a code action for this diagnostic.
  var data: JSONValue?
}

struct TextEditJSON: Codable, Hashable, Sendable {
  var range: Range
  var newText: String
}
