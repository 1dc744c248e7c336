import Testing

@testable import Analysis

@Suite struct GradeMismatchTests {
  @Test(arguments: [
    ("根据评分表评分，得分83分，财政支出绩效为“优”。", "优", "良"),
    ("绩效评价综合得分为96.20，绩效评价等级为：合格。", "合格", "优秀"),
    ("自评得分为58分，绩效等级为中。", "中", "差"),
    ("自评总分75分，评价结果为良好。", "良好", "合格"),
  ])
  func flagsGradesTheScoreDoesNotEarn(text: String, written: String, expected: String) throws {
    let found = findings(GradeMismatch.self, in: text)
    let only = try #require(found.first)
    #expect(found.count == 1)
    #expect(covered(only.range, in: text) == written)
    #expect(only.message.contains("应为“\(expected)”"))
    #expect(only.fixes.first?.applicability == .unsafe)
    #expect(only.related.count == 1)
    expectFixesConverge(GradeMismatch.self, text)
  }

  @Test(arguments: [
    "得分90分，财政支出绩效为“优”。",  // bounds are inclusive
    "得分80分，绩效等级为良。",
    "部门整体支出绩效自评得分为93分，按照等级标准，绩效等级为优。",
    "绩效评价综合得分为96.20，绩效评价等级为：优秀。",
    "满意度综合评分为4.8分，评价为优。",  // another scale
    "得分58分，评为优秀共产党员。",  // not a grade
    "得分88分。全年工作稳步推进。",
    "根据《自评分值表》评分，得分85分，评价为良。",
  ])
  func staysSilentWhenScoreAndGradeAgree(text: String) {
    #expect(findings(GradeMismatch.self, in: text).isEmpty)
  }

  @Test func usesTheConfiguredScale() {
    let text = "自评得分86分，绩效等级为优。"
    let local = Configuration(gradeScale: ["优": 85, "良": 75, "中": 60, "差": 0])
    #expect(findings(GradeMismatch.self, in: text, configuration: local).isEmpty)
    #expect(findings(GradeMismatch.self, in: text).count == 1)
    let strict = Configuration(gradeScale: ["优": 95, "良": 85, "中": 60, "差": 0])
    #expect(findings(GradeMismatch.self, in: "得分92分，绩效等级为优。", configuration: strict).first?.message.contains("应为“良”") == true)
  }

  @Test func appliedFixGivesTheEarnedGrade() {
    let text = "自评得分83分，财政支出绩效为“优”。"
    #expect(applyingFixes(findings(GradeMismatch.self, in: text), to: text, minimum: .unsafe) == "自评得分83分，财政支出绩效为“良”。")
  }
}
