import Testing

@testable import Analysis

@Suite struct ConfusableWordTests {
  @Test(arguments: [
    ("截止至6月30日共完成进度的74%", "截止至", "截至6月30日共完成进度的74%"),
    ("截止2020年底，全镇脱贫", "截止", "截至2020年底，全镇脱贫"),
    ("截止目前无确诊病例", "截止", "截至目前无确诊病例"),
    ("组织实施其它各类教育", "其它", "组织实施其他各类教育"),
    ("按照上级布署要求", "布署", "按照上级部署要求"),
    ("稳定了全镇安全生产行势", "行势", "稳定了全镇安全生产形势"),
    ("面对严峻的型势", "型势", "面对严峻的形势"),
    ("开展安全生产风险稳患大排查", "稳患", "开展安全生产风险隐患大排查"),
    ("对考取大学的丙丁藉学子进行奖励", "藉", "对考取大学的丙丁籍学子进行奖励"),
    ("通过电话微信告之群众", "告之", "通过电话微信告知群众"),
    ("充分准备防疫物质。", "物质", "充分准备防疫物资。"),
    ("投入资金17万元，100户群众收益。", "收益", "投入资金17万元，100户群众受益。"),
    ("做到帐实相符", "帐", "做到账实相符"),
    ("建立明细帐", "帐", "建立明细账"),
    ("已评价结果为导向，完善管理", "已", "以评价结果为导向，完善管理"),
  ])
  func flagsConfusedWords(text: String, wrong: String, fixed: String) throws {
    let found = findings(ConfusableWord.self, in: text)
    let only = try #require(found.first)
    #expect(found.count == 1)
    #expect(covered(only.range, in: text) == wrong)
    #expect(applyingFixes(found, to: text) == fixed)
    expectFixesConverge(ConfusableWord.self, text)
  }

  @Test(arguments: [
    "截至2020年底，全镇脱贫",
    "报名于5月30日截止",
    "截止日期为6月30日",
    "截止到6月30日",  // 截止到 + time is correct
    "截止时间为下午5点",
    "对交通管制等事项广而告之",
    "自公告之日起施行",
    "经济运行势头良好",  // 运行 + 势头
    "执行势在必行",
    "转型势头强劲",
    "物质文明和精神文明",
    "增加群众收益，项目收益良好",
    "搭建帐篷，发放蚊帐",
    "慰藉群众，杯盘狼藉",
    "已成为导向",  // 成为
    "项目已完成，以问题为导向",
    "其他费用",
  ])
  func staysSilentOnCorrectText(text: String) {
    #expect(findings(ConfusableWord.self, in: text).isEmpty)
  }

  @Test func configurationAddsEntries() {
    let entry = ConfusableEntry(wrong: "挂帅", right: "挂牌", after: ["甲乙"], reason: "测试")
    let configuration = Configuration(extraConfusables: [entry])
    #expect(findings(ConfusableWord.self, in: "甲乙挂帅督办", configuration: configuration).count == 1)
    #expect(findings(ConfusableWord.self, in: "亲自挂帅", configuration: configuration).isEmpty)
  }
}
