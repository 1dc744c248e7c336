import Testing

@testable import Analysis

@Suite struct DirectionContradictionTests {
  @Test func flagsAnIncreaseThatIsAFall() throws {
    let text = "“公务用车购置及运行维护费”本年数为3.07万元，上年数为8.65万元，本年数较上年数增加5.58万元。"
    let found = findings(DirectionContradiction.self, in: text)
    let only = try #require(found.first)
    #expect(found.count == 1)
    #expect(covered(only.range, in: text) == "增加")
    #expect(only.message == "文中称“增加”，但本年数3.07万元低于上年数8.65万元（3.07−8.65=−5.58万元），方向相反")
    #expect(only.fixes.map(\.title) == ["改为“减少”"])
    #expect(only.fixes.first?.applicability == .unsafe)
    #expect(applyingFixes(found, to: text, minimum: .unsafe).hasSuffix("本年数较上年数减少5.58万元。"))
    expectFixesConverge(DirectionContradiction.self, text)
  }

  @Test func aUnitSlipDoesNotHideTheDirection() {
    // 3.07元 (for 万元) is below 8.65万元 however it is read.
    let text = "“公务用车购置及运行维护费”本年数为3.07元，上年数为8.65万元，本年数较上年数增加5.58万元。"
    #expect(findings(DirectionContradiction.self, in: text).map { covered($0.range, in: text) } == ["增加"])
  }

  @Test(arguments: [
    ("公务接待费为12.5万元，比年初预算数10万元节约2.5万元。", "节约"),
    ("违法违规驾驶率由年初的30%降至40%。", "降"),
    ("“办公经费”本年数为22.37万元，上年数为20.25万元，较上年支出减少2.12万元。", "减少"),
  ])
  func flagsWordsAgainstTheFigures(text: String, word: String) throws {
    let only = try #require(findings(DirectionContradiction.self, in: text).first, "nothing in \(text)")
    #expect(covered(only.range, in: text) == word)
  }

  @Test func flagsExceedingWordsBelowTheIndicator() throws {
    let text = "2) 村集体经济收入总量增长率20%。\n根据镇财经所统计数据，2020年全镇各村集体经济收入为323.25万元，2021年收入为373.3万元，同比增长15%，超出年初预期。"
    let only = try #require(findings(DirectionContradiction.self, in: text).first)
    #expect(covered(only.range, in: text) == "超出年初预期")
    #expect(only.message == "文中称“超出年初预期”，但实际15%低于指标值20%（15−20=−5%）")
    #expect(only.severity == .information)
    #expect(only.fixes.isEmpty)
  }

  @Test(arguments: [
    "“公务接待费”本年数为1.61万元，上年数为5.10万元，较上年减少3.49万元。",
    "会议费本年数为3.396万元，上年数为2.45万元，较上年增加0.946万元。",
    "违法违规驾驶率由年初的30%降至10%。",
    "2) 村集体经济收入总量增长率10%。\n2020年全镇各村集体经济收入为323.25万元，2021年收入为373.3万元，同比增长15%，超出年初预期。",
    // No figure to compare with.
    "全年决算支出“三公”经费14.41万元，比上年决算数增加2.91万元。",
  ])
  func staysSilentWhenTheWordsFitTheFigures(text: String) {
    #expect(findings(DirectionContradiction.self, in: text).isEmpty, "\(findings(DirectionContradiction.self, in: text).map(\.message))")
  }

  @Test func flagsASavingsColumnWhoseSignSaysOverspent() throws {
    let text = """
      金额单位：万元

      \t项目
      \t年初预算数
      \t年末决算数
      \t节约金额

      \t公务接待费
      \t10
      \t8.62
      \t-1.38

      \t会议费
      \t5
      \t4.5
      \t0.5
      """
    let found = findings(DirectionContradiction.self, in: text)
    #expect(found.map { covered($0.range, in: text) } == ["-1.38"])
    #expect(found.first?.message == "文中称“节约-1.38”，但决算数8.62万元低于预算数10万元（8.62−10=−1.38万元），方向相反")
  }

  @Test func snapshot() throws {
    try assertSnapshot(DirectionContradiction.self, fixture: "directions.md")
  }
}
