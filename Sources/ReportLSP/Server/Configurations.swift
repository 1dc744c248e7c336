import Analysis
import Foundation

/// The settings that apply to one open report and the linter built from them.
struct DocumentConfiguration: Sendable {
  /// The `.reportlsp.json` that applies, if any: the key under which the configuration is kept.
  var path: String?
  var settings: Settings
  var linter: Linter
  /// The gazetteer file the linter's gazetteer was read from, and its stamp when read.
  var gazetteerSource: GazetteerKey?
}

/// A gazetteer file as of one modification: what the loaded gazetteers are cached by.
struct GazetteerKey: Hashable, Sendable {
  var path: String
  var stamp: FileStamp?

  static func == (lhs: GazetteerKey, rhs: GazetteerKey) -> Bool { lhs.path == rhs.path && lhs.stamp == rhs.stamp }
  func hash(into hasher: inout Hasher) { hasher.combine(path) }
}

/// The configuration files and gazetteers the server has read.
///
/// Each open report gets the editor's settings with the nearest `.reportlsp.json` above it read over them:
/// the keys the file sets win, the others keep the editor's value (see `ConfigFile`). Files are read once
/// and again when they change (a watched-file event, or a save). Gazetteers are loaded off the message
/// loop and cached by path and modification time; until a new one is ready, the previous one stays in use.
struct ConfigurationStore {
  /// The nearest configuration file per folder (nil: none up to the root).
  var nearestByDirectory: [String: String?] = [:]
  /// The JSON of each configuration file read, with its stamp.
  var files: [String: (stamp: FileStamp?, content: Result<JSONValue, ConfigFileError>)] = [:]
  /// The configuration per file path ("" for reports under no file): dropped when it must be rebuilt.
  var resolved: [String: DocumentConfiguration] = [:]
  /// The gazetteer each configuration used last, kept while its replacement loads.
  var previousGazetteers: [String: (source: GazetteerKey, gazetteer: Gazetteer?)] = [:]
  /// Gazetteers loaded, by path (one version per path).
  var gazetteers: [String: (key: GazetteerKey, gazetteer: Gazetteer?)] = [:]
  /// Gazetteers being loaded.
  var loading: Set<GazetteerKey> = []
}

extension LanguageServer {
  // MARK: - The configuration of a report

  /// The configuration of the report at `uri`, built now if needed.
  func configuration(for uri: String) -> DocumentConfiguration {
    configuration(configFile: Self.filePath(uri).flatMap { nearestConfigFile(from: ($0 as NSString).deletingLastPathComponent) })
  }

  /// The configuration of the reports under the configuration file at `path` (nil: under none).
  func configuration(configFile path: String?) -> DocumentConfiguration {
    let key = path ?? ""
    if let resolved = configurations.resolved[key] { return resolved }
    let made = makeConfiguration(path: path)
    configurations.resolved[key] = made
    return made
  }

  private func nearestConfigFile(from directory: String) -> String? {
    if let cached = configurations.nearestByDirectory[directory] { return cached }
    let found = ConfigFile.nearest(from: directory)
    configurations.nearestByDirectory[directory] = found
    return found
  }

  /// The editor's settings with the file at `path` over them, and the linter for them.
  private func makeConfiguration(path: String?) -> DocumentConfiguration {
    var settings = settings
    if let path {
      switch configFileContent(path) {
      case .success(let json): settings = ConfigFile.settings(from: json, path: path, base: settings).settings
      case .failure: break  // Reported when read; the editor's settings apply.
      }
    }
    let key = path ?? ""
    var gazetteer: Gazetteer?
    var source: GazetteerKey?
    if let gazetteerPath = settings.gazetteerPath.map({ NSString(string: $0).expandingTildeInPath }) {
      let wanted = GazetteerKey(path: gazetteerPath, stamp: FileStamp.of(gazetteerPath))
      if let cached = configurations.gazetteers[gazetteerPath], cached.key == wanted {
        (source, gazetteer) = (wanted, cached.gazetteer)
      } else {
        loadGazetteer(wanted)
        // Until it is ready, the gazetteer this configuration had stays in use.
        if let previous = configurations.previousGazetteers[key] { (source, gazetteer) = previous }
      }
    }
    if let source { configurations.previousGazetteers[key] = (source, gazetteer) }
    return DocumentConfiguration(
      path: path, settings: settings, linter: Linter(configuration: settings.configuration, gazetteer: gazetteer),
      gazetteerSource: source)
  }

