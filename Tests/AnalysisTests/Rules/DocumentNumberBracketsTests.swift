import Testing

@testable import Analysis

@Suite struct DocumentNumberBracketsTests {
  @Test(arguments: [
    ("根据绥财绩[2021]6号文件", "[2021]", "根据绥财绩〔2021〕6号文件"),
    ("（湘财绩【2020】7号）", "【2020】", "（湘财绩〔2020〕7号）"),
    ("按照财预(2020)10号要求", "(2020)", "按照财预〔2020〕10号要求"),
    ("见绥政办发（2013）68号", "（2013）", "见绥政办发〔2013〕68号"),
    ("报告文号：甲会审字(2023)第0012号", "(2023)", "报告文号：甲会审字〔2023〕第0012号"),
  ])
  func flagsBracketsOtherThanHexagonal(text: String, flagged: String, fixed: String) throws {
    let found = findings(DocumentNumberBrackets.self, in: text)
    let only = try #require(found.first)
    #expect(found.count == 1)
    #expect(covered(only.range, in: text) == flagged)
    #expect(only.fixes.first?.applicability == .safe)
    #expect(applyingFixes(found, to: text) == fixed)
    expectFixesConverge(DocumentNumberBrackets.self, text)
  }

  @Test(arguments: [
    "根据绥财绩〔2021〕6号文件",  // already right
    "2020年（2020）全年完成",  // a year in brackets that is not a document number
    "收入增长【2020】",  // no 号 after it
    "[2021]6号",  // no issuing organ before it
    "第(2021)号",  // no sequence number
  ])
  func staysSilentOnCorrectOrUnrelatedText(text: String) {
    #expect(findings(DocumentNumberBrackets.self, in: text).isEmpty)
  }
}
