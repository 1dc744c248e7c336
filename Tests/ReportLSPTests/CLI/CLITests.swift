import Analysis
import Foundation
import Testing

@testable import ReportLSP

@Suite struct CLIGoldenTests {
  /// The fixture in a fresh folder, with the 【2019】 finding waived in the side file.
  static func fixtureFolder() throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    let text = try String(contentsOf: cliFixtures.appendingPathComponent("cli/report.md"), encoding: .utf8)
    try folder.write("report.md", text)
    let document = Document(text: text)
    let waived = try #require(
      Linter().diagnostics(for: document).first { document.scalars.string(in: $0.range) == "【2019】" })
    var waivers = WaiverFile()
    try waivers.add(Waiver(for: waived, in: document, reason: "引用外县文件原标题，保持原样"), forReport: "report.md").get()
    try folder.write(WaiverFile.fileName, waivers.text)
    return folder
  }

  @Test(arguments: LintOptions.Format.allCases)
  func formatMatchesGolden(format: LintOptions.Format) throws {
    let folder = try Self.fixtureFolder()
    defer { folder.remove() }
    let run = runCLI(["lint", "--format", format.rawValue, "report.md"], in: folder.url)
    #expect(run.code == 1)
    // The summary closes the text output; beside a machine format it goes to standard error.
    #expect(run.errorOutput == (format == .text ? "" : "已检查 1 个文件，没有可复核的数字\n"))
    let normalised = run.output.replacingOccurrences(of: folder.url.path, with: "<ROOT>")
    try expectGolden(normalised, "cli/report.\(format.rawValue).expected")
  }

  @Test func sarifListsWaivedFindingAsSuppressionWithItsReason() throws {
    let folder = try Self.fixtureFolder()
    defer { folder.remove() }
    let run = runCLI(["lint", "--format", "sarif", "report.md"], in: folder.url)
    let log = try JSONDecoder().decode(JSONValue.self, from: Data(run.output.utf8))
    let results = log["runs"]?.arrayValue?.first?["results"]?.arrayValue ?? []
    #expect(results.count == 3)
    let suppressed = results.filter { $0["suppressions"] != nil }
    #expect(suppressed.count == 1)
    #expect(suppressed.first?["suppressions"]?.arrayValue?.first?["justification"]?.stringValue == "引用外县文件原标题，保持原样")
    let rules = log["runs"]?.arrayValue?.first?["tool"]?["driver"]?["rules"]?.arrayValue ?? []
    #expect(rules.count == RuleRegistry.all.count)
    #expect(rules.first?["help"]?["markdown"]?.stringValue?.contains("## 修复安全性") == true)
  }

  @Test func diffMatchesGoldenAndWritesNothing() throws {
    let folder = try Self.fixtureFolder()
    defer { folder.remove() }
    let before = try folder.read("report.md")
    let run = runCLI(["lint", "--diff", "report.md"], in: folder.url)
    #expect(run.code == 1)
    try expectGolden(run.output, "cli/report.diff.expected")
    #expect(try folder.read("report.md") == before)
  }

  @Test func fixIsIdempotentAndLeavesWaivedFindingsAlone() throws {
    let folder = try Self.fixtureFolder()
    defer { folder.remove() }
    let first = runCLI(["lint", "--fix", "report.md"], in: folder.url)
    #expect(first.code == 0)
    #expect(first.errorOutput == "已修复 2 处（1 个文件）：N104 ×2\n")
    #expect(first.output.contains("未发现问题"))
    #expect(first.output.contains("另有 1 个问题已按 .reportlsp-waivers.json 忽略"))
    let fixed = try folder.read("report.md")
    #expect(fixed.contains("丙财绩〔2021〕6号"))
    #expect(fixed.contains("丙财预〔2020〕10号"))
    #expect(fixed.contains("丁财办【2019】3号"))
    let second = runCLI(["lint", "--fix", "report.md"], in: folder.url)
    #expect(second.code == 0)
    #expect(second.errorOutput == "")
    #expect(try folder.read("report.md") == fixed)
    let diff = runCLI(["lint", "--diff", "report.md"], in: folder.url)
    #expect(diff.code == 0)
    #expect(diff.output == "")
  }

  @Test func fixKeepsPermissionsByteOrderMarkAndLineEndings() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let file = try folder.write("a.txt", Data([0xEF, 0xBB, 0xBF]) + Data("第一行\r\n依据丙财绩[2021]6号。\r\n".utf8))
    try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: file.path)
    let run = runCLI(["lint", "--fix", "a.txt"], in: folder.url)
    #expect(run.code == 0)
    let data = try Data(contentsOf: file)
    #expect(data == Data([0xEF, 0xBB, 0xBF]) + Data("第一行\r\n依据丙财绩〔2021〕6号。\r\n".utf8))
    let permissions = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
    #expect(permissions == 0o640)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
    #expect(leftovers == ["a.txt"])
  }
}

