import Testing

@testable import Analysis

@Suite struct HalfWidthPunctuationTests {
  @Test(arguments: [
    ("坚持依法行政,执法为民", "坚持依法行政，执法为民"),
    ("支出7.76万元, 项目支出908万元", "支出7.76万元，项目支出908万元"),
    ("预算收支结余:2020年预算收入", "预算收支结余：2020年预算收入"),
    ("完成率100%,确保", "完成率100%，确保"),
    ("是否达标?", "是否达标？"),
    ("强化责任;压实任务", "强化责任；压实任务"),
  ])
  func replacesHalfWidthMarks(text: String, fixed: String) throws {
    let found = findings(HalfWidthPunctuation.self, in: text)
    #expect(found.count == 1)
    #expect(found.first?.fixes.first?.applicability == .safe)
    #expect(applyingFixes(found, to: text) == fixed)
    expectFixesConverge(HalfWidthPunctuation.self, text)
  }

  @Test(arguments: [
    ("9个村(社区)开展", "9个村（社区）开展"),
    ("根据(丙财绩〔2021〕6号)文件", "根据（丙财绩〔2021〕6号）文件"),
    ("（试行)", "（试行）"),
  ])
  func replacesHalfWidthBracketsAroundChinese(text: String, fixed: String) {
    let found = findings(HalfWidthPunctuation.self, in: text)
    #expect(found.count == 1)
    #expect(applyingFixes(found, to: text) == fixed)
    expectFixesConverge(HalfWidthPunctuation.self, text)
  }

  @Test(arguments: [
    "支出总额1,531.23万元",
    "上午10:30召开会议",
    "详见http://example.com/a,b",
    "(1)进一步巩固成果",
    "地区生产总值(GDP)增长",
    "Hello, world!",
    "坚持依法行政，执法为民（试行）",
  ])
  func staysSilentOnNumbersAndLatinText(text: String) {
    #expect(findings(HalfWidthPunctuation.self, in: text).isEmpty)
  }

  /// Nested pairs: each pair counts the Chinese text of the pairs inside it (counted in one pass).
  @Test func nestedBracketsSeeTheChineseTextOfInnerPairs() {
    #expect(findings(HalfWidthPunctuation.self, in: "见(附件(甲乙镇))说明").count == 2)
    #expect(findings(HalfWidthPunctuation.self, in: "(a(甲乙镇)b)").count == 2)
    #expect(findings(HalfWidthPunctuation.self, in: "甲乙镇(a(1)b)说明").isEmpty)
  }

  @Test func aTextTypedWithHalfWidthMarksIsOneFinding() throws {
    let text = """
      一、部门概况
      本镇辖12个行政村,户籍人口3.2万人;设党政综合办公室等内设机构6个,年末实有在职人员58人。
      二、支出情况
      2022年度部门整体支出1234.56万元,其中:基本支出800.12万元,项目支出434.44万元(含专项资金)。
      三、绩效情况
      全年完成道路硬化15公里,新建村级活动中心2个,改造危房36户,群众满意度达到98%。
      """
    let found = findings(HalfWidthPunctuation.self, in: text)
    let only = try #require(found.first)
    #expect(found.count == 1)
    #expect(only.message.contains("半角10处"))
    #expect(only.fixes.first?.applicability == .safe)
    let fixed = applyingFixes(found, to: text)
    #expect(fixed.contains("行政村，户籍人口3.2万人；设党政"))
    #expect(fixed.contains("其中：基本支出800.12万元，项目支出434.44万元（含专项资金）。"))
    #expect(findings(HalfWidthPunctuation.self, in: fixed).isEmpty)
  }

  @Test func strayMarksInAFullWidthTextAreEachReported() {
    let line = "本镇辖12个行政村，户籍人口3.2万人；设党政综合办公室等内设机构6个，年末实有在职人员58人。"
    let text = Array(repeating: line, count: 6).joined(separator: "\n") + "\n全年完成道路硬化15公里,新建村级活动中心2个。"
    let found = findings(HalfWidthPunctuation.self, in: text)
    #expect(found.count == 1)
    #expect(found.first.map { covered($0.range, in: text) } == ",")
  }
}
