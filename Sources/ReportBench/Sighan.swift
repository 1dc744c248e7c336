import Analysis
import Foundation

/// `--sighan FILE`: L102 on SIGHAN-2015's test set as pycorrector ships it (`pycorrector/data/sighan2015_test.tsv`,
/// 707 sentence pairs `written<TAB>corrected`, simplified characters), scored at sentence level beside the
/// figures pycorrector publishes for its models.
///
/// Three views of the same run: detection (a sentence flagged has an error), detection with positions (the
/// characters changed by the fixes are exactly the wrong ones: the SIGHAN bake-off's detection level), and
/// correction (the sentence after the fixes equals the corrected one: pycorrector's `eval_model_batch`,
/// the metric of its published F1). Essays by learners of Chinese are not our genre: precision is the
/// figure that matters here.
enum Sighan {
  /// Sentence counts: `right` are the sentences with an error that were handled right, `wrong` those counted
  /// against precision, `errors` every sentence with an error.
  struct Counts {
    var right = 0
    var wrong = 0
    var errors = 0

    var precision: Double { Double(right) / Double(max(1, right + wrong)) }
    var recall: Double { Double(right) / Double(max(1, errors)) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
  }

  static func run(path: String) {
    guard let contents = try? String(contentsOfFile: path, encoding: .utf8) else {
      FileHandle.standardError.write(Data("report-bench: cannot read \(path)\n".utf8))
      exit(2)
    }
    var pairs: [(written: String, corrected: String)] = []
    for line in contents.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      if fields.count == 2 { pairs.append((String(fields[0]), String(fields[1]))) }
    }
    var detection = Counts()
    var located = Counts()
    var correction = Counts()
    var seconds = 0.0
    for pair in pairs {
      let start = Date()
      let document = Document(text: pair.written)
      let context = RuleContext(document: document, configuration: .default, gazetteer: nil)
      let found = ConfusableWord().check(context)
      seconds += Date().timeIntervalSince(start)
      let written = Array(pair.written.unicodeScalars)
      let corrected = Array(pair.corrected.unicodeScalars)
      let edits = found.compactMap(\.fixes.first).flatMap(\.edits)
      let fixed = Array(written.applying(edits).unicodeScalars)
      let hasError = written != corrected
      let flagged = !found.isEmpty
      // The positions the fixes change, against the positions that differ in the key.
      let wrongPositions = differences(written, corrected)
      let flaggedPositions = fixed.count == written.count ? differences(written, fixed) : Set(edits.map(\.range.start))
      if hasError {
        detection.errors += 1
        located.errors += 1
        correction.errors += 1
      }
      // Detection: a flagged sentence is right when it has an error.
      if flagged { if hasError { detection.right += 1 } else { detection.wrong += 1 } }
      // With positions (the bake-off's detection level): right only when the changed characters are exactly
      // the wrong ones; any other flagged sentence counts against precision.
      if flagged {
        if hasError && wrongPositions == flaggedPositions { located.right += 1 } else { located.wrong += 1 }
      }
      // Correction as pycorrector counts it: a sentence with an error is right when fixed to the key; a correct
      // sentence that was changed counts against precision; a sentence with an error fixed wrongly counts only
      // against recall.
      if hasError, fixed == corrected { correction.right += 1 }
      if !hasError, fixed != written { correction.wrong += 1 }
    }
    let errors = pairs.filter { $0.written != $0.corrected }.count
    print("## Wrong characters: SIGHAN-2015 test set\n")
    print("- data: `\((path as NSString).lastPathComponent)` from pycorrector 1.1.4: \(pairs.count) sentences,")
    print("  \(errors) with errors; L102 alone (table and lexicon), default configuration")
    print("- time: \(format(seconds * 1000 / Double(max(1, pairs.count)), 3)) ms per sentence (document + rule)\n")
    print("| sentence level | precision | recall | F1 |")
    print("|---|---:|---:|---:|")
    for (name, counts) in [
      ("detection: a flagged sentence has an error", detection),
      ("detection, positions: the characters changed are the wrong ones", located),
      ("correction: the fixed sentence is the corrected one", correction),
    ] {
      print("| \(name) | \(format(counts.precision)) | \(format(counts.recall)) | \(format(counts.f1)) |")
    }
    print("| pycorrector Kenlm-CSC, correction (published) | | | 0.3147 |")
    print("| pycorrector MacBERT-CSC, correction (published; a GPU model) | | | 0.8314 |")
    print("\nFalse alarms: \(detection.wrong) of \(pairs.count - errors) correct sentences flagged.")
  }

  private static func differences(_ first: [Unicode.Scalar], _ second: [Unicode.Scalar]) -> Set<Int> {
    guard first.count == second.count else { return [-1] }
    return Set(first.indices.filter { first[$0] != second[$0] })
  }
}
