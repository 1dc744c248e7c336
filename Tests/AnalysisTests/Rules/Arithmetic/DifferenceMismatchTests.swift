import Testing

@testable import Analysis

@Suite struct DifferenceMismatchTests {
  static let cases: [(correct: String, stated: String, wrong: String, expected: String)] = [
    // The figure compared with is in the clause.
    ("“三公”经费本年总额为14.41万元，与年初预算数17.11万元相差2.7万元。", "2.7万元", "3.7", "2.70"),
    ("公务用车购置及运行维护费为5.79万元，比年初预算数6.53万元减少0.74万元。", "0.74万元", "0.47", "0.74"),
    // The budget is in an earlier paragraph; the amount is the sentence's topic.
    ("2021年初批复预算的“三公”经费为20万元。\n\n全年决算支出“三公”经费17.35万元，较年初预算减少2.65万元。", "2.65万元", "2.56", "2.65"),
    // 决算数与年初预算对比, with the budget of the same item in the paragraph before.
    (
      "2020年年初预算批复的基本支出为682.1442万元。\n2020年决算基本支出1274.3万元。决算数与年初预算指标对比，基本支出差异592.16万元。",
      "592.16万元", "529.16", "592.16"
    ),
    // 收支差额 and 结余.
    ("全年财政拨款收入为3321.97万元。全年财政拨款支出为3456.09万元，本年财政拨款收支差额134.12万元。", "134.12万元", "143.12", "134.12"),
    ("2020年预算收入为700.1442万元，预算支出为600.0000万元，结余为100.1442万元。", "100.1442万元", "10.1442", "100.1442"),
    // 本年数 and 上年数 named in the words.
    ("“公务接待费”本年数为1.61万元，上年数为5.10万元，较上年减少3.49万元。", "3.49万元", "4.39", "3.49"),
    ("2020年年初数为29万元，决算数为22.37万元，本年决算较预算数减少6.63万元。", "6.63万元", "6.36", "6.63"),
  ]

  @Test(arguments: cases.indices)
  func staysSilentOnCorrectDifferencesAndFlagsWrongOnes(index: Int) throws {
    let (correct, stated, wrong, expected) = Self.cases[index]
    #expect(findings(DifferenceMismatch.self, in: correct).isEmpty, "\(findings(DifferenceMismatch.self, in: correct).map(\.message))")
    let number = String(stated.prefix { $0.isASCII && ($0.isNumber || $0 == ".") })
    let text = correct.replacingOccurrences(of: stated, with: stated.replacingOccurrences(of: number, with: wrong))
    let found = findings(DifferenceMismatch.self, in: text)
    let only = try #require(found.first, "nothing in \(text)")
    #expect(found.count == 1)
    #expect(covered(only.range, in: text).hasPrefix(wrong))
    #expect(only.fixes.first?.edits.first?.replacement == expected)
    #expect(only.fixes.first?.applicability == .unsafe)
  }

  @Test func showsTheArithmetic() throws {
    let text = "2020年初批复预算的“三公”经费为16万元。\n\n全年决算支出“三公”经费14.41万元，较年初预算减少1.38万元。"
    let only = try #require(findings(DifferenceMismatch.self, in: text).first)
    #expect(only.message == "减少额应为1.59万元（16−14.41=1.59万元），文中为1.38万元")
    #expect(only.severity == .warning)
    #expect(only.related.map(\.message) == ["决算数 14.41万元", "预算数 16万元"])
    #expect(applyingFixes([only], to: text, minimum: .unsafe).hasSuffix("较年初预算减少1.59万元。"))
  }

  @Test func aRoundFigureTakenAsExactMakesALessSureFinding() throws {
    // 16 − 15.42 = 0.58; 0.57 is reached only if the budget of 16万元 were 15.995.
    let text = "2021年初批复预算的“三公”经费为16万元。\n\n全年决算支出“三公”经费15.42万元，较年初预算节约0.57万元。"
    let only = try #require(findings(DifferenceMismatch.self, in: text).first)
    #expect(only.severity == .information)
    #expect(only.message.hasPrefix("节约额应为0.58万元"))
  }

  @Test(arguments: [
    // No figure to compare with.
    "全年决算支出“三公”经费14.41万元，比上年决算数增加2.91万元。",
    // Units differ (元 for 万元): a unit slip, not arithmetic (rule A107).
    "年初预算“公务用车购置及运行维护费”3.09万元，决算数为3.07元，本年决算数较预算数减少0.02万元。",
    // A 差异 of a sub-item whose budget the report does not give.
    "2020年决算基本支出1274.3万元，其中：工资福利支出575.01万元。决算数与年初预算指标对比，工资福利支出差异160.26万元。",
  ])
  func staysSilentWithoutTheFiguresToCheck(text: String) {
    #expect(findings(DifferenceMismatch.self, in: text).isEmpty, "\(findings(DifferenceMismatch.self, in: text).map(\.message))")
  }

  @Test func tableDifferenceColumnAcceptsEitherSign() throws {
    let text = """
      金额单位：万元

      \t项目
      \t年初预算数
      \t年末决算数
      \t金额差异

      \t公务接待费
      \t10
      \t9.99
      \t-0.01

      \t公务用车运行维护费
      \t6
      \t5.43
      \t0.57

      \t会议费
      \t3
      \t2.5
      \t0.3
      """
    let found = findings(DifferenceMismatch.self, in: text)
    #expect(found.map { covered($0.range, in: text) } == ["0.3"])
    #expect(found.first?.message == "金额差异应为0.5万元（3−2.5=0.5万元），文中为0.3万元")
  }

  @Test func aHeaderThatFixesTheSignIsHeldToIt() {
    let text = """
      基本支出使用情况（单位：万元）

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
      \t39.5
      """
    let found = findings(DifferenceMismatch.self, in: text)
    #expect(found.map { covered($0.range, in: text) } == ["39.5"])
    #expect(found.first?.message == "金额差异应为-39.50万元（1129.94−1169.44=−39.50万元），文中为39.5万元")
  }

  @Test func percentagePointsAreADifferenceOfRates() throws {
    let silent = "违法违规驾驶率由年初的30%降至10%，下降20个百分点。"
    #expect(findings(DifferenceMismatch.self, in: silent).isEmpty)
    let text = "违法违规驾驶率由年初的30%降至10%，下降30个百分点。"
    let only = try #require(findings(DifferenceMismatch.self, in: text).first)
    #expect(covered(only.range, in: text) == "30个百分点")
    #expect(only.fixes.first?.edits.first?.replacement == "20")
  }

  @Test func fixesConverge() {
    expectFixesConverge(DifferenceMismatch.self, "公务用车购置及运行维护费为5.79万元，比年初预算数6.53万元减少0.47万元。")
  }

  @Test func snapshot() throws {
    try assertSnapshot(DifferenceMismatch.self, fixture: "differences.md")
  }
}
