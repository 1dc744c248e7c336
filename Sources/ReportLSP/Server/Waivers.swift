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

/// The waiver side files, by path, as the editor holds them. Three sources, in order:
///
/// 1. the editor's buffer, when the editor synchronises the side file (`didOpen`; the server registers
///    for that where the client allows it): exact, with the buffer's version;
/// 2. the text the server's last edit put into the editor's buffer, while the file on disk still has the
///    stamp it had when that edit was applied (an editor may keep the edited buffer unsaved);
/// 3. the file on disk, re-read when its stamp changes. Checking costs one `stat`, so it is done before
///    every publish: an edit made outside the editor takes effect at the next analysis.
struct WaiverStore {
  private struct DiskEntry {
    var stamp: FileStamp?
    var content: Result<WaiverFile, WaiverFileError>
  }

  /// A side file the editor synchronises.
  struct SyncedFile {
    var uri: String
    var version: Int
    var content: Result<WaiverFile, WaiverFileError>
  }

  private var disk: [String: DiskEntry] = [:]
  private var unsaved: [String: (file: WaiverFile, diskStamp: FileStamp?)] = [:]
  private(set) var synced: [String: SyncedFile] = [:]
  /// What `current` returned last, per path: the content in force.
  private var inForce: [String: Result<WaiverFile, WaiverFileError>] = [:]
  /// The problem last reported per path, so a broken file is reported once, not at every analysis.
  private var reported: [String: WaiverFileError] = [:]

  /// The side file at `sidePath` as the editor holds it; `changed` tells whether the content in force
  /// differs from what it was, and `newProblem` is a problem not reported yet.
  mutating func current(at sidePath: String) -> (
    content: Result<WaiverFile, WaiverFileError>, changed: Bool, newProblem: WaiverFileError?
  ) {
    let content: Result<WaiverFile, WaiverFileError>
    if let buffer = synced[sidePath] {
      content = buffer.content
    } else if let edited = unsaved[sidePath], FileStamp.of(sidePath) == edited.diskStamp {
      content = .success(edited.file)
    } else {
      unsaved[sidePath] = nil
      let stamp = FileStamp.of(sidePath)
      if let entry = disk[sidePath], entry.stamp == stamp {
        content = entry.content
      } else {
        content = stamp == nil ? .success(WaiverFile()) : WaiverFile.load(at: sidePath)
        disk[sidePath] = DiskEntry(stamp: stamp, content: content)
      }
    }
    let previous = inForce[sidePath] ?? .success(WaiverFile())
    inForce[sidePath] = content
    var newProblem: WaiverFileError?
    switch content {
    case .failure(let error) where reported[sidePath] != error:
      reported[sidePath] = error
      newProblem = error
    case .failure: break
    case .success: reported[sidePath] = nil
    }
    return (content, content != previous, newProblem)
  }

  /// The content in force at `sidePath` without looking at the disk; nil when it was never read.
  func contentInForce(at sidePath: String) -> Result<WaiverFile, WaiverFileError>? { inForce[sidePath] }

  /// Takes `file` as what the editor holds after it applied the server's edit, saved or not.
  mutating func recordEdit(_ file: WaiverFile, at sidePath: String) {
    unsaved[sidePath] = (file, FileStamp.of(sidePath))
  }

  /// Takes `file` as what the server itself wrote to disk.
  mutating func recordWrite(_ file: WaiverFile, at sidePath: String) {
    unsaved[sidePath] = nil
    disk[sidePath] = DiskEntry(stamp: FileStamp.of(sidePath), content: .success(file))
  }

  /// The editor opened or changed the side file: its buffer is now the source.
  mutating func sync(_ sidePath: String, uri: String, version: Int, text: String) {
    unsaved[sidePath] = nil
    let content = WaiverFile.parse(text: text).mapError { WaiverFileError(message: "\(sidePath) \($0.message)") }
    synced[sidePath] = SyncedFile(uri: uri, version: version, content: content)
  }

  /// The editor closed the side file: the disk is the source again.
  mutating func unsync(_ sidePath: String) { synced[sidePath] = nil }
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

