import Analysis
import Foundation

/// The version printed by `--version` and sent in the initialize response.
let reportLSPVersion = "0.1.0"

extension CommandLine {
  static let usage = """
    report-lsp \(reportLSPVersion) — 绩效评价报告的语言服务器与检查工具

    用法:
      report-lsp [serve]                          以语言服务器方式运行（stdio 上的 JSON-RPC）
      report-lsp lint [选项] 文件...               检查报告，输出发现的问题
      report-lsp --help | --version

    lint 选项:
      --format text|json     输出格式（默认 text）
      --gazetteer CSV        乡镇区划表（列：code,province,city,county,township）

    退出码: 0 未发现问题，1 发现问题，2 用法或读写错误
    """

  /// Runs the command line and returns the process exit code.
  static func run(arguments: [String]) -> Int32 {
    guard let first = arguments.first else { return runServer() }
    switch first {
    case "serve": return runServer()
    case "lint": return LintCommand.run(arguments: Array(arguments.dropFirst()))
    case "explain": return ExplainCommand.run(arguments: Array(arguments.dropFirst()))
    case "--help", "-h", "help":
      print(usage)
      return 0
    case "--version", "-V":
      print("report-lsp \(reportLSPVersion)")
      return 0
    default:
      FileHandle.standardError.write(Data("report-lsp: 未知的命令 \(first)\n\n\(usage)\n".utf8))
      return 2
    }
  }
}
