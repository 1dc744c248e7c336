import Testing

@testable import Analysis

@Suite struct TotalMismatchTests {
  @Test(arguments: [
    "2021年决算基本支出986.4万元，其中：工资福利支出512.37万元、商品和服务支出301.28万元、对个人和家庭的补助118.62万元，资本性支出20.4万元，其他支出33.73万元。",
    // Rounded parts: 802.41 + 611.38 + 106.86 = 1520.65.
    "2022年决算基本支出1520.66万元，其中：工资福利支出802.41万元、商品和服务支出611.38万元、对个人和家庭的补助106.86万元。",
    // A 其中 list naming only the main parts.
    "车间共有劳动力210人，其中脱贫劳动力64人，残疾劳动力9人。",
    // A figure of another kind after the parts (结转 is not spending).
    "决算支出合计1840.5万元，其中：基本支出1210.2万元，项目支出630.3万元，年末结转和结余147.7万元。",
    // Nested lists: the parts of a part.
    "享受低保共214户377人，其中兜底126户208人，其中新增31户54人，取消低保17户25人。",
    "全村共有低保户58户103人（其中兜底保障36户61人，兜底保障一类12户20人、兜底保障二类19户33人）。",
    // A per-unit figure is not a part.
    "实施重点产业项目建设，共计160万元，其中乡重点产业40万元，其余每村12万元。",
    // Counts of people in 人 and 名.
    "2021年本单位年末实有人数47人，其中：行政人员18人，非参公事业人员29名。",
    // Parts before 共计.
    "补植补造意杨3.5万株、脐橙2.8万株、油茶4.1万株，共计植树10.4万株。",
    // 其中 opening the next sentence.
    "实际资金支出总额1,265.42万元。其中：工资福利支出156.3万元，商品和服务支出48.72万元，项目支出1,060.4万元。",
    // An approximate total is checked within one unit of its last digit.
    "发放资金7.3余万元，其中两女户4.06万元，独生子女户3.27万元。",
    // Two lists in one sentence, the second after ；.
    "编制人数58人，其中行政编制21人，事业编制24人；实有在职人员47人，其中政府机关人员15人，事业财政补助人员32人。",
    // A completed task list where one part was cancelled (任务 among 完成).
    "共完成任务19万元，其中林木税费收入任务8.5万元因指标问题被取消，其他税收收入完成17万元，耕地占用税收入完成2万元。",
  ])
  func staysSilentOnConsistentOrPartialLists(text: String) {
    #expect(findings(TotalMismatch.self, in: text).isEmpty, "\(findings(TotalMismatch.self, in: text).map(\.message))")
  }

  @Test func flagsPartsThatExceedTheirTotal() throws {
    let text = "2021年度整体支出5312.46万元，其中基本支出4205.8万元，项目支出1128.93万元。"
    let found = findings(TotalMismatch.self, in: text)
    let only = try #require(found.first)
    #expect(found.count == 1)
    #expect(covered(only.range, in: text) == "5312.46万元")
    #expect(only.message == "各分项之和为5334.73万元（4205.8+1128.93），与合计5312.46万元不符，相差22.27万元；不能确定是合计有误还是某一分项有误")
    #expect(only.severity == .warning)
    #expect(only.fixes.map(\.title) == ["改合计为5334.73万元", "改基本支出为4183.53万元", "改项目支出为1106.66万元"])
    #expect(only.fixes.allSatisfy { $0.applicability == .unsafe })
    #expect(
      applyingFixes(found, to: text, minimum: .unsafe)
        == "2021年度整体支出5334.73万元，其中基本支出4205.8万元，项目支出1128.93万元。")
    expectFixesConverge(TotalMismatch.self, text)
  }

  @Test(arguments: [
    // Shares adding up to 100% make the list complete.
    ("收入合计4138.42万元，其中一般公共预算财政拨款收入为4125.6万元，占比为99.74%，政府性基金拨款收入为10.82万元，占比为0.26%。", "4138.42万元"),
    // 基本支出 and 项目支出 make up all spending.
    ("全年支出合计3500.00万元，其中基本支出2000.00万元，项目支出1400.00万元。", "3500.00万元"),
    // 分别为 names every part.
    ("三项支出合计150万元，分别为办公费50万元、印刷费40万元、水电费30万元。", "150万元"),
    // Parts before 共计 are the whole.
    ("全年支出公务接待费10.50万元、水电费20.25万元、印刷费5.00万元，共计36.00万元。", "36.00万元"),
  ])
  func flagsShortfallsOfCompleteLists(text: String, flagged: String) throws {
    let found = findings(TotalMismatch.self, in: text)
    let only = try #require(found.first, "nothing in \(text)")
    #expect(found.count == 1)
    #expect(covered(only.range, in: text) == flagged)
  }

  @Test(arguments: [
    // The persons of the classes add up to the 兜底 total, so the households must too (13+19 ≠ 36).
    ("全村共有低保户58户103人（其中兜底保障36户61人，兜底保障一类13户28人、兜底保障二类19户33人）。", "36户"),
    // A last part named 其他… is the rest: the list is complete.
    ("项目支出512.40万元，其中商品和服务支出102.35万元，对个人和家庭的补助300.00万元，其他资本性支出98.05万元。", "512.40万元"),
    // Parts in 元 of a total in 万元, and an approximate total: 45200+31800元 = 7.7万元 is not 7.3余万元.
    ("发放资金7.3余万元：两女户48人，金额45200元；独生子女户26人，金额31800元。", "7.3余万元"),
  ])
  func flagsListsThatOtherFiguresShowComplete(text: String, flagged: String) throws {
    let found = findings(TotalMismatch.self, in: text)
    let only = try #require(found.first, "nothing in \(text)")
    #expect(found.count == 1)
    #expect(covered(only.range, in: text) == flagged)
  }

  @Test func flagsShortfallOfAnIncompleteListNowhere() {
    #expect(findings(TotalMismatch.self, in: "项目支出2181.79万元，其中商品服务支出230.51万元，对个人和家庭的补助1307.28万元。").isEmpty)
  }

  static let table = """
    1、基本支出使用情况（单位：万元）

    \t项目
    \t20年预算
    \t20年决算
    \t差额（决算-预算）

    \t基本支出
    \t2210.5
    \t4305.72
    \t2095.22

    \t项目支出
    \t980.3
    \t955.1
    \t-25.2

    \t小计
    \t3190.8
    \t5238.82
    \t2048.02
    """

  @Test func flagsTableTotalRows() throws {
    let found = findings(TotalMismatch.self, in: Self.table)
    #expect(found.map { covered($0.range, in: Self.table) } == ["5238.82", "2048.02"])
    #expect(found.first?.message.hasPrefix("各分项之和为5260.82万元（4305.72+955.1），与小计5238.82万元不符") == true)
  }

  @Test func subRowsUnderQiZhongAreNotPartsOfTheTotal() {
    let text = """
      金额单位：万元

      \t项目
      \t年初预算数
      \t年末决算数

      \t公务接待费
      \t10
      \t8.62

      \t公务用车购置及运行维护费
      \t6
      \t5.79

      \t其中：公务用车运行维护费
      \t6
      \t5.79

      \t合计
      \t16
      \t14.41
      """
    #expect(findings(TotalMismatch.self, in: text).isEmpty)
    let wrong = text.replacingOccurrences(of: "\t14.41", with: "\t15.41")
    #expect(findings(TotalMismatch.self, in: wrong).map { covered($0.range, in: wrong) } == ["15.41"])
  }

  @Test func snapshot() throws {
    try assertSnapshot(TotalMismatch.self, fixture: "totals.md")
  }
}