  /// The path of `uri` when it is a waiver side file itself.
  static func sideFilePath(_ uri: String) -> String? {
    guard let path = filePath(uri), (path as NSString).lastPathComponent == WaiverFile.fileName else { return nil }
    return path
  }

  /// The findings no waiver silences, with the side file as last read (read now if it never was).
  func reportedFindings(_ findings: [Analysis.Diagnostic], in document: Document, uri: String)
    -> [Analysis.Diagnostic]
  {
    guard let path = Self.filePath(uri) else { return findings }
    let sidePath = WaiverFile.path(forReport: path)
    guard case .success(let file) = waiverStore.contentInForce(at: sidePath) ?? waiverStore.current(at: sidePath).content
    else { return findings }
    return Waiver.partition(findings, in: document, waivers: file.waivers(forReport: path)).reported
  }

  /// Looks at the side file at `sidePath` again; when its waivers changed, the open reports it covers are
  /// filtered again and re-published. A broken file is reported once, with where it is broken.
  func refreshWaiverFile(_ sidePath: String) {
    let (_, changed, problem) = waiverStore.current(at: sidePath)
    if let problem { showMessage(.warning, problem.message + "；其中的忽略记录暂不生效，修正前也不会写入新的忽略记录") }
    if changed { refilterDocuments(coveredBy: sidePath) }
  }

  /// Filters the current analyses of the open reports covered by `sidePath` again, publishing those
  /// whose reported findings changed.
  func refilterDocuments(coveredBy sidePath: String) {
    var anyChanged = false
    for (uri, document) in documents where Self.waiverFilePath(for: uri) == sidePath {
      guard var snapshot = document.currentSnapshot else { continue }  // Its analysis will filter it.
      let reported = reportedFindings(snapshot.findings, in: snapshot.document, uri: uri)
      guard reported != snapshot.diagnostics else { continue }
      snapshot.diagnostics = reported
      documents[uri]?.snapshot = snapshot
      publishDiagnostics(uri, snapshot)
      anyChanged = true
    }
    if anyChanged { diagnosticsChangedWithoutEdit() }
  }

  // MARK: - The side file in the editor

  /// `didOpen` of a side file (the client synchronises it): its buffer is now where waivers are read and
  /// written.
  func openSideFile(_ path: String, _ item: TextDocumentItem) {
    waiverStore.sync(path, uri: item.uri, version: item.version, text: item.text)
    sideFiles[item.uri] = OpenDocument(uri: item.uri, version: item.version, text: item.text, generation: 0)
    refreshWaiverFile(path)
  }

  func changeSideFile(_ path: String, _ notification: DidChangeTextDocumentNotification) {
    let identifier = notification.textDocument
    guard var document = sideFiles[identifier.uri], identifier.version > document.version else { return }
    document.apply(notification.contentChanges, version: identifier.version, encoding: encoding)
    sideFiles[identifier.uri] = document
    waiverStore.sync(path, uri: identifier.uri, version: identifier.version, text: document.text)
    refreshWaiverFile(path)
  }

