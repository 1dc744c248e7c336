/// The unit in which a column is counted.
public enum ColumnUnit: String, Sendable, CaseIterable {
  /// UTF-8 code units (bytes).
  case utf8
  /// UTF-16 code units: the LSP default.
  case utf16
  /// Unicode scalars (UTF-32 code units): the engine's own unit.
  case utf32
}

/// A line and column, zero-based, with the column counted in some `ColumnUnit`.
public struct LineColumn: Hashable, Sendable {
  public var line: Int
  public var column: Int
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }
}

/// Maps scalar offsets to lines and columns in UTF-8, UTF-16 or UTF-32, and back.
///
/// Line breaks are `\n`, `\r\n` and `\r`, as in LSP. Conversions cost O(log n) plus a scan of at
/// most `checkpointStride` scalars, so a 10 MB single line stays cheap.
public struct LineIndex: Sendable {
  /// Scalar offset where each line starts.
  public let lineStarts: [Int]
  /// Scalar offset where each line's content ends (before its terminator).
  public let lineEnds: [Int]
  /// Total number of scalars.
  public let scalarCount: Int

  /// A power of two.
  static let checkpointStride = 512
  /// Cumulative UTF-16 and UTF-8 lengths at every `checkpointStride` scalars.
  private let utf16Checkpoints: [Int]
  private let utf8Checkpoints: [Int]
  /// The text, shared with the document: the widths between checkpoints are read from it.
  private let scalars: [Unicode.Scalar]

  public init(scalars: [Unicode.Scalar]) {
    var starts = [0]
    var ends: [Int] = []
    let count = scalars.count
    var utf16Checkpoints = [0]
    var utf8Checkpoints = [0]
    utf16Checkpoints.reserveCapacity(count / Self.checkpointStride + 2)
    utf8Checkpoints.reserveCapacity(count / Self.checkpointStride + 2)
    var utf16 = 0
    var utf8 = 0
    // The same lines and checkpoints as `Document.decode` finds in the UTF-8.
    scalars.withUnsafeBufferPointer { scalars in
      for index in 0..<count {
        if index > 0, index % Self.checkpointStride == 0 {
          utf16Checkpoints.append(utf16)
          utf8Checkpoints.append(utf8)
        }
        let value = scalars[index].value
        utf8 += Self.utf8Length(value)
        utf16 += value >= 0x10000 ? 2 : 1
        if value == 0x0A {
          // The \n of a CRLF pair ends the line at the \r.
          ends.append(index > 0 && scalars[index - 1].value == 0x0D ? index - 1 : index)
          starts.append(index + 1)
        } else if value == 0x0D, !(index + 1 < count && scalars[index + 1].value == 0x0A) {
          ends.append(index)
          starts.append(index + 1)
        }
      }
    }
    if count > 0, count % Self.checkpointStride == 0 {
      utf16Checkpoints.append(utf16)
      utf8Checkpoints.append(utf8)
    }
    ends.append(count)
    self.lineStarts = starts
    self.lineEnds = ends
    self.scalarCount = count
    self.scalars = scalars
    self.utf16Checkpoints = utf16Checkpoints
    self.utf8Checkpoints = utf8Checkpoints
  }

  /// The index `Document.decode` built on its way through the text's UTF-8.
  init(
    scalars: [Unicode.Scalar], lineStarts: [Int], lineEnds: [Int], utf8Checkpoints: [Int], utf16Checkpoints: [Int]
  ) {
    self.lineStarts = lineStarts
    self.lineEnds = lineEnds
    self.scalarCount = scalars.count
    self.scalars = scalars
    self.utf8Checkpoints = utf8Checkpoints
    self.utf16Checkpoints = utf16Checkpoints
  }

  @inline(__always)
  private static func utf8Length(_ value: UInt32) -> Int {
    1 + (value >= 0x80 ? 1 : 0) + (value >= 0x800 ? 1 : 0) + (value >= 0x10000 ? 1 : 0)
  }

  /// The number of lines (a document always has at least one).
  public var lineCount: Int { lineStarts.count }

  /// The line containing `offset` (an offset at a line's terminator belongs to that line).
  public func line(containing offset: Int) -> Int {
    let target = min(max(offset, 0), scalarCount)
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= target { low = mid } else { high = mid - 1 }
    }
    return low
  }

  /// The range of a line's content, without its terminator.
  public func contentRange(ofLine line: Int) -> TextRange {
    TextRange(lineStarts[line], lineEnds[line])
  }

  /// Absolute offset of `offset` in `unit` from the document start.
  public func absoluteOffset(_ offset: Int, in unit: ColumnUnit) -> Int {
    let target = min(max(offset, 0), scalarCount)
    switch unit {
    case .utf32: return target
    case .utf16, .utf8:
      let checkpoint = target / Self.checkpointStride
      var total = unit == .utf16 ? utf16Checkpoints[checkpoint] : utf8Checkpoints[checkpoint]
      var index = checkpoint * Self.checkpointStride
      while index < target {
        total += width(at: index, unit)
        index += 1
      }
      return total
    }
  }

  /// Line and column of a scalar offset, with the column counted in `unit`.
  public func lineColumn(of offset: Int, in unit: ColumnUnit) -> LineColumn {
    let target = min(max(offset, 0), scalarCount)
    let line = line(containing: target)
    let column = absoluteOffset(target, in: unit) - absoluteOffset(lineStarts[line], in: unit)
    return LineColumn(line: line, column: column)
  }

  /// The scalar offset of a line and column counted in `unit`.
  ///
  /// Out-of-range input is clamped, as LSP asks: a line past the end means the end of the
  /// document, a column past the line's end means the end of that line, and a column that falls
  /// inside a character's code units snaps back to that character's start.
  public func offset(of position: LineColumn, in unit: ColumnUnit) -> Int {
    if position.line < 0 { return 0 }
    if position.line >= lineStarts.count { return scalarCount }
    let start = lineStarts[position.line]
    let end = lineEnds[position.line]
    let column = max(position.column, 0)
    if unit == .utf32 { return min(start + column, end) }
    let base = absoluteOffset(start, in: unit)
    let target = base + column
    // Jump to the last checkpoint not beyond the target, then scan.
    let checkpoints = unit == .utf16 ? utf16Checkpoints : utf8Checkpoints
    var low = start / Self.checkpointStride
    var high = min(end / Self.checkpointStride, checkpoints.count - 1)
    while low < high {
      let mid = (low + high + 1) / 2
      if checkpoints[mid] <= target { low = mid } else { high = mid - 1 }
    }
    var index = max(low * Self.checkpointStride, start)
    var total = absoluteOffset(index, in: unit)
    while index < end {
      let next = total + width(at: index, unit)
      if next > target { break }
      total = next
      index += 1
    }
    return index
  }

  private func width(at index: Int, _ unit: ColumnUnit) -> Int {
    let value = scalars[index].value
    switch unit {
    case .utf8: return Self.utf8Length(value)
    case .utf16: return value >= 0x10000 ? 2 : 1
    case .utf32: return 1
    }
  }
}
