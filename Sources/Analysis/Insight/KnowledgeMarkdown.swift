/// Renders an indicator or a term of the knowledge base as hover Markdown, in Chinese.
enum KnowledgeMarkdown {
  static func render(_ entry: KnowledgeEntry) -> String {
    var blocks: [String] = []
    var title = "**\(entry.name)**"
    if !entry.aliases.isEmpty { title += "（又称：\(entry.aliases.joined(separator: "、"))）" }
    blocks.append(title)
    if case .indicator(let indicator) = entry {
      let groups = indicator.groups.map { "\($0.framework) · \($0.level1) › \($0.level2)" }
      blocks.append("*\(groups.joined(separator: "；"))*")
    }
    blocks.append(entry.definition)
    blocks.append(contentsOf: formulas(entry.formulas))
    switch entry {
    case .indicator(let indicator):
      if let standard = indicator.standard { blocks.append("**标准**：\(standard)") }
    case .term(let term):
      if !term.includes.isEmpty { blocks.append("**包括**：\(term.includes.joined(separator: "；"))") }
      if !term.excludes.isEmpty { blocks.append("**不包括**：\(term.excludes.joined(separator: "；"))") }
      if let note = term.note { blocks.append("**注意**：\(note)") }
    }
    var source = "出处：\(entry.sources.joined(separator: "；"))"
    if let caveat = entry.confidence.caveat { source += "（\(caveat)，请对照原文）" }
    blocks.append("*\(source)*")
    return blocks.joined(separator: "\n\n")
  }

  private static func formulas(_ formulas: [Formula]) -> [String] {
    func line(_ formula: Formula) -> String {
      var text = formula.expression
      if let caveat = formula.confidence.caveat { text += "（\(caveat)）" }
      return text
    }
    guard formulas.count > 1 else { return formulas.map { "**公式**：\(line($0))" } }
    let items = formulas.map { formula in "- " + (formula.basis.map { "\($0)：" } ?? "") + line(formula) }
    return ["**公式**\n\n" + items.joined(separator: "\n")]
  }
}
