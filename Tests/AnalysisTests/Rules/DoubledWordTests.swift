import Testing

@testable import Analysis

@Suite struct DoubledWordTests {
  @Test(arguments: [
    ("甲乙镇累计签订签订合同30份", "签订", "甲乙镇累计签订合同30份"),
    ("充分利用利用广播开展宣传", "利用", "充分利用广播开展宣传"),
    ("发放“明白卡”明白卡200份", "明白卡", "发放“明白卡”200份"),
    ("制定防汛应急预案预案。", "预案", "制定防汛应急预案。"),
    ("资金管理情况：资金管理情况：严格执行制度", "资金管理情况：", "资金管理情况：严格执行制度"),
  ])
  func flagsDoubledWords(text: String, unit: String, fixed: String) throws {
    let found = findings(DoubledWord.self, in: text)
    let only = try #require(found.first)
    #expect(found.count == 1)
    #expect(covered(only.range, in: text) == unit)
    #expect(only.fixes.first?.applicability == .safe)
    #expect(applyingFixes(found, to: text) == fixed)
    expectFixesConverge(DoubledWord.self, text)
  }

  @Test(arguments: [
    "做到人人知晓、人人参与",  // single-character reduplication
    "家家户户都参加了培训",  // AABB
    "常常深入一线，一一核实",
    "大家坐下来研究研究再定",  // idiomatic ABAB
    "一步一步推进，一村一品",  // units starting with a numeral
    "包村领导、包村干部、村干部为责任人",  // the first copy ends a longer word
    "2020年2020年",  // digits
    "开展“三清一改”行动",
  ])
  func staysSilentOnReduplication(text: String) {
    #expect(findings(DoubledWord.self, in: text).isEmpty)
  }

  @Test func tripledWordIsReportedOnce() {
    let found = findings(DoubledWord.self, in: "签订签订签订合同")
    #expect(found.count == 1)
  }

  @Test(arguments: [
    // Table rows flattened onto one line: the cells repeat legitimately.
    "年初预算数 全年预算数 全年执行数 全年预算数 全年执行数 分值\n年度资金总额：60 58.5 58.5 60 58.5 10",
    "项目 | 预算数 | 决算数 | 预算数 | 决算数\n公用经费 | 12 | 11 | 10 | 9",
    // Cells run together with no separator: a target and its actual value between two scores.
    "服务对象满意度8明显改善明显改善8",
  ])
  func staysSilentOnTableCells(text: String) {
    #expect(findings(DoubledWord.self, in: text).isEmpty)
  }
}
