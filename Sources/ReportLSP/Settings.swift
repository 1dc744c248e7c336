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
/// - `gradeScale`: lowest score of each grade, e.g. `{"优": 90, "良": 80, "中": 60, "差": 0}` (A108); it
///   replaces the built-in scale.
/// - `extraConfusables`: more confusable words for L102, either wrong → right (`{"布署": "部署"}`) or an
///   array of entries `{"wrong", "right", "after", "before", "notAfter", "notBefore", "reason", "source"}`
///   (the context lists use `#` for a digit and `^` for a line or sentence boundary).
/// - `extraTerms`: more fixed terms, wrong form → right form (`{"两不愁两保障": "两不愁三保障"}`); reported by
///   L102 wherever the wrong form appears.
/// - `sectionTemplate`: the outline S103 checks, `hunan-department`, `hubei-self-evaluation` or `custom`.
/// - `requiredSections`: the sections of a custom outline, each a title or `{"title", "keywords"}`; setting
///   it selects that outline unless `sectionTemplate` names another.
/// - `ruleDocsURL`: base URL of docs/rules.md; each diagnostic links to `<base>#<code>-<name>`. Unset, no link.
/// - `maxFindingsPerRule`, `maxFindings`: how many findings are listed per rule (default 1000) and per
///   document (default 3000); the rest are counted in one finding. 0 means no limit.
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
  /// Grade names with the lowest score that earns them, best grade first; nil keeps the built-in scale.
  var gradeScale: [GradeBand]?
  /// Extra confusable words for L102.
  var extraConfusables: [ConfusableEntry] = []
  /// Extra fixed terms: wrong form → right form.
  var extraTerms: [String: String] = [:]
  /// The name of the outline S103 checks; nil lets S103 pick the best match.
  var sectionTemplate: String?
  /// The sections of the custom outline, in order.
  var requiredSections: [RequiredSection]?
  /// Whether the server sends inlay hints (recomputed values next to stated ones).
  var inlayHints: Bool = false
  /// Base URL of docs/rules.md; nil means diagnostics carry no documentation link.
  var ruleDocsURL: String?
  /// How many findings are listed per rule and per document.
  var findingLimits = FindingLimits.default

  /// One grade of a grade scale.
  struct GradeBand: Equatable, Sendable {
    var grade: String
    var minimum: Double
  }

  static let `default` = Settings()

  /// The section editors keep these settings under (`workspace/configuration`, VS Code's `reportLSP.*`).
  static let section = "reportLSP"

  /// The name under which `requiredSections` is offered to S103.
  static let customTemplateName = "custom"

  /// The keys this version understands, including those only editor clients read.
  static let knownKeys: Set<String> = Set([
    "gazetteerPath", "debounceMs", "disabledRules", "enabledRules", "severity", "gradeScale", "extraConfusables",
    "extraTerms", "sectionTemplate", "requiredSections", "inlayHints", "ruleDocsURL", "maxFindingsPerRule",
    "maxFindings",
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
    if let nested = object[section] {
      if case .array([]) = nested { return (settings, problems) }
      if let nestedObject = nested.objectValue { object = nestedObject }
    }
    for key in object.keys.sorted() {
      guard let value = object[key] else { continue }
      if let problem = settings.apply(key: key, value: value) { problems.append(problem) }
    }
    if settings.sectionTemplate == customTemplateName, settings.requiredSections == nil {
      problems.append("设置项 sectionTemplate 为 custom 时须同时设置 requiredSections，已改为自动选择提纲")
      settings.sectionTemplate = nil
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
      if case .null = value {
        gradeScale = nil
        return nil
      }
      guard let entries = value.objectValue, !entries.isEmpty else {
        return "设置项 gradeScale 应为“等级: 最低分”对象，例如 {\"优\": 90, \"良\": 80, \"中\": 60, \"差\": 0}"
      }
      var bands: [GradeBand] = []
      for (grade, minimum) in entries.sorted(by: { $0.key < $1.key }) {
        guard let number = minimum.doubleValue, (0...100).contains(number), !grade.isEmpty else {
          return "设置项 gradeScale.\(grade) 应为 0 到 100 之间的分数"
        }
        bands.append(GradeBand(grade: grade, minimum: number))
      }
      bands.sort { $0.minimum > $1.minimum }
      if zip(bands, bands.dropFirst()).contains(where: { $0.minimum == $1.minimum }) {
        return "设置项 gradeScale 中有两个等级的最低分相同"
      }
      gradeScale = bands
    case "extraConfusables":
      switch Self.confusables(value) {
      case .success(let entries): extraConfusables = entries
      case .failure(let problem): return problem.message
      }
    case "extraTerms":
      guard let pairs = Self.pairs(value) else {
        return "设置项 extraTerms 应为“错误写法: 正确写法”对象，例如 {\"两不愁两保障\": \"两不愁三保障\"}"
      }
      extraTerms = pairs
    case "sectionTemplate":
      if case .null = value {
        sectionTemplate = nil
        return nil
      }
      let names = SectionTemplate.builtIn.map(\.name) + [Self.customTemplateName]
      guard let name = value.stringValue, names.contains(name) || name.isEmpty else {
        return "设置项 sectionTemplate 应为 \(names.joined(separator: "、")) 之一（custom 即 requiredSections 所列提纲）"
      }
      sectionTemplate = name.isEmpty ? nil : name
    case "requiredSections":
      if case .null = value {
        requiredSections = nil
        return nil
      }
      guard let sections = Self.sections(value) else {
        return "设置项 requiredSections 应为章节组成的非空数组，每项为标题或 {\"title\": 标题, \"keywords\": [关键词…]}，"
          + "例如 [\"部门概况\", {\"title\": \"存在的主要问题\", \"keywords\": [\"问题\", \"不足\"]}]"
      }
      requiredSections = sections
    case "maxFindingsPerRule", "maxFindings":
      let limit: Int?
      if case .null = value {
        limit = key == "maxFindings" ? FindingLimits.default.perDocument : FindingLimits.default.perRule
      } else {
        guard let number = value.intValue, number >= 0 else {
          return "设置项 \(key) 应为非负整数（0 表示不限）"
        }
        limit = number == 0 ? nil : number
      }
      if key == "maxFindings" { findingLimits.perDocument = limit } else { findingLimits.perRule = limit }
    case "inlayHints":
      guard let flag = value.boolValue else { return "设置项 inlayHints 应为 true 或 false" }
      inlayHints = flag
    case "ruleDocsURL":
      if case .null = value {
        ruleDocsURL = nil
        return nil
      }
      guard let url = value.stringValue,
        url.isEmpty || url.hasPrefix("http://") || url.hasPrefix("https://") || url.hasPrefix("file:")
      else { return "设置项 ruleDocsURL 应为 http(s) 或 file 地址（留空则不链接规则说明）" }
      ruleDocsURL = url.isEmpty ? nil : url
    default:
      if Self.clientOnlyKeys.contains(key) { return nil }
      if let suggestion = Self.closestKnownKey(to: key) { return "未知的设置项 \(key)（是否应为 \(suggestion)？），已忽略" }
      return "未知的设置项 \(key)，已忽略"
    }
    return nil
  }

  /// The known key a mistyped `key` most likely meant: the nearest by edit distance, ignoring case, when it
  /// is at most a third of the key's length away (`disabledRule` → `disabledRules`, `gazeteerPath` →
  /// `gazetteerPath`); nil when nothing is that close.
  static func closestKnownKey(to key: String) -> String? {
    let typed = Array(key.lowercased().unicodeScalars)
    guard !typed.isEmpty else { return nil }
    var best: (key: String, distance: Int)?
    for known in knownKeys.subtracting(clientOnlyKeys).sorted() {
      let distance = editDistance(typed, Array(known.lowercased().unicodeScalars))
      if distance < (best?.distance ?? Int.max) { best = (known, distance) }
    }
    guard let best, best.distance <= max(1, typed.count / 3) else { return nil }
    return best.key
  }

  /// Levenshtein distance (insertions, deletions and substitutions, plus swaps of two neighbours).
  private static func editDistance(_ lhs: [Unicode.Scalar], _ rhs: [Unicode.Scalar]) -> Int {
    if lhs.isEmpty { return rhs.count }
    if rhs.isEmpty { return lhs.count }
    var previousRow: [Int] = []
    var row = Array(0...rhs.count)
    for i in 1...lhs.count {
      let beforeRow = previousRow
      previousRow = row
      row = [i] + Array(repeating: 0, count: rhs.count)
      for j in 1...rhs.count {
        let cost = lhs[i - 1] == rhs[j - 1] ? 0 : 1
        row[j] = min(previousRow[j] + 1, row[j - 1] + 1, previousRow[j - 1] + cost)
        if i > 1, j > 1, lhs[i - 1] == rhs[j - 2], lhs[i - 2] == rhs[j - 1] {
          row[j] = min(row[j], beforeRow[j - 2] + 1)
        }
      }
    }
    return row[rhs.count]
  }

  /// A wrong value, described in Chinese.
  private struct SettingsValueError: Error {
    var message: String
    init(_ message: String) { self.message = message }
  }

  /// A “wrong: right” object with non-empty, different strings on both sides.
  private static func pairs(_ value: JSONValue) -> [String: String]? {
    guard let entries = value.objectValue else { return nil }
    var pairs: [String: String] = [:]
    for (wrong, right) in entries {
      guard let right = right.stringValue, !right.isEmpty, !wrong.isEmpty, right != wrong else { return nil }
      pairs[wrong] = right
    }
    return pairs
  }

  /// `extraConfusables` in either form: a “wrong: right” object, or an array of entry objects.
  private static func confusables(_ value: JSONValue) -> Result<[ConfusableEntry], SettingsValueError> {
    let example = "例如 {\"布署\": \"部署\"} 或 [{\"wrong\": \"布署\", \"right\": \"部署\", \"reason\": \"…\"}]"
    if value.objectValue != nil {
      guard let pairs = pairs(value) else {
        return .failure(SettingsValueError("设置项 extraConfusables 应为“错误写法: 正确写法”对象，\(example)"))
      }
      return .success(
        pairs.sorted { $0.key < $1.key }.map {
          ConfusableEntry(wrong: $0.key, right: $0.value, source: "设置项 extraConfusables")
        })
    }
    guard let array = value.arrayValue else {
      return .failure(SettingsValueError("设置项 extraConfusables 应为对象或数组，\(example)"))
    }
    let listKeys = ["after", "before", "notAfter", "notBefore"]
    let known = Set(["wrong", "right", "reason", "source"] + listKeys)
    var entries: [ConfusableEntry] = []
    for (index, element) in array.enumerated() {
      let place = "设置项 extraConfusables 第 \(index + 1) 项"
      guard let object = element.objectValue else { return .failure(SettingsValueError("\(place)应为对象，\(example)")) }
      if let unknown = object.keys.sorted().first(where: { !known.contains($0) }) {
        return .failure(
          SettingsValueError("\(place)有未知的字段 \(unknown)（可用 \(known.sorted().joined(separator: "、"))）"))
      }
      guard let wrong = object["wrong"]?.stringValue, let right = object["right"]?.stringValue, !wrong.isEmpty,
        !right.isEmpty, wrong != right
      else { return .failure(SettingsValueError("\(place)须有不同且非空的 wrong（错误写法）与 right（正确写法）")) }
      var lists: [String: [String]] = [:]
      for key in listKeys {
        guard let listValue = object[key] else { continue }
        guard let list = strings(listValue), !list.contains(where: \.isEmpty) else {
          return .failure(SettingsValueError("\(place)的 \(key) 应为非空字符串组成的数组"))
        }
        lists[key] = list
      }
      for key in ["reason", "source"] where object[key] != nil && object[key]?.stringValue == nil {
        return .failure(SettingsValueError("\(place)的 \(key) 应为字符串"))
      }
      entries.append(
        ConfusableEntry(
          wrong: wrong, right: right, after: lists["after"] ?? [], before: lists["before"] ?? [],
          notAfter: lists["notAfter"] ?? [], notBefore: lists["notBefore"] ?? [],
          reason: object["reason"]?.stringValue ?? "",
          source: object["source"]?.stringValue ?? "设置项 extraConfusables"))
    }
    return .success(entries)
  }

  /// `requiredSections`: a non-empty array of titles or `{"title", "keywords"}` objects. A bare title is
  /// its own keyword: the section is present when a heading contains it.
  private static func sections(_ value: JSONValue) -> [RequiredSection]? {
    guard let array = value.arrayValue, !array.isEmpty else { return nil }
    var sections: [RequiredSection] = []
    for element in array {
      if let title = element.stringValue, !title.isEmpty {
        sections.append(RequiredSection(title: title, keywords: [title]))
      } else if let object = element.objectValue, let title = object["title"]?.stringValue, !title.isEmpty,
        object.keys.allSatisfy({ $0 == "title" || $0 == "keywords" })
      {
        var keywords = [title]
        if let given = object["keywords"] {
          guard let list = strings(given), !list.isEmpty, !list.contains(where: \.isEmpty) else { return nil }
          keywords = list
        }
        sections.append(RequiredSection(title: title, keywords: keywords))
      } else {
        return nil
      }
    }
    return sections
  }

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
    let terms = extraTerms.sorted { $0.key < $1.key }.map {
      ConfusableEntry(wrong: $0.key, right: $0.value, reason: "固定用语", source: "设置项 extraTerms")
    }
    let custom = requiredSections.map {
      [SectionTemplate(name: Self.customTemplateName, title: "自定义（requiredSections）", sections: $0)]
    }
    return Configuration(
      disabledRules: disabled, severityOverrides: overrides,
      gradeScale: gradeScale.map { Dictionary($0.map { ($0.grade, $0.minimum) }, uniquingKeysWith: max) }
        ?? Configuration.defaultGradeScale,
      extraConfusables: extraConfusables + terms,
      sectionTemplate: sectionTemplate ?? (requiredSections == nil ? nil : Self.customTemplateName),
      customSectionTemplates: custom ?? [], findingLimits: findingLimits)
  }
}
