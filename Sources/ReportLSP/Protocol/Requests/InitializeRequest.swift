/// `initialize`: the first request; negotiates the position encoding and reads the settings.
struct InitializeRequest: RequestType {
  static let method = "initialize"
  typealias Response = InitializeResult

  var processId: Int?
  var capabilities: ClientCapabilities
  var initializationOptions: JSONValue?
}

/// The parts of the client's capabilities the server looks at.
struct ClientCapabilities: Codable, Hashable, Sendable {
  struct General: Codable, Hashable, Sendable {
    /// Encodings the client supports, most preferred first.
    var positionEncodings: [String]?
  }
  struct Workspace: Codable, Hashable, Sendable {
    struct WorkspaceEditCapabilities: Codable, Hashable, Sendable {
      var documentChanges: Bool?
    }
    struct RefreshCapabilities: Codable, Hashable, Sendable {
      var refreshSupport: Bool?
    }
    var workspaceEdit: WorkspaceEditCapabilities?
    /// Whether the client accepts `workspace/inlayHint/refresh`.
    var inlayHint: RefreshCapabilities?
  }
  var general: General?
  var workspace: Workspace?
}

struct InitializeResult: Codable, Hashable, Sendable {
  struct ServerInfo: Codable, Hashable, Sendable {
    var name: String
    var version: String
  }
  var capabilities: ServerCapabilities
  var serverInfo: ServerInfo
}

/// What the server implements: nothing more is advertised.
struct ServerCapabilities: Codable, Hashable, Sendable {
  struct TextDocumentSyncOptions: Codable, Hashable, Sendable {
    struct SaveOptions: Codable, Hashable, Sendable {
      var includeText: Bool
    }
    var openClose: Bool
    /// 1 = full, 2 = incremental.
    var change: Int
    var save: SaveOptions
  }
  struct CodeActionOptions: Codable, Hashable, Sendable {
    var codeActionKinds: [String]
    var resolveProvider: Bool
  }
  struct CompletionOptions: Codable, Hashable, Sendable {
    var triggerCharacters: [String]
    var resolveProvider: Bool
  }
  struct CodeLensOptions: Codable, Hashable, Sendable {
    var resolveProvider: Bool
  }
  struct ExecuteCommandOptions: Codable, Hashable, Sendable {
    var commands: [String]
  }
  var positionEncoding: PositionEncodingKind
  var textDocumentSync: TextDocumentSyncOptions
  var hoverProvider: Bool
  var codeActionProvider: CodeActionOptions
  var documentSymbolProvider: Bool
  var foldingRangeProvider: Bool
  var inlayHintProvider: Bool
  var completionProvider: CompletionOptions
  var codeLensProvider: CodeLensOptions
  var executeCommandProvider: ExecuteCommandOptions
}
