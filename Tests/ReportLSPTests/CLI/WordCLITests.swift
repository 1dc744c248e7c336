import Analysis
import Foundation
import Testing

@testable import ReportLSP
@testable import WordFile

/// `report-lsp lint` on Word documents: the same findings as the text, named by paragraph, in every format.
@Suite struct WordCLITests {
  static let text =
    (try? String(contentsOf: cliFixtures.appendingPathComponent("word/report.txt"), encoding: .utf8)) ?? ""

  /// One folder with the fixture as report.txt and, built from it, report.docx.
  static func folder() throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    try folder.write("report.txt", text)
    try folder.write("report.docx", Data(DocxBuilder.docx(fromText: text)))
    return folder
  }

  /// The done-when of issue 13: one fixture, as .txt and as .docx, gives the same findings — the same
  /// rules at the same places with the same messages, line references turned into paragraphs.
  @Test func sameFindingsFromTheTextAndTheWordVersion() throws {
    let folder = try Self.folder()
    defer { folder.remove() }
    let word = try #require(try? SourceReader.read(path: folder.url.appendingPathComponent("report.docx").path).get())
    let report = try #require(word.word)
    // The Word document reads back as the fixture, automatic 一、/（一） numbering included.
    #expect(word.text == Self.text)
    let textRun = runCLI(["lint", "--format", "json", "report.txt"], in: folder.url)
    let wordRun = runCLI(["lint", "--format", "json", "report.docx"], in: folder.url)
    func findings(_ run: CLIRun) throws -> [JSONValue] {
      try JSONDecoder().decode(JSONValue.self, from: Data(run.output.utf8)).arrayValue?.first?["diagnostics"]?
        .arrayValue ?? []
    }
    let fromText = try findings(textRun)
    let fromWord = try findings(wordRun)
    #expect(fromText.count == 7)
    #expect(fromText.count == fromWord.count)
    for (plain, docx) in zip(fromText, fromWord) {
      #expect(plain["code"] == docx["code"])
      #expect(plain["range"] == docx["range"])
      #expect(report.translatingLineReferences(in: plain["message"]?.stringValue ?? "") == docx["message"]?.stringValue)
      #expect(docx["location"]?.stringValue?.isEmpty == false)
      #expect(docx["quote"]?.stringValue?.isEmpty == false)
    }
    #expect(
      Set(fromWord.compactMap { $0["code"]?.stringValue }) == ["N104", "A101", "A102", "S102", "L102", "S101", "S103"])
    #expect(textRun.code == 1 && wordRun.code == 1)
  }

  @Test func textOutputNamesTheParagraphAndQuotesIt() throws {
    let folder = try Self.folder()
    defer { folder.remove() }
    let run = runCLI(["lint", "report.docx"], in: folder.url)
    #expect(run.code == 1)
    // The heading numbers are Word's own (automatic); 四、 was typed, and S102 still sees the gap.
    #expect(run.output.contains("report.docx:第11段: 警告: 标题编号跳过了“三、”"))
    #expect(run.output.contains("第11段 | 四、绩效目标完成情况"))
    #expect(run.output.contains("report.docx:第9段: 警告: 节约比应为13%"))
    #expect(run.output.contains("第9段 | …预算减少2.5万元，节约比为10%。"))
    // Table cells by table, row and column; line references in messages become paragraphs.
    #expect(run.output.contains("report.docx:表1第5行第3列: 警告: 各分项之和为14.41万元"))
    #expect(run.output.contains("本段与第13段的内容重复"))
    #expect(!run.output.contains("行的内容重复"))
  }

  @Test func machineFormatsCarryThePlaceAndTheQuote() throws {
    let folder = try Self.folder()
    defer { folder.remove() }
    let json = runCLI(["lint", "--format", "json", "report.docx"], in: folder.url)
    let entry = try JSONDecoder().decode(JSONValue.self, from: Data(json.output.utf8)).arrayValue?.first
    let ratio = try #require(entry?["diagnostics"]?.arrayValue?.first { $0["code"]?.stringValue == "A101" })
    #expect(ratio["location"]?.stringValue == "第9段")
    #expect(ratio["quote"]?.stringValue == "…预算减少2.5万元，节约比为10%。")

    let sarif = runCLI(["lint", "--format", "sarif", "report.docx"], in: folder.url)
    let log = try JSONDecoder().decode(JSONValue.self, from: Data(sarif.output.utf8))
    let results = log["runs"]?.arrayValue?.first?["results"]?.arrayValue ?? []
    let sarifRatio = try #require(results.first { $0["ruleId"]?.stringValue == "A101" })
    #expect(sarifRatio["message"]?["text"]?.stringValue?.hasPrefix("第9段「…预算减少2.5万元，节约比为10%。」：节约比应为13%") == true)
    let location = sarifRatio["locations"]?.arrayValue?.first
    #expect(location?["logicalLocations"]?.arrayValue?.first?["name"]?.stringValue == "第9段")
    #expect(location?["physicalLocation"]?["region"] == nil)
    #expect(location?["physicalLocation"]?["artifactLocation"]?["uri"]?.stringValue == "report.docx")
    #expect(sarifRatio["fixes"] == nil)

    let github = runCLI(["lint", "--format", "github", "report.docx"], in: folder.url)
    #expect(
      github.output.contains("::warning file=report.docx,title=A101 比率与数据不符::第9段「…预算减少2.5万元，节约比为10%25。」：节约比应为13%25"))
    #expect(!github.output.contains("line="))
  }

  @Test(arguments: ["--fix", "--diff"])
  func fixingAWordDocumentIsRefused(option: String) throws {
    let folder = try Self.folder()
    defer { folder.remove() }
    let before = try Data(contentsOf: folder.url.appendingPathComponent("report.docx"))
    let run = runCLI(["lint", option, "report.docx"], in: folder.url)
    #expect(run.code == 2)
    #expect(
      run.errorOutput.contains(
        "report.docx: 是 Word 文档，\(option) 不能修改 .docx；请在 Word 中按提示修改，或用 report-lsp convert 转为文本后再修复"))
    #expect(try Data(contentsOf: folder.url.appendingPathComponent("report.docx")) == before)
    #expect(!run.errorOutput.contains("已修复"))
  }

  @Test func fixOnStandardInputDoesNotPrintAWordDocumentsText() throws {
    let folder = try Self.folder()
    defer { folder.remove() }
    let captured = CapturedOutput()
    let console = Console(
      writeOutput: { captured.append($0, isError: false) }, writeErrorOutput: { captured.append($0, isError: true) },
      readInput: { Data(DocxBuilder.docx(fromText: Self.text)) }, isOutputTerminal: false, isErrorTerminal: false,
      environment: [:], currentDirectory: folder.url.path)
    #expect(CommandLine.run(arguments: ["lint", "--fix", "-"], console: console) == 2)
    #expect(!captured.texts.0.contains("青山县白石镇2023年度部门整体支出绩效自评报告\n根据"))
  }

  @Test(arguments: [
    (
      "old.doc", [UInt8]([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1]),
      "old.doc: 是旧版 Word 文档（.doc），不能直接检查；请先转换为 .docx：libreoffice --headless --convert-to docx old.doc"
    ),
    (
      "wps文稿.wps", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1],
      "wps文稿.wps: 是WPS 文字文档（.wps），不能直接检查；请先转换为 .docx：libreoffice --headless --convert-to docx wps文稿.wps"
    ),
    (
      "scan.pdf", Array("%PDF-1.7".utf8),
      "scan.pdf: 是 PDF 文件，不能直接检查；请先转换为 .docx：libreoffice --headless --infilter=writer_pdf_import --convert-to docx scan.pdf"
    ),
    (
      "locked.docx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1],
      "locked.docx: 是加密的 Word 文档（或改了扩展名的 .doc），不能直接检查；请先在 Word 中取消密码"
    ),
    ("broken.docx", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], "broken.docx: 无法读取 Word 文档：文件太短，不是完整的压缩包（可能被截断）"),
    (
      "表格.xlsx.docx", DocxBuilder.zip([("xl/workbook.xml", "<x/>")]),
      "表格.xlsx.docx: 无法读取 Word 文档：是 Excel 表格（.xlsx），不是 Word 文档"
    ),
  ])
  func otherFormatsNameTheConversion(name: String, bytes: [UInt8], message: String) throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write(name, Data(bytes))
    let run = runCLI(["lint", name], in: folder.url)
    #expect(run.code == 2)
    #expect(run.errorOutput.contains(message), "\(run.errorOutput)")
  }

  @Test func aFolderOfWordDocumentsIsLintedAndFilesToConvertAreNamed() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write("报告/甲镇.docx", Data(DocxBuilder.docx(fromText: Self.text)))
    try folder.write("报告/乙镇.doc", Data([0xD0, 0xCF, 0x11, 0xE0]))
    try folder.write("报告/附件.xlsx", Data([0x50, 0x4B, 0x03, 0x04]))
    let run = runCLI(["lint", "报告"], in: folder.url)
    #expect(run.code == 2)
    #expect(run.output.contains("报告/甲镇.docx:第9段: 警告: 节约比应为13%"))
    #expect(run.errorOutput.contains("报告/乙镇.doc: 是旧版 Word 文档（.doc），不能直接检查"))
    #expect(!run.errorOutput.contains("附件.xlsx"))
  }

  @Test func aFolderWithoutReportsIsAnErrorNamingWhatItHolds() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write("表格/a.xlsx", "x")
    try folder.write("表格/b.xlsx", "x")
    try folder.write("表格/图/c.png", "x")
    try FileManager.default.createDirectory(
      at: folder.url.appendingPathComponent("空"), withIntermediateDirectories: true)
    let run = runCLI(["lint", "表格", "空"], in: folder.url)
    #expect(run.code == 2)
    #expect(run.output == "")
    #expect(run.errorOutput.contains("表格: 文件夹中没有报告文件（.txt、.md、.docx）；其中有 2 个 .xlsx 文件、1 个 .png 文件"))
    #expect(run.errorOutput.contains("空: 文件夹中没有报告文件（.txt、.md、.docx）；文件夹是空的"))
    let included = runCLI(["lint", "--include", "*.md", "表格"], in: folder.url)
    #expect(included.errorOutput.contains("表格: 文件夹中没有与 --include *.md 匹配的文件；其中有 2 个 .xlsx 文件、1 个 .png 文件"))
  }

  @Test func convertPrintsTheTextTheLinterReads() throws {
    let folder = try Self.folder()
    defer { folder.remove() }
    let printed = runCLI(["convert", "report.docx"], in: folder.url)
    #expect(printed.code == 0)
    #expect(printed.output == Self.text)
    let written = runCLI(["convert", "report.docx", "-o", "out.txt"], in: folder.url)
    #expect(written.code == 0)
    #expect(try folder.read("out.txt") == Self.text)
    let over = runCLI(["convert", "report.docx", "-o", "report.docx"], in: folder.url)
    #expect(over.code == 2)
    #expect(over.errorOutput.contains("输出文件不能是输入文件本身"))
    try folder.write("old.doc", Data([0xD0, 0xCF, 0x11, 0xE0]))
    let old = runCLI(["convert", "old.doc"], in: folder.url)
    #expect(old.code == 2)
    #expect(old.errorOutput.contains("libreoffice --headless --convert-to docx old.doc"))
  }

  @Test func explainNamesParagraphsInAWordDocument() throws {
    let folder = try Self.folder()
    defer { folder.remove() }
    let run = runCLI(["explain", "report.docx"], in: folder.url)
    #expect(run.code == 0)
    #expect(run.output.contains("结果        位置"))
    #expect(run.output.contains("✗ 不符      第9段"))
    #expect(run.output.contains("表1第5行第3列"))
  }

  @Test func emptyCellsKeepTheColumnsAligned() {
    let document = WordDocument(blocks: [
      .table(
        WordTable(rows: [
          [
            WordCell(paragraphs: [WordParagraph(text: "项目")]),
            WordCell(paragraphs: [WordParagraph(text: "金额")], span: 2),
          ],
          [
            WordCell(paragraphs: []), WordCell(paragraphs: [WordParagraph(text: "1")]),
            WordCell(paragraphs: [WordParagraph(text: "2\n3")]),
          ],
        ]))
    ])
    let report = WordReport(document)
    #expect(report.text == "\t项目\n\t金额\n\t—\n\n\t—\n\t1\n\t2 3\n")
    #expect(report.location(ofLine: 3) == .tableCell(table: 1, row: 2, column: 1))
    #expect(report.translatingLineReferences(in: "与第1–2行、第6行重复；第99行") == "与表1第1行第1列至表1第1行第2列、表1第2行第2列重复；第99行")
  }
}
