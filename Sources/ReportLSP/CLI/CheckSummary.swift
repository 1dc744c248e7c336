import Analysis

/// What a lint run checked, for the lines every run ends with: how many reports were read, how many stated
/// figures were recomputed from the report's own numbers and how they fared, and how many stated ratios and
/// totals could not be checked (their inputs are not in the report) — so that "未发现问题" is never read as
/// "every figure is right" when some could not be checked.
struct CheckSummary: Equatable, Sendable {
  var files = 0
  var counts: [ChecklistStatus: Int] = [:]

  init(checklist: Checklist) {
    files = 1
    for check in checklist.checks { counts[check.status, default: 0] += 1 }
  }

  init(_ results: [LintCommand.FileResult]) {
    for result in results where result.document != nil {
      files += 1
      counts.merge(result.figures.counts, uniquingKeysWith: +)
    }
  }

  init() {}

  var checked: Int { counts.filter { $0.key != .unchecked }.values.reduce(0, +) }
  var unchecked: Int { counts[.unchecked] ?? 0 }

  /// "已检查 2 个文件，复核 9 处数字：相符 6，存疑 1，不符 2", then, when some could not be checked,
  /// "另有 3 处比率/合计无法核对，可用 report-lsp explain 查看".
  var lines: [String] {
    var first = "已检查 \(files) 个文件，"
    if checked == 0 {
      first += "没有可复核的数字"
    } else if checked == counts[.verified] {
      first += "复核 \(checked) 处数字，均相符"
    } else {
      let parts = [ChecklistStatus.verified, .doubtful, .failed].compactMap { status in
        counts[status].map { "\(status.label) \($0)" }
      }
      first += "复核 \(checked) 处数字：" + parts.joined(separator: "，")
    }
    guard unchecked > 0 else { return [first] }
    return [first, "另有 \(unchecked) 处比率/合计无法核对，可用 report-lsp explain 查看"]
  }
}

extension Severity {
  /// The word in text output; the codes, configuration values and SARIF/GitHub levels stay English.
  var chineseName: String {
    switch self {
    case .error: "错误"
    case .warning: "警告"
    case .information: "信息"
    case .hint: "提示"
    }
  }
}