  /// The JSON of the configuration file at `path`, read when first needed or changed on disk; its
  /// problems are shown once per read.
  private func configFileContent(_ path: String) -> Result<JSONValue, ConfigFileError> {
    let stamp = FileStamp.of(path)
    if let known = configurations.files[path], known.stamp == stamp { return known.content }
    let content = ConfigFile.read(at: path)
    configurations.files[path] = (stamp, content)
    switch content {
    case .success(let json):
      let problems = ConfigFile.settings(from: json, path: path, base: .default).problems
      if !problems.isEmpty { showMessage(.warning, "report-lsp 设置有误：" + problems.joined(separator: "；")) }
    case .failure(let error):
      showMessage(.warning, error.message + "；该文件暂不生效，使用编辑器的设置")
    }
    return content
  }

  // MARK: - Gazetteers, off the message loop

  /// Starts loading the gazetteer `key` on a background thread unless it is loading already.
  private func loadGazetteer(_ key: GazetteerKey) {
    guard !configurations.loading.contains(key) else { return }
    configurations.loading.insert(key)
    DispatchQueue.global(qos: .utility).async {
      let result = GazetteerLoader.load(path: key.path)
      Task { await self.gazetteerLoaded(key, result) }
    }
  }

  /// A gazetteer finished loading: it replaces the previous one in every configuration that names it,
  /// whose reports are analysed again. A problem is shown once per version of the file.
  func gazetteerLoaded(_ key: GazetteerKey, _ result: Result<GazetteerLoader.Loaded, GazetteerLoader.LoadError>) {
    configurations.loading.remove(key)
    guard lifecycle == .running else { return }
    var gazetteer: Gazetteer?
    switch result {
    case .success(let loaded):
      gazetteer = loaded.gazetteer
      if let warning = loaded.warning { showMessage(.warning, warning) }
    case .failure(let error):
      showMessage(.warning, "\(error)；继续运行，但不按区划表检查乡镇名称")
    }
    configurations.gazetteers[key.path] = (key, gazetteer)
    var rebuilt: Set<String> = []
    for (name, configuration) in configurations.resolved
    where configuration.settings.gazetteerPath.map({ NSString(string: $0).expandingTildeInPath }) == key.path
      && configuration.gazetteerSource != key
    {
      configurations.resolved[name] = nil
      configurations.previousGazetteers[name] = (key, gazetteer)
      rebuilt.insert(name)
    }
    reanalyse { rebuilt.contains($0) }
  }

  /// Analyses again the open reports whose configuration key passes `affected`, with their configuration
  /// resolved anew; in pull mode the client is asked to pull again.
  func reanalyse(where affected: (String) -> Bool) {
    var any = false
    for uri in documents.keys {
      let key = Self.filePath(uri).flatMap { nearestConfigFile(from: ($0 as NSString).deletingLastPathComponent) } ?? ""
      guard affected(key) else { continue }
      documentChanged(uri)
      any = true
    }
    if any { diagnosticsChangedWithoutEdit() }
  }

  // MARK: - Watching files

