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

  @Test(arguments: PathologicalInput.allCases)
  func pathologicalInputs(_ input: PathologicalInput) {
    Invariants.check(input.text, label: "\(input)")
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

/// Inputs whose shape, not content, could make a pass slow or an index go wrong. Generated on use.
enum PathologicalInput: String, CaseIterable, CustomTestStringConvertible {
  case tenMegabyteLine
  case hundredThousandEmptyLines
  case hundredThousandCRs
  case deeplyNestedBrackets
  case unbalancedBrackets
  case raggedTabTable
  case raggedPipeTable
  case hugeTable
  case longDigitRun
  case longThousandsRun
  case manyHeadings
  case repeatedSubheadings
  case repeatedSentence
  case astralOnly
  case combiningMarks
  case nulAndControls

  var testDescription: String { rawValue }

  var text: String {
    switch self {
    case .tenMegabyteLine:
      // Report prose with its line breaks removed, repeated to 10 MB.
      let sentence = "甲乙镇2021年度预算支出1,586.42万元，实际支出1571.36万元，节约比为0.95%；（一）截止年底完成“三公”经费12.5万元。"
      let copies = (10 << 20) / sentence.utf8.count + 1
      return String(repeating: sentence, count: copies)
    case .hundredThousandEmptyLines: return String(repeating: "\n", count: 100_000) + "一、概况"
    case .hundredThousandCRs: return String(repeating: "\r", count: 50_000) + String(repeating: "\r\n", count: 50_000)
    case .deeplyNestedBrackets:
      return String(repeating: "（“《【(", count: 20_000) + "节约比9.9%" + String(repeating: ")】》”）", count: 20_000)
    case .unbalancedBrackets: return String(repeating: "（（“《一、", count: 20_000) + String(repeating: "）", count: 3)
    case .raggedTabTable:
      return (0..<2000).map { row in
        (0...(row % 7)).map { "\t\($0 == 0 ? "项目\(row)" : String(row * $0))" }.joined(separator: "\n")
      }.joined(separator: "\n\n")
    case .raggedPipeTable:
      return "| 项目 | 预算 | 支出 |\n|---|---|---|\n"
        + (0..<2000).map { row in "|" + String(repeating: " \(row)万元 |", count: row % 9) }.joined(separator: "\n")
    case .hugeTable:
      return "单位：万元\n" + (0..<20_000).map { row in "\t\(row)\n\t\(Double(row) * 1.5)\n\t\(row % 100)%" }
        .joined(separator: "\n\n")
    case .longDigitRun: return String(repeating: "9", count: 200_000) + "万元"
    case .longThousandsRun: return "1" + String(repeating: ",000", count: 50_000) + ".5元"
    case .manyHeadings:
      return (1...20_000).map { "（\(ChineseNumeral.string(for: $0 % 99 + 1))）标题\($0)\n\($0 % 30 + 1)、小标题" }
        .joined(separator: "\n")
    case .repeatedSubheadings:
      // One level of 25,000 （一）: every finding offers the same whole-level renumbering. Above 200,000
      // scalars, so the fixes are checked but not re-analysed one by one.
      return "一、概况\n" + (1...25_000).map { "（一）标题\($0)" }.joined(separator: "\n")
    case .repeatedSentence: return String(repeating: "本年度预算执行率为98.6%，节约1.64万元。\n", count: 30_000)
    case .astralOnly: return String(repeating: "𠀋😀𝟘\u{10FFFF}", count: 50_000)
    case .combiningMarks: return String(repeating: "节\u{301}\u{302}1\u{20E3}%\u{FE0F}", count: 50_000)
    case .nulAndControls: return String(repeating: "\u{0}\u{1}\u{7F}\u{85}\u{2028}\u{2029}\u{FEFF}9\u{0}万元", count: 30_000)
    }
  }
}
