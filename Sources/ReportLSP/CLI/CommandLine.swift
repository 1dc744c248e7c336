import Analysis
import Foundation

/// The version printed by `--version` and sent in the initialize response.
let reportLSPVersion = "0.1.0"

extension CommandLine {
  static let usage = """
    report-lsp \(reportLSPVersion) — 绩效评价报告的语言服务器与检查工具

    用法:
      report-lsp [serve]                      以语言服务器方式运行（stdio 上的 JSON-RPC）
      report-lsp lint [选项] 路径...           检查报告（文件、文件夹，或 - 表示标准输入）
      report-lsp rules                        列出全部规则
      report-lsp explain-rule 代码             显示一条规则的说明，例如 explain-rule N104
      report-lsp --help | --version

    lint 选项:
      --format text|json|sarif|github  输出格式（默认 text）
      --fix                   应用安全的自动修复并写回文件，再报告剩余问题
      --diff                  只显示 --fix 会做的修改（统一 diff），不写文件
      --include GLOB          检查文件夹时包含的文件（可重复；默认 *.txt 和 *.md）
      --exclude GLOB          检查文件夹时排除的文件或文件夹（可重复）
      --config FILE           使用此配置文件（默认从每个文件所在目录向上查找 .reportlsp.json）
      --no-config             不读取配置文件
      --gazetteer CSV         乡镇区划表（列：code,province,city,county,township）
      --stdin-filename PATH   标准输入的文件名（用于查找配置和显示）
      --no-waivers            不读取 .reportlsp-waivers.json，报告已忽略的问题

    退出码: 0 未发现问题，1 发现问题，2 用法、配置或读写错误
    """

  /// Runs the command line and returns the process exit code.
  static func run(arguments: [String], console: Console = .standard) -> Int32 {
    guard let first = arguments.first else { return runServer() }
    let rest = Array(arguments.dropFirst())
    switch first {
    case "serve": return runServer()
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
