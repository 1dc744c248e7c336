/// LSP structures shared by the text document messages.

struct TextDocumentIdentifier: Codable, Hashable, Sendable {
  var uri: String
}

struct VersionedTextDocumentIdentifier: Codable, Hashable, Sendable {
  var uri: String
  var version: Int
}

/// A document as sent by `didOpen`.
struct TextDocumentItem: Codable, Hashable, Sendable {
  var uri: String
  var languageId: String?
  var version: Int
  var text: String
}

/// One change of `didChange`: a range edit, or the whole text when `range` is absent.
struct TextDocumentContentChangeEvent: Codable, Hashable, Sendable {
  var range: Range?
  var rangeLength: Int?
  var text: String
}

/// Edits to one version of one document.
struct TextDocumentEdit: Codable, Hashable, Sendable {
  var textDocument: VersionedTextDocumentIdentifier
  var edits: [TextEditJSON]
}

/// Changes to documents; `documentChanges` (versioned) when the client supports it, else `changes`.
struct WorkspaceEdit: Codable, Hashable, Sendable {
  var documentChanges: [TextDocumentEdit]?
  var changes: [String: [TextEditJSON]]?
}

struct MarkupContent: Codable, Hashable, Sendable {
  var kind: String
  var value: String
}

/// The encodings LSP 3.17 negotiates for `Position.character`.
enum PositionEncodingKind: String, Codable, Sendable, CaseIterable {
  case utf8 = "utf-8"
  case utf16 = "utf-16"
  case utf32 = "utf-32"
}

enum MessageType: Int, Codable, Sendable {
  case error = 1
  case warning = 2
  case info = 3
  case log = 4
}
