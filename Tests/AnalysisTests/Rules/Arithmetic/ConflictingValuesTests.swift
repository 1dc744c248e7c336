import Testing

@testable import Analysis

@Suite struct ConflictingValuesTests {
  @Test func flagsTheOddValueOfABudgetStatedThreeTimes() throws {
    let text = """
      甲乙镇2020年度部门整体支出绩效评价报告
      “三公”经费本年总额为18.26万元，与年初预算数21.4万元相差3.14万元。
      2020年初批复预算的“三公”经费为20万元，其中公务接待费12万元、公务用车运行维护费8万元。
      （三）“三公”经费情况
      金额单位：万元
      \t项目
      \t年初预算数
      \t年末决算数

      \t公务接待费
      \t12
      \t10.51

      \t合计
      \t20
      \t18.26
      """
    let found = findings(ConflictingValues.self, in: text)
    let only = try #require(found.first)
    #expect(found.count == 1)
    #expect(covered(only.range, in: text) == "21.4万元")
    #expect(only.message.contains("20万元"))
    #expect(only.message.contains("共2处"))
    #expect(only.severity == .warning)
    #expect(covered(only.related[0].range, in: text) == "20万元")
  }

  @Test func flagsTheValueStatedInPassingAndElseTheLater() {
    let text = """
      本年度公务用车保有量为2台，公务接待批次140次、1360人次。
      全年国内公务接待共185批次，1520人次。
      我镇2021年农村公路拓宽、硬化8.46公里，指标完成率100%。
      全镇植树造林60.2万株，农村公路拓宽、硬化8.416公里。
      """
    let found = findings(ConflictingValues.self, in: text)
    // The counts of 公务接待 are stated in passing in a sentence about 公务用车 and at home in the next; the
    // lengths are both stated at home, and the later one is reported.
    #expect(found.map { covered($0.range, in: text) } == ["140次", "1360人次", "8.416公里"])
    #expect(found.allSatisfy { $0.related.count == 1 })
  }

  @Test func comparesTextWithTheTableOfItsTopic() {
    let text = """
      2、三公经费使用情况（单位：万元）
      \t费用项目
      \t20年预算
      \t20年

      \t公务接待费
      \t31.6
      \t27

      \t合计
      \t42.8
      \t35

      我镇2020年度“三公”经费预算金额为31.6万元，实际支出27万元。
      """
    let found = findings(ConflictingValues.self, in: text)
    #expect(found.map { covered($0.range, in: text) } == ["31.6万元", "27万元"])
    #expect(found.allSatisfy { $0.message.contains("表中") })
  }

  @Test(arguments: [
    // Different years, calibers, targets, parts of different wholes, changes, averages, approximations.
    "2019年脱贫户收入总额为10万元。2020年脱贫户收入总额为12万元。",
    "三公经费本年数为17万元，上年数为13万元。",
    "基本支出年初预算数为100万元。基本支出决算数为120万元。",
    "1) 水稻种植面积4万亩。\n根据各村统计，我镇水稻种植面积4.8万亩，完成率120%。",
    "基本支出100万元，其中商品和服务支出30万元。项目支出50万元，其中商品和服务支出20万元。",
    "经费支出比上年增加3万元。经费支出比上年增加5万元。",
    "每户改厕资金补助1700元。每户改厕资金补助1500元。",
    "农作物种植面积约500亩。农作物种植面积520亩。",
    "油料作物产量0.34万吨。今年收获油料作物0.3万吨。",  // equal within rounding
    "2021年年初预算批复的基本支出为12万元，全年财政拨款支出为9万元。\n2021年年初预算批复的项目支出为3万元，全年财政拨款支出为6万元。",
    "对37名留守儿童随访，对26名留守老人随访。",
    "3-11岁在家人员共接种2839人次；12岁以上在家人员共接种14170人次。",
    "栽植苗木1.57万与5.3万株。",
  ])
  func differentQuantitiesAreNotCompared(text: String) {
    #expect(findings(ConflictingValues.self, in: text).isEmpty)
  }

  @Test func repeatedEqualValuesAreSilent() {
    let paragraph = "2020年脱贫人口17户26人，公务接待费为7.35万元，比年初预算数9万元减少1.65万元。"
    #expect(findings(ConflictingValues.self, in: paragraph + "\n" + paragraph).isEmpty)
  }

  /// A table row labelled with a long digit run once overflowed the item phrase reader.
  @Test func longDigitRunInATableLabelDoesNotCrash() {
    let text = "单位：万元\n\t项目\n\t预算数\n\n\t" + String(repeating: "9", count: 40) + "年\n\t10\n\n\t合计\n\t10"
    #expect(findings(ConflictingValues.self, in: text).isEmpty)
  }
}
