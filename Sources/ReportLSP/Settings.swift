import Analysis
import Foundation

/// The user's settings: one flat JSON object with the same keys wherever it comes from
/// (LSP initializationOptions, workspace/didChangeConfiguration under `reportLSP`, `.reportlsp.json`).
///
/// Keys (all optional):
/// - `disabledRules`: codes or code prefixes that do not run (`["L106", "S"]`).
/// - `enabledRules`: when given, only these codes or prefixes run (then `disabledRules` is subtracted).
/// - `severity`: severity per code or prefix, `error`/`warning`/`info`/`hint`, or `off` to disable.
/// - `gazetteerPath`: township gazetteer CSV (relative paths are resolved by the caller).
/// - `gradeScale`: lowest score of each grade, e.g. `{"优": 90, "良": 80, "中": 60, "差": 0}`.
/// - `tolerance`: extra slack arithmetic checks accept beyond rounding, in units of the last digit written.
/// - `extraConfusables`: more confusable words, wrong → right (`{"布署": "部署"}`).
/// - `extraTerms`: more fixed terms, wrong form → right form (`{"两不愁两保障": "两不愁三保障"}`).
/// - `requiredSections`: titles of the sections a report must have, in order (the S103 template).
/// - `ruleDocsURL`: base URL of the rule documentation linked from each diagnostic.
/// - `debounceMs`, `inlayHints` (off unless `true`): server behaviour.
/// - `serverPath`, `trace`: read by editor clients only; accepted and ignored here.
struct Settings: Equatable, Sendable {
  /// Path of the township gazetteer CSV.
  var gazetteerPath: String?
  /// Delay before analysing after an edit, in milliseconds.
  var debounceMs: Int = 50
  /// Codes or code prefixes of rules that do not run.
  var disabledRules: Set<String> = []
  /// When set, only rules matching these codes or prefixes run.
  var enabledRules: Set<String>?
  /// Severity per code or prefix; `nil` means "off".
  var severity: [String: Severity?] = [:]
  /// Grade names with the lowest score that earns them, best grade first.
  var gradeScale: [GradeBand]?
  /// Extra slack for arithmetic checks, in units of the last digit written.
  var tolerance: Double?
  /// Extra confusable words: wrong → right.
  var extraConfusables: [String: String] = [:]
  /// Extra fixed terms: wrong form → right form.
  var extraTerms: [String: String] = [:]
  /// Section titles every report must contain, in order.
  var requiredSections: [String]?
  /// Whether the server sends inlay hints (recomputed values next to stated ones).
  var inlayHints: Bool = false
  /// Base URL of docs/rules.md; each diagnostic links to `<base>#<code>-<name>`.
  var ruleDocsURL: String = RuleLinks.defaultBaseURL

  /// One grade of a grade scale.
  struct GradeBand: Equatable, Sendable {
    var grade: String
    var minimum: Double
  }

  static let `default` = Settings()

  /// The keys this version understands, including those only editor clients read.
  static let knownKeys: Set<String> = Set([
    "gazetteerPath", "debounceMs", "disabledRules", "enabledRules", "severity", "gradeScale", "tolerance",
    "extraConfusables", "extraTerms", "requiredSections", "inlayHints", "ruleDocsURL",
  ]).union(clientOnlyKeys)

  /// Keys that belong to editor clients (VS Code's `reportLSP.serverPath`, `reportLSP.trace.server`).
  static let clientOnlyKeys: Set<String> = ["serverPath", "trace"]

  /// Reads settings from a JSON object, starting from `base`. Keys with a wrong value are reported in
  /// `problems` (in Chinese, naming the key) and keep their value from `base`; unknown keys are reported too.
  static func parse(_ json: JSONValue?, base: Settings = .default) -> (Settings, [String]) {
    var settings = base
    var problems: [String] = []
    guard let json else { return (settings, problems) }
    var object: [String: JSONValue]
    switch json {
    case .object(let value): object = value
    // Lua (Neovim) encodes an empty table as an empty array.
    case .null, .array([]): return (settings, problems)
    default: return (settings, ["设置应为 JSON 对象，已使用默认值"])
    }
    // Editors may nest the section: {"reportLSP": {...}}.
    if let nested = object["reportLSP"] {
      if case .array([]) = nested { return (settings, problems) }
      if let nestedObject = nested.objectValue { object = nestedObject }
    }
    for key in object.keys.sorted() {
      guard let value = object[key] else { continue }
      if let problem = settings.apply(key: key, value: value) { problems.append(problem) }
    }
    return (settings, problems)
  }

