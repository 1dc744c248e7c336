import Testing

@testable import Analysis

@Suite struct RatioMismatchTests {
  /// The savings ratio whose budget stands in the paragraph before (issue 2's headline case).
  static let headline = """
    2020年初批复预算的“三公”经费为16万元，其中公务接待费10万元、公务用车购置及运行维护费6万元。

    全年决算支出“三公”经费14.41万元，其中公务接待费8.62万元、公务用车购置及运行维护费5.79万元。较年初预算减少1.59万元，节约比为8.6%。
    """

  @Test func flagsSavingsRatioWithBudgetFromEarlierParagraph() throws {
    let found = findings(RatioMismatch.self, in: Self.headline)
    let only = try #require(found.first)
    #expect(found.count == 1)
    #expect(covered(only.range, in: Self.headline) == "8.6%")
    #expect(only.message == "节约比应为9.9%（(16−14.41)÷16=9.94%），文中为8.6%")
    #expect(only.severity == .warning)
    #expect(only.fixes.first?.title == "改为9.9%")
    // The budget is from another paragraph: the fix is offered, not applied by fix-all.
    #expect(only.fixes.first?.applicability == .unsafe)
    #expect(applyingFixes(found, to: Self.headline, minimum: .unsafe).contains("节约比为9.9%"))
    #expect(only.related.map(\.message) == ["预算数 16万元", "决算数 14.41万元"])
  }

  @Test func namesTheOtherReadingWhenTheRatioFollowsAWrongSaving() throws {
    let text = Self.headline.replacingOccurrences(of: "减少1.59万元", with: "减少1.38万元")
    let only = try #require(findings(RatioMismatch.self, in: text).first)
    #expect(only.message.contains("文中8.6%与1.38÷16相符"))
    #expect(only.fixes.first?.applicability == .unsafe)
  }

  @Test(arguments: [
    // Budget written as an integer beside two-decimal amounts (16 = 16.00).
    "年初预算16万元，全年决算支出14.41万元，节约比为9.9%。",
    // Whole percentages.
    "预算总额1,531.23万元，实际到位资金1,849.89万元，资金到位率121%。",
    // Four-decimal amounts.
    "年初预算682.1442万元，全年决算支出600.12万元，节约率为12.02%。",
    // 亿元 and a change of one figure.
    "本年财政收入3.56亿元，较上年增加0.36亿元，增长11.3%。",
    // An approximate budget is never an input.
    "年初预算约16万元，全年支出14.41万元，节约比为8.6%。",
    // Rates from counts: the base is the earlier count of the sentence.
    "一年来共调处各类矛盾240件，成功化解223件，化解率92.9%。",
    // A share of the year's budget.
    "年初预算批复的基本支出为1168.51万元，年中追加789.37万元（占年初预算批复数67.55%）。",
    // 完成年初预算的X%.
    "年初预算16万元。全年决算支出14.41万元，完成年初预算的90%。",
    // Growth worked out from two years.
    "2020年全镇各村集体经济收入为323.25万元，2021年收入为373.3万元，同比增长15%。",
    // A budget of zero gives no ratio at all.
    "年初预算批复的项目支出为0万元，年中追加2181.79万元（占年初预算批复的100%）。",
  ])
  func staysSilentOnConsistentRatios(text: String) {
    #expect(findings(RatioMismatch.self, in: text).isEmpty, "\(findings(RatioMismatch.self, in: text).map(\.message))")
  }