  /// After `initialized`: asks the client to watch the configuration and waiver files, to synchronise
  /// waiver files it opens, and to announce configuration changes, as far as it can register them; then
  /// reads the editor's settings with `workspace/configuration` if the client answers it.
  func initialized() {
    var registrations: [RegistrationRequest.Registration] = []
    let workspace = clientCapabilities.workspace
    if workspace?.didChangeWatchedFiles?.dynamicRegistration == true {
      let watchers: [JSONValue] = [ConfigFile.fileName, WaiverFile.fileName].map {
        .object(["globPattern": .string("**/" + $0)])
      }
      registrations.append(
        .init(
          id: "report-lsp-watched-files", method: DidChangeWatchedFilesNotification.method,
          registerOptions: .object(["watchers": .array(watchers)])))
    }
    if clientCapabilities.textDocument?.synchronization?.dynamicRegistration == true {
      let selector: JSONValue = .array([.object(["pattern": .string("**/" + WaiverFile.fileName)])])
      for method in [DidOpenTextDocumentNotification.method, DidCloseTextDocumentNotification.method] {
        registrations.append(
          .init(id: "report-lsp-waiver-\(method)", method: method, registerOptions: .object(["documentSelector": selector])))
      }
      registrations.append(
        .init(
          id: "report-lsp-waiver-didChange", method: DidChangeTextDocumentNotification.method,
          registerOptions: .object(["documentSelector": selector, "syncKind": .number(2)])))
    }
    if workspace?.configuration == true, workspace?.didChangeConfiguration?.dynamicRegistration == true {
      registrations.append(
        .init(
          id: "report-lsp-configuration", method: DidChangeConfigurationNotification.method,
          registerOptions: .object(["section": .string(Settings.section)])))
    }
    if !registrations.isEmpty {
      sendRequest(RegistrationRequest(registrations: registrations)) { response in
        if case .failure(let error) = response { Log.write("无法注册：\(error.message)") }
      }
    }
    requestConfiguration(pushed: nil)
  }

  /// `workspace/didChangeWatchedFiles`: a configuration or waiver file was created, changed or deleted.
  func didChangeWatchedFiles(_ notification: DidChangeWatchedFilesNotification) {
    var configChanged = false
    for change in notification.changes {
      guard let path = Self.filePath(change.uri) else { continue }
      switch (path as NSString).lastPathComponent {
      case WaiverFile.fileName: refreshWaiverFile(path)
      case ConfigFile.fileName: configChanged = true
      default: continue
      }
    }
    if configChanged { configFilesChanged() }
  }

  /// `textDocument/didSave`: a save is when a side file or a configuration file edited elsewhere is noticed
  /// by clients that do not watch files.
  func didSave(_ notification: DidSaveTextDocumentNotification) {
    let uri = notification.textDocument.uri
    if let sidePath = Self.sideFilePath(uri) ?? Self.waiverFilePath(for: uri) { refreshWaiverFile(sidePath) }
    configFilesChanged()
  }

  /// Some configuration file may have been created, changed or deleted: the reports whose file or its
  /// content changed are analysed again.
  func configFilesChanged() {
    let before = documents.keys.map { ($0, configuration(for: $0)) }
    configurations.nearestByDirectory = [:]
    var changedPaths: Set<String> = []
    for (path, known) in configurations.files where FileStamp.of(path) != known.stamp {
      changedPaths.insert(path)
    }
    for path in changedPaths {
      configurations.files[path] = nil
      configurations.resolved[path] = nil
    }
    var stale: Set<String> = []
    for (uri, old) in before {
      let new = configuration(for: uri)
      if old.path != new.path || changedPaths.contains(old.path ?? "") { stale.insert(uri) }
    }
    guard !stale.isEmpty else { return }
    for uri in stale { documentChanged(uri) }
    diagnosticsChangedWithoutEdit()
  }

  // MARK: - Pull diagnostics refresh

  /// Findings changed without an edit (waivers, configuration, a gazetteer loaded): a pull client is asked
  /// to pull again (push clients get them published). Several changes in one turn send one request.
  func diagnosticsChangedWithoutEdit() {
    guard usesPullDiagnostics, !isRefreshScheduled else { return }
    isRefreshScheduled = true
    Task {
      await self.sendDiagnosticRefresh()
    }
  }

  private func sendDiagnosticRefresh() {
    isRefreshScheduled = false
    guard lifecycle == .running else { return }
    sink.send(OutgoingMessage.request(id: makeOutgoingID("report-lsp"), method: "workspace/diagnostic/refresh"))
  }
}