@Suite struct CLIInputTests {
  static let bad = "依据丙财绩[2021]6号。\n"

  @Test func walksFoldersInStableOrderWithIncludesAndExcludes() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    for path in [
      "b.md", "a/z.txt", "a/y.md", "notes.rst", ".hidden/x.md", "drafts/d.md", "node_modules/n.md", "c.markdown",
    ] {
      try folder.write("docs/" + path, Self.bad)
    }
    func uris(_ arguments: [String]) -> [String] {
      let run = runCLI(["lint", "--format", "json"] + arguments, in: folder.url)
      let entries = (try? JSONDecoder().decode(JSONValue.self, from: Data(run.output.utf8)))?.arrayValue ?? []
      return entries.compactMap { $0["uri"]?.stringValue?.components(separatedBy: "/docs/").last }
    }
    #expect(uris(["docs"]) == ["a/y.md", "a/z.txt", "b.md", "drafts/d.md"])
    #expect(uris(["--exclude", "drafts", "docs"]) == ["a/y.md", "a/z.txt", "b.md"])
    #expect(uris(["--exclude", "a/*.md", "--exclude", "drafts/**", "docs"]) == ["a/z.txt", "b.md"])
    #expect(uris(["--include", "*.markdown", "docs"]) == ["c.markdown"])
    // A file named explicitly is linted whatever its extension; one found twice is linted once.
    #expect(
      uris(["docs/notes.rst", "docs/b.md", "docs"]) == ["notes.rst", "b.md", "a/y.md", "a/z.txt", "drafts/d.md"])
  }

  @Test func manyFilesComeOutInInputOrderWithProgressOnATerminal() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let names = (0..<40).map { String(format: "r%02d.md", $0) }
    for name in names { try folder.write(name, Self.bad) }
    let run = runCLI(["lint", "."], in: folder.url, isTerminal: true, environment: ["NO_COLOR": "1"])
    #expect(run.code == 1)
    let paths = run.output.split(separator: "\n").filter { $0.hasPrefix("r") && $0.contains(": 警告:") }
    #expect(paths.map { String($0.prefix(6)) } == names)
    #expect(run.errorOutput.contains("检查中 40/40（100%）"))
    #expect(run.errorOutput.hasSuffix("\r\u{1B}[K"))
    #expect(!run.output.contains("\u{1B}["))
  }

  @Test func colourOnlyOnATerminalWithoutNoColor() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write("a.md", Self.bad)
    #expect(runCLI(["lint", "a.md"], in: folder.url, isTerminal: true).output.contains("\u{1B}[33m警告:"))
    #expect(!runCLI(["lint", "a.md"], in: folder.url, isTerminal: false).output.contains("\u{1B}["))
  }

  @Test func readsStandardInput() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let run = runCLI(["lint", "-"], in: folder.url, input: Self.bad)
    #expect(run.code == 1)
    #expect(run.output.hasPrefix("-:1:6: 警告: "))
    let named = runCLI(
      ["lint", "--stdin-filename", "sub/r.md", "--format", "json", "-"], in: folder.url, input: Self.bad)
    #expect(named.output.contains("\"uri\" : \"file://\(folder.url.path)/sub/r.md\""))
    let fixed = runCLI(["lint", "--fix", "-"], in: folder.url, input: Self.bad)
    #expect(fixed.output == "依据丙财绩〔2021〕6号。\n")
    #expect(fixed.code == 0)
    #expect(runCLI(["lint", "-"], in: folder.url, input: "").code == 0)
  }

  @Test func badFilesAreReportedAndGoodFilesStillLinted() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write("good.md", Self.bad)
    try folder.write("empty.md", "")
    try folder.write("binary.md", Data([0x41, 0x00, 0x42]))
    try folder.write("gbk.txt", Data([0xB8, 0xF9, 0xBE, 0xDD, 0x0A]))  // 根据 in GBK
    try folder.write("utf16.txt", Data([0xFF, 0xFE, 0x39, 0x68]))
    try folder.write("word.md", Data([0x50, 0x4B, 0x03, 0x04, 0x14]))
    try FileManager.default.createSymbolicLink(
      atPath: folder.url.appendingPathComponent("dangling.md").path, withDestinationPath: "/nonexistent/x.md")
    let run = runCLI(
      ["lint", "good.md", "empty.md", "binary.md", "gbk.txt", "utf16.txt", "word.md", "dangling.md", "missing.md"],
      in: folder.url)
    #expect(run.code == 2)
    #expect(run.output.contains("good.md:1:6: 警告:"))
    let errors = run.errorOutput
    #expect(errors.contains("missing.md: 文件或文件夹不存在"))
    #expect(errors.contains("binary.md: 是二进制文件，不是纯文本"))
    #expect(errors.contains("gbk.txt: 不是 UTF-8 编码（看起来是 GBK/GB18030"))
    #expect(errors.contains("iconv -f GB18030 -t UTF-8 gbk.txt > 转换后.txt"))
    #expect(errors.contains("utf16.txt: 是 UTF-16 编码"))
    #expect(errors.contains("word.md: 无法读取 Word 文档："))
    #expect(errors.contains("dangling.md: 文件或文件夹不存在"))
    #expect(!errors.contains("empty.md"))
  }

  // root reads any file, so the case only exists for other users.
  @Test(.enabled(if: getuid() != 0, "permissions do not apply to root"))
  func unreadableFileIsAnError() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let file = try folder.write("locked.md", Self.bad)
    try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: file.path)
    defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path) }
    let run = runCLI(["lint", "locked.md"], in: folder.url)
    #expect(run.code == 2)
    #expect(run.errorOutput.contains("locked.md: 无法读取（请检查权限）"))
  }

  @Test(arguments: [
    (["lint"], "没有指定要检查的文件或文件夹"),
    (["lint", "--format", "xml", "a.md"], "--format 应为 text、json、sarif、github，而不是 xml"),
    (["lint", "--frobnicate", "a.md"], "未知的选项 --frobnicate"),
    (["lint", "--include"], "--include 需要一个通配模式"),
    (["lint", "--diff", "--format", "json", "a.md"], "--diff 输出统一 diff"),
    (["lint", "-", "-"], "标准输入 - 只能出现一次"),
    (["frob"], "未知的命令 frob"),
  ])
  func usageErrorsExitWithTwo(arguments: [String], message: String) throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let run = runCLI(arguments, in: folder.url)
    #expect(run.code == 2)
    #expect(run.errorOutput.contains(message))
  }

  @Test func cleanFileExitsWithZero() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write("a.md", "依据丙财绩〔2021〕6号。\n")
    let run = runCLI(["lint", "--format=github", "a.md"], in: folder.url)
    #expect(run.code == 0)
    #expect(run.output == "")
  }
}

