import Dispatch
import Foundation

/// Maps over an array on all cores (Dispatch's concurrentPerform), keeping the input order.
func parallelMap<Element: Sendable, Result: Sendable>(
  _ elements: [Element], _ transform: @Sendable (Element) -> Result
) -> [Result] {
  let slots = ResultSlots<Result>(count: elements.count)
  DispatchQueue.concurrentPerform(iterations: elements.count) { index in
    slots.set(index, transform(elements[index]))
  }
  return slots.values
}

/// Results written by many threads, one slot each.
private final class ResultSlots<Value: Sendable>: @unchecked Sendable {
  private var slots: [Value?]
  private let lock = NSLock()

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ value: Value) {
    lock.lock()
    slots[index] = value
    lock.unlock()
  }

  var values: [Value] {
    lock.lock()
    defer { lock.unlock() }
    return slots.map { $0! }
  }
}

/// "检查中 12/340" on standard error, redrawn in place, for long folder runs on a terminal.
final class ProgressLine: @unchecked Sendable {
  private let total: Int
  private let write: @Sendable (String) -> Void
  private let lock = NSLock()
  private var done = 0
  private var lastDrawn = -1

  /// Only shown when standard error is a terminal and there are enough files to wait for.
  static func make(total: Int, console: Console) -> ProgressLine? {
    guard console.isErrorTerminal, total >= 20 else { return nil }
    return ProgressLine(total: total, write: console.writeErrorOutput)
  }

  init(total: Int, write: @escaping @Sendable (String) -> Void) {
    self.total = total
    self.write = write
  }

  /// Counts one finished file; redraws at most once per percent.
  func advance() {
    lock.lock()
    defer { lock.unlock() }
    done += 1
    let percent = done * 100 / max(total, 1)
    guard percent != lastDrawn else { return }
    lastDrawn = percent
    write("\r检查中 \(done)/\(total)（\(percent)%）")
  }

  /// Erases the line.
  func finish() {
    lock.lock()
    defer { lock.unlock() }
    write("\r\u{1B}[K")
  }
}