  @Test(arguments: [
    ("年初预算16万元，全年决算支出14.41万元，节约比为8.6%。", "8.6%", "9.9"),
    ("预算总额1,531.23万元，实际到位资金1,849.89万元，资金到位率112%。", "112%", "121"),
    ("本年财政收入3.56亿元，较上年增加0.36亿元，增长13.1%。", "13.1%", "11.3"),
    ("收入合计4136.42万元，其中财政拨款收入4125.6万元，占比为99.74%，其他收入10.82万元，占比为0.62%。", "0.62%", "0.26"),
    ("一年来共调处各类矛盾240件，成功化解223件，化解率96.2%。", "96.2%", "92.9"),
    ("年初预算批复的基本支出为1168.51万元，年中追加789.37万元（占年初预算批复数76.55%）。", "76.55%", "67.55"),
    ("年初预算16万元。全年决算支出14.41万元，完成年初预算的95%。", "95%", "90"),
    ("2020年全镇各村集体经济收入为323.25万元，2021年收入为373.3万元，同比增长25%。", "25%", "15"),
    ("全年决算支出公务接待费8.62万元，较年初预算节约1.38万元，节约1.38%。", "1.38%", "13.80"),
  ])
  func flagsEachPerturbedRatio(text: String, flagged: String, expected: String) throws {
    let found = findings(RatioMismatch.self, in: text)
    let only = try #require(found.first, "nothing found in \(text)")
    #expect(found.count == 1)
    #expect(covered(only.range, in: text) == flagged)
    #expect(only.fixes.first?.edits.first?.replacement == expected)
  }

  @Test func aValueCutRatherThanRoundedIsALessSureFinding() throws {
    // 4125.6 ÷ 4136.42 = 99.7384%: written 99.73, it was cut, not rounded.
    let text = "收入合计4136.42万元，其中财政拨款收入4125.6万元，占比为99.73%，其他收入10.82万元，占比为0.26%。"
    let found = findings(RatioMismatch.self, in: text)
    let only = try #require(found.first)
    #expect(found.count == 1)
    #expect(covered(only.range, in: text) == "99.73%")
    #expect(only.severity == .information)
    #expect(only.message.contains("截去尾数"))
    #expect(only.fixes.first?.applicability == .unsafe)
  }

  @Test func tableRateColumnIsRecomputedFromTheDifference() throws {
    let text = """
      金额单位：万元

      \t项目
      \t年初预算数
      \t年末决算数
      \t金额差异
      \t超支节约比率

      \t公务接待费
      \t10
      \t8.62
      \t1.38
      \t10.3%

      \t合计
      \t10
      \t8.62
      \t1.38
      \t13.8%
      """
    let only = try #require(findings(RatioMismatch.self, in: text).first)
    #expect(covered(only.range, in: text) == "10.3%")
    #expect(only.message == "比率应为13.8%（1.38÷10=13.80%），文中为10.3%")
    #expect(findings(RatioMismatch.self, in: text).count == 1)
  }

  @Test func indicatorLineGivesTheTargetOfACompletionRate() throws {
    let silent = "1) 水稻种植面积4万亩。\n根据各村最新数据进行统计，我镇水稻种植面积4.8万亩，指标完成率120%。"
    #expect(findings(RatioMismatch.self, in: silent).isEmpty)
    let text = "1) 水稻种植面积4万亩。\n根据各村最新数据进行统计，我镇水稻种植面积4.8万亩，指标完成率110%。"
    let only = try #require(findings(RatioMismatch.self, in: text).first)
    #expect(covered(only.range, in: text) == "110%")
    // Pairing a result with the indicator line is a reading of the layout: less sure.
    #expect(only.severity == .information)
    #expect(only.message.hasPrefix("指标完成率应为120%（4.8÷4=120.00%）"))
  }

  @Test func recomputedValueIsSafeOnlyWhenCertain() throws {
    let text = "年初预算200万元，全年决算支出150万元，节约比为30%。"
    let only = try #require(findings(RatioMismatch.self, in: text).first)
    #expect(only.fixes.first?.applicability == .safe)
    #expect(applyingFixes([only], to: text) == "年初预算200万元，全年决算支出150万元，节约比为25%。")
    expectFixesConverge(RatioMismatch.self, text)
  }

  @Test func anUncertainRoundingIsNotSafe() throws {
    // (16 − 14.41) ÷ 16 lies between 9.87% and 10.00% once the inputs' rounding is counted.
    let text = "年初预算16万元，全年决算支出14.41万元，节约比为8.6%。"
    let only = try #require(findings(RatioMismatch.self, in: text).first)
    #expect(only.fixes.first?.applicability == .unsafe)
    expectFixesConverge(RatioMismatch.self, text)
  }

  @Test func snapshot() throws {
    try assertSnapshot(RatioMismatch.self, fixture: "ratios.md")
  }
}
