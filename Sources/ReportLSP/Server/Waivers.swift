import Analysis
import Foundation

/// A file's size and modification date: a side file is re-read when they change.
struct FileStamp: Equatable, Sendable {
  var size: UInt64
  var modified: Date

  /// The stamp of the file at `path`; nil when there is none.
  static func of(_ path: String) -> FileStamp? {
    guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return nil }
    return FileStamp(
      size: (attributes[.size] as? NSNumber)?.uint64Value ?? 0,
      modified: attributes[.modificationDate] as? Date ?? .distantPast)
  }
}

/// The waiver side files the server has read, by path. Checking a file costs one `stat`, so it is done
/// before every publish: an edit made outside the editor (the CLI, a text editor, `git checkout`) takes
/// effect at the next analysis even in clients that do not watch files.
struct WaiverStore {
  private struct Entry {
    var stamp: FileStamp?
    var content: Result<WaiverFile, WaiverFileError>
  }

  private var entries: [String: Entry] = [:]

  /// The side file at `sidePath`, read again when its stamp changed; `changed` tells whether its content
  /// differs from what was known before.
  mutating func file(at sidePath: String) -> (content: Result<WaiverFile, WaiverFileError>, changed: Bool) {
    let stamp = FileStamp.of(sidePath)
    let previous = entries[sidePath]
    if let previous, previous.stamp == stamp { return (previous.content, false) }
    let content = stamp == nil ? .success(WaiverFile()) : WaiverFile.load(at: sidePath)
    entries[sidePath] = Entry(stamp: stamp, content: content)
    return (content, content != (previous?.content ?? .success(WaiverFile())))
  }

  /// The content last read from `sidePath`, without looking at the disk; nil when it was never read.
  func content(at sidePath: String) -> Result<WaiverFile, WaiverFileError>? { entries[sidePath]?.content }

  /// Takes `file` as the content of `sidePath` after the server had it written, whether or not the
  /// client has saved it yet: it is re-read from disk once the file changes there.
  mutating func record(_ file: WaiverFile, at sidePath: String) {
    entries[sidePath] = Entry(stamp: FileStamp.of(sidePath), content: .success(file))
  }
}

/// Filtering findings through `.reportlsp-waivers.json` (file: URIs only), and recording new waivers.
extension LanguageServer {
  /// The path of a `file:` URI; nil for any other scheme (`untitled:` has no folder, hence no side file).
  static func filePath(_ uri: String) -> String? {
    guard let url = URL(string: uri), url.isFileURL, !url.path.isEmpty else { return nil }
    return url.standardizedFileURL.path
  }

  /// The side file holding the waivers of the document at `uri`.
  static func waiverFilePath(for uri: String) -> String? {
    filePath(uri).map(WaiverFile.path(forReport:))
  }

  /// The findings no waiver silences, with the side file as last read (read now if it never was).
  func reportedFindings(_ findings: [Analysis.Diagnostic], in document: Document, uri: String)
    -> [Analysis.Diagnostic]
  {
    guard let path = Self.filePath(uri) else { return findings }
    let sidePath = WaiverFile.path(forReport: path)
    guard case .success(let file) = waiverStore.content(at: sidePath) ?? waiverStore.file(at: sidePath).content
    else { return findings }
    return Waiver.partition(findings, in: document, waivers: file.waivers(forReport: path)).reported
  }

  /// Re-reads the side file at `sidePath` if it changed on disk; when its waivers changed, the open
  /// reports it covers are filtered again and re-published. A broken file is reported once per change.
  func refreshWaiverFile(_ sidePath: String) {
    let (content, changed) = waiverStore.file(at: sidePath)
    guard changed else { return }
    if case .failure(let error) = content { showMessage(.warning, error.message + "；其中的忽略记录暂不生效") }
    refilterDocuments(coveredBy: sidePath)
  }

  /// Filters the current analyses of the open reports covered by `sidePath` again, publishing those
  /// whose reported findings changed.
  func refilterDocuments(coveredBy sidePath: String) {
    for (uri, document) in documents where Self.waiverFilePath(for: uri) == sidePath {
      guard var snapshot = document.currentSnapshot else { continue }  // Its analysis will filter it.
      let reported = reportedFindings(snapshot.findings, in: snapshot.document, uri: uri)
      guard reported != snapshot.diagnostics else { continue }
      snapshot.diagnostics = reported
      documents[uri]?.snapshot = snapshot
      publishDiagnostics(uri, snapshot)
    }
  }

  /// `workspace/didChangeWatchedFiles`: a side file was created, changed or deleted.
  func didChangeWatchedFiles(_ notification: DidChangeWatchedFilesNotification) {
    for change in notification.changes {
      guard let path = Self.filePath(change.uri), (path as NSString).lastPathComponent == WaiverFile.fileName
      else { continue }
      refreshWaiverFile(path)
    }
  }

  /// `textDocument/didSave`: a save is a good moment to notice a side file edited elsewhere.
  func didSave(_ notification: DidSaveTextDocumentNotification) {
    if let sidePath = Self.waiverFilePath(for: notification.textDocument.uri) { refreshWaiverFile(sidePath) }
  }

  /// Asks the client to tell the server when a side file changes, if it can watch files.
  func watchWaiverFiles() {
    guard clientCapabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration == true else { return }
    let options: JSONValue = .object([
      "watchers": .array([.object(["globPattern": .string("**/" + WaiverFile.fileName)])])
    ])
    sendRequest(
      RegistrationRequest(registrations: [
        .init(id: "report-lsp-waiver-files", method: DidChangeWatchedFilesNotification.method, registerOptions: options)
      ])
    ) { response in
      if case .failure(let error) = response { Log.write("无法注册文件监视：\(error.message)") }
    }
  }

