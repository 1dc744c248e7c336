import Testing

@testable import Analysis

/// The arithmetic rules on the five sample reports, against a list of their real errors checked by hand
/// (every amount, percentage and table of the reports was recomputed).
///
/// Known real errors the rules leave alone, because flagging them would need a guess that raises false
/// alarms elsewhere: a 其中 list that falls short of its total when nothing shows it complete (004: 编制
/// 69 vs 29+25); conflicting figures for the same budget in two paragraphs (rule A106); 元 written for
/// 万元 (rule A107); the 结转结余 identity of 003 (223.45 + 1914.36 − 1980.3 ≠ 179.93).
@Suite struct SeedArithmeticTests {
  /// A real error: the seed (name prefix), the rule, the text the finding covers, and words of its line.
  struct Expected: CustomStringConvertible {
    var seed: String
    var code: String
    var covered: String
    var line: String
    var description: String { "\(seed) \(code) \(covered) in line with \(line)" }
  }

  static let realErrors: [Expected] = [
    // 000: 三公 budget 16, actual 14.41: saving 1.59 (written 1.38, the 公务接待费 saving), ratio 9.9%.
    Expected(seed: "000", code: "A103", covered: "1.38万元", line: "较年初预算减少1.38万元，节约比为8.6%"),
    Expected(seed: "000", code: "A101", covered: "8.6%", line: "节约比为8.6%"),
    // 000: 0 + 5.79 + 8.62 = 14.41, so the parts are all of 三公; their budgets add up to 16.53 (not
    // 17.11) and their increases to 2.81 (not 2.91).
    Expected(seed: "000", code: "A102", covered: "17.11万元", line: "与年初预算数17.11万元相差2.7万元"),
    Expected(seed: "000", code: "A102", covered: "2.91万元", line: "比上年决算数增加2.91万元"),
    // 000: lists ending in 其他… name every part: 1951.45+1355.51+15.01 ≠ 3456.09, 230.51+1307.28+518.59+80.41
    // ≠ 2181.79.
    Expected(seed: "000", code: "A102", covered: "3456.09万元", line: "财政拨款决算支出为3456.09万元"),
    Expected(seed: "000", code: "A102", covered: "2181.79万元", line: "项目支出2181.79万元，其中商品服务支出"),
    // 000: table row 公务接待费 10, 8.62, 1.38 → 13.8%, written 10.3%.
    Expected(seed: "000", code: "A101", covered: "10.3%", line: "10.3%"),
    // 000: 公务接待费 saved 1.38 of 10 → 13.8%, written 1.38%.
    Expected(seed: "000", code: "A101", covered: "1.38%", line: "节约1.38%"),
    // 001: income 9224.97 + 21.87 = 9246.84, written 9248.84; share 21.87 ÷ 9248.84 = 0.24%, written 0.26%.
    Expected(seed: "001", code: "A102", covered: "9248.84万元", line: "收入合计9248.84万元"),
    Expected(seed: "001", code: "A101", covered: "0.26%", line: "占比为0.26%"),
    // 001: spending 8116.9 + 1129.94 = 9246.84, written 9224.79 (twice in prose, and in the table).
    Expected(seed: "001", code: "A102", covered: "9224.79万元", line: "整体支出9224.79万元，其中基本支出8116.9万元，项目支出1129.94万元"),
    Expected(seed: "001", code: "A102", covered: "9224.79", line: "9224.79"),
    // 001: table 差额 column 6007.44 − 39.5 = 5967.94, written 5945.89.
    Expected(seed: "001", code: "A102", covered: "5945.89", line: "5945.89"),
    // 002: completion rates that the indicator and result lines do not give.
    Expected(seed: "002", code: "A101", covered: "131%", line: "指标完成率131%"),
    Expected(seed: "002", code: "A101", covered: "109.1%", line: "指标完成率109.1%"),
    Expected(seed: "002", code: "A101", covered: "130%", line: "总规模扩大至650亩，指标完成率130%"),
    Expected(seed: "002", code: "A101", covered: "95%", line: "1299户4389人"),
    Expected(seed: "002", code: "A101", covered: "110%", line: "发放救助助资金54万元"),
    Expected(seed: "002", code: "A101", covered: "95%", line: "改建任务2939户，指标完成率95%"),
    Expected(seed: "002", code: "A101", covered: "95%", line: "新修建11座乡村公厕，指标完成率95%"),
    Expected(seed: "002", code: "A101", covered: "112%", line: "共发展预备党员22名，指标完成率112%"),
    // 002: the indicator line and the result both say 15.9万元, so the completion rate is 100%, not 101%.
    Expected(seed: "002", code: "A101", covered: "101%", line: "总金额15.9万元，指标完成率101%"),
    // 002: growth 15% against an indicator of 20%, said to exceed expectations.
    Expected(seed: "002", code: "A104", covered: "超出年初预期", line: "同比增长15%，超出年初预期"),
    // 003: 基本支出 2038.85 − 1168.51 = 870.34 (its parts add up to 870.33), written 868.34.
    Expected(seed: "003", code: "A103", covered: "868.34万元", line: "基本支出差异868.34万元"),
    // 003: 追加 1274.59 is not 100% of a budget of 2.
    Expected(seed: "003", code: "A101", covered: "100%", line: "占年初预算批复的100%"),
    // 003: 三公 budget 16, actual 15.42: saving 0.58, ratio 3.63%, completion 96.38%.
    Expected(seed: "003", code: "A103", covered: "0.57万元", line: "较年初预算节约0.57万元"),
    Expected(seed: "003", code: "A101", covered: "3.56%", line: "节约比为3.56%"),
    Expected(seed: "003", code: "A101", covered: "96.43%", line: "完成年初预算的96.43%"),
    // 003: 84+5+3 = 92 people, so the money list is complete: 80640+12600+28800元 = 12.2万元, not 11.4余万元.
    Expected(seed: "003", code: "A102", covered: "11.4余万元", line: "发放资金11.4余万元"),
    // 003: 公务接待费 rose 0.32 to 9.99: 0.32 ÷ 9.67 = 3.31%, written 3.37%.
    Expected(seed: "003", code: "A101", covered: "3.37%", line: "上升比为3.37%"),
    // 004: 48+230+35 = 313 people, so the three classes are all of 兜底: 20+154+10 = 184户, not 197 (the
    // paragraph is pasted twice).
    Expected(seed: "004", code: "A102", covered: "197户", line: "其中社会保障兜底197户313人"),
    // 004: 3.07 this year against 8.65 last year is a fall, written 增加.
    Expected(seed: "004", code: "A104", covered: "增加", line: "本年数较上年数增加5.58万元"),
  ]

