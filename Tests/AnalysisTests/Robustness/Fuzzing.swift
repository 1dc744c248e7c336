import Foundation
import Testing

@testable import Analysis

/// Seeds and sizes of the fuzz runs: `FUZZ_SEED` and `FUZZ_CASES` override them for a long local run.
enum FuzzSettings {
  static let seed: UInt64 = ProcessInfo.processInfo.environment["FUZZ_SEED"].flatMap { UInt64($0) } ?? 20_240_601
  static let cases: Int = ProcessInfo.processInfo.environment["FUZZ_CASES"].flatMap { Int($0) } ?? 120
  /// CPU seconds a pathological input may be expected to take before its next, larger size is skipped.
  static let stepBudget: Double = ProcessInfo.processInfo.environment["FUZZ_BUDGET"].flatMap { Double($0) } ?? 0.6
  /// `FUZZ_VERBOSE=1` prints the size and analysis time of every input.
  static let verbose = ProcessInfo.processInfo.environment["FUZZ_VERBOSE"] == "1"

  /// Writes a progress line to standard error, unbuffered.
  static func log(_ line: String) { FileHandle.standardError.write(Data((line + "\n").utf8)) }
}

/// Builds random report-like text from pieces that exercise the document model and the rules:
/// numbers with units, heading markers, table layouts, punctuation pairs, and hostile scalars
/// (astral characters, combining marks, NUL, BOM, lone CR, zero-width joiners).
enum TextGenerator {
  static let words = [
    "节约", "预算", "实际支出", "合计", "总计", "其中", "截止", "截至", "年度", "绩效", "评价", "报告", "万元", "元", "%",
    "％", "个百分点", "人次", "亩", "户", "项", "占比", "执行率", "节约比", "同比增长", "下降", "甲乙镇", "丙丁县", "人民政府",
    "部门整体支出", "得分", "优", "良", "等级", "单位：万元", "的的", "。。", "，，", "余", "以上", "约", "不超过",
  ]
  static let markers = ["一、", "（一）", "(二)", "1、", "2.", "（3）", "4)", "①", "第一部分", "成绩一：", "十二、", "二十、"]
  static let punctuation = ["。", "，", "；", "：", "、", "（", "）", "(", ")", "“", "”", "‘", "’", "《", "》", "【", "】", "〔", "〕", "!", "?", ",", ".", "-", "—", "…", "|"]
  static let hostile: [String] = [
    "\u{0}", "\u{FEFF}", "\u{200D}", "\u{301}", "\u{20DD}", "\u{FE0F}", "𠀋", "😀", "👨‍👩‍👧", "𝟘", "\r", "\r\n", "\t",
    "\u{3000}", "\u{A0}", "\u{2028}", "\u{FFFD}", "e\u{301}", "节\u{301}", "1\u{20E3}", "\u{10FFFF}", "\u{7F}",
  ]

  static func number<G: RandomNumberGenerator>(_ random: inout G) -> String {
    switch Int.random(in: 0..<10, using: &random) {
    case 8: return "0." + String(repeating: "0", count: Int.random(in: 10..<400, using: &random)) + "1"
    case 9: return String(repeating: "9", count: Int.random(in: 15..<400, using: &random)) + ".5"
    case 0: return String(Int.random(in: 0..<100, using: &random))
    case 1: return String(format: "%.2f", Double.random(in: 0..<100_000, using: &random))
    case 2: return "1,\(Int.random(in: 100..<1000, using: &random)),\(Int.random(in: 100..<1000, using: &random)).5"
    case 3: return String(Int.random(in: 1990..<2030, using: &random)) + "年"
    case 4: return "-" + String(format: "%.1f", Double.random(in: 0..<100, using: &random))
    case 5: return String(repeating: "9", count: Int.random(in: 1..<30, using: &random))
    case 6: return "０．５"
    default: return ["一", "两", "十二", "一百零五", "三千"].randomElement(using: &random)!
    }
  }

  /// A line: a heading, a table cell, a pipe row or prose.
  static func line<G: RandomNumberGenerator>(_ random: inout G) -> String {
    var line = ""
    switch Int.random(in: 0..<10, using: &random) {
    case 0: line = markers.randomElement(using: &random)!
    case 1: line = "\t"
    case 2: line = "|"
    case 3: line = String(repeating: " ", count: Int.random(in: 0..<6, using: &random))
    default: break
    }
    let pieces = Int.random(in: 0..<14, using: &random)
    for _ in 0..<pieces {
      switch Int.random(in: 0..<10, using: &random) {
      case 0, 1, 2: line += words.randomElement(using: &random)!
      case 3, 4: line += number(&random)
      case 5, 6: line += punctuation.randomElement(using: &random)!
      case 7: line += hostile.randomElement(using: &random)!
      case 8: line += line.hasPrefix("|") ? " | " : String(Character(Unicode.Scalar(UInt32.random(in: 0x4E00...0x9FA5, using: &random))!))
      default: line += randomScalar(&random)
      }
    }
    return line
  }

  /// Any scalar at all, weighted towards the ranges these reports use.
  static func randomScalar<G: RandomNumberGenerator>(_ random: inout G) -> String {
    let ranges: [ClosedRange<UInt32>] = [0x0...0x7F, 0x80...0x7FF, 0x3000...0x303F, 0x4E00...0x9FFF, 0xFF00...0xFFEF, 0x10000...0x10FFFF]
    while true {
      let range = ranges.randomElement(using: &random)!
      if let scalar = Unicode.Scalar(UInt32.random(in: range, using: &random)) { return String(scalar) }
    }
  }

  static func document<G: RandomNumberGenerator>(_ random: inout G) -> String {
    let lines = Int.random(in: 0..<40, using: &random)
    let separators = ["\n", "\n", "\n", "\n\n", "\r\n", "\r"]
    var text = ""
    for _ in 0..<lines {
      text += line(&random) + separators.randomElement(using: &random)!
    }
    return text
  }

  /// A mutation of `text`: cut, duplicate, splice in noise, or swap digits, at scalar positions.
  static func mutate<G: RandomNumberGenerator>(_ text: String, _ random: inout G) -> String {
    var scalars = Array(text.unicodeScalars)
    let edits = Int.random(in: 1...6, using: &random)
    for _ in 0..<edits {
      let position = Int.random(in: 0...scalars.count, using: &random)
      let length = min(Int.random(in: 0..<400, using: &random), scalars.count - position)
      switch Int.random(in: 0..<6, using: &random) {
      case 0: scalars.removeSubrange(position..<(position + length))
      case 1: scalars.insert(contentsOf: scalars[position..<(position + length)], at: position)
      case 2: scalars.insert(contentsOf: line(&random).unicodeScalars, at: position)
      case 3: scalars.insert(contentsOf: hostile.randomElement(using: &random)!.unicodeScalars, at: position)
      case 4:
        for index in position..<(position + length) where scalars[index].isDigit {
          scalars[index] = Unicode.Scalar(UInt8.random(in: 0x30...0x39, using: &random))
        }
      default: scalars.removeSubrange(position..<scalars.count)
      }
    }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return String(view)
  }
}