  // MARK: - Recording

  /// The waiver a "忽略此处…" action records, without its reason: what the code action's command carries.
  struct WaiverArguments: Codable, Sendable {
    var uri: String
    var code: String
    var text: String
    var before: String
    var after: String
    var reason: String?
  }

  /// The "忽略此处…" action for one finding: the client asks for the reason and calls `recordWaiver`.
  static func waiveAction(
    for diagnostic: Analysis.Diagnostic, lspDiagnostic: LSPDiagnostic, in document: Document, uri: String
  ) -> CodeAction? {
    guard filePath(uri) != nil else { return nil }
    let waiver = Waiver(for: diagnostic, in: document, reason: "")
    let arguments = WaiverArguments(
      uri: uri, code: waiver.code, text: waiver.text, before: waiver.before, after: waiver.after, reason: nil)
    guard let argument = try? JSONValue.encode(arguments) else { return nil }
    let title = RuleRegistry.rule(code: diagnostic.code).map { "忽略此处…（\($0.code) \($0.title)）" } ?? "忽略此处…"
    return CodeAction(
      title: title, kind: CodeAction.quickFix, diagnostics: [lspDiagnostic], isPreferred: nil, edit: nil,
      command: Command(title: title, command: ServerCommand.waive, arguments: [argument]))
  }

  /// `reportLSP.recordWaiver` (and `reportLSP.waive` sent to the server): adds the waiver to the side file
  /// through `workspace/applyEdit`, or writes the file itself when the client cannot apply that edit.
  /// Answers `{"waiverFile": uri, "path": path}` once the waiver is in force.
  func recordWaiver(_ arguments: WaiverArguments, reason: String, reply: Reply<JSONValue>) {
    guard let reportPath = Self.filePath(arguments.uri) else {
      reply.fail(ResponseError(.invalidParams, "只能为本地文件（file: 地址）记录忽略：\(arguments.uri)"))
      return
    }
    let sidePath = WaiverFile.path(forReport: reportPath)
    var file: WaiverFile
    switch waiverStore.file(at: sidePath).content {
    case .success(let current): file = current
    case .failure(let error):
      reply.fail(ResponseError(.requestFailed, error.message + "；请先修正或删除该文件"))
      return
    }
    file.add(
      Waiver(code: arguments.code, text: arguments.text, before: arguments.before, after: arguments.after, reason: reason),
      forReport: reportPath)
    let sideURI = LintCommand.fileURI(sidePath)
    let content = file.encoded()
    let answer: JSONValue = .object(["waiverFile": .string(sideURI), "path": .string(sidePath)])
    let inForce = { [file] in
      self.waiverStore.record(file, at: sidePath)
      self.refilterDocuments(coveredBy: sidePath)
      reply(answer)
    }
    guard let edit = waiverFileEdit(sidePath: sidePath, sideURI: sideURI, content: content) else {
      switch AtomicFile.write(Data(content.utf8), to: sidePath) {
      case .success: inForce()
      case .failure(let error): reply.fail(ResponseError(.requestFailed, error.message))
      }
      return
    }
    sendRequest(ApplyWorkspaceEditRequest(label: "忽略此处（\(arguments.code)）", edit: edit)) { response in
      switch response {
      case .success(let outcome) where outcome.applied:
        inForce()
      case .success(let outcome):
        let why = outcome.failureReason.map { "：\($0)" } ?? ""
        reply.fail(ResponseError(.requestFailed, "编辑器未写入 \(WaiverFile.fileName)\(why)"))
      case .failure(let error):
        reply.fail(ResponseError(.requestFailed, "编辑器未写入 \(WaiverFile.fileName)：\(error.message)"))
      }
    }
  }

  /// The workspace edit that gives the side file `content`: its whole text replaced, or the file created
  /// with it. Nil when the client cannot apply it (no applyEdit, or a new file without `create` support).
  func waiverFileEdit(sidePath: String, sideURI: String, content: String) -> WorkspaceEdit? {
    guard let workspace = clientCapabilities.workspace, workspace.applyEdit == true else { return nil }
    let usesDocumentChanges = workspace.workspaceEdit?.documentChanges == true
    let identifier = OptionalVersionedTextDocumentIdentifier(uri: sideURI, version: nil)
    let start = Position(line: 0, character: 0)
    if let existing = FileManager.default.contents(atPath: sidePath) {
      let scalars = Array(String(decoding: existing, as: UTF8.self).unicodeScalars)
      let end = LineIndex(scalars: scalars).lineColumn(of: scalars.count, in: encoding)
      let edit = TextEditJSON(
        range: Range(start: start, end: Position(line: end.line, character: end.column)), newText: content)
      if usesDocumentChanges {
        return WorkspaceEdit(documentChanges: [.edit(TextDocumentEdit(textDocument: identifier, edits: [edit]))], changes: nil)
      }
      return WorkspaceEdit(documentChanges: nil, changes: [sideURI: [edit]])
    }
    guard usesDocumentChanges, workspace.workspaceEdit?.resourceOperations?.contains("create") == true else {
      return nil
    }
    return WorkspaceEdit(
      documentChanges: [
        .create(CreateFile(uri: sideURI, options: .init(overwrite: false, ignoreIfExists: true))),
        .edit(
          TextDocumentEdit(
            textDocument: identifier, edits: [TextEditJSON(range: Range(start: start, end: start), newText: content)])),
      ],
      changes: nil)
  }
}