  static let rules: [any Rule.Type] = [RatioMismatch.self, TotalMismatch.self, DifferenceMismatch.self, DirectionContradiction.self]

  func findings(_ text: String) -> [(Diagnostic, String, String)] {
    let document = Document(text: text)
    let context = RuleContext(document: document, configuration: .default, gazetteer: nil)
    return Self.rules.flatMap { $0.init().check(context) }.map { diagnostic in
      let line = document.lineIndex.lineColumn(of: diagnostic.range.start, in: .utf32).line
      return (diagnostic, document.string(in: diagnostic.range), document.string(in: document.lineIndex.contentRange(ofLine: line)))
    }
  }

  @Test func headlineSavingsRatioIsFlaggedWithTheRecomputedValue() throws {
    guard let seed = seedReports().first(where: { $0.name.hasPrefix("000") }) else { return }
    let headline = try #require(
      findings(seed.text).first { $0.0.code == "A101" && $0.1 == "8.6%" && $0.2.contains("节约比为8.6%") })
    #expect(headline.0.message.hasPrefix("节约比应为9.9%（(16−14.41)÷16=9.94%），文中为8.6%"))
    #expect(headline.0.fixes.first?.title == "改为9.9%")
    #expect(headline.0.severity == .warning)
  }

  @Test func everyFindingIsARealErrorAndEveryListedErrorIsFound() {
    let seeds = seedReports()
    guard !seeds.isEmpty else { return }
    for (name, text) in seeds {
      let seed = String(name.prefix(3))
      let expected = Self.realErrors.filter { $0.seed == seed }
      let found = findings(text)
      for (diagnostic, covered, line) in found {
        let isListed = expected.contains { $0.code == diagnostic.code && $0.covered == covered && line.contains($0.line) }
        #expect(isListed, "\(name): unexpected \(diagnostic.code) on \(covered): \(diagnostic.message)")
      }
      for error in expected {
        let count = found.filter { $0.0.code == error.code && $0.1 == error.covered && $0.2.contains(error.line) }.count
        #expect(count >= 1, "\(name): missed \(error)")
      }
    }
  }
}
