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

  @Test func aHardWrappedTextIsOneFinding() throws {
    let text = HardWrapTests.wrapped
    let found = findings(BrokenLine.self, in: text)
    let only = try #require(found.first)
    #expect(found.count == 1)
    #expect(covered(only.range, in: text) == "收\n入")
    #expect(only.message.contains("3个段落被断成多行，共7处断行"))
    #expect(only.severity == .information)
    let fix = try #require(only.fixes.first)
    #expect(fix.applicability == .unsafe)
    let joined = applyingFixes(found, to: text, minimum: .unsafe)
    #expect(joined.split(separator: "\n").count == 5)
    #expect(joined.contains("其中本年收入321.09万元，比上年减少12.34万元，降幅为3.7%。"))
  }

  @Test func manySlipsInAnUnwrappedTextAreOneFinding() throws {
    // Word paragraphs of every length, nine of them broken in the middle: not a page width.
    let broken = (1...9).map { "第\($0)项工作：全年完成道路硬化\(10 + $0)公里，新建村级活动中心，改善群众出行条\n件，得到群众普遍好评。" }
    let long = "本年度各项工作均按计划推进，预算执行情况良好，资金使用规范，未发现违规违纪问题，群众满意度持续提升，各项指标全面完成。"
    let text = (broken + [long, long, long, long, long, long, long, long, long, long]).joined(separator: "\n")
    #expect(Document(text: text).wrapWidth == nil)
    let found = findings(BrokenLine.self, in: text)
    #expect(found.count == 1)
    #expect(found.first?.message.hasPrefix("全文有9处") == true)
    #expect(found.first?.fixes.first?.applicability == .safe)
    #expect(!applyingFixes(found, to: text).contains("条\n件"))
  }
}
