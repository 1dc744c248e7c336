/// A unified diff (`diff -u`) of two texts, line by line, computed with Myers' O(ND) algorithm so that a
/// few fixes in a long report cost little.
enum UnifiedDiff {
  private enum Operation: Equatable {
    case equal(Int, Int)
    case delete(Int)
    case insert(Int)
  }

  /// The diff, or "" when the texts are equal.
  static func render(old: String, new: String, oldName: String, newName: String, context: Int = 3) -> String {
    guard old != new else { return "" }
    let oldLines = lines(old)
    let newLines = lines(new)
    let operations = diff(oldLines, newLines)
    var output = "--- \(oldName)\n+++ \(newName)\n"
    // Group changes that are within 2 × context lines of each other into one hunk.
    var index = 0
    while index < operations.count {
      guard let firstChange = operations[index...].firstIndex(where: { !isEqual($0) }) else { break }
      var end = firstChange
      var lastChange = firstChange
      while end < operations.count {
        if !isEqual(operations[end]) {
          lastChange = end
        } else if end - lastChange > 2 * context {
          break
        }
        end += 1
      }
      let start = max(index, firstChange - context)
      let stop = min(operations.count, lastChange + context + 1)
      output += hunk(operations[start..<stop], oldLines, newLines)
      index = stop
    }
    return output
  }

  private static func isEqual(_ operation: Operation) -> Bool {
    if case .equal = operation { return true }
    return false
  }

  /// Lines with their terminators, so a missing final newline shows.
  private static func lines(_ text: String) -> [Substring] {
    var result: [Substring] = []
    var start = text.startIndex
    var index = text.startIndex
    while index < text.endIndex {
      let next = text.index(after: index)
      if text[index] == "\n" || text[index] == "\r\n" {
        result.append(text[start..<next])
        start = next
      }
      index = next
    }
    if start < text.endIndex { result.append(text[start...]) }
    return result
  }

  private static func hunk(_ operations: ArraySlice<Operation>, _ old: [Substring], _ new: [Substring]) -> String {
    var oldStart = 0
    var newStart = 0
    var oldCount = 0
    var newCount = 0
    var body = ""
    var isFirst = true
    for operation in operations {
      switch operation {
      case .equal(let oldIndex, let newIndex):
        if isFirst { (oldStart, newStart) = (oldIndex, newIndex) }
        body += line(" ", old[oldIndex])
        oldCount += 1
        newCount += 1
      case .delete(let oldIndex):
        if isFirst { (oldStart, newStart) = (oldIndex, position(in: operations, before: true)) }
        body += line("-", old[oldIndex])
        oldCount += 1
      case .insert(let newIndex):
        if isFirst { (oldStart, newStart) = (position(in: operations, before: false), newIndex) }
        body += line("+", new[newIndex])
        newCount += 1
      }
      isFirst = false
    }
    // diff -u numbers an empty side by the line before it.
    let oldLabel = oldCount == 0 ? "\(oldStart),0" : oldCount == 1 ? "\(oldStart + 1)" : "\(oldStart + 1),\(oldCount)"
    let newLabel = newCount == 0 ? "\(newStart),0" : newCount == 1 ? "\(newStart + 1)" : "\(newStart + 1),\(newCount)"
    return "@@ -\(oldLabel) +\(newLabel) @@\n" + body
  }

  /// For a hunk opening with a delete (or insert), the line number on the other side where it sits.
  private static func position(in operations: ArraySlice<Operation>, before isNewSide: Bool) -> Int {
    for operation in operations {
      switch operation {
      case .equal(let oldIndex, let newIndex): return isNewSide ? newIndex : oldIndex
      case .delete(let oldIndex): if !isNewSide { return oldIndex }
      case .insert(let newIndex): if isNewSide { return newIndex }
      }
    }
    return 0
  }

  private static func line(_ marker: String, _ text: Substring) -> String {
    var content = String(text)
    if content.hasSuffix("\r\n") {
      content.removeLast()
      return marker + content + "\r\n"
    }
    if content.hasSuffix("\n") { return marker + content }
    return marker + content + "\n\\ No newline at end of file\n"
  }

  /// Myers' greedy shortest edit script, after trimming the common prefix and suffix.
  private static func diff(_ old: [Substring], _ new: [Substring]) -> [Operation] {
    var prefix = 0
    while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < old.count - prefix, suffix < new.count - prefix,
      old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
    {
      suffix += 1
    }
    let a = Array(old[prefix..<(old.count - suffix)])
    let b = Array(new[prefix..<(new.count - suffix)])
    var middle: [Operation] = []
    let n = a.count
    let m = b.count
    let maximum = n + m
    var frontier = [Int](repeating: 0, count: 2 * maximum + 2)
    // Each step keeps only the diagonals it can reach, so memory is O(D²), not O(D·(N+M)).
    var trace: [(low: Int, values: [Int])] = []
    var found = false
    for d in 0...maximum {
      let low = max(0, maximum - d - 1)
      trace.append((low, Array(frontier[low...min(frontier.count - 1, maximum + d + 1)])))
      for k in stride(from: -d, through: d, by: 2) {
        var x: Int
        if k == -d || (k != d && frontier[k - 1 + maximum] < frontier[k + 1 + maximum]) {
          x = frontier[k + 1 + maximum]
        } else {
          x = frontier[k - 1 + maximum] + 1
        }
        var y = x - k
        while x < n, y < m, a[x] == b[y] {
          x += 1
          y += 1
        }
        frontier[k + maximum] = x
        if x >= n, y >= m {
          found = true
          break
        }
      }
      if found { break }
    }
    // Walk the trace back from (n, m).
    var x = n
    var y = m
    for d in stride(from: trace.count - 1, through: 0, by: -1) {
      let (low, values) = trace[d]
      let previous = { (diagonal: Int) in values[diagonal + maximum - low] }
      let k = x - y
      let previousK: Int
      if k == -d || (k != d && previous(k - 1) < previous(k + 1)) {
        previousK = k + 1
      } else {
        previousK = k - 1
      }
      let previousX = d == 0 ? 0 : previous(previousK)
      let previousY = previousX - previousK
      while x > previousX, y > previousY {
        x -= 1
        y -= 1
        middle.append(.equal(prefix + x, prefix + y))
      }
      if d > 0 {
        if x == previousX {
          y -= 1
          middle.append(.insert(prefix + y))
        } else {
          x -= 1
          middle.append(.delete(prefix + x))
        }
      }
    }
    var operations = (0..<prefix).map { Operation.equal($0, $0) }
    operations += middle.reversed()
    operations += (0..<suffix).map { Operation.equal(old.count - suffix + $0, new.count - suffix + $0) }
    return operations
  }
}
