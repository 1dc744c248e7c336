/// `initialize`: the first request; negotiates the position encoding and reads the settings.
struct InitializeRequest: RequestType {
  static let method = "initialize"
  typealias Response = InitializeResult

  var processId: Int?
  var capabilities: ClientCapabilities
  var initializationOptions: JSONValue?
  /// The folders open in the editor (`reportLSP.lintWorkspace` walks them); `rootUri` and `rootPath` are
  /// the older, single-folder forms.
  var workspaceFolders: [WorkspaceFolder]?
  var rootUri: String?
  var rootPath: String?
}

struct WorkspaceFolder: Codable, Hashable, Sendable {
  var uri: String
  var name: String?
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
      /// `create`, `rename`, `delete`: the file operations `documentChanges` may carry.
      var resourceOperations: [String]?
    }
    struct RefreshCapabilities: Codable, Hashable, Sendable {
      var refreshSupport: Bool?
    }
    struct DynamicRegistration: Codable, Hashable, Sendable {
      var dynamicRegistration: Bool?
    }
    /// Whether the client answers `workspace/applyEdit`.
    var applyEdit: Bool?
    var workspaceEdit: WorkspaceEditCapabilities?
    var didChangeWatchedFiles: DynamicRegistration?
    /// Whether the client accepts `workspace/inlayHint/refresh`.
    var inlayHint: RefreshCapabilities?
    /// Whether the client answers `workspace/configuration`.
    var configuration: Bool?
    var didChangeConfiguration: DynamicRegistration?
    /// Whether the client accepts `workspace/diagnostic/refresh`.
    var diagnostics: RefreshCapabilities?
  }
  struct TextDocument: Codable, Hashable, Sendable {
    /// Present when the client pulls diagnostics (`textDocument/diagnostic`, LSP 3.17).
    var diagnostic: Workspace.DynamicRegistration?
    var synchronization: Workspace.DynamicRegistration?
  }
  struct Window: Codable, Hashable, Sendable {
    /// Whether the client shows server-initiated progress (`window/workDoneProgress/create`).
    var workDoneProgress: Bool?
  }
  var general: General?
  var textDocument: TextDocument?
  var workspace: Workspace?
  var window: Window?
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
  /// Pull diagnostics (LSP 3.17): findings depend on one document only.
  struct DiagnosticOptions: Codable, Hashable, Sendable {
    var identifier: String
    var interFileDependencies: Bool
    var workspaceDiagnostics: Bool
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
  /// Advertised only to clients that pull diagnostics and accept `workspace/diagnostic/refresh`.
  var diagnosticProvider: DiagnosticOptions?
}
