import Analysis
import Foundation

/// Timings of repeated runs, in milliseconds.
struct Sample {
  var milliseconds: [Double]

  var median: Double { percentile(50) }
  var p95: Double { percentile(95) }

  /// Nearest-rank percentile: the smallest value with at least `p`% of the runs at or below it.
  func percentile(_ p: Double) -> Double {
    guard !milliseconds.isEmpty else { return .nan }
    let sorted = milliseconds.sorted()
    let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
    return sorted[min(max(rank, 1), sorted.count) - 1]
  }
}

/// Keeps results alive so the optimiser cannot drop the work being timed.
nonisolated(unsafe) var sink = 0

/// Times `body` `runs` times after `warmUp` untimed runs, on the calling thread.
func measure(runs: Int, warmUp: Int, _ body: () -> Int) -> Sample {
  for _ in 0..<warmUp { sink &+= body() }
  var times: [Double] = []
  times.reserveCapacity(runs)
  let clock = ContinuousClock()
  for _ in 0..<runs {
    var result = 0
    let elapsed = clock.measure { result = body() }
    sink &+= result
    times.append(Double(elapsed.components.seconds) * 1e3 + Double(elapsed.components.attoseconds) / 1e15)
  }
  return Sample(milliseconds: times)
}

/// Document construction plus every enabled rule: what the server does on each keystroke.
func analyse(_ text: String, linter: Linter) -> Int {
  let document = Document(text: text)
  return linter.diagnostics(for: document).count &+ document.scalars.count
}
