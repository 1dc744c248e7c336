import Analysis
import Foundation

/// Settings from initializationOptions and workspace/didChangeConfiguration.
extension LanguageServer {
  func didChangeConfiguration(_ notification: DidChangeConfigurationNotification) {
    // A null `settings` is a pull-model client's "something changed": nothing to read here.
    guard let json = notification.settings, json != .null else { return }
    applySettings(json, isInitial: false)
  }

  /// Reads settings (a pushed object replaces the previous one, over the initialization options), loads
  /// the gazetteer, and re-analyses every open document.
  func applySettings(_ json: JSONValue?, isInitial: Bool) {
    let (parsed, problems) = Settings.parse(json, base: isInitial ? .default : initialSettings)
    if !problems.isEmpty { showMessage(.warning, "report-lsp 设置有误：" + problems.joined(separator: "；")) }
    if isInitial { initialSettings = parsed }
    // Every push reloads the gazetteer, so fixing the file and saving the settings again takes effect.
    var gazetteer: Gazetteer?
    if let path = parsed.gazetteerPath {
      switch GazetteerLoader.load(path: NSString(string: path).expandingTildeInPath) {
      case .success(let loaded): gazetteer = loaded
      case .failure(let error): showMessage(.warning, "\(error)；继续运行，但不检查乡镇名称")
      }
    }
    let hintsToggled = parsed.inlayHints != settings.inlayHints
    settings = parsed
    linter = Linter(configuration: parsed.configuration, gazetteer: gazetteer)
    for uri in documents.keys { documentChanged(uri) }
    // Hints shown or cleared by the setting appear without an edit; clients re-request them after edits.
    if !isInitial, hintsToggled, clientCapabilities.workspace?.inlayHint?.refreshSupport == true {
      sink.send(OutgoingMessage.request(id: makeOutgoingID("report-lsp"), method: "workspace/inlayHint/refresh"))
    }
  }
}
