import Analysis
import Foundation

/// The settings that apply to one report and the linter built from them.
struct ResolvedConfiguration: Sendable {
  var settings: Settings
  var linter: Linter
  /// The configuration file used, if any.
  var path: String?
}

/// Finds `.reportlsp.json` by walking up from each report's folder (the nearest one wins, as in ruff),
/// reads it with `Settings.parse`, and loads its gazetteer. Each file and gazetteer is read once.
final class ConfigurationResolver {
  static let fileName = ConfigFile.fileName

  private let options: LintOptions
  /// The settings a configuration file is read over (the defaults; the editor's, for the server's workspace lint).
  private let base: Settings
  private let currentDirectory: String
  private var byDirectory: [String: String?] = [:]
  private var byConfigPath: [String: ResolvedConfiguration] = [:]
  private var gazetteers: [String: Gazetteer?] = [:]
  private var defaultConfiguration: ResolvedConfiguration?
  /// Problems found so far, in Chinese, each naming its file and key.
  private(set) var problems: [String] = []

  init(options: LintOptions, currentDirectory: String, base: Settings = .default) {
    self.options = options
    self.base = base
    self.currentDirectory = currentDirectory
  }

  /// The configuration for a report in `directory` (absolute).
  func configuration(forDirectory directory: String) -> ResolvedConfiguration {
    if let explicit = options.configPath {
      return configuration(at: InputCollector.absolute(explicit, in: currentDirectory))
    }
    guard options.usesConfigFiles, let found = configPath(from: directory) else {
      if let defaultConfiguration { return defaultConfiguration }
      let made = make(settings: base, gazetteerBase: currentDirectory, path: nil)
      defaultConfiguration = made
      return made
    }
    return configuration(at: found)
  }

  private func configPath(from directory: String) -> String? {
    if let cached = byDirectory[directory] { return cached }
    let candidate = directory == "/" ? "/" + Self.fileName : directory + "/" + Self.fileName
    let found: String?
    if FileManager.default.fileExists(atPath: candidate) {
      found = candidate
    } else if directory == "/" || directory.isEmpty {
      found = nil
    } else {
      found = configPath(from: (directory as NSString).deletingLastPathComponent)
    }
    byDirectory[directory] = found
    return found
  }

  private func configuration(at path: String) -> ResolvedConfiguration {
    if let cached = byConfigPath[path] { return cached }
    let directory = (path as NSString).deletingLastPathComponent
    var settings = base
    switch ConfigFile.read(at: path) {
    case .success(let json):
      let (parsed, found) = ConfigFile.settings(from: json, path: path, base: base)
      settings = parsed
      problems.append(contentsOf: found)
    case .failure(let error):
      problems.append(error.message + "，已使用默认设置")
    }
    let resolved = make(settings: settings, gazetteerBase: directory, path: path)
    byConfigPath[path] = resolved
    return resolved
  }

  /// Builds the linter; a relative gazetteer path is relative to the configuration file, and
  /// `--gazetteer` on the command line wins over the file.
  private func make(settings: Settings, gazetteerBase: String, path: String?) -> ResolvedConfiguration {
    var settings = settings
    if let cliPath = options.gazetteerPath {
      settings.gazetteerPath = InputCollector.absolute(cliPath, in: currentDirectory)
    } else if let relative = settings.gazetteerPath {
      settings.gazetteerPath = InputCollector.absolute(relative, in: gazetteerBase)
    }
    var gazetteer: Gazetteer?
    if let gazetteerPath = settings.gazetteerPath { gazetteer = loadGazetteer(at: gazetteerPath, configPath: path) }
    return ResolvedConfiguration(
      settings: settings, linter: Linter(configuration: settings.configuration, gazetteer: gazetteer), path: path)
  }

  private func loadGazetteer(at path: String, configPath: String?) -> Gazetteer? {
    if let cached = gazetteers[path] { return cached }
    var loaded: Gazetteer?
    switch GazetteerLoader.load(path: path) {
    case .success(let result):
      loaded = result.gazetteer
      if let warning = result.warning { problems.append(configPath.map { "配置文件 \($0): \(warning)" } ?? warning) }
    case .failure(let error):
      problems.append(configPath.map { "配置文件 \($0): 设置项 gazetteerPath: \(error)" } ?? "\(error)")
    }
    gazetteers[path] = loaded
    return loaded
  }
}
