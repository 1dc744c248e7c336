import Foundation
import Testing

@testable import Analysis

/// Fuzzing the engine: random and mutated text, and pathological shapes, must never crash, hang, or
/// yield a range outside the document. See `Invariants.check` for what is checked on each input.
@Suite struct EngineRobustnessTests {
  @Test func randomReportLikeText() {
    var random = SplitMix64(seed: FuzzSettings.seed)
    for number in 0..<FuzzSettings.cases {
      let text = TextGenerator.document(&random)
      Invariants.check(text, label: "random case \(number) (FUZZ_SEED=\(FuzzSettings.seed))")
    }
  }

  @Test func randomScalars() {
    var random = SplitMix64(seed: FuzzSettings.seed &+ 1)
    for number in 0..<FuzzSettings.cases / 2 {
      var text = ""
      for _ in 0..<Int.random(in: 0..<300, using: &random) { text += TextGenerator.randomScalar(&random) }
      Invariants.check(text, label: "random scalars \(number) (FUZZ_SEED=\(FuzzSettings.seed))")
    }
  }

  @Test func mutatedReports() {
    let reports = seedReports().map(\.text) + benchmarkFixtures()
    var random = SplitMix64(seed: FuzzSettings.seed &+ 2)
    for (reportNumber, report) in reports.enumerated() {
      Invariants.check(report, label: "report \(reportNumber)")
      for number in 0..<max(4, FuzzSettings.cases / 25) {
        let text = TextGenerator.mutate(report, &random)
        Invariants.check(text, label: "report \(reportNumber) mutation \(number) (FUZZ_SEED=\(FuzzSettings.seed))")
      }
    }
  }

  /// Each shape is analysed at growing sizes (16 KB, 64 KB, 256 KB, 1 MB, then its full size), so a
  /// pass that grows faster than the text is caught at a small size, named, and never left to hang
  /// on the 10 MB input. The climb stops early when the next size would take longer than
  /// `FuzzSettings.stepBudget` at the rate measured so far (a slow but linear engine in a debug
  /// build); `FUZZ_BUDGET=600` runs every size.
  @Test(arguments: PathologicalInput.allCases)
  func pathologicalInputs(_ input: PathologicalInput) {
    var previous: (bytes: Int, cost: Invariants.Cost)?
    var isSuspect = false  // a pass grew faster than the text, not yet enough to be sure
    for size in input.ladder {
      if let previous, !isSuspect, previous.cost.seconds / Double(previous.bytes) * Double(size) > FuzzSettings.stepBudget {
        if FuzzSettings.verbose { FuzzSettings.log("\(input): stopped before \(size) bytes (over FUZZ_BUDGET)") }
        return
      }
      let text = input.text(bytes: size)
      let bytes = text.utf8.count
      let cost = Invariants.check(text, label: "\(input) at \(bytes) bytes")
      if let previous {
        // A linear pass grows like the text. Debug build, CPU time, with a floor so that tiny
        // timings do not make noisy ratios; the total and each pass are judged.
        let sizeRatio = Double(bytes) / Double(previous.bytes)
        func grewTooFast(_ before: Double, _ after: Double, _ factor: Double = 2.5) -> Bool {
          after > 0.05 && after / max(before, 0.01) > factor * sizeRatio
        }
        // Growth between 1.5× and 2.5× the text's is confirmed at the next size, whatever the budget.
        isSuspect = cost.passes.contains { grewTooFast(previous.cost.passes[$0.key] ?? 0, $0.value, 1.5) }
        let culprits = cost.passes.filter { grewTooFast(previous.cost.passes[$0.key] ?? 0, $0.value) }.keys.sorted()
        if grewTooFast(previous.cost.seconds, cost.seconds) || !culprits.isEmpty {
          let detail = culprits.map { "\($0) \(previous.cost.passes[$0] ?? 0) s → \(cost.passes[$0] ?? 0) s" }
          Issue.record(
            """
            \(input): \(previous.bytes) → \(bytes) bytes took \(previous.cost.seconds) s → \(cost.seconds) s; \
            superlinear passes: \(detail)
            """)
          return
        }
      }
      previous = (bytes, cost)
    }
  }

  /// Inputs that once crashed the engine.
  @Test(arguments: [
    "\t项目123456789012345678901234567890\n\t金额\n\n\t甲\n\t1\n\n\t乙\n\t2",
    "（99999999999999999999）与99999999999999999999年",
  ])
  func formerCrashes(_ text: String) {
    Invariants.check(text, label: "former crash \(text.debugDescription)")
  }

  @Test func emptyAndTinyTexts() {
    for text in ["", "\n", "\r", "\r\n", "\u{0}", "\u{FEFF}", "\u{301}", "𠀋", "1", "一、", "\t1\n\n\t2", "|", "|-|", "（", "）"] {
      Invariants.check(text, label: "tiny \(text.debugDescription)")
    }
  }

