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

/// A document and the version an edit applies to; a null version means "as the file is on disk"
/// (a file the client does not have open). `version` is always written, null included, as LSP requires.
struct OptionalVersionedTextDocumentIdentifier: Codable, Hashable, Sendable {
  var uri: String
  var version: Int?

  enum CodingKeys: String, CodingKey { case uri, version }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(uri, forKey: .uri)
    try container.encode(version, forKey: .version)
  }
}

/// Edits to one version of one document.
struct TextDocumentEdit: Codable, Hashable, Sendable {
  var textDocument: OptionalVersionedTextDocumentIdentifier
  var edits: [TextEditJSON]
}

/// A file to create (a resource operation of `documentChanges`).
struct CreateFile: Codable, Hashable, Sendable {
  struct Options: Codable, Hashable, Sendable {
    var overwrite: Bool?
    var ignoreIfExists: Bool?
  }
  var kind = "create"
  var uri: String
  var options: Options?
}

/// One element of `documentChanges`: a text edit or a file creation.
enum DocumentChange: Codable, Hashable, Sendable {
  case edit(TextDocumentEdit)
  case create(CreateFile)

  init(from decoder: any Decoder) throws {
    if let create = try? CreateFile(from: decoder), create.kind == "create" {
      self = .create(create)
    } else {
      self = .edit(try TextDocumentEdit(from: decoder))
    }
  }

  func encode(to encoder: any Encoder) throws {
    switch self {
    case .edit(let edit): try edit.encode(to: encoder)
    case .create(let create): try create.encode(to: encoder)
    }
  }
}

/// Changes to documents; `documentChanges` (versioned) when the client supports it, else `changes`.
struct WorkspaceEdit: Codable, Hashable, Sendable {
  var documentChanges: [DocumentChange]?
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
