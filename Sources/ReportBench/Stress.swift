import Analysis
import Foundation

/// `--stress`: finds passes that grow faster than the text. Each hostile shape is generated at two
/// sizes, four times apart; document construction and every rule are timed on both. A linear pass
/// grows about 4×, a quadratic one about 16×.
enum Stress {
  /// A text shape, generated for about `bytes` UTF-8 bytes.
  struct Shape: Sendable {
    var name: String
    var make: @Sendable (_ bytes: Int) -> String
  }

  static func repeated(_ unit: String, toBytes bytes: Int) -> String {
    String(repeating: unit, count: max(1, bytes / max(1, unit.utf8.count)))
  }

  /// `line(0)`, `line(1)`, … joined until the text has at least `bytes` UTF-8 bytes.
  static func lines(toBytes bytes: Int, startingWith start: String = "", _ line: (Int) -> String) -> String {
    var text = start
    var number = 0
    while text.utf8.count < bytes {
      text += line(number)
      number += 1
    }
    return text
  }

  static let shapes: [Shape] = [
    Shape(name: "one long line of prose") {
      repeated("甲乙镇2021年度预算支出1,586.42万元，实际支出1571.36万元，节约比为0.95%；（一）截止年底完成“三公”经费12.5万元。", toBytes: $0)
    },
    Shape(name: "the same sentence on every line") { repeated("本年度预算执行率为98.6%，节约1.64万元。\n", toBytes: $0) },
    Shape(name: "nested brackets") { bytes in
      let half = bytes / 2
      return repeated("（“《【(", toBytes: half) + "节约比9.9%" + repeated(")】》”）", toBytes: half)
    },
    Shape(name: "unclosed brackets") { repeated("（（“《一、", toBytes: $0) },
    Shape(name: "ragged tab table") { bytes in
      lines(toBytes: bytes) { row in
        (0...(row % 7)).map { "\t\($0 == 0 ? "项目\(row)" : String(row * $0))" }.joined(separator: "\n") + "\n\n"
      }
    },
    Shape(name: "one long table") { bytes in
      lines(toBytes: bytes, startingWith: "单位：万元\n\t项目\n\t预算\n\t支出\n\n") { row in
        "\t项目\(row)\n\t\(Double(row) * 1.5)\n\t\(row % 100)%\n\n"
      } + "\t合计\n\t1\n\t2\n"
    },
    Shape(name: "many headings") { bytes in
      lines(toBytes: bytes) { index in
        let number = index + 1
        return "（\(number % 99 + 1)）标题\(number)\n\(number % 30 + 1)、小标题，预算\(number)万元。\n"
      }
    },
    Shape(name: "numbers only") { repeated("1.5万元、2.5万元和3万元，共7万元；", toBytes: $0) },
    Shape(name: "doubled characters") { repeated("的的是是，。。", toBytes: $0) },
    Shape(name: "township names") { repeated("甲乙镇、丙丁乡、戊己街道人民政府，", toBytes: $0) },
  ]

  static func run(linter: Linter, baseBytes: Int) {
    print("## Engine: growth on hostile shapes (\(baseBytes >> 10) KB → \(baseBytes >> 8) KB)\n")
    print("A linear pass grows about 4×; listed: document construction, the total, and every rule whose")
    print("time at the larger size is over 5 ms and grew more than 6×.\n")
    print("| shape | pass | ms at \(baseBytes >> 10) KB | ms at \(baseBytes >> 8) KB | growth |")
    print("|---|---|---:|---:|---:|")
    for shape in shapes {
      let small = shape.make(baseBytes)
      let large = shape.make(baseBytes * 4)
      func time(_ body: () -> Int) -> Double {
        // The faster of two runs: one-off samples on a busy machine.
        measure(runs: 2, warmUp: 0, body).milliseconds.min() ?? .nan
      }
      let smallDocument = Document(text: small)
      let largeDocument = Document(text: large)
      var rows: [(String, Double, Double)] = []
      rows.append(("document", time { Document(text: small).scalars.count }, time { Document(text: large).scalars.count }))
      var totalSmall = 0.0
      var totalLarge = 0.0
      for ruleType in linter.enabledRules {
        let smallTime = time {
          ruleType.init().check(RuleContext(document: smallDocument, configuration: linter.configuration, gazetteer: nil)).count
        }
        let largeTime = time {
          ruleType.init().check(RuleContext(document: largeDocument, configuration: linter.configuration, gazetteer: nil)).count
        }
        totalSmall += smallTime
        totalLarge += largeTime
        if largeTime > 5, largeTime / smallTime > 6 { rows.append(("\(ruleType.code) \(ruleType.name)", smallTime, largeTime)) }
      }
      rows.insert(("all rules", totalSmall, totalLarge), at: 1)
      for (pass, smallTime, largeTime) in rows {
        print("| \(shape.name) | \(pass) | \(format(smallTime, 1)) | \(format(largeTime, 1)) | \(format(largeTime / smallTime, 1))× |")
      }
    }
  }
}
