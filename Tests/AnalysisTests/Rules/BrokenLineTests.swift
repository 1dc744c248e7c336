import Testing

@testable import Analysis

@Suite struct BrokenLineTests {
  @Test(arguments: [
    (
      "1、年度预算:2020年预算收入为682.1442\n万元，预算支出为682.1442万元。", "2\n万",
      "1、年度预算:2020年预算收入为682.1442万元，预算支出为682.1442万元。"
    ),
    (
      "（5）抓好精神文明建设，丰富群众文化生活，提倡移\n风易俗，反对封建迷信。", "移\n风",
      "（5）抓好精神文明建设，丰富群众文化生活，提倡移风易俗，反对封建迷信。"
    ),
    ("收入合计为9248.84  \r\n万元，其中", "4  \r\n万", "收入合计为9248.84万元，其中"),
  ])
  func joinsBrokenLines(text: String, flagged: String, fixed: String) throws {
    let found = findings(BrokenLine.self, in: text)
    let only = try #require(found.first)
    #expect(found.count == 1)
    #expect(covered(only.range, in: text) == flagged)
    #expect(applyingFixes(found, to: text) == fixed)
    expectFixesConverge(BrokenLine.self, text)
  }

  @Test(arguments: [
    "二、部门整体支出管理及使用情况\n财务规章制度执行情况：良好。",  // a heading line
    "乡域经济稳步发展\n（1）财税任务全面完成。",  // an unnumbered title, then an item
    "各项工作具体成效\n2020年，我镇新农村建设实现了质的飞跃。",
    "全年完成项目8个，\n新增企业3家。",  // ends with a mark
    "全年完成项目8个，新增企业3家\n\n万元以下的支出由分管领导审批。",  // blank line between
  ])
  func staysSilentOnRealLineBreaks(text: String) {
    #expect(findings(BrokenLine.self, in: text).isEmpty)
  }

  @Test func hardWrappedTextIsLeftAlone() {
    let line = "这是一段按固定宽度折行的文字，每一行都在词语中间断开"
    let text = Array(repeating: line, count: 12).joined(separator: "\n")
    #expect(findings(BrokenLine.self, in: text).isEmpty)
  }
}
