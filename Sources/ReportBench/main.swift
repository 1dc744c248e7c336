import Analysis
import Foundation

/// report-bench: times the engine on real and synthetic reports and prints Markdown tables.
///
///     swift build -c release --product report-bench
///     .build/release/report-bench [--seeds DIR] [--fixtures DIR] [--runs N] [--warm-up N]
///                                 [--peer autocorrect.json] [--no-scaling] [--emit-synthetic DIR]
///     .build/release/report-bench --loop FILE N   # for a profiler
///     .build/release/report-bench --dump FILE...  # every finding, fix, fact and claim, to diff before/after
///     .build/release/report-bench --stress KB     # growth of every pass on hostile shapes
///     .build/release/report-bench --sighan FILE   # L102 on SIGHAN-2015 (pycorrector's sighan2015_test.tsv)
///
/// `scripts/bench` runs it together with the peer comparison and the server measurements.

struct Options {
  var seeds: String?
  var fixtures = "benchmarks/fixtures"
  var runs = 50
  var warmUp = 5
  var peer: String?
  var scaling = true
  var emitSynthetic: String?
  /// `--loop FILE N`: only analyse FILE N times, for a profiler (valgrind --tool=callgrind).
  var loop: (path: String, count: Int)?
  /// `--stress KB`: time every pass on hostile shapes of KB and 4×KB (see Stress.swift).
  var stressKB: Int?
  /// `--dump FILE...`: print what the engine finds in each file, so a speed change can be shown to
  /// change nothing else.
  var dump: [String]?
  /// `--sighan FILE`: score L102 on SIGHAN-2015's test set (see Sighan.swift).
  var sighan: String?
}

func parseOptions() -> Options {
  var options = Options()
  var arguments = Array(CommandLine.arguments.dropFirst())[...]
  func value(_ flag: String) -> String {
    guard let next = arguments.popFirst() else {
      FileHandle.standardError.write(Data("report-bench: \(flag) needs a value\n".utf8))
      exit(2)
    }
    return next
  }
  while let argument = arguments.popFirst() {
    switch argument {
    case "--seeds": options.seeds = value(argument)
    case "--fixtures": options.fixtures = value(argument)
    case "--runs": options.runs = max(1, Int(value(argument)) ?? 50)
    case "--warm-up": options.warmUp = max(0, Int(value(argument)) ?? 5)
    case "--peer": options.peer = value(argument)
    case "--no-scaling": options.scaling = false
    case "--emit-synthetic": options.emitSynthetic = value(argument)
    case "--loop": options.loop = (value(argument), Int(value(argument)) ?? 100)
    case "--stress": options.stressKB = max(1, Int(value(argument)) ?? 16)
    case "--sighan": options.sighan = value(argument)
    case "--dump":
      options.dump = Array(arguments)
      arguments = []
    default:
      FileHandle.standardError.write(Data("report-bench: unknown option \(argument)\n".utf8))
      exit(2)
    }
  }
  return options
}

/// ../shared/seeds seen from the working directory or one of its parents.
func defaultSeedsDirectory() -> String? {
  var directory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
  for _ in 0..<5 {
    for base in [directory, directory.deletingLastPathComponent()] {
      let candidate = base.appendingPathComponent("shared/seeds").path
      if FileManager.default.fileExists(atPath: candidate) { return candidate }
    }
    directory.deleteLastPathComponent()
  }
  return nil
}

/// Peer timings written by scripts/bench_peer.py: `{"tool": ..., "files": {name: {"median_ms": ...}}}`.
struct PeerResults {
  var tool: String
  var medians: [String: Double]
  /// Why the peer could not lint a file (AutoCorrect: "call limit reached" on large documents).
  var errors: [String: String]

  init?(path: String) {
    guard let data = FileManager.default.contents(atPath: path),
      let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      let files = json["files"] as? [String: [String: Any]]
    else { return nil }
    tool = json["tool"] as? String ?? "peer"
    medians = files.compactMapValues { $0["median_ms"] as? Double }
    errors = files.compactMapValues { $0["error"] as? String }
  }

  /// The peer's median for `name`, or why there is none.
  func cell(_ name: String, scale: Double = 1) -> (text: String, value: Double) {
    if let median = medians[name] { return (format(median / scale, scale == 1 ? 3 : 1), median / scale) }
    if let error = errors[name] { return ("fails: \(error)", .nan) }
    return ("–", .nan)
  }
}

/// Prints a Markdown table's head; with peer results, two more columns: the peer's figure and ours/theirs.
func printTableHead(_ header: String, _ alignment: String, peerColumn: String?) {
  guard let peerColumn else {
    print(header)
    print(alignment)
    return
  }
  print(header + " \(peerColumn) | ours/theirs |")
  print(alignment + "---:|---:|")
}

func format(_ value: Double, _ digits: Int = 3) -> String {
  value.isNaN ? "–" : String(format: "%.\(digits)f", value)
}