  /// The invented reports under benchmarks/fixtures (this file is Tests/AnalysisTests/Robustness/…).
  private func benchmarkFixtures() -> [String] {
    let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("benchmarks/fixtures")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.sorted().compactMap { try? String(contentsOf: directory.appendingPathComponent($0), encoding: .utf8) }
  }
}

/// Inputs whose shape, not content, could make a pass slow or an index go wrong, generated at any size.
enum PathologicalInput: String, CaseIterable, CustomTestStringConvertible {
  case tenMegabyteLine
  case hundredThousandEmptyLines
  case hundredThousandCRs
  case deeplyNestedBrackets
  case unbalancedBrackets
  case raggedTabTable
  case raggedPipeTable
  case hugeTable
  case hardWrapped
  case flattenedRows
  case cellPerLine
  case longDigitRun
  case longThousandsRun
  case manyHeadings
  case repeatedSentence
  case astralOnly
  case combiningMarks
  case nulAndControls

  var testDescription: String { rawValue }

  /// The full size of the shape, in UTF-8 bytes.
  var fullSize: Int {
    switch self {
    case .tenMegabyteLine: 10 << 20
    case .hundredThousandEmptyLines: 100_000
    case .hundredThousandCRs: 150_000
    case .longDigitRun, .longThousandsRun: 200_000
    case .raggedTabTable, .raggedPipeTable: 100_000
    default: 1 << 20
    }
  }

  /// The sizes the shape is analysed at, smallest first.
  var ladder: [Int] {
    [16 << 10, 64 << 10, 256 << 10, 1 << 20].filter { $0 < fullSize } + [fullSize]
  }

  /// The shape at about `bytes` UTF-8 bytes.
  func text(bytes: Int) -> String {
    func repeated(_ unit: String, _ bytes: Int) -> String {
      String(repeating: unit, count: max(1, bytes / unit.utf8.count))
    }
    func lines(_ bytes: Int, _ line: (Int) -> String, separator: String = "\n") -> String {
      var text = ""
      var number = 0
      while text.utf8.count < bytes {
        text += line(number) + separator
        number += 1
      }
      return text
    }
    switch self {
    case .tenMegabyteLine:
      // Report prose with its line breaks removed.
      return repeated("甲乙镇2021年度预算支出1,586.42万元，实际支出1571.36万元，节约比为0.95%；（一）截止年底完成“三公”经费12.5万元。", bytes)
    case .hundredThousandEmptyLines: return repeated("\n", bytes) + "一、概况"
    case .hundredThousandCRs: return repeated("\r", bytes / 3) + repeated("\r\n", bytes * 2 / 3)
    case .deeplyNestedBrackets: return repeated("（“《【(", bytes / 2) + "节约比9.9%" + repeated(")】》”）", bytes / 2)
    case .unbalancedBrackets: return repeated("（（“《一、", bytes) + "）））"
    case .raggedTabTable:
      return lines(bytes, { row in
        (0...(row % 7)).map { "\t\($0 == 0 ? "项目\(row)" : String(row * $0))" }.joined(separator: "\n")
      }, separator: "\n\n")
    case .raggedPipeTable:
      return "| 项目 | 预算 | 支出 |\n|---|---|---|\n" + lines(bytes) { "|" + String(repeating: " \($0)万元 |", count: $0 % 9) }
    case .hugeTable:
      return "单位：万元\n" + lines(bytes, { "\t\($0)\n\t\(Double($0) * 1.5)\n\t\($0 % 100)%" }, separator: "\n\n")
    case .hardWrapped:
      // PDF text cut every 25 characters, in words and numbers, with a quotation pair across a cut.
      return lines(bytes) { "第\($0)项预算支出1\($0 % 10).5万元，较上年增长“过紧日子”要求下的压减后的支出" }
        .replacingOccurrences(of: "较上年增长“过紧", with: "较上年增长“过紧\n")
    case .flattenedRows:
      return lines(bytes) { "项目\($0) | \($0).5 | \($0 % 7) | 完成 | \($0 % 100)%" }
    case .cellPerLine:
      return lines(bytes, { "\($0 % 3 == 0 ? "项目\($0)" : String($0))\n|" }, separator: "\n")
    case .longDigitRun: return repeated("9", bytes) + "万元"
    case .longThousandsRun: return "1" + repeated(",000", bytes) + ".5元"
    case .manyHeadings:
      return lines(bytes) { "（\(ChineseNumeral.string(for: $0 % 99 + 1))）标题\($0)\n\($0 % 30 + 1)、小标题" }
    case .repeatedSentence: return repeated("本年度预算执行率为98.6%，节约1.64万元。\n", bytes)
    case .astralOnly: return repeated("𠀋😀𝟘\u{10FFFF}", bytes)
    case .combiningMarks: return repeated("节\u{301}\u{302}1\u{20E3}%\u{FE0F}", bytes)
    case .nulAndControls: return repeated("\u{0}\u{1}\u{7F}\u{85}\u{2028}\u{2029}\u{FEFF}9\u{0}万元", bytes)
    }
  }
}