  func closeSideFile(_ path: String, uri: String) {
    sideFiles[uri] = nil
    waiverStore.unsync(path)
    refreshWaiverFile(path)
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

  /// A waiver command waiting for the one before it to finish.
  struct WaiverJob: Sendable {
    var arguments: WaiverArguments
    var reason: String
    var reply: Reply<JSONValue>
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

  /// `reportLSP.recordWaiver` (and `reportLSP.waive` sent to the server): adds the waiver to the side file.
  /// Commands run one at a time: each is computed against the side file as the editor holds it after the
  /// previous one was applied, so two waivers recorded back to back both land.
  func recordWaiver(_ arguments: WaiverArguments, reason: String, reply: Reply<JSONValue>) {
    waiverJobs.append(WaiverJob(arguments: arguments, reason: reason, reply: reply))
    if !isRecordingWaiver { recordNextWaiver() }
  }

  private func recordNextWaiver() {
    guard !waiverJobs.isEmpty else {
      isRecordingWaiver = false
      return
    }
    isRecordingWaiver = true
    let job = waiverJobs.removeFirst()
    record(job) { self.recordNextWaiver() }
  }

  /// Splices the waiver into the side file and has the editor apply the whole new text through
  /// `workspace/applyEdit` (versioned when the editor synchronises the file), or writes the file itself
  /// when the client cannot apply that edit. A broken side file is never overwritten. Answers
  /// `{"waiverFile": uri, "path": path}` once the waiver is in force; calls `done` exactly once.
  private func record(_ job: WaiverJob, done: @escaping () -> Void) {
    let reply = job.reply
    guard let reportPath = Self.filePath(job.arguments.uri) else {
      reply.fail(ResponseError(.invalidParams, "只能为本地文件（file: 地址）记录忽略：\(job.arguments.uri)"))
      return done()
    }
    let sidePath = WaiverFile.path(forReport: reportPath)
    var file: WaiverFile
    let (content, changed, problem) = waiverStore.current(at: sidePath)
    if changed { refilterDocuments(coveredBy: sidePath) }
    switch content {
    case .success(let current): file = current
    case .failure(let error):
      if problem != nil { showMessage(.warning, error.message + "；其中的忽略记录暂不生效") }
      reply.fail(ResponseError(.requestFailed, error.message + "；请先修正该文件，本次未写入"))
      return done()
    }
    let base = file.text
    let arguments = job.arguments
    let waiver = Waiver(
      code: arguments.code, text: arguments.text, before: arguments.before, after: arguments.after, reason: job.reason)
    if case .failure(let error) = file.add(waiver, forReport: reportPath) {
      reply.fail(ResponseError(.requestFailed, "\(sidePath) \(error.message)；请先修正该文件，本次未写入"))
      return done()
    }
    let synced = waiverStore.synced[sidePath]
    let sideURI = synced?.uri ?? LintCommand.fileURI(sidePath)
    let answer: JSONValue = .object(["waiverFile": .string(sideURI), "path": .string(sidePath)])
    guard
      let edit = waiverFileEdit(
        sidePath: sidePath, sideURI: sideURI, version: synced?.version, base: base, content: file.text)
    else {
      switch AtomicFile.write(Data(file.text.utf8), to: sidePath) {
      case .success:
        waiverStore.recordWrite(file, at: sidePath)
        _ = waiverStore.current(at: sidePath)
        refilterDocuments(coveredBy: sidePath)
        reply(answer)
      case .failure(let error): reply.fail(ResponseError(.requestFailed, error.message))
      }
      return done()
    }
    sendRequest(ApplyWorkspaceEditRequest(label: "忽略此处（\(arguments.code)）", edit: edit)) { [file] response in
      switch response {
      case .success(let outcome) where outcome.applied:
        // A synchronised buffer reports its new text by didChange; otherwise the server remembers it.
        if self.waiverStore.synced[sidePath] == nil { self.waiverStore.recordEdit(file, at: sidePath) }
        _ = self.waiverStore.current(at: sidePath)
        self.refilterDocuments(coveredBy: sidePath)
        reply(answer)
      case .success(let outcome):
        let why = outcome.failureReason.map { "：\($0)" } ?? ""
        reply.fail(ResponseError(.requestFailed, "编辑器未写入 \(WaiverFile.fileName)\(why)"))
      case .failure(let error):
        reply.fail(ResponseError(.requestFailed, "编辑器未写入 \(WaiverFile.fileName)：\(error.message)"))
      }
      done()
    }
  }

  /// The workspace edit that turns the side file's `base` text (as the editor holds it) into `content`: the
  /// whole of `base` replaced, against the buffer's `version` when the editor synchronises the file, or
  /// the file created when there is none. Nil when the client cannot apply it (no applyEdit, or a new
  /// file without `create` support).
  func waiverFileEdit(sidePath: String, sideURI: String, version: Int?, base: String, content: String)
    -> WorkspaceEdit?
  {
    guard let workspace = clientCapabilities.workspace, workspace.applyEdit == true else { return nil }
    let usesDocumentChanges = workspace.workspaceEdit?.documentChanges == true
    let identifier = OptionalVersionedTextDocumentIdentifier(uri: sideURI, version: version)
    let start = Position(line: 0, character: 0)
    let exists = version != nil || !base.isEmpty || FileManager.default.fileExists(atPath: sidePath)
    if exists {
      let scalars = Array(base.unicodeScalars)
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
