import Analysis
import Foundation

/// The version printed by `--version` and sent in the initialize response.
let reportLSPVersion = "0.1.0"

extension CommandLine {
  static let usage = """
    report-lsp \(reportLSPVersion) — 绩效评价报告的语言服务器与检查工具

    用法:
      report-lsp lint [选项] 路径...           检查报告（.txt、.md、.docx 文件、文件夹，或 - 表示标准输入）
      report-lsp explain 文件...               审阅清单：逐项列出复核的数字（相符、不符、无法核对）
      report-lsp convert 文件.docx [-o 输出]   把 Word 文档转为检查所读的文本
      report-lsp rules                        列出全部规则
      report-lsp explain-rule 代码             显示一条规则的说明，例如 explain-rule N104
      report-lsp [serve]                      以语言服务器方式运行（stdio 上的 JSON-RPC，供编辑器启动）
      report-lsp --help | --version

    lint 选项:
      --format text|json|sarif|github  输出格式（默认 text）
      --fix                   应用安全的自动修复并写回文件，再报告剩余问题
      --diff                  只显示 --fix 会做的修改（统一 diff），不写文件（不能与 --fix 同用）
      --include GLOB          检查文件夹时包含的文件（可重复；默认 *.txt、*.md、*.docx，
                              以及需先转换的 .doc、.wps、.pdf 等，这些会提示转换命令）
      --exclude GLOB          检查文件夹时排除的文件或文件夹（可重复）
      --config FILE           使用此配置文件（默认从每个文件所在目录向上查找 .reportlsp.json）
      --no-config             不读取配置文件
      --gazetteer CSV         乡镇区划表（列：code,province,city,county,township）
      --stdin-filename PATH   标准输入的文件名（用于查找配置和显示）
      --no-waivers            不读取 .reportlsp-waivers.json，报告已忽略的问题

    Word 文档（.docx）直接检查，问题按段落标出（第12段）；--fix 不修改 Word 文档。
    .doc、.wps、.pdf 请先转换：libreoffice --headless --convert-to docx 文件名

    退出码: 0 未发现问题，1 发现问题，2 用法、配置或读写错误
    """

  /// What `report-lsp` prints on standard error when started as a server from a terminal, where it
  /// would otherwise wait silently for LSP messages.
  static let serverTerminalHint = """
    report-lsp: 以语言服务器方式运行，正在等待编辑器从标准输入发来 LSP 消息（按 Ctrl-C 退出）。
    检查报告请用 report-lsp lint 文件或文件夹；report-lsp --help 查看全部命令。

    """

  /// Runs the command line and returns the process exit code.
  static func run(arguments: [String], console: Console = .standard, serve: () -> Int32 = runServer) -> Int32 {
    func startServer() -> Int32 {
      if console.isInputTerminal { console.writeError(serverTerminalHint) }
      return serve()
    }
    guard let first = arguments.first else { return startServer() }
    let rest = Array(arguments.dropFirst())
    switch first {
    case "serve": return startServer()
    case "convert": return ConvertCommand.run(arguments: rest, console: console)
    case "lint": return LintCommand.run(arguments: rest, console: console)
    case "rules": return RulesCommand.list(console: console)
    case "explain-rule", "rule": return RulesCommand.explain(arguments: rest, console: console)
    case "explain": return ExplainCommand.run(arguments: rest, console: console)
    case "--help", "-h", "help":
      console.write(usage + "\n")
      return 0
    case "--version", "-V":
      console.write("report-lsp \(reportLSPVersion)\n")
      return 0
    default:
      console.writeError("report-lsp: 未知的命令 \(first)\n\n\(usage)\n")
      return 2
    }
  }
}
