import Foundation
import Testing

@testable import Analysis

/// A small deterministic generator, so a failing case can be replayed from its seed.
struct PropertyTestRandom: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// A generated paragraph: its text, and where the figure each claim states stands (with its rule).
struct GeneratedCase {
  var text: String
  /// The stated figures (as written) and the rule that checks each.
  var stated: [(digits: String, code: String)]
}

/// Report-like paragraphs with consistent random amounts, in several phrasings.
enum ReportGenerator {
  static let items = ["公务接待费", "办公经费", "培训费", "会议费", "差旅费", "印刷费", "水电费", "维修费"]
  static let parts = ["工资福利支出", "商品和服务支出", "对个人和家庭的补助", "资本性支出", "其他支出"]
  static let units = ["甲乙镇", "丙丁乡", "戊己街道"]

  /// An amount in 万元 with two decimals, written as the author would (trailing zeros kept).
  static func amount(_ hundredths: Int) -> String { DecimalText.string(Double(hundredths) / 100, decimals: 2) }

  static func percent(_ value: Double, decimals: Int) -> String { DecimalText.string(value, decimals: decimals) }

  static func make(_ kind: Int, _ rng: inout PropertyTestRandom) -> GeneratedCase {
    let item = items.randomElement(using: &rng)!
    let unit = units.randomElement(using: &rng)!
    switch kind {
    case 0:
      // 节约率 with budget, actual and saving in one sentence; budget an integer half the time.
      let budget = Bool.random(using: &rng) ? Int.random(in: 5...90, using: &rng) * 100 : Int.random(in: 500...9000, using: &rng)
      let actual = Int.random(in: (budget / 2)...(budget - 1), using: &rng)
      let budgetText = budget % 100 == 0 ? String(budget / 100) : amount(budget)
      let saving = amount(budget - actual)
      let decimals = Int.random(in: 1...2, using: &rng)
      let rate = percent(Double(budget - actual) / Double(budget) * 100, decimals: decimals)
      return GeneratedCase(
        text: "\(unit)\(item)年初预算\(budgetText)万元，全年决算支出\(amount(actual))万元，较年初预算节约\(saving)万元，节约率为\(rate)%。",
        stated: [(saving, "A103"), (rate, "A101")])
    case 1:
      // 其中 list adding up to its total.
      let count = Int.random(in: 2...4, using: &rng)
      let values = (0..<count).map { _ in Int.random(in: 100...90000, using: &rng) }
      let names = parts.shuffled(using: &rng).prefix(count)
      let list = zip(names, values).map { "\($0)\(amount($1))万元" }.joined(separator: "，")
      let total = amount(values.reduce(0, +))
      return GeneratedCase(text: "\(unit)2020年决算基本支出\(total)万元，其中：\(list)。", stated: [(total, "A102")])
    case 2:
      // Parts before a total with 共计.
      let values = (0..<3).map { _ in Int.random(in: 100...50000, using: &rng) }
      let names = items.shuffled(using: &rng).prefix(3)
      let list = zip(names, values).map { "\($0)\(amount($1))万元" }.joined(separator: "、")
      let total = amount(values.reduce(0, +))
      return GeneratedCase(text: "\(unit)全年支出\(list)，共计\(total)万元。", stated: [(total, "A102")])
    case 3:
      // 较上年增加, 增长X%.
      let previous = Int.random(in: 500...50000, using: &rng)
      let increase = Int.random(in: 10...(previous / 2), using: &rng)
      let rate = percent(Double(increase) / Double(previous) * 100, decimals: Int.random(in: 1...2, using: &rng))
      return GeneratedCase(
        text: "\(unit)\(item)本年支出\(amount(previous + increase))万元，较上年增加\(amount(increase))万元，增长\(rate)%。",
        stated: [(rate, "A101")])
    case 4:
      // 比年初预算数X万元减少Y万元.
      let budget = Int.random(in: 500...50000, using: &rng)
      let actual = Int.random(in: 100...(budget - 1), using: &rng)
      return GeneratedCase(
        text: "\(unit)\(item)为\(amount(actual))万元，比年初预算数\(amount(budget))万元减少\(amount(budget - actual))万元。",
        stated: [(amount(budget - actual), "A103")])
    case 5:
      // 到位率 = 到位资金 ÷ 预算总额, a whole percentage.
      let budget = Int.random(in: 10000...900000, using: &rng)
      let arrived = Int.random(in: (budget / 2)...(budget * 3 / 2), using: &rng)
      let rate = percent(Double(arrived) / Double(budget) * 100, decimals: 0)
      return GeneratedCase(
        text: "\(unit)预算总额\(amount(budget))万元，实际到位资金\(amount(arrived))万元，资金到位率\(rate)%。",
        stated: [(rate, "A101")])
    case 6:
      // 占比 of two parts of a total.
      let first = Int.random(in: 1000...900000, using: &rng)
      let second = Int.random(in: 1000...90000, using: &rng)
      let total = first + second
      let p1 = percent(Double(first) / Double(total) * 100, decimals: 2)
      let p2 = percent(Double(second) / Double(total) * 100, decimals: 2)
      return GeneratedCase(
        text: "\(unit)收入合计\(amount(total))万元，其中一般公共预算财政拨款收入\(amount(first))万元，占比为\(p1)%，"
          + "政府性基金拨款收入\(amount(second))万元，占比为\(p2)%。",
        stated: [(p1, "A101"), (p2, "A101")])
    default:
      // A table: budget, actual, difference (预算 − 决算), rate, and a 合计 row.
      let rows = (0..<Int.random(in: 2...3, using: &rng)).map { _ -> (Int, Int) in
        let budget = Int.random(in: 10...90, using: &rng) * 100
        return (budget, Int.random(in: (budget / 2)...budget, using: &rng))
      }
      var lines = ["金额单位：万元", "", "\t项目", "\t年初预算数", "\t年末决算数", "\t金额差异", "\t超支节约比率", ""]
      var stated: [(String, String)] = []
      func row(_ name: String, _ budget: Int, _ actual: Int) {
        let rate = percent(Double(budget - actual) / Double(budget) * 100, decimals: 1)
        lines += ["\t\(name)", "\t\(budget / 100)", "\t\(amount(actual))", "\t\(amount(budget - actual))", "\t\(rate)%", ""]
        // The difference feeds the rate and the 合计 row, so only the rate is a pure output.
        stated.append((rate + "%", "A101"))
      }
      for (index, (budget, actual)) in rows.enumerated() { row(items[index], budget, actual) }
      let budget = rows.reduce(0) { $0 + $1.0 }
      let actual = rows.reduce(0) { $0 + $1.1 }
      row("合计", budget, actual)
      return GeneratedCase(text: lines.joined(separator: "\n"), stated: stated.map { ($0.0.replacingOccurrences(of: "%", with: ""), $0.1) })
    }
  }
}

