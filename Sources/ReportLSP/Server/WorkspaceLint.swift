import Analysis
import Foundation

/// `reportLSP.lintWorkspace`: every report under the workspace folders, walked and linted by the CLI's
/// pipeline (InputCollector, LintCommand.jobs, LintCommand.lint) with the editor's settings, off the actor,
/// with `$/progress` when the client shows it.
extension LanguageServer {
  /// The folders of `initialize`: `workspaceFolders`, else `rootUri`, else `rootPath`; file: URIs only.
  static func folders(of request: InitializeRequest) -> [String] {
    if let folders = request.workspaceFolders, !folders.isEmpty { return folders.compactMap { filePath($0.uri) } }
    if let root = request.rootUri { return filePath(root).map { [$0] } ?? [] }
    if let root = request.rootPath, !root.isEmpty { return [root] }
    return []
  }

  func lintWorkspace(workDoneToken: JSONValue?, reply: Reply<JSONValue>) {
    guard !workspaceFolders.isEmpty else {
      reply.fail(ResponseError(.requestFailed, "没有打开工作区文件夹，无从检查"))
      return
    }
    if let workDoneToken {
      runWorkspaceLint(progressToken: workDoneToken, reply: reply)
    } else if clientCapabilities.window?.workDoneProgress == true {
      let token = makeOutgoingID("reportLSP/lintWorkspace")
      sendRequest(WorkDoneProgressCreateRequest(token: token)) { response in
        // A client that refuses the token still gets the diagnostics, without progress.
        let created = (try? response.get()) != nil
        self.runWorkspaceLint(progressToken: created ? token : nil, reply: reply)
      }
    } else {
      runWorkspaceLint(progressToken: nil, reply: reply)
    }
  }

  private func runWorkspaceLint(progressToken: JSONValue?, reply: Reply<JSONValue>) {
    let progress = WorkspaceLintProgress(token: progressToken, sink: sink)
    progress.begin()
    let folders = workspaceFolders
    let editorSettings = settings
    let encoding = encoding
    // Dispatch, not the cooperative pool: the lint blocks its thread (parallelMap) until every file is done.
    DispatchQueue.global(qos: .utility).async {
      let outcome = WorkspaceLint.run(
        folders: folders, editorSettings: editorSettings, encoding: encoding, progress: progress)
      Task { await self.finishWorkspaceLint(outcome, progress: progress, reply: reply) }
    }
  }

  private func finishWorkspaceLint(
    _ outcome: WorkspaceLint.Outcome, progress: WorkspaceLintProgress, reply: Reply<JSONValue>
  ) {
    guard lifecycle != .exited else { return }
    // An open report's diagnostics come from its buffer, which may differ from the file on disk.
    let open = Set(documents.keys.compactMap(Self.filePath))
    for file in outcome.files where !open.contains(file.path) {
      send(PublishDiagnosticsNotification(uri: file.uri, version: nil, diagnostics: file.diagnostics))
    }
    let findings = outcome.files.reduce(0) { $0 + $1.diagnostics.count }
    progress.end("已检查 \(outcome.files.count) 个文件，发现 \(findings) 个问题")
    if !outcome.errors.isEmpty {
      showMessage(.warning, "检查工作区时有 \(outcome.errors.count) 处错误：" + outcome.errors.prefix(5).joined(separator: "；"))
    }
    reply(
      .object([
        "files": .number(Double(outcome.files.count)), "findings": .number(Double(findings)),
        "errors": .array(outcome.errors.map(JSONValue.string)),
      ]))
  }
}

/// The walk and lint of `reportLSP.lintWorkspace`, independent of the server's state.
enum WorkspaceLint {
  struct File: Sendable {
    var path: String
    var uri: String
    var diagnostics: [LSPDiagnostic]
  }

  struct Outcome: Sendable {
    /// The reports that could be read, in path order.
    var files: [File]
    /// Unreadable reports and broken side files, in Chinese.
    var errors: [String]
  }

  /// Lints every `.txt`/`.md` file under `folders` (hidden folders skipped, waivers applied) with the
  /// editor's settings and each report's nearest `.reportlsp.json` over them, as open reports are,
  /// reporting each finished file to `progress`. Blocks until done.
  static func run(
    folders: [String], editorSettings: Settings, encoding: ColumnUnit, progress: WorkspaceLintProgress
  ) -> Outcome {
    var walk = LintOptions()
    walk.inputs = folders
    // Editors show text reports; a Word document's findings have no place in its buffer.
    walk.includes = LintOptions.textIncludes
    let options = walk
    let (inputs, inputErrors) = InputCollector(options: options).collect(options, currentDirectory: "/")
    let resolver = ConfigurationResolver(options: options, currentDirectory: "/", base: editorSettings)
    let (jobs, jobErrors) = LintCommand.jobs(
      for: inputs, currentDirectory: "/", usesWaivers: true, readInput: { nil },
      configuration: resolver.configuration(forDirectory:))
    progress.start(total: jobs.count)
    let results = parallelMap(jobs) { job in
      defer { progress.advance() }
      return LintCommand.lint(job, options: options, currentDirectory: "/")
    }
    var files: [File] = []
    var errors = inputErrors + jobErrors + resolver.problems
    for result in results {
      if let error = result.error { errors.append(error) }
      guard let document = result.document, case .file(let given) = result.input else { continue }
      let path = InputCollector.absolute(given, in: "/")
      let diagnostics = result.diagnostics.map {
        Conversion.diagnostic(
          $0, in: document, uri: result.uri, encoding: encoding, ruleDocsURL: result.ruleDocsURL)
      }
      files.append(File(path: path, uri: result.uri, diagnostics: diagnostics))
    }
    return Outcome(files: files, errors: errors)
  }
}

/// `$/progress` of one workspace lint, sent from the worker threads; a percentage is sent once.
/// (NSLock rather than Mutex, like ProgressLine: Mutex needs macOS 15.)
final class WorkspaceLintProgress: @unchecked Sendable {
  private let token: JSONValue?
  private let sink: any MessageSink
  private let lock = NSLock()
  private var total = 0
  private var done = 0
  private var lastPercentage = -1

  init(token: JSONValue?, sink: any MessageSink) {
    self.token = token
    self.sink = sink
  }

  func begin() { send(.begin("检查工作区报告")) }

  func start(total: Int) {
    lock.lock()
    defer { lock.unlock() }
    self.total = total
  }

  /// Counts one finished file.
  func advance() {
    // Sent under the lock, so reports leave in increasing order.
    lock.lock()
    defer { lock.unlock() }
    done += 1
    let percentage = done * 100 / max(total, 1)
    guard percentage != lastPercentage else { return }
    lastPercentage = percentage
    send(.report("\(done)/\(total)", percentage: percentage))
  }

  func end(_ message: String) { send(.end(message)) }

  private func send(_ value: WorkDoneProgress) {
    guard let token, let body = OutgoingMessage.notification(ProgressNotification(token: token, value: value)) else {
      return
    }
    sink.send(body)
  }
}
