import Testing

@testable import Analysis

/// The one-sentence cases of the fact layer: each input's role read from the clause, the formula as
/// written, and no finding (or no fix) when a role or the value is not certain.
@Suite struct RoleTests {
  static let rules: [any Rule.Type] = [
    RatioMismatch.self, TotalMismatch.self, DifferenceMismatch.self, DirectionContradiction.self, ConflictingValues.self,
    UnitMismatch.self,
  ]

  static func arithmetic(_ text: String) -> [Diagnostic] {
    let context = RuleContext(document: Document(text: text), configuration: .default, gazetteer: nil)
    return rules.flatMap { $0.init().check(context) }
  }

  @Test(arguments: [
    // 执行率 = actual ÷ budget, with the budget named first.
    ("全年预算数1300.00万元，实际支出1254.72万元，预算执行率98.5%。", "98.5%", "96.5"),
    // 完成率 = actual ÷ target, with the target named after the actual.
    ("完成安全饮水工程8处，目标10处，完成率90%。", "90%", "80"),
    // 支付率 = paid ÷ (paid + outstanding).
    ("资金支付812.5万元，未支付37.5万元，支付率97%。", "97%", "96"),
  ])
  func ratesAreActualOverPlanInEitherOrder(text: String, flagged: String, expected: String) throws {
    let found = Self.arithmetic(text)
    let only = try #require(found.first, "nothing in \(text)")
    #expect(found.count == 1, "\(found.map(\.message))")
    #expect(only.code == "A101")
    #expect(covered(only.range, in: text) == flagged)
    #expect(only.fixes.first?.edits.first?.replacement == expected)
  }

  @Test func aDeclineOnLastYearIsNotRecomputedAgainstTheBudget() {
    // (16.20 − 15.30) ÷ 16.20 = 5.6%: the budget of 18.00 before it is another figure.
    let text = "2022年“三公”经费年初预算18.00万元……全年决算15.30万元……较上年决算16.20万元下降5.6%。"
    #expect(Self.arithmetic(text).isEmpty, "\(Self.arithmetic(text).map(\.message))")
    let wrong = text.replacingOccurrences(of: "5.6%", with: "15.0%")
    #expect(Self.arithmetic(wrong).map { covered($0.range, in: wrong) } == ["15.0%"])
  }

  @Test func growthFromAZeroBaseIsUndefinedAndHasNoFix() throws {
    let text = "审计事务36万元，较上年决算数增加36万元，增长100%。"
    let only = try #require(Self.arithmetic(text).first)
    #expect(only.message == "增长率无法计算：基期数为36−36=0，文中为100%")
    #expect(only.fixes.isEmpty)
  }

  @Test func anImplausibleShareIsReportedWithoutAValueToWrite() throws {
    let text = "年初预算批复的项目支出为3万元，年中追加1950.6万元（占年初预算批复的100%）。"
    let only = try #require(Self.arithmetic(text).first)
    #expect(only.message.contains("不可能是占比"))
    #expect(only.fixes.isEmpty)
  }

  @Test(arguments: [
    // Target against actual: the target is not the base of the growth.
    "全镇计划新建公厕12座，实际建成12座，较上年增加3座，增长33.3%。",
    // 预算 against 决算: a decline on last year is not a saving on the budget.
    "会议费年初预算6.00万元，决算支出4.80万元，较上年决算5.20万元下降7.7%。",
    // 上年 against 本年: the figures of two years are not one figure stated twice.
    "培训费本年决算9.50万元。\n上年培训费决算8.20万元。",
    // A total and its 其中 part are not one figure stated twice.
    "国内公务接待共41批次（其中外事接待6批次），387人次（其中外事接待52人次）。\n外事接待6批次，52人次。",
    // Two bases in one sentence, each ratio after its own change.
    "办公经费本年支出30万元，较年初预算数减少10万元，下降25%，较上年支出数减少6万元，下降16.7%。",
    // A partial list with 等 names no item.
    "加上托底补助、结算补助等226.4万元，收入总计980.5万元。\n加上结转下年、上解支出等0万元，支出总计980.5万元。",
    // A 其中 list that names only some parts.
    "基本支出560.8万元，其中工资福利支出402.6万元，商品和服务支出98.3万元。",
  ])
  func roleTrapsStaySilent(text: String) {
    #expect(Self.arithmetic(text).isEmpty, "\(Self.arithmetic(text).map { "\($0.code) \($0.message)" })")
  }