@Suite struct CLIConfigurationTests {
  static let bad = "依据丙财绩[2021]6号。\n"

  @Test func nearestConfigurationFileApplies() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write(".reportlsp.json", #"{"severity": {"N104": "error"}}"#)
    try folder.write("quiet/.reportlsp.json", #"{"disabledRules": ["N"]}"#)
    try folder.write("a/b/report.md", Self.bad)
    try folder.write("quiet/deep/report.md", Self.bad)
    let run = runCLI(["lint", "a", "quiet"], in: folder.url)
    #expect(run.code == 1)
    #expect(run.output.contains("a/b/report.md:1:6: 错误:"))
    #expect(!run.output.contains("quiet/deep/report.md"))
    #expect(runCLI(["lint", "--no-config", "quiet"], in: folder.url).code == 1)
    let explicit = runCLI(["lint", "--config", "quiet/.reportlsp.json", "a"], in: folder.url)
    #expect(explicit.code == 0)
  }

  @Test func invalidKeysAreNamedAndTheRestStillApplies() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write(".reportlsp.json", #"{"severity": {"N104": "loud"}, "disabledRules": ["N104"], "colour": true}"#)
    try folder.write("report.md", Self.bad)
    let run = runCLI(["lint", "report.md"], in: folder.url)
    #expect(run.code == 2)
    #expect(run.output == "未发现问题\n已检查 1 个文件，没有可复核的数字\n")
    let path = folder.url.appendingPathComponent(".reportlsp.json").path
    #expect(run.errorOutput.contains("配置文件 \(path): 设置项 severity.N104 应为 error、warning、info、hint 或 off"))
    #expect(run.errorOutput.contains("配置文件 \(path): 未知的设置项 colour，已忽略"))
  }

  @Test func brokenJSONFallsBackToDefaults() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write(".reportlsp.json", "{disabledRules: [N104]")
    try folder.write("report.md", Self.bad)
    let run = runCLI(["lint", "report.md"], in: folder.url)
    #expect(run.code == 2)
    #expect(run.output.contains("report.md:1:6: 警告:"))
    #expect(
      run.errorOutput.contains(
        ".reportlsp.json: 不是有效的 JSON，第 1 行第 2 列：对象的键应为双引号括起的字符串，此处是“d”，已使用默认设置"))
  }

  @Test func gazetteerPathIsRelativeToTheConfigurationFile() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write("data/towns.csv", "code,province,city,county,township\n1,甲省,乙市,丙县,丁镇\n")
    try folder.write("reports/.reportlsp.json", #"{"gazetteerPath": "../data/towns.csv"}"#)
    try folder.write("reports/r.md", "正文\n")
    #expect(runCLI(["lint", "reports"], in: folder.url).code == 0)
    try folder.write("reports/.reportlsp.json", #"{"gazetteerPath": "towns.csv"}"#)
    let missing = runCLI(["lint", "reports"], in: folder.url)
    #expect(missing.code == 2)
    #expect(missing.errorOutput.contains("设置项 gazetteerPath: 无法读取乡镇区划表"))
  }

  @Test func brokenWaiverFileIsAnError() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write(WaiverFile.fileName, #"{"version": 2, "files": {}}"#)
    try folder.write("report.md", Self.bad)
    let run = runCLI(["lint", "report.md"], in: folder.url)
    #expect(run.code == 2)
    #expect(run.errorOutput.contains("版本 2 不受支持"))
    #expect(runCLI(["lint", "--no-waivers", "report.md"], in: folder.url).code == 1)
  }
}

@Suite struct RulesCommandTests {
  @Test func listsEveryRule() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let run = runCLI(["rules"], in: folder.url)
    #expect(run.code == 0)
    #expect(run.output.split(separator: "\n").count == RuleRegistry.all.count)
    #expect(run.output.contains("N104  document-number-brackets"))
  }

  @Test func explainsARuleWithItsDocComment() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let run = runCLI(["explain-rule", "n104"], in: folder.url)
    #expect(run.code == 0)
    #expect(run.output.hasPrefix("# N104 document-number-brackets：发文字号年份括号不规范\n"))
    #expect(run.output.contains(try #require(RuleDocumentation.markdown(for: "N104"))))
    let unknown = runCLI(["explain-rule", "Z999"], in: folder.url)
    #expect(unknown.code == 2)
    #expect(unknown.errorOutput.contains("没有规则 Z999"))
  }
}
