import Testing

@testable import Analysis

@Suite struct UnitMismatchTests {
  @Test func insertsWanWhenTheSentenceArithmeticConfirmsIt() throws {
    let text = "“公务用车运行维护费”本年数为3.07元，上年数为8.65万元，本年数较上年数减少5.58万元。"
    let found = findings(UnitMismatch.self, in: text)
    let only = try #require(found.first)
    #expect(found.count == 1)
    #expect(covered(only.range, in: text) == "3.07元")
    #expect(only.message.contains("8.65 − 5.58 = 3.07"))
    #expect(only.fixes.first?.applicability == .safe)
    #expect(applyingFixes(found, to: text) == "“公务用车运行维护费”本年数为3.07万元，上年数为8.65万元，本年数较上年数减少5.58万元。")
    expectFixesConverge(UnitMismatch.self, text)
  }

  @Test func yuanBesideWanYuanOfTheSameItemWithoutArithmeticIsUnsafe() throws {
    let text = "2021年年初财政拨款结转和结余223.45万元，年末财政拨款结转和结余179.93元。"
    let found = findings(UnitMismatch.self, in: text)
    let only = try #require(found.first)
    #expect(found.count == 1)
    #expect(covered(only.range, in: text) == "179.93元")
    #expect(only.fixes.first?.applicability == .unsafe)
    #expect(applyingFixes(found, to: text, minimum: .unsafe).hasSuffix("179.93万元。"))
    #expect(applyingFixes(found, to: text) == text)
  }

  @Test func flagsAChangeBelowThePrecisionOfItsAmounts() throws {
    let text = "全年决算支出“三公”经费15.42万元，其中公务接待费9.99万元。较上年决算支出增加3.92元，上升34.07%；较年初预算节约0.57万元。"
    let found = findings(UnitMismatch.self, in: text)
    let only = try #require(found.first)
    #expect(found.count == 1)
    #expect(covered(only.range, in: text) == "3.92元")
    #expect(only.message.contains("34.09%"))
    #expect(only.fixes.first?.applicability == .safe)
    expectFixesConverge(UnitMismatch.self, text)
  }

  @Test func smallChangeWithoutAConfirmingPercentageHasAnUnsafeFix() {
    let text = "公务接待费9.99万元，较上年增加3.92元。"
    let found = findings(UnitMismatch.self, in: text)
    #expect(found.map { covered($0.range, in: text) } == ["3.92元"])
    #expect(found.first?.fixes.first?.applicability == .unsafe)
  }

  @Test func reportsMixedUnitsForOneMeasureOnce() throws {
    let text = "甲村组道硬化600米，宽3米，厚0.18米；乙村组道硬化700米；宽3.5米；厚15公分；丙村道路硬化700米，厚0.18米。"
    let found = findings(UnitMismatch.self, in: text)
    let only = try #require(found.first)
    #expect(found.count == 1)
    #expect(only.severity == .information)
    #expect(covered(only.range, in: text) == "15公分")
    #expect(only.message.contains("宜统一为米"))
    #expect(only.fixes.isEmpty)
  }

  @Test(arguments: ["建材产业占比120%。", "产品合格率达105%。", "所占比重为150.5%"])
  func flagsSharesAboveAHundredPercent(text: String) {
    let found = findings(UnitMismatch.self, in: text)
    #expect(found.count == 1)
    #expect(found.first?.message.contains("不能超过100%") == true)
  }

  @Test(arguments: [
    "本年数为3.07万元，上年数为8.65万元，本年数较上年数减少5.58万元。",
    "全镇今年农村改厕任务100户，每户改厕资金补助1700元。",
    "发放资金11.4万元：两女户84人，金额80640元；伤残扶助3人，金额28800元。",
    "发放教育生活补助1603人次506231.22元，参保资助3236人40.5万元。",
    "公务接待费9.9万元，较上年增加500元。",  // a whole-元 change is left alone
    "资金到位率121%，指标完成率131%，较上年增长150%。",
    "占年初预算批复的250%。",  // 占 one amount of another may exceed 100%
    "道路长3.1公里，桥长10米。",
    "宽3.5米，厚0.18米。",
    "一次性开支5000元以内的由分管领导审批，5000-10000元的须集体研究。",
  ])
  func staysSilentOnConsistentUnits(text: String) {
    #expect(findings(UnitMismatch.self, in: text).isEmpty)
  }
}
