import Testing

@testable import Analysis

@Suite struct YearMismatchTests {
  static let title = "甲乙镇人民政府2021年度部门整体支出绩效自评报告\n"

  @Test(arguments: [
    "我单位对2020年度部门整体支出进行了绩效自评。",
    "我镇2020年度部门整体支出绩效自评得分为93分。",
    "根据《关于开展2020年度各预算单位部门整体支出绩效自评工作的通知》，我单位开展了自评。",
    "甲乙镇人民政府2020年度整体支出1531.23万元。",
    "丙丁县甲乙镇人民政府2020年整体支出1531.23万元。",
  ])
  func flagsAnotherYearInTheReportingYearsRole(sentence: String) throws {
    let text = Self.title + sentence + "\n"
    let found = findings(YearMismatch.self, in: text)
    let only = try #require(found.first)
    #expect(found.count == 1)
    #expect(covered(only.range, in: text) == "2020")
    #expect(only.message.contains("2021年度"))
    #expect(only.fixes.first?.applicability == .unsafe)
    #expect(
      applyingFixes(found, to: text, minimum: .unsafe) == Self.title
        + sentence.replacingOccurrences(of: "2020", with: "2021") + "\n")
    expectFixesConverge(YearMismatch.self, text)
  }

  @Test(arguments: [
    "我单位对2021年度部门整体支出进行了绩效自评。",  // the right year
    "较2020年度部门整体支出绩效评价得分提高了3分。",  // a comparison
    "2020年度部门整体支出绩效评价发现的问题已全部整改。",  // history
    "上年度即2020年度绩效自评得分为90分。",  // last year, said so
    "于2022年4月开展了部门整体支出绩效评价工作。",  // when the evaluation was done
    "2022年度部门整体支出绩效评价工作计划如下。",  // a plan
    "2020年度医疗保障工作经费22.96万元。",  // another year's money, no evaluation
    "丙丁县人民政府2020年度工作报告提出的目标。",  // another organisation
    "2020年底建档立卡数据为依据开展绩效评价。",  // a point in time
  ])
  func staysSilentOnOtherYearsOnPurpose(sentence: String) {
    #expect(findings(YearMismatch.self, in: Self.title + sentence + "\n").isEmpty)
  }

  @Test func withoutAReportYearNothingIsCompared() {
    #expect(findings(YearMismatch.self, in: "部门整体支出绩效自评报告\n全年工作稳步推进。\n").isEmpty)
  }

  @Test func withoutATitleYearTheYearWrittenMostOftenIsTheReportYear() {
    let text = "部门整体支出绩效自评报告\n2021年度收入100万元。\n2021年度支出90万元。\n我单位对2020年度部门整体支出进行了绩效自评。\n"
    #expect(findings(YearMismatch.self, in: text).map { covered($0.range, in: text) } == ["2020"])
  }

  @Test func documentNumberBeforeTheEvaluatedYear() throws {
    let text = Self.title + "根据《关于开展2021年度部门整体支出绩效自评工作的通知》（丙财绩〔2020〕6号）文件，我单位开展了自评。\n"
    let found = findings(YearMismatch.self, in: text)
    let only = try #require(found.first)
    #expect(found.count == 1)
    #expect(covered(only.range, in: text) == "〔2020〕")
    #expect(only.severity == .warning)
    #expect(only.fixes.isEmpty)
  }

  @Test func documentNumberOfTheEvaluatedYearIsInformation() {
    let text = Self.title + "根据丙财绩[2021]6号《关于开展2021年度部门整体支出绩效自评工作的通知》的要求。\n"
    let found = findings(YearMismatch.self, in: text)
    #expect(found.map(\.severity) == [.information])
    #expect(found.map { covered($0.range, in: text) } == ["[2021]"])
  }

  @Test(arguments: [
    "根据《关于开展2021年度部门整体支出绩效自评工作的通知》（丙财绩〔2022〕6号）文件。",  // issued the next year
    "按照财预便〔2017〕44号绩效评价等级标准，绩效等级为优。",  // a standing rule, not the notice
    "根据丙政办发〔2013〕68号文件规定开展2021年度绩效评价。",  // no notice title
  ])
  func documentNumbersThatFitStaySilent(sentence: String) {
    #expect(findings(YearMismatch.self, in: Self.title + sentence + "\n").isEmpty)
  }

  @Test func seedsAreSilent() {
    for seed in seedReports() {
      #expect(findings(YearMismatch.self, in: seed.text).isEmpty, "\(seed.name)")
    }
  }
}
