import Testing

@testable import Analysis

@Suite struct CountMismatchTests {
  @Test(arguments: [
    ("甲乙镇走访做到四个100%，即入户率100%，收集率100%，反馈率100%。", "四", 3),
    ("新增规模工业企业3家（甲公司、乙公司）。", "3", 2),
    ("明确“五大”原则。即以稳定为首要；以法律为遵循；以协作为要求；以发展为追求。", "五", 4),
    ("主要做了三个方面的工作：一是加强领导；二是完善制度。", "三", 2),
    ("完成项目4个，分别是道路项目，桥梁项目，水渠项目，指标完成率100%。", "4", 3),
    ("在丙村、丁村、戊村、己村三个村建立基地。", "三", 4),
    ("包括三项：①查阅资料；②核实数据；③实地查看；④汇总归纳。", "三", 4),
    ("涵盖甲、乙、丙、丁等3个方面。", "3", 4),
  ])
  func flagsCountsThatDoNotMatchTheirItems(text: String, count: String, items: Int) throws {
    let found = findings(CountMismatch.self, in: text)
    let only = try #require(found.first)
    #expect(found.count == 1)
    #expect(covered(only.range, in: text) == count)
    #expect(only.message.contains("\(items)项"))
    #expect(only.related.count == 1)
  }

  @Test(arguments: [
    "甲乙镇走访做到三个100%，即入户率100%，收集率100%，反馈率100%。",
    "新增规模工业企业3家（甲公司、乙公司、丙公司）。",
    "明确“四大”原则。即以稳定为首要；以法律为遵循；以协作为要求；以发展为追求。",
    "完成项目3个，分别是道路项目，桥梁项目，水渠项目，指标完成率100%。",
    "在丙村、丁村、戊村三个村建立基地。",
    "已建成电子、竹木加工两个扶贫车间。",
    "下设党政办、财政所、农业站、水利站和建设站5个办站所。",  // 和 may join two items
    "涵盖甲、乙、丙等13个方面的内容。",  // a list with 等 is partial
    "共有两个机构构成，一个为行政机构，一个为事业机构。",  // no enumeration introduced
    "通过低保、兜底保障、救助政策、残疾人两项补贴等政策开展帮扶。",  // a count inside a name
    "上年度述职点评3个问题、内部查摆3个问题，均已整改。",
    "全镇13个行政村、2个居委会成立领导小组。",
    "全镇33个村（社区）共建立387个网格。",
    "走访活动做到四个100%。",
  ])
  func staysSilentWhenTheCountMatchesOrNoListBelongsToIt(text: String) {
    #expect(findings(CountMismatch.self, in: text).isEmpty)
  }

  @Test func unsafeFixChangesTheCount() {
    let text = "甲乙镇走访做到四个100%，即入户率100%，收集率100%，反馈率100%。"
    let found = findings(CountMismatch.self, in: text)
    #expect(found.first?.fixes.first?.applicability == .unsafe)
    #expect(applyingFixes(found, to: text, minimum: .unsafe) == "甲乙镇走访做到三个100%，即入户率100%，收集率100%，反馈率100%。")
    expectFixesConverge(CountMismatch.self, text)
  }

  /// Parts of people that exceed their whole are the claim layer's arithmetic, reported by A102.
  @Test func partsOfPeopleThatExceedTheWholeAreATotalFinding() throws {
    let text = "丙丁县特困供养人员共51人，其中分散供养38人，集中供养20人；低保户共30户。"
    #expect(findings(CountMismatch.self, in: text).isEmpty)
    let found = findings(TotalMismatch.self, in: text)
    let only = try #require(found.first)
    #expect(found.count == 1)
    #expect(covered(only.range, in: text) == "51人")
    #expect(only.message.hasPrefix("各分项之和为58人（38+20）"))
  }

  @Test(arguments: [
    "特困供养人员共51人，其中分散供养38人，集中供养13人。",
    "登记在册人员134人，其中社区戒毒5人、康复人员2人。",  // parts may leave some out
    "编制人数58人，其中行政编制21人，事业编制24人；实有在职人员47人，其中机关人员15人，事业人员32人。",
    "问责15人次，其中约谈3人，诫勉谈话3人，批评教育8人，书面检讨5人。",  // 人次 is not 人
    "享受低保共214户377人，其中兜底126户208人，其中新增31户54人。",
  ])
  func partsWithinTheirWholeAreSilent(text: String) {
    #expect(findings(CountMismatch.self, in: text).isEmpty)
    #expect(findings(TotalMismatch.self, in: text).isEmpty, "\(findings(TotalMismatch.self, in: text).map(\.message))")
  }
}
