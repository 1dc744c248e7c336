import Analysis

/// `report-lsp rules` and `report-lsp explain-rule CODE`.
enum RulesCommand {
  /// One line per rule: code, name, default severity, title.
  static func list(console: Console) -> Int32 {
    let nameWidth = RuleRegistry.all.map { $0.name.count }.max() ?? 0
    for rule in RuleRegistry.all {
      let name = rule.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
      let severity = rule.defaultSeverity.chineseName
      console.write("\(rule.code)  \(name)  \(severity)  \(rule.title)\n")
    }
    return 0
  }

  /// The rule's documentation: a heading, then the doc comment of its file.
  static func explain(arguments: [String], console: Console) -> Int32 {
    guard arguments.count == 1, let code = arguments.first else {
      console.writeError("report-lsp explain-rule: 需要一个规则代码，例如 report-lsp explain-rule N104\n")
      return 2
    }
    guard let rule = RuleRegistry.rule(code: code.uppercased()) else {
      console.writeError("report-lsp explain-rule: 没有规则 \(code)（report-lsp rules 列出全部规则）\n")
      return 2
    }
    var text =
      "# \(rule.code) \(rule.name)：\(rule.title)\n\n默认级别：\(rule.defaultSeverity.chineseName)（\(rule.defaultSeverity.name)）\n\n"
    text += RuleDocumentation.markdown(for: rule.code) ?? ""
    console.write(text.hasSuffix("\n") ? text : text + "\n")
    return 0
  }
}