  /// Sets one key; returns the problem, if the key is unknown or its value is wrong.
  private mutating func apply(key: String, value: JSONValue) -> String? {
    switch key {
    case "gazetteerPath":
      if case .null = value {
        gazetteerPath = nil
      } else if let path = value.stringValue {
        gazetteerPath = path.isEmpty ? nil : path
      } else {
        return "设置项 gazetteerPath 应为字符串（CSV 文件路径）"
      }
    case "debounceMs":
      guard let number = value.doubleValue, number >= 0, number <= 10_000 else {
        return "设置项 debounceMs 应为 0 到 10000 之间的数字"
      }
      debounceMs = Int(number)
    case "disabledRules", "enabledRules":
      guard let codes = Self.strings(value) else { return "设置项 \(key) 应为规则代码组成的数组，例如 [\"L106\", \"S\"]" }
      let resolved = codes.map(Self.resolve)
      if let unknown = resolved.first(where: { !Self.matchesSomeRule($0) }) {
        return "设置项 \(key) 中的规则代码 \(unknown) 不存在（可用 report-lsp rules 查看全部规则）"
      }
      if key == "disabledRules" { disabledRules = Set(resolved) } else { enabledRules = Set(resolved) }
    case "severity":
      guard let entries = value.objectValue else {
        return "设置项 severity 应为对象，例如 {\"A101\": \"error\", \"L106\": \"off\"}"
      }
      var parsed: [String: Severity?] = [:]
      for (code, level) in entries {
        let resolved = Self.resolve(code)
        guard Self.matchesSomeRule(resolved) else {
          return "设置项 severity 中的规则代码 \(code) 不存在（可用 report-lsp rules 查看全部规则）"
        }
        if level.stringValue?.lowercased() == "off" {
          parsed[resolved] = .some(nil)
        } else if let name = level.stringValue, let severity = Severity(name: name) {
          parsed[resolved] = severity
        } else {
          return "设置项 severity.\(code) 应为 error、warning、info、hint 或 off"
        }
      }
      severity = parsed
    case "gradeScale":
      guard let entries = value.objectValue, !entries.isEmpty else {
        return "设置项 gradeScale 应为“等级: 最低分”对象，例如 {\"优\": 90, \"良\": 80, \"中\": 60, \"差\": 0}"
      }
      var bands: [GradeBand] = []
      for (grade, minimum) in entries {
        guard let number = minimum.doubleValue, number >= 0, !grade.isEmpty else {
          return "设置项 gradeScale.\(grade) 应为不小于 0 的分数"
        }
        bands.append(GradeBand(grade: grade, minimum: number))
      }
      bands.sort { $0.minimum > $1.minimum }
      if zip(bands, bands.dropFirst()).contains(where: { $0.minimum == $1.minimum }) {
        return "设置项 gradeScale 中有两个等级的最低分相同"
      }
      gradeScale = bands
    case "tolerance":
      guard let number = value.doubleValue, number >= 0, number <= 1_000 else {
        return "设置项 tolerance 应为不小于 0 的数字（以末位数字为单位的额外容差）"
      }
      tolerance = number
    case "extraConfusables", "extraTerms":
      guard let entries = value.objectValue,
        let pairs = try? entries.mapValues({ value -> String in
          guard let right = value.stringValue, !right.isEmpty else { throw SettingsValueError() }
          return right
        }),
        !pairs.keys.contains(where: \.isEmpty)
      else {
        return "设置项 \(key) 应为“错误写法: 正确写法”对象，例如 {\"布署\": \"部署\"}"
      }
      if key == "extraConfusables" { extraConfusables = pairs } else { extraTerms = pairs }
    case "requiredSections":
      guard let titles = Self.strings(value), !titles.contains(where: \.isEmpty) else {
        return "设置项 requiredSections 应为章节标题组成的数组，例如 [\"部门概况\", \"存在的主要问题\"]"
      }
      requiredSections = titles
    case "inlayHints":
      guard let flag = value.boolValue else { return "设置项 inlayHints 应为 true 或 false" }
      inlayHints = flag
    case "ruleDocsURL":
      guard let url = value.stringValue, url.hasPrefix("http://") || url.hasPrefix("https://") || url.hasPrefix("file:")
      else { return "设置项 ruleDocsURL 应为 http(s) 或 file 地址" }
      ruleDocsURL = url
    default:
      if Self.clientOnlyKeys.contains(key) { return nil }
      return "未知的设置项 \(key)，已忽略"
    }
    return nil
  }

  private struct SettingsValueError: Error {}

  /// The strings of a JSON array of strings; nil when it is not one.
  private static func strings(_ value: JSONValue) -> [String]? {
    guard let array = value.arrayValue else { return nil }
    let strings = array.compactMap(\.stringValue)
    return strings.count == array.count ? strings : nil
  }

  /// A code after redirects, uppercased (`n104` → `N104`).
  private static func resolve(_ code: String) -> String {
    let upper = code.uppercased()
    return RuleRegistry.redirects[upper] ?? upper
  }

  /// Whether `pattern` (a code or a code prefix such as `A` or `L10`) names at least one rule.
  private static func matchesSomeRule(_ pattern: String) -> Bool {
    !pattern.isEmpty && RuleRegistry.all.contains { $0.code.hasPrefix(pattern) }
  }

  /// Whether `code` is named by one of `patterns` (codes or prefixes).
  private static func code(_ code: String, isIn patterns: Set<String>) -> Bool {
    patterns.contains { code.hasPrefix($0) }
  }

  /// The severity configured for `code`: the longest matching pattern wins (`A101` over `A`).
  private func configuredSeverity(for code: String) -> Severity?? {
    severity.filter { code.hasPrefix($0.key) }.max { $0.key.count < $1.key.count }?.value
  }

  /// The engine configuration these settings describe.
  var configuration: Configuration {
    var disabled: Set<String> = []
    var overrides: [String: Severity] = [:]
    for rule in RuleRegistry.all {
      let code = rule.code
      let isSelected = enabledRules.map { Self.code(code, isIn: $0) } ?? true
      let configured = configuredSeverity(for: code)
      if !isSelected || Self.code(code, isIn: disabledRules) || configured == .some(nil) {
        disabled.insert(code)
      } else if case .some(.some(let level)) = configured {
        overrides[code] = level
      }
    }
    return Configuration(disabledRules: disabled, severityOverrides: overrides)
  }
}
