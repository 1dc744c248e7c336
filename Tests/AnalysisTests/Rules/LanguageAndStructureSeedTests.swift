import Testing

@testable import Analysis

/// The structure and language rules over the five sample reports. Every finding below was checked by
/// hand against the report: each is a real problem (a doubled word, 截止 before a date, an unpaired
/// quotation mark, a heading out of sequence …). The test fails both when a real finding disappears
/// and when a new finding appears that nobody has checked.
@Suite struct LanguageAndStructureSeedTests {
  /// Per report (by file-name prefix): rule code, the text the finding covers (line breaks as ⏎), and
  /// how many times.
  private static let handChecked: [String: [(code: String, covered: String, count: Int)]] = [
    "000": [
      ("L101", "财务规章制度执行及完善情况：", 1),
      ("L101", "预案", 1),
      ("L102", "其它", 1),
      ("L102", "截止", 1),
      ("L102", "截止至", 1),
      ("L102", "切实的", 1),
      ("L102", "真正的", 1),
      ("L102", "收益", 2),
      ("L102", "稳患", 1),
      ("L102", "行势", 1),
      ("L104", "\"", 2),
      ("L104", "”", 2),
      ("L106", "(", 1),
      ("L106", ",", 8),
      ("L106", ":", 1),
      ("L106", ";", 1),
      ("L109", "2⏎万", 1),
      ("S102", "1、", 1),
      ("S102", "五、", 1),
      ("S102", "（1）", 1),
      ("S102", "（2）", 1),
    ],
    "001": [
      ("L102", "已", 1),
      ("L102", "较好的", 1),
      ("L106", ",", 7),
      ("L106", ";", 1),
      ("S102", "二、", 1),
      ("S102", "（二）", 1),
    ],
    "002": [
      ("L101", "公开信", 1),
      ("L101", "工程", 1),
      ("L101", "扩建", 1),
      ("L101", "来访", 1),
      ("L101", "签订", 1),
      ("L102", "悬桂", 1),
      ("L102", "救助助", 1),
      ("L103", " ", 3),
      ("L104", ")", 1),
      ("L105", "。", 1),
      ("L106", ",", 1),
      ("L108", "[bookmark: _GoBack]", 1),
      ("S102", "1、", 1),
    ],
    "003": [
      ("L101", "利用", 1),
      ("L101", "支出等其他行政管理事务", 1),
      ("L102", "其它", 1),
      ("L102", "告之", 1),
      ("L102", "帐", 1),
      ("L102", "截止", 1),
      ("L102", "物质", 1),
      ("L102", "藉", 1),
      ("L106", ",", 17),
      ("L106", ":", 1),
      ("L106", ";", 1),
      ("L107", "％", 1),
      ("L109", "移⏎风", 1),
      ("L110", "決", 1),
      ("S102", "成绩一", 1),
      ("S102", "（1）", 1),
      ("S102", "（五）", 1),
      ("S104", "部门整体支出绩效评价报告", 1),
    ],
    "004": [
      ("L102", "其它", 2),
      ("L102", "肇肇祸", 1),
      ("L103", "两不愁、四保障", 2),
      ("L103", "会议费", 1),
      ("L103", "办公经费", 1),
      ("L103", "培训费", 1),
      ("L103", "新农合", 2),
      ("L105", "，；", 2),
      ("L106", "(", 2),
      ("L106", ",", 19),
      ("L106", ";", 2),
      ("S102", "（1）", 1),
    ],
  ]

  private static let codes: Set<String> = [
    "L101", "L102", "L103", "L104", "L105", "L106", "L107", "L108", "L109", "L110", "S102", "S103", "S104",
  ]

  @Test(.enabled(if: !seedReports().isEmpty))
  func everyFindingIsAHandCheckedRealProblem() {
    for seed in seedReports() {
      let document = Document(text: seed.text)
      let found = Linter().diagnostics(for: document).filter { Self.codes.contains($0.code) }
      var actual: [String: Int] = [:]
      for diagnostic in found {
        let covered = document.string(in: diagnostic.range).replacingOccurrences(of: "\n", with: "⏎")
        actual["\(diagnostic.code) \(covered)", default: 0] += 1
      }
      var expected: [String: Int] = [:]
      for entry in Self.handChecked[String(seed.name.prefix(3))] ?? [] {
        expected["\(entry.code) \(entry.covered)"] = entry.count
      }
      for (key, count) in actual where expected[key] != count {
        Issue.record("\(seed.name): \(key) found \(count)×, hand-checked \(expected[key] ?? 0)×")
      }
      for (key, count) in expected where actual[key] == nil {
        Issue.record("\(seed.name): real finding \(key) (\(count)×) is missing")
      }
    }
  }

  @Test(.enabled(if: !seedReports().isEmpty))
  func safeFixesConvergeOnTheSeeds() {
    for seed in seedReports() {
      let linter = Linter()
      let once = applyingFixes(
        linter.diagnostics(for: seed.text).filter { Self.codes.contains($0.code) }, to: seed.text)
      let again = linter.diagnostics(for: once).filter { Self.codes.contains($0.code) }
      let remaining = again.filter { $0.fixes.contains { $0.applicability == .safe } }
      #expect(remaining.isEmpty, "\(seed.name): \(remaining.map { "\($0.code) \($0.message)" })")
    }
  }
}
