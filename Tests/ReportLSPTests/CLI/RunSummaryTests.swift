import Foundation
import Testing

@testable import ReportLSP

/// Every run ends with what was checked; the command line says what it does and refuses what makes no sense.
@Suite struct RunSummaryTests {
  static let consistent = "2023年初批复预算的“三公”经费为20万元，全年决算支出“三公”经费17.5万元，较年初预算减少2.5万元。\n"
  static let wrongRatio = "2023年初批复预算的“三公”经费为20万元，全年决算支出“三公”经费17.5万元，较年初预算减少2.5万元，节约比为10%。\n"
  static let uncheckable = "年末在职人员38人，在职人员控制率为96.5%。\n"

  @Test func noFindingsStillSaysWhatCouldNotBeChecked() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write("a.txt", Self.consistent)
    try folder.write("b.txt", Self.uncheckable)
    let run = runCLI(["lint", "a.txt", "b.txt"], in: folder.url)
    #expect(run.code == 0)
    #expect(
      run.output == """
        未发现问题
        已检查 2 个文件，复核 2 处数字，均相符
        另有 1 处比率/合计无法核对，可用 report-lsp explain 查看

        """)
  }

  @Test func findingsAndFiguresAreCountedTogether() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write("a.txt", Self.wrongRatio + Self.uncheckable)
    let run = runCLI(["lint", "a.txt"], in: folder.url)
    #expect(run.code == 1)
    #expect(run.output.hasSuffix("已检查 1 个文件，复核 3 处数字：相符 2，不符 1\n另有 1 处比率/合计无法核对，可用 report-lsp explain 查看\n"))
    // Beside a machine format, the same lines go to standard error.
    let json = runCLI(["lint", "--format", "json", "a.txt"], in: folder.url)
    #expect(json.errorOutput == "已检查 1 个文件，复核 3 处数字：相符 2，不符 1\n另有 1 处比率/合计无法核对，可用 report-lsp explain 查看\n")
  }

  @Test func nothingReadPrintsNoSummary() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let run = runCLI(["lint", "missing.txt"], in: folder.url)
    #expect(run.code == 2)
    #expect(run.output == "")
  }

  @Test func severityWordsAreChineseInTextOnly() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write(".reportlsp.json", #"{"severity": {"N104": "hint", "L102": "info", "A101": "error"}}"#)
    try folder.write("a.txt", "依据丙财绩[2021]6号。截止2023年底。\n" + Self.wrongRatio)
    let text = runCLI(["lint", "a.txt"], in: folder.url).output
    #expect(text.contains(": 提示: 发文字号"))
    #expect(text.contains(": 信息: “截止”应为“截至”"))
    #expect(text.contains(": 错误: 节约比应为"))
    let sarif = runCLI(["lint", "--format", "sarif", "a.txt"], in: folder.url).output
    #expect(sarif.contains(#""level" : "note""#) && sarif.contains(#""level" : "error""#))
    #expect(runCLI(["explain-rule", "A101"], in: folder.url).output.contains("默认级别：警告（warning）"))
  }

  @Test func fixAndDiffTogetherIsAUsageError() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write("a.txt", "依据丙财绩[2021]6号。\n")
    let run = runCLI(["lint", "--fix", "--diff", "a.txt"], in: folder.url)
    #expect(run.code == 2)
    #expect(run.errorOutput.contains("--fix 写回修复，--diff 只显示修复而不写文件，二者不能同时使用"))
    #expect(try folder.read("a.txt") == "依据丙财绩[2021]6号。\n")
  }

  @Test func helpListsEveryCommand() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let help = runCLI(["--help"], in: folder.url).output
    for command in ["lint", "explain", "convert", "rules", "explain-rule", "[serve]", "--help | --version"] {
      #expect(help.contains("report-lsp \(command)"), "\(command)")
    }
  }

  @Test(arguments: [true, false])
  func serverStartedFromATerminalSaysWhatItIsWaitingFor(isTerminal: Bool) {
    let captured = CapturedOutput()
    let console = Console(
      writeOutput: { captured.append($0, isError: false) }, writeErrorOutput: { captured.append($0, isError: true) },
      readInput: { Data() }, isOutputTerminal: false, isErrorTerminal: false, environment: [:], currentDirectory: "/",
      isInputTerminal: isTerminal)
    for arguments in [[], ["serve"]] {
      var served = false
      #expect(
        CommandLine.run(
          arguments: arguments, console: console,
          serve: {
            served = true; return 0
          }) == 0)
      #expect(served)
    }
    let (output, errors) = captured.texts
    #expect(output == "")
    #expect(errors == (isTerminal ? CommandLine.serverTerminalHint + CommandLine.serverTerminalHint : ""))
    if isTerminal { #expect(errors.contains("report-lsp lint")) }
  }
}
