import Foundation
import Testing

@testable import Analysis

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

  static func make(_ kind: Int, _ rng: inout SplitMix64) -> GeneratedCase {
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
    case 8:
      // 完成率 = actual ÷ target, the target named first or after the actual.
      let target = Int.random(in: 5...60, using: &rng)
      let actual = Int.random(in: (target / 2)...(target * 3 / 2), using: &rng)
      let rate = percent(Double(actual) / Double(target) * 100, decimals: 0)
      let work = ["安全饮水工程", "村组道路硬化", "农田水利设施", "文化广场"].randomElement(using: &rng)!
      let text =
        Bool.random(using: &rng)
        ? "\(unit)完成\(work)\(actual)处，目标\(target)处，完成率\(rate)%。"
        : "\(unit)年度目标建设\(work)\(target)处，实际完成\(actual)处，完成率\(rate)%。"
      return GeneratedCase(text: text, stated: [(rate, "A101")])
    case 9:
      // 执行率 = actual ÷ budget.
      let budget = Int.random(in: 50_000...900_000, using: &rng)
      let actual = Int.random(in: (budget * 7 / 10)...budget, using: &rng)
      let rate = percent(Double(actual) / Double(budget) * 100, decimals: 1)
      return GeneratedCase(
        text: "\(unit)全年预算数\(amount(budget))万元，实际支出\(amount(actual))万元，预算执行率\(rate)%。",
        stated: [(rate, "A101")])
    case 10:
      // 支付率 = paid ÷ (paid + outstanding).
      let paid = Int.random(in: 50_000...900_000, using: &rng)
      let outstanding = Int.random(in: 100...(paid / 8), using: &rng)
      let rate = percent(Double(paid) / Double(paid + outstanding) * 100, decimals: Int.random(in: 0...1, using: &rng))
      return GeneratedCase(
        text: "\(unit)\(item)资金支付\(amount(paid))万元，未支付\(amount(outstanding))万元，支付率\(rate)%。",
        stated: [(rate, "A101")])
    case 11:
      // A decline on last year after a budget that is not its base.
      let budget = Int.random(in: 1000...9000, using: &rng)
      let previous = Int.random(in: 1000...9000, using: &rng)
      let actual = Int.random(in: (previous / 2)...(previous - 1), using: &rng)
      let rate = percent(Double(previous - actual) / Double(previous) * 100, decimals: 1)
      return GeneratedCase(
        text: "\(unit)\(item)年初预算\(amount(budget))万元，全年决算\(amount(actual))万元，较上年决算\(amount(previous))万元下降\(rate)%。",
        stated: [(rate, "A101")])
    case 12:
      // Two bases in one sentence: each ratio follows its own change.
      let now = Int.random(in: 1000...50000, using: &rng)
      let toBudget = Int.random(in: 50...(now / 2), using: &rng)
      let toPrevious = Int.random(in: 50...(now / 2), using: &rng)
      let first = percent(Double(toBudget) / Double(now + toBudget) * 100, decimals: 2)
      let second = percent(Double(toPrevious) / Double(now + toPrevious) * 100, decimals: 2)
      return GeneratedCase(
        text: "\(unit)\(item)本年支出\(amount(now))万元，较年初预算数减少\(amount(toBudget))万元，下降\(first)%，"
          + "较上年支出数减少\(amount(toPrevious))万元，下降\(second)%。",
        stated: [(first, "A101"), (second, "A101")])
    case 13:
      // Parts that make their total carry its change on last year.
      let values = (0..<2).map { _ in Int.random(in: 100...5000, using: &rng) }
      let increases = (0..<2).map { _ in Int.random(in: 50...900, using: &rng) }
      let names = ["公务用车运行维护费", "公务接待费"]
      let parts = zip(names, zip(values, increases)).map { "\($0)\(amount($1.0))万元，比上年决算数增加\(amount($1.1))万元" }
      let increase = amount(increases.reduce(0, +))
      return GeneratedCase(
        text: "\(unit)“三公”经费本年支出\(amount(values.reduce(0, +)))万元，比上年决算数增加\(increase)万元；"
          + "因公出国（境）费0元，与上年决算数无变化；" + parts.joined(separator: "；") + "。",
        stated: [(increase, "A102")])
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

/// Consistent paragraphs that set the traps real reports set: a figure near the stated one that is not
/// its input (a target beside an actual, a budget beside last year's figure, last year's figure of the
/// same item, a 其中 part beside its total, a list ending in 等, a 其中 list that names only some parts).
enum TrapGenerator {
  static let kinds = 6

  static func make(_ kind: Int, _ rng: inout SplitMix64) -> String {
    let amount = ReportGenerator.amount
    let unit = ReportGenerator.units.randomElement(using: &rng)!
    switch kind {
    case 0:
      // Target against actual: the growth is on last year, not on the plan.
      let planned = Int.random(in: 5...40, using: &rng)
      let built = Int.random(in: 5...40, using: &rng)
      let increase = Int.random(in: 1...(built - 1 > 0 ? built - 1 : 1), using: &rng)
      let rate = ReportGenerator.percent(Double(increase) / Double(max(1, built - increase)) * 100, decimals: 1)
      return "\(unit)计划新建公厕\(planned)座，实际建成\(built)座，较上年增加\(increase)座，增长\(rate)%。"
    case 1:
      // 上年 against 本年: two years of one item are not one figure stated twice.
      let item = ReportGenerator.items.randomElement(using: &rng)!
      return "\(unit)本年\(item)决算\(amount(Int.random(in: 100...9000, using: &rng)))万元。\n"
        + "上年\(item)决算\(amount(Int.random(in: 100...9000, using: &rng)))万元。"
    case 2:
      // A total and its bracketed 其中 part, the part stated again.
      let batches = Int.random(in: 20...90, using: &rng)
      let part = Int.random(in: 1...(batches - 1), using: &rng)
      let people = Int.random(in: 200...900, using: &rng)
      let partPeople = Int.random(in: 1...(people - 1), using: &rng)
      return "\(unit)国内公务接待共\(batches)批次（其中外事接待\(part)批次），\(people)人次（其中外事接待\(partPeople)人次）。\n"
        + "全年外事接待\(part)批次，\(partPeople)人次。"
    case 3:
      // Lists ending in 等 name no one item.
      let income = Int.random(in: 1000...90000, using: &rng)
      let transfers = Int.random(in: 100...(income - 1), using: &rng)
      return "\(unit)加上托底补助、结算补助等\(amount(transfers))万元，收入总计\(amount(income))万元。\n"
        + "加上结转下年、上解支出等0万元，支出总计\(amount(income))万元。"
    case 4:
      // A 其中 list that names only the main parts.
      let total = Int.random(in: 10000...90000, using: &rng)
      let first = Int.random(in: 1000...(total / 2), using: &rng)
      let second = Int.random(in: 100...(total / 3), using: &rng)
      return "\(unit)基本支出\(amount(total))万元，其中工资福利支出\(amount(first))万元，商品和服务支出\(amount(second))万元。"
    default:
      // 预算 against 决算: a growth on last year is the change over last year's figure, not over the budget.
      let budget = Int.random(in: 1000...9000, using: &rng)
      let actual = Int.random(in: 1000...9000, using: &rng)
      let change = Int.random(in: 10...(actual / 2), using: &rng)
      let rate = ReportGenerator.percent(Double(change) / Double(actual - change) * 100, decimals: 2)
      return "\(unit)年初预算\(amount(budget))万元，全年决算\(amount(actual))万元，比上年增加\(amount(change))万元，"
        + "增长\(rate)%。"
    }
  }
}

@Suite struct ArithmeticPropertyTests {
  static let rules: [any Rule.Type] = [
    RatioMismatch.self, TotalMismatch.self, DifferenceMismatch.self, DirectionContradiction.self, ConflictingValues.self,
    UnitMismatch.self,
  ]

  /// The kinds of `ReportGenerator.make` (7 is the table).
  static let kinds = 14

  static func arithmeticFindings(_ text: String) -> [Diagnostic] {
    let context = RuleContext(document: Document(text: text), configuration: .default, gazetteer: nil)
    return rules.flatMap { $0.init().check(context) }
  }

  @Test(arguments: 0..<kinds)
  func consistentParagraphsStaySilent(kind: Int) {
    var rng = SplitMix64(seed: UInt64(1000 + kind))
    for _ in 0..<150 {
      let generated = ReportGenerator.make(kind, &rng)
      let found = Self.arithmeticFindings(generated.text)
      #expect(found.isEmpty, "false alarm on: \(generated.text)\n\(found.map(\.message))")
    }
  }

  @Test(arguments: 0..<TrapGenerator.kinds)
  func roleTrapsStaySilent(kind: Int) {
    var rng = SplitMix64(seed: UInt64(3000 + kind))
    for _ in 0..<150 {
      let text = TrapGenerator.make(kind, &rng)
      let found = Self.arithmeticFindings(text)
      #expect(found.isEmpty, "false alarm on: \(text)\n\(found.map { "\($0.code) \($0.message)" })")
    }
  }

  @Test(arguments: 0..<kinds)
  func aPerturbedStatedFigureIsFlaggedOnce(kind: Int) throws {
    var rng = SplitMix64(seed: UInt64(2000 + kind))
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
