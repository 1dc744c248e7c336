import Testing

@testable import Analysis

@Suite struct ConversionResidueTests {
  @Test(arguments: [
    ("[bookmark: _GoBack]我镇严格落实责任制", "[bookmark: _GoBack]", "我镇严格落实责任制"),
    ("一、概况[bookmark: _Toc12345] \n正文", "[bookmark: _Toc12345]", "一、概况\n正文"),
  ])
  func deletesBookmarks(text: String, marker: String, fixed: String) throws {
    let found = findings(ConversionResidue.self, in: text)
    let only = try #require(found.first)
    #expect(found.count == 1)
    #expect(covered(only.range, in: text) == marker)
    #expect(applyingFixes(found, to: text) == fixed)
    expectFixesConverge(ConversionResidue.self, text)
  }

  @Test(arguments: ["根据绥财绩[2021]6号", "[bookmark: 未闭合", "见【附件1】"])
  func staysSilentOnOtherBrackets(text: String) {
    #expect(findings(ConversionResidue.self, in: text).isEmpty)
  }
}