  @Test func partsThatMakeTheTotalCarryTheirBudgetsAndChanges() {
    let text = "“三公”经费本年支出23.40万元，比年初预算数26.00万元减少2.60万元，比上年决算数增加1.50万元；"
      + "因公出国（境）费0元，与年初预算数、上年决算数均无变化；公务用车运行维护费9.10万元，比年初预算数10.00万元"
      + "减少0.90万元，比上年决算数增加0.40万元；公务接待费14.30万元，比年初预算数16.00万元减少1.70万元，"
      + "比上年决算数增加1.10万元。"
    #expect(Self.arithmetic(text).isEmpty, "\(Self.arithmetic(text).map(\.message))")
    let budget = text.replacingOccurrences(of: "年初预算数26.00万元减少2.60万元", with: "年初预算数27.00万元减少3.60万元")
    let found = Self.arithmetic(budget)
    #expect(found.map { "\($0.code) \(covered($0.range, in: budget))" } == ["A102 27.00万元"])
    #expect(found.first?.message == "各分项之和为26.00万元（0+10.00+16.00），与三公经费预算数27.00万元不符，相差1.00万元")
    let change = text.replacingOccurrences(of: "比上年决算数增加1.50万元", with: "比上年决算数增加1.60万元")
    #expect(Self.arithmetic(change).map { "\($0.code) \(covered($0.range, in: change))" } == ["A102 1.60万元"])
  }

  @Test func decreasesOfPartsAddUpToTheDecreaseOfTheTotal() {
    let text = "本级“三公”经费52万元，较上年减少11万元，较年初预算数减少6万元。其中：公务用车运行维护费30万元，较上年减少8万元，"
      + "较年初预算数减少4.5万元；公务接待费22万元，较上年减少3万元，较年初预算数减少1.5万元。"
    #expect(Self.arithmetic(text).isEmpty, "\(Self.arithmetic(text).map(\.message))")
    let wrong = text.replacingOccurrences(of: "较上年减少11万元", with: "较上年减少12万元")
    #expect(Self.arithmetic(wrong).map { covered($0.range, in: wrong) } == ["12万元"])
  }

  @Test func aComparisonWithTheReportsOwnYearIsFlagged() throws {
    let text = "甲乙区2023年度财政决算说明\n民族事务支出86万元，与2023年决算数持平。\n宗教事务支出40万元，较2022年决算数增加5万元。"
    let context = RuleContext(document: Document(text: text), configuration: .default, gazetteer: nil)
    let found = YearMismatch().check(context)
    let only = try #require(found.first)
    #expect(found.count == 1)
    #expect(covered(only.range, in: text) == "2023")
    #expect(only.fixes.first?.edits.first?.replacement == "2022")
    #expect(only.fixes.first?.applicability == .unsafe)
  }

  @Test func unitsLeftOutAreReported() {
    let missingYuan = "项目支出286.5万元，其中道路建设120万，办公经费166.5万元。"
    #expect(findings(UnitMismatch.self, in: missingYuan).map { covered($0.range, in: missingYuan) } == ["120万"])
    let missingUnit = "人均纯收入增加到7250，比上年6800元增长6.6%。"
    let found = findings(UnitMismatch.self, in: missingUnit)
    #expect(found.map { covered($0.range, in: missingUnit) } == ["7250"])
    #expect(found.first?.fixes.first?.edits.first?.replacement == "元")
  }

  @Test func runningTextInATableCellIsReadAsAParagraph() {
    // A self-evaluation table flattened onto one line: its 实际完成情况 cell is a paragraph with a list.
    let text = "项目名称 道路养护项目 年初预算数 全年预算数 全年执行数 年度总体目标 实际完成情况 "
      + "本项目共完成预算资金46.52万元。其中：20万元用于县道养护；16.5万元用于乡道养护；10.05万元用于村道养护。 "
      + "绩效指标 一级指标 二级指标"
    let found = findings(TotalMismatch.self, in: text)
    #expect(found.map { covered($0.range, in: text) } == ["46.52万元"])
    #expect(found.first?.fixes.map(\.title).dropFirst().first == "改第1项为19.97万元")
  }

  /// A table converted one cell per line (rows lost), with the prose that explains it.
  static let cellPerLine = """
    一、2022年度“三公”经费支出决算表
    单位：万元 |
    项 目 |
    预 算 数 |
    决 算 数 |
    合 计 |
    36.5 |
    21.2 |
    因公出国（境）费 |
    0 |
    公务接待费 |
    16.5 |
    9.8 |
    公务用车运行维护费 |
    20 |
    11.4 |
    二、“三公”经费支出情况说明
    1.公务接待费支出9.8万元，与2022年度预算相比，减少6.7万元。
    2.公务用车运行维护费支出20万元，与2022年度预算相比无变化。
    3.因公出国（境）费支出0万元，与2022年度预算相比无增减。
    """