@Suite struct ArithmeticPropertyTests {
  static let rules: [any Rule.Type] = [RatioMismatch.self, TotalMismatch.self, DifferenceMismatch.self, DirectionContradiction.self]

  static func arithmeticFindings(_ text: String) -> [Diagnostic] {
    let context = RuleContext(document: Document(text: text), configuration: .default, gazetteer: nil)
    return rules.flatMap { $0.init().check(context) }
  }

  @Test(arguments: 0..<8)
  func consistentParagraphsStaySilent(kind: Int) {
    var rng = PropertyTestRandom(state: UInt64(1000 + kind))
    for _ in 0..<150 {
      let generated = ReportGenerator.make(kind, &rng)
      let found = Self.arithmeticFindings(generated.text)
      #expect(found.isEmpty, "false alarm on: \(generated.text)\n\(found.map(\.message))")
    }
  }

  @Test(arguments: 0..<8)
  func aPerturbedStatedFigureIsFlaggedOnce(kind: Int) throws {
    var rng = PropertyTestRandom(state: UInt64(2000 + kind))
    for _ in 0..<100 {
      let generated = ReportGenerator.make(kind, &rng)
      let (digits, code) = generated.stated.randomElement(using: &rng)!
      let scalars = Array(generated.text.unicodeScalars)
      // The last place the figure stands is the stated one (inputs come first).
      guard let range = lastRange(of: digits, in: scalars) else {
        Issue.record("figure \(digits) not found in \(generated.text)")
        continue
      }
      let value = try #require(Double(digits))
      let decimals = digits.split(separator: ".").dropFirst().first?.count ?? 0
      // A 其中 list may name only some parts, so a total is made smaller than its parts to be flagged.
      let changed = DecimalText.string(code == "A102" ? value * 0.55 + 0.03 : value * 1.5 + 1, decimals: decimals)
      let text = scalars.applying([TextEdit(range: range, replacement: changed)])
      let found = Self.arithmeticFindings(text)
      let onFigure = found.filter { covered($0.range, in: text).hasPrefix(changed) }
      #expect(onFigure.count == 1 && onFigure.first?.code == code, "expected one \(code) on \(changed) in: \(text)\n\(found.map { "\($0.code) \($0.message)" })")
      #expect(found.count == onFigure.count, "other findings in: \(text)\n\(found.map { "\($0.code) \($0.message)" })")
    }
  }

  /// The last occurrence of `digits` standing as a whole number (not inside a longer one).
  func lastRange(of digits: String, in scalars: [Unicode.Scalar]) -> TextRange? {
    let pattern = Array(digits.unicodeScalars)
    var index = scalars.count - pattern.count
    while index >= 0 {
      if Array(scalars[index..<(index + pattern.count)]) == pattern,
        index == 0 || !(scalars[index - 1].isDigit || scalars[index - 1] == "."),
        index + pattern.count == scalars.count
          || !(scalars[index + pattern.count].isDigit || scalars[index + pattern.count] == ".")
      {
        return TextRange(index, index + pattern.count)
      }
      index -= 1
    }
    return nil
  }
}