let options = parseOptions()
if let kilobytes = options.stressKB {
  Stress.run(linter: Linter(), baseBytes: kilobytes << 10)
  exit(0)
}
if let path = options.sighan {
  Sighan.run(path: path)
  exit(0)
}
if let paths = options.dump {
  let linter = Linter()
  for path in paths {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
      FileHandle.standardError.write(Data("report-bench: cannot read \(path) as UTF-8\n".utf8))
      exit(2)
    }
    let result = linter.analysis(of: Document(text: text))
    print("# \((path as NSString).lastPathComponent)")
    for diagnostic in result.diagnostics { print(diagnostic) }
    for fact in result.claims?.facts ?? [] { print(fact) }
    for claim in result.claims?.claims ?? [] { print(claim) }
  }
  exit(0)
}
if let (path, count) = options.loop {
  guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { exit(2) }
  let linter = Linter()
  for _ in 0..<count { sink &+= analyse(text, linter: linter) }
  print(sink)
  exit(0)
}
let seeds = Corpus.load(directory: options.seeds ?? defaultSeedsDirectory() ?? "")
let fixtures = Corpus.load(directory: options.fixtures)
let reports = seeds + fixtures
guard !reports.isEmpty else {
  FileHandle.standardError.write(Data("report-bench: no reports found (give --seeds or --fixtures)\n".utf8))
  exit(2)
}
let scalingSizes = [100 << 10, 1 << 20, 10 << 20]

if let directory = options.emitSynthetic {
  try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
  for size in scalingSizes {
    let input = Corpus.synthetic(bytes: size, from: reports)
    let path = (directory as NSString).appendingPathComponent(input.name + ".txt")
    _ = FileManager.default.createFile(atPath: path, contents: Data(input.text.utf8))
  }
  exit(0)
}

let linter = Linter()
let peer = options.peer.flatMap(PeerResults.init(path:))

print("## Engine: analysis time per document\n")
print("- machine: \(Environment.cpuModel), \(Environment.cores) cores, \(Environment.operatingSystem)")
print("- commit: \(Environment.commit); date: \(Environment.date)")
print("- rules: \(linter.enabledRules.count) (\(linter.enabledRules.map { $0.code }.joined(separator: " ")))")
print("- method: release build, one thread, \(options.warmUp) warm-up runs then \(options.runs) timed runs;")
print("  time = `Document(text:)` + `Linter.diagnostics(for:)`; target: largest sample ≤ 2 ms median\n")

printTableHead(
  "| file | KB | findings | document median ms | total median ms | total p95 ms |", "|---|---:|---:|---:|---:|---:|",
  peerColumn: peer.map { "\($0.tool) median ms" })
for input in reports {
  let findings = linter.diagnostics(for: input.text).count
  let documentOnly = measure(runs: options.runs, warmUp: options.warmUp) { Document(text: input.text).scalars.count }
  let total = measure(runs: options.runs, warmUp: options.warmUp) { analyse(input.text, linter: linter) }
  var row = "| \(input.name) | \(format(Double(input.bytes) / 1024, 1)) | \(findings) | "
  row += "\(format(documentOnly.median)) | \(format(total.median)) | \(format(total.p95)) |"
  if let peer {
    let theirs = peer.cell(input.name)
    row += " \(theirs.text) | \(format(total.median / theirs.value, 2)) |"
  }
  print(row)
}

// Per rule on the largest report: where the time goes.
if let largest = reports.max(by: { $0.bytes < $1.bytes }) {
  print("\n### Per rule on \(largest.name) (median ms of \(options.runs) runs, document built once)\n")
  print("| rule | median ms | p95 ms |")
  print("|---|---:|---:|")
  let document = Document(text: largest.text)
  var rows: [(String, Sample)] = []
  for ruleType in linter.enabledRules {
    let sample = measure(runs: options.runs, warmUp: options.warmUp) {
      let context = RuleContext(document: document, configuration: linter.configuration, gazetteer: nil)
      return ruleType.init().check(context).count
    }
    rows.append(("\(ruleType.code) \(ruleType.name)", sample))
  }
  for (name, sample) in rows.sorted(by: { $0.1.median > $1.1.median }) {
    print("| \(name) | \(format(sample.median)) | \(format(sample.p95)) |")
  }
}

if options.scaling {
  print("\n## Engine: scaling (reports concatenated)\n")
  printTableHead(
    "| document | MB | runs | median ms | ms per MB |", "|---|---:|---:|---:|---:|",
    peerColumn: peer.map { "\($0.tool) ms per MB" })
  var perMB: [Int: Double] = [:]
  for size in scalingSizes {
    let input = Corpus.synthetic(bytes: size, from: reports)
    let megabytes = Double(input.bytes) / Double(1 << 20)
    let runs = size >= 10 << 20 ? 5 : size >= 1 << 20 ? 11 : 31
    let sample = measure(runs: runs, warmUp: 1) { analyse(input.text, linter: linter) }
    perMB[size] = sample.median / megabytes
    var row = "| \(input.name) | \(format(megabytes, 2)) | \(runs) | \(format(sample.median, 1)) |"
    row += " \(format(sample.median / megabytes, 1)) |"
    if let peer {
      let theirs = peer.cell(input.name + ".txt", scale: megabytes)
      row += " \(theirs.text) | \(format(sample.median / megabytes / theirs.value, 2)) |"
    }
    print(row)
  }
  if let small = perMB[1 << 20], let large = perMB[10 << 20] {
    let ratio = large / small
    print("\n10 MB per-MB time / 1 MB per-MB time = \(format(ratio, 2)) (target ≤ 1.5)\(ratio <= 1.5 ? "" : " — MISSED")")
  }
}
if sink == 42 { print("") }
