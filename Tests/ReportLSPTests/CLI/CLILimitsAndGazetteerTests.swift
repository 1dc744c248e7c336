import Foundation
import Testing

@testable import ReportLSP

/// `lint` with the finding limits and a gazetteer in RFC 4180 CSV, configured by `.reportlsp.json`.
@Suite struct CLILimitsAndGazetteerTests {
  @Test func theFindingLimitsComeFromTheConfigurationFile() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write(".reportlsp.json", #"{"maxFindingsPerRule": 2, "enabledRules": ["L104"]}"#)
    try folder.write("report.md", String(repeating: "（甲", count: 6) + "。\n")
    let run = runCLI(["lint", "--format", "json", "report.md"], in: folder.url)
    #expect(run.code == 1)
    let json = try #require(try? JSONDecoder().decode(JSONValue.self, from: Data(run.output.utf8)))
    let messages = json[0]?["diagnostics"]?.arrayValue?.compactMap { $0["message"]?.stringValue } ?? []
    #expect(messages.count == 3)
    #expect(messages.last == "另有 4 处 L104 问题未列出（每条规则最多列出 2 处，可用设置项 maxFindingsPerRule 调整）")
  }

  @Test func aQuotedGazetteerIsReadAndItsBadRowsAreNamed() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write(
      "towns.csv",
      "\u{FEFF}code,province,city,county,township\r\n\"1\",\"甲省\",\"乙市\",\"丙丁县\",\"甲乙镇\"\r\n\"2\",\"甲省\"\r\n"
        + "\"3\",\"甲省\",\"乙市\",\"丙丁县\",\"丙戊镇\"\r\n")
    try folder.write(".reportlsp.json", #"{"gazetteerPath": "towns.csv", "enabledRules": ["N101"]}"#)
    try folder.write(
      "report.md",
      "丙丁县甲乙镇人民政府2020年度部门整体支出绩效评价报告\n一、部门概况\n全年工作稳步推进，保障了丙戊镇社会管理与发展的基本稳定。\n")
    let run = runCLI(["lint", "report.md"], in: folder.url)
    #expect(run.output.contains("[N101]"))
    #expect(run.errorOutput.contains("有 1 行无法读取，已跳过：第3行字段不全"))
  }

  @Test func aMistypedKeyGetsASuggestion() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write(".reportlsp.json", #"{"disabledRule": ["N104"]}"#)
    try folder.write("report.md", "依据丙财绩[2021]6号。\n")
    let run = runCLI(["lint", "report.md"], in: folder.url)
    #expect(run.code == 2)
    #expect(run.errorOutput.contains("未知的设置项 disabledRule（是否应为 disabledRules？），已忽略"))
  }
}
