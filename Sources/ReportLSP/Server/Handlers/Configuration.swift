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
  /// the gazetteer when its path changed, and re-analyses every open document.
  func applySettings(_ json: JSONValue?, isInitial: Bool) {
    let (parsed, problems) = Settings.parse(json, base: isInitial ? .default : initialSettings)
    if !problems.isEmpty { showMessage(.warning, "report-lsp 设置有误：" + problems.joined(separator: "；")) }
    if isInitial { initialSettings = parsed }
    var gazetteer = linter.gazetteer
    if isInitial || parsed.gazetteerPath != settings.gazetteerPath {
      gazetteer = nil
      if let path = parsed.gazetteerPath {
        switch GazetteerLoader.load(path: NSString(string: path).expandingTildeInPath) {
        case .success(let loaded): gazetteer = loaded
        case .failure(let error): showMessage(.warning, "\(error)；继续运行，但不检查乡镇名称")
        }
      }
    }
    let changed = isInitial || parsed != settings || gazetteer?.entries.count != linter.gazetteer?.entries.count
    settings = parsed
    linter = Linter(configuration: parsed.configuration, gazetteer: gazetteer)
    guard changed else { return }
    for uri in documents.keys { documentChanged(uri) }
  }
}