  @Test func aCellPerLineTableGivesItsRowsToTheProse() {
    #expect(Self.arithmetic(Self.cellPerLine).isEmpty, "\(Self.arithmetic(Self.cellPerLine).map(\.message))")
    let difference = Self.cellPerLine.replacingOccurrences(of: "减少6.7万元", with: "减少1.7万元")
    #expect(Self.arithmetic(difference).map { "\($0.code) \(covered($0.range, in: difference))" } == ["A103 1.7万元"])
  }

  @Test func aTotalRowIsNotCheckedAgainstTheRowsOfAPartialGrid() {
    // 因公出国（境）费 lost its empty 决算 cell: its row is dropped, so 合计 is not the sum of the rows kept.
    let text = Self.cellPerLine.replacingOccurrences(of: "合 计 |\n36.5 |", with: "合 计 |\n56.5 |")
      .replacingOccurrences(of: "因公出国（境）费 |\n0 |", with: "因公出国（境）费 |\n20 |")
    #expect(findings(TotalMismatch.self, in: text).isEmpty, "\(findings(TotalMismatch.self, in: text).map(\.message))")
  }

  @Test func noChangeIsContradictedByTheFiguresComparedWith() throws {
    let text = Self.cellPerLine.replacingOccurrences(of: "支出20万元，与2022年度预算相比无变化", with: "支出11.4万元，与2022年度预算相比无变化")
    let found = Self.arithmetic(text)
    let only = try #require(found.first)
    #expect(found.count == 1)
    #expect(only.code == "A104")
    #expect(covered(only.range, in: text) == "无变化")
    #expect(only.message == "文中称“无变化”，但实际数11.4万元与预算数20万元不同（11.4−20=−8.6万元），实为减少")
    #expect(only.fixes.isEmpty)
  }

  @Test func subRowsOfAFlattenedTableArePartsOfTheirRow() throws {
    // Rows on one line with | between cells; the sub-rows lost their empty cells.
    let rows = """
      三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分
      补助畜禽养殖数量 | 10 | 240只 | 240只 | 10
      其中鸡养殖数量 | 200只 | 200只
      其中牛养殖数量 | 40头 | 40头
      补助果树种植面积 | 10 | 12亩 | 12亩 | 10
      其中桃树种植面积 | 7亩 | 7亩
      其中梨树种植面积 | 5亩 | 5亩
      """
    let found = findings(UnitMismatch.self, in: rows)
    #expect(found.map { covered($0.range, in: rows) } == ["240只", "240只"])
    let only = try #require(found.first)
    #expect(only.message == "分项计量单位与总数不一致：240只由200只+40头相加而得，“头”与“只”混用")
    #expect(only.severity == .information)
    // The parts of a row add up to it: no total finding.
    #expect(findings(TotalMismatch.self, in: rows).isEmpty)
    let wrong = rows.replacingOccurrences(of: "其中梨树种植面积 | 5亩 | 5亩", with: "其中梨树种植面积 | 8亩 | 8亩")
    #expect(findings(TotalMismatch.self, in: wrong).map { covered($0.range, in: wrong) } == ["12亩", "12亩"])
  }

  @Test func aPercentageWrittenAsAWordGetsItsSign() throws {
    let text = "质量指标 验收合格率 ≥100百分比 100 8 8"
    let only = try #require(findings(UnitMismatch.self, in: text).first)
    #expect(covered(only.range, in: text) == "100百分比")
    #expect(only.fixes.first?.applicability == .safe)
    #expect(applyingFixes([only], to: text) == "质量指标 验收合格率 ≥100% 100 8 8")
  }

  @Test func numbersAsWritten() {
    // A space before the unit, traditional script.
    let spaced = "文化旅游体育与传媒支出 412050.5 元，同比减少 27301.2 元，下降 7.10 %。"
    #expect(findings(RatioMismatch.self, in: spaced).map { covered($0.range, in: spaced) } == ["7.10 %"])
    let traditional = "公務接待費支出6.35萬元，與年初預算相比，減少1.2萬元，下降15.9%。"
    #expect(findings(RatioMismatch.self, in: traditional).isEmpty)
    let wrong = traditional.replacingOccurrences(of: "15.9%", with: "9.5%")
    #expect(findings(RatioMismatch.self, in: wrong).map { covered($0.range, in: wrong) } == ["9.5%"])
  }
}
