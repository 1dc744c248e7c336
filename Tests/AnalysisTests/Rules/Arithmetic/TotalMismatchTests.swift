import Testing

@testable import Analysis

@Suite struct TotalMismatchTests {
  @Test(arguments: [
    "2020年决算基本支出1274.3万元，其中：工资福利支出575.01万元、商品和服务支出374.69万元、对个人和家庭的补助262.46万元，资本性支出10.83万元，其他支出51.31万元。",
    // Rounded parts: 995.51 + 867.34 + 175.99 = 2038.84.
    "2021年决算基本支出2038.85万元，其中：工资福利支出995.51万元、商品和服务支出867.34万元、对个人和家庭的补助175.99万元。",
    // A 其中 list naming only the main parts.
    "车间共有劳动力353人，其中脱贫劳动力93人，残疾劳动力12人。",
    // A figure of another kind after the parts (结转 is not spending).
    "决算支出合计2762.66万元，其中：基本支出1957.87万元，项目支出804.79万元，年末结转和结余219.93万元。",
    // Nested lists: the parts of a part.
    "享受低保共321户521人，其中兜底197户313人，其中新增44户81人，取消低保22户29人。",
    "全村共有低保户58户103人（其中兜底保障36户61人，兜底保障一类12户20人、兜底保障二类19户33人）。",
    // A per-unit figure is not a part.
    "实施重点产业项目建设，共计200万元，其中乡重点产业50万元，其余每村15万元。",
    // Counts of people in 人 and 名.
    "2020年本单位年末实有人数52人，其中：行政人员20人，非参公事业人员32名。",
    // Parts before 共计.
    "补植补造意杨4万株、脐橙4.2万株、油茶4.5万株，共计植树12.7万株。",
    // 其中 opening the next sentence.
    "实际资金支出总额1,807.86万元。其中：工资福利支出181.64万元，商品和服务支出37.63万元，项目支出1,588.59万元。",
    // An approximate total is checked within one unit of its last digit.
    "发放资金7.3余万元，其中两女户4.06万元，独生子女户3.27万元。",
    // Two lists in one sentence, the second after ；.
    "编制人数69人，其中行政编制29人，事业编制25人；实有在职人员56人，其中政府机关人员18人，事业财政补助人员38人。",
    // A completed task list where one part was cancelled (任务 among 完成).
    "共完成任务24万元，其中竹木税费收入任务14.4万元因指标问题被取消，其他税收收入完成22万元，耕地占用税收入完成2万元。",
  ])
  func staysSilentOnConsistentOrPartialLists(text: String) {
    #expect(findings(TotalMismatch.self, in: text).isEmpty, "\(findings(TotalMismatch.self, in: text).map(\.message))")
  }

  @Test func flagsPartsThatExceedTheirTotal() throws {
    let text = "2020年度整体支出9224.79万元，其中基本支出8116.9万元，项目支出1129.94万元。"
    let found = findings(TotalMismatch.self, in: text)
    let only = try #require(found.first)
    #expect(found.count == 1)
    #expect(covered(only.range, in: text) == "9224.79万元")
    #expect(only.message == "各分项之和为9246.84万元（8116.9+1129.94），与合计9224.79万元不符，相差22.05万元；不能确定是合计有误还是某一分项有误")
    #expect(only.severity == .warning)
    #expect(only.fixes.map(\.title) == ["改合计为9246.84万元", "改基本支出为8094.85万元", "改项目支出为1107.89万元"])
    #expect(only.fixes.allSatisfy { $0.applicability == .unsafe })
    #expect(
      applyingFixes(found, to: text, minimum: .unsafe)
        == "2020年度整体支出9246.84万元，其中基本支出8116.9万元，项目支出1129.94万元。")
    expectFixesConverge(TotalMismatch.self, text)
  }

  @Test(arguments: [
    // Shares adding up to 100% make the list complete.
    ("收入合计9248.84万元，其中一般公共预算财政拨款收入为9224.97万元，占比为99.74%，政府性基金拨款收入为21.87万元，占比为0.26%。", "9248.84万元"),
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
    \t2109.46
    \t8116.9
    \t6007.44

    \t项目支出
    \t1169.44
    \t1129.94
    \t-39.5

    \t小计
    \t3278.9
    \t9224.79
    \t5945.89
    """

  @Test func flagsTableTotalRows() throws {
    let found = findings(TotalMismatch.self, in: Self.table)
    #expect(found.map { covered($0.range, in: Self.table) } == ["9224.79", "5945.89"])
    #expect(found.first?.message.hasPrefix("各分项之和为9246.84万元（8116.9+1129.94），与小计9224.79万元不符") == true)
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
