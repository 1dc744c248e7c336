import Analysis
import Foundation

/// The editor's settings: initializationOptions, then `workspace/configuration` (section `reportLSP`) when
/// the client answers it, else the settings pushed by `workspace/didChangeConfiguration`.
extension LanguageServer {
  func didChangeConfiguration(_ notification: DidChangeConfigurationNotification) {
    // A null `settings` is a pull-model client's "something changed".
    let pushed = notification.settings.flatMap { $0 == .null ? nil : $0 }
    requestConfiguration(pushed: pushed)
  }

  /// Reads the editor's settings: applies `pushed`, then asks with `workspace/configuration` when the client
  /// supports it (an object answer replaces them; a null answer means the client keeps none there).
  /// Pushed settings apply at once, so a request right after the push sees them.
  func requestConfiguration(pushed: JSONValue?) {
    if let pushed { applySettings(pushed, isInitial: false) }
    guard clientCapabilities.workspace?.configuration == true else { return }
    let request = ConfigurationRequest(items: [.init(scopeUri: nil, section: Settings.section)])
    sendRequest(request) { response in
      switch response {
      case .success(let values) where values.first.map({ $0 != .null }) == true:
        self.applySettings(values[0], isInitial: false)
      case .success: break
      case .failure(let error): Log.write("workspace/configuration 失败：\(error.message)")
      }
    }
  }

  /// Reads the editor's settings (a later object replaces the previous one, over the initialization
  /// options) and analyses every open report again with its configuration rebuilt. A relative
  /// `gazetteerPath` is relative to the first workspace folder.
  func applySettings(_ json: JSONValue?, isInitial: Bool) {
    var (parsed, problems) = Settings.parse(json, base: isInitial ? .default : initialSettings)
    if let relative = parsed.gazetteerPath, !relative.hasPrefix("/"), !relative.hasPrefix("~"),
      let folder = workspaceFolders.first
    {
      parsed.gazetteerPath = URL(fileURLWithPath: relative, relativeTo: URL(fileURLWithPath: folder, isDirectory: true))
        .standardizedFileURL.path
    }
    if !problems.isEmpty { showMessage(.warning, "report-lsp 设置有误：" + problems.joined(separator: "；")) }
    if isInitial { initialSettings = parsed }
    let hintsToggled = parsed.inlayHints != settings.inlayHints
    settings = parsed
    configurations.resolved = [:]
    // Resolved now, so the editor's gazetteer starts loading before the first report is opened.
    _ = configuration(configFile: nil)
    for uri in documents.keys { documentChanged(uri) }
    if !isInitial { diagnosticsChangedWithoutEdit() }
    // Hints shown or cleared by the setting appear without an edit; clients re-request them after edits.
    if !isInitial, hintsToggled, clientCapabilities.workspace?.inlayHint?.refreshSupport == true {
      sink.send(OutgoingMessage.request(id: makeOutgoingID("report-lsp"), method: "workspace/inlayHint/refresh"))
    }
  }
}
