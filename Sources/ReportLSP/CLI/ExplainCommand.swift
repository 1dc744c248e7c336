import Analysis
import Foundation

/// `report-lsp explain`: a reviewer's checklist of the figures the engine recomputed in each file,
/// whether they held, and the stated figures it could not check.
enum ExplainCommand {
  static let usage = """
    用法: report-lsp explain [--gazetteer CSV] 文件...（.txt、.md 或 .docx）
      列出文中可由本文数据复核的比率、合计、差额及其结果（相符、不符、无法核对），
      以及文中给出数值的绩效指标和公式，供审阅者逐项核对。
    """

  static func run(arguments: [String], console: Console = .standard) -> Int32 {
    var files: [String] = []
    var gazetteerPath: String?
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      if argument == "--gazetteer", index + 1 < arguments.count {
        gazetteerPath = arguments[index + 1]
        index += 2
        continue
      }
      if argument == "--help" || argument == "-h" {
        console.write(usage + "\n")
        return 0
      }
      if argument.hasPrefix("--") {
        console.writeError("report-lsp explain: 未知的选项 \(argument)\n\n\(usage)\n")
        return 2
      }
      files.append(argument)
      index += 1
    }
    guard !files.isEmpty else {
      console.writeError("report-lsp explain: 没有指定文件\n\n\(usage)\n")
      return 2
    }
    var gazetteer: Gazetteer?
    if let gazetteerPath {
      switch GazetteerLoader.load(path: gazetteerPath) {
      case .success(let loaded):
        gazetteer = loaded.gazetteer
        if let warning = loaded.warning { console.writeError("report-lsp explain: \(warning)\n") }
      case .failure(let error):
        console.writeError("report-lsp explain: \(error)\n")
        return 2
      }
    }
    let linter = Linter(configuration: .default, gazetteer: gazetteer)
    var failed = false
    var printed = 0
    for path in files {
      let absolute = InputCollector.absolute(path, in: console.currentDirectory)
      switch SourceReader.read(path: absolute) {
      case .failure(let error):
        console.writeError("report-lsp explain: \(error.message.replacingOccurrences(of: absolute, with: path))\n")
        failed = true
      case .success(let source):
        if printed > 0 { console.write("\n") }
        console.write(render(path: path, document: Document(text: source.text), linter: linter, word: source.word))
        printed += 1
      }
    }
    return failed ? 2 : 0
  }

  /// The checklist of one file, as aligned plain text. In a Word document, places are paragraphs and
  /// table cells ("第12段") instead of lines.
  static func render(path: String, document: Document, linter: Linter, word: WordReport? = nil) -> String {
    let checklist = linter.checklist(for: document)
    let placeHeader = word == nil ? "行" : "位置"
    func place(_ offset: Int) -> String {
      let line = document.lineIndex.line(containing: offset)
      return word?.location(ofLine: line)?.label ?? String(line + 1)
    }
    var output = "\(path)：审阅清单\n"
    let counts = Dictionary(grouping: checklist.checks, by: \.status).mapValues(\.count)
    output += "\n数字核对（\(checklist.checks.count) 项："
    output += ChecklistStatus.allCases.map { "\($0.label) \(counts[$0] ?? 0)" }.joined(separator: "，") + "）\n"
    if checklist.checks.isEmpty {
      output += "  （无）\n"
    } else {
      let rows = checklist.checks.map { check in
        [
          check.status.mark + " " + check.status.label, place(check.range.start),
          check.name, check.stated, check.recomputed ?? "—",
        ]
      }
      output += table(header: ["结果", placeHeader, "项目", "文中", "按本文数据"], rows: rows)
    }
    output += "\n文中给出数值的指标（\(checklist.indicators.count) 项）\n"
    if checklist.indicators.isEmpty {
      output += "  （无）\n"
    } else {
      let rows = checklist.indicators.map { mention in
        [
          place(mention.range.start), document.string(in: mention.range),
          document.string(in: mention.value.range),
          mention.indicator.formulas.first?.expression ?? "",
        ]
      }
      output += table(header: [placeHeader, "指标", "文中值", "公式"], rows: rows)
    }
    return output
  }

  /// Rows padded to the widest cell of each column, counting wide (CJK) characters as two columns.
  static func table(header: [String], rows: [[String]]) -> String {
    let all = [header] + rows
    var widths = [Int](repeating: 0, count: header.count)
    for row in all {
      for (column, cell) in row.enumerated() where column < widths.count {
        widths[column] = max(widths[column], displayWidth(cell))
      }
    }
    return all.map { row in
      var line = " "
      for (column, cell) in row.enumerated() {
        line += " " + cell
        if column < row.count - 1 { line += String(repeating: " ", count: widths[column] - displayWidth(cell) + 1) }
      }
      return line + "\n"
    }.joined()
  }

  /// Terminal columns a string takes: East Asian wide and full-width characters take two.
  static func displayWidth(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { width, scalar in
      switch scalar.value {
      case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
        0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
        width + 2
      default: width + 1
      }
    }
  }
}

extension ChecklistStatus {
  /// The word in the checklist.
  var label: String {
    switch self {
    case .verified: "相符"
    case .doubtful: "存疑"
    case .failed: "不符"
    case .unchecked: "无法核对"
    }
  }

  var mark: String {
    switch self {
    case .verified: "✓"
    case .doubtful: "?"
    case .failed: "✗"
    case .unchecked: "·"
    }
  }
}
