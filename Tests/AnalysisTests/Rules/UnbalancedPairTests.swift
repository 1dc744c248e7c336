import Testing

@testable import Analysis

@Suite struct UnbalancedPairTests {
  @Test func turnsRoundAClosingMarkThatOpens() throws {
    let text = "深化”放管服”改革"
    let found = findings(UnbalancedPair.self, in: text)
    let only = try #require(found.first)
    #expect(found.count == 1)
    #expect(only.range == TextRange(2, 3))
    #expect(applyingFixes(found, to: text) == "深化“放管服”改革")
    expectFixesConverge(UnbalancedPair.self, text)
  }

  @Test func replacesHalfWidthQuotesPairedWithChineseOnes() {
    let text = "坚持\"安全第一”的方针，开展“大排查\"行动"
    let found = findings(UnbalancedPair.self, in: text)
    #expect(found.count == 2)
    #expect(applyingFixes(found, to: text) == "坚持“安全第一”的方针，开展“大排查”行动")
    expectFixesConverge(UnbalancedPair.self, text)
  }

  @Test(arguments: [
    ("三公”经费本年总额为14万元", "”"),
    ("做到“应收尽收，应支尽支", "“"),
    ("根据财预〔2020〕10号）", "）"),
    ("按照《管理办法执行", "《"),
    ("见【附件", "【"),
  ])
  func flagsUnpairedMarksWithoutFix(line: String, mark: String) throws {
    // A whole report: a fragment's first sentence and a text's unfinished last one are read apart.
    let text = "甲乙镇2021年度部门整体支出绩效评价报告\n\(line)\n以上为本单位自评情况。"
    let found = findings(UnbalancedPair.self, in: text)
    let only = try #require(found.first)
    #expect(found.count == 1)
    #expect(covered(only.range, in: text) == mark)
    #expect(only.fixes.isEmpty)
  }

  /// A page of a PDF report, cut every 25 characters: pairs split by the wraps pair, and the one
  /// quotation that really lacks its closing mark is found.
  @Test func pairsAcrossTheLinesOfAHardWrappedParagraph() throws {
    let text = """
      （一）甲乙站2022年度支出合计456.78万元（含上年结转
      资金），其中基本支出321.09万元，比上年减少12.34
      万元，降幅为3.7%，主要是按照“过紧日子”要求压减
      了公用经费。
      （二）项目支出135.69万元，主要用于“农机安全示范
      点建设”项目和“农机购置补贴，比上年减少12.34万
      元，降幅为8.3%，主要原因是部分项目已经完工，后续
      支出相应减少。
      """
    let document = Document(text: text)
    #expect(document.wrapWidth != nil)
    let found = findings(UnbalancedPair.self, in: text)
    let only = try #require(found.first)
    #expect(found.count == 1)
    #expect(document.lineIndex.line(containing: only.range.start) == 5)
    #expect(only.message.contains("左引号"))
  }

  @Test func marksWhosePartnerLiesOutsideTheText() {
    // A fragment that starts inside a bracket, and a text cut off inside one (an excerpt, or a draft
    // being typed).
    #expect(findings(UnbalancedPair.self, in: "10 分）项目决策科学，程序规范。\n（二）项目管理情况").isEmpty)
    #expect(findings(UnbalancedPair.self, in: "一、部门概况\n本单位为全额拨款事业单位。\n二、项目（资金").isEmpty)
    // Inside the text they are reported.
    #expect(findings(UnbalancedPair.self, in: "一、部门概况\n本单位（全额拨款事业单位。\n二、部门情况").count == 1)
  }

  @Test func flattenedTableLinesAreNotPaired() {
    let text = "一、绩效指标\n4 4 合规性 （制度\n3 2 健全） 3 3\n5 5 资金到位 及时性\n二、自评结论"
    #expect(findings(UnbalancedPair.self, in: text).isEmpty)
  }

  @Test(arguments: [
    "落实“两不愁三保障”和《预算法》（2018年修正）",
    "1) 坚持学习引领",  // list marker
    "一是加强领导；2）压实责任",
    "（一）“三公”经费情况",
    "财预〔2020〕10号",
    "他说\"好的\"",  // two half-width quotes pair with each other
  ])
  func staysSilentOnBalancedText(text: String) {
    #expect(findings(UnbalancedPair.self, in: text).isEmpty)
  }
}
