import Analysis
import Foundation

/// The user's settings: one flat JSON object with the same keys wherever it comes from
/// (LSP initializationOptions, workspace/didChangeConfiguration under `reportLSP`, the command line).
struct Settings: Equatable, Sendable {
  /// Path of the township gazetteer CSV.
  var gazetteerPath: String?
  /// Delay before analysing after an edit, in milliseconds.
  var debounceMs: Int = 50
  /// Rule codes that do not run.
  var disabledRules: Set<String> = []

  static let `default` = Settings()

  /// The keys this version understands.
  static let knownKeys: Set<String> = ["gazetteerPath", "debounceMs", "disabledRules"]

  /// Reads settings from a JSON object, starting from `base`. Keys with a wrong type are reported in
  /// `problems` (in Chinese) and keep their value from `base`; unknown keys are reported too.
  static func parse(_ json: JSONValue?, base: Settings = .default) -> (Settings, [String]) {
    var settings = base
    var problems: [String] = []
    guard let json else { return (settings, problems) }
    var object: [String: JSONValue]
    switch json {
    case .object(let value): object = value
    case .null: return (settings, problems)
    default: return (settings, ["设置应为 JSON 对象，已使用默认值"])
    }
    // Editors may nest the section: {"reportLSP": {...}}.
    if let nested = object["reportLSP"]?.objectValue { object = nested }
    for (key, value) in object {
      switch key {
      case "gazetteerPath":
        if case .null = value {
          settings.gazetteerPath = nil
        } else if let path = value.stringValue {
          settings.gazetteerPath = path.isEmpty ? nil : path
        } else {
          problems.append("设置项 gazetteerPath 应为字符串")
        }
      case "debounceMs":
        if let number = value.doubleValue, number >= 0, number <= 10_000 {
          settings.debounceMs = Int(number)
        } else {
          problems.append("设置项 debounceMs 应为 0 到 10000 之间的数字")
        }
      case "disabledRules":
        if let codes = value.arrayValue?.compactMap(\.stringValue), codes.count == value.arrayValue?.count {
          settings.disabledRules = Set(codes.map { RuleRegistry.redirects[$0] ?? $0 })
        } else {
          problems.append("设置项 disabledRules 应为规则代码组成的数组")
        }
      default:
        problems.append("未知的设置项 \(key)，已忽略")
      }
    }
    return (settings, problems)
  }

  /// The engine configuration these settings describe.
  var configuration: Configuration { Configuration(disabledRules: disabledRules) }
}
