import Testing

@testable import Analysis

/// The four checks A105–A108 over the sample reports: each finding is a real problem, found by hand,
/// and nothing else is reported.
@Suite struct ArithmeticChecksSeedTests {
  /// Per report (by the prefix of its file name): code and flagged text of every expected finding.
  static let expected: [String: [String]] = [
    "000": [
      "A106 17.11万元",  // 三公 budget 17.11 here, 16 in the next paragraph and the table
      "A106 6.53万元",  // 公务用车 budget 6.53 here, 6 in the next paragraph and the table
      "A106 200次",  // 公务接待 in passing; its own paragraph says 320批次
      "A106 2000人次",  // in passing; its own paragraph says 1725人次
      "A106 644万元",  // 基本建设支出 518.59万元 in the paragraph before, a part of the same 项目支出
      "A105 四",  // 四个100% with three items
    ],
    "001": [
      "A106 50.4万元",  // 三公 budget: the table's total is 56.4
      "A106 34万元",  // 三公 actual: the table's total is 40
      "A107 510万", "A107 162万",  // 万 without 元 in a list of 万元 parts
      "A107 510万", "A107 162万",  // the same list pasted again
    ],
    "002": ["A106 10.779公里"],  // 10.79公里 before
    "003": [
      "A107 179.93元",  // among 万元 balances
      "A107 3.92元",  // a change of 3.92元 on 万元 amounts, 34.07% confirms 万元
      "A107 30万",  // 投入资金30万 beside 投入资金30万元
    ],
    "004": [
      "A107 15公分",  // 厚0.18米 beside 厚15公分, in a paragraph pasted twice
      "A107 3.07元",
      "A107 3.07元",  // 8.65 − 5.58 = 3.07 in 万元
      "A107 15公分",
      "A107 6713",  // 增加到6713 from 6081元: no unit
    ],
  ]

  @Test func findsTheRealProblemsAndNothingElse() {
    let reports = seedReports()
    guard !reports.isEmpty else { return }  // the seeds are not shipped with the package
    for (name, text) in reports {
      guard let expected = Self.expected[String(name.prefix(3))] else { continue }
      let context = RuleContext(document: Document(text: text), configuration: .default, gazetteer: nil)
      let rules: [any Rule.Type] = [CountMismatch.self, ConflictingValues.self, UnitMismatch.self, GradeMismatch.self]
      let diagnostics = rules.flatMap { $0.init().check(context) }
      let rendered = diagnostics.map { "\($0.code) \(covered($0.range, in: text))" }
      #expect(rendered.sorted() == expected.sorted(), "\(name)")
      // Safe fixes are only the certain ones: inserting 万 where arithmetic confirms it.
      let safe = diagnostics.filter { $0.fixes.contains { $0.applicability == .safe } }
      #expect(safe.allSatisfy { $0.code == "A107" && $0.fixes[0].edits.map(\.replacement) == ["万"] }, "\(name)")
    }
  }
}

/// The four checks never trap on broken text: every prefix of a fixture that mixes their patterns.
@Suite struct ArithmeticChecksRobustnessTests {
  @Test func everyPrefixIsAnalysedWithoutTrapping() {
    let fixture = """
      （三）“三公”经费情况
      本年数为3.07元，上年数为8.65万元，较上年减少5.58万元，上升34.07%；占比120%。其中：甲10人、乙（丙）
      做到四个100%，即甲率100%，乙率100%（丁、戊等3家）：一是①②得分83分，绩效为“优”厚0.18米厚15公分
      \t项目
      \t年初预算数

      \t合计
      \t16
      """
    let scalars = Array(fixture.unicodeScalars)
    let rules: [any Rule.Type] = [CountMismatch.self, ConflictingValues.self, UnitMismatch.self, GradeMismatch.self]
    var total = 0
    for length in 0...scalars.count {
      let text = String(scalars: scalars[0..<length])
      let context = RuleContext(document: Document(text: text), configuration: .default, gazetteer: nil)
      for rule in rules {
        for diagnostic in rule.init().check(context) {
          #expect(diagnostic.range.end <= length)
          total += 1
        }
      }
    }
    #expect(total > 0)
  }
}
