/// A half-open range of Unicode scalar offsets into a document's text.
///
/// The engine measures every position in Unicode scalars (UTF-32 code units). Conversion to the
/// UTF-16 or UTF-8 columns an editor expects happens through `LineIndex`, at the edge.
public struct TextRange: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// Offset of the first scalar in the range.
  public var start: Int
  /// Offset one past the last scalar in the range.
  public var end: Int

  /// Creates a range; `end` is clamped so it is never before `start`.
  public init(_ start: Int, _ end: Int) {
    self.start = start
    self.end = max(start, end)
  }

  /// The number of scalars covered.
  public var length: Int { end - start }
  /// Whether the range covers no scalar.
  public var isEmpty: Bool { start == end }

  /// Whether `offset` lies inside the range (end excluded).
  public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
  /// Whether `other` lies entirely inside this range.
  public func contains(_ other: TextRange) -> Bool { other.start >= start && other.end <= end }
  /// Whether the two ranges share at least one scalar.
  public func overlaps(_ other: TextRange) -> Bool { other.start < end && start < other.end }
  /// The smallest range covering both.
  public func union(_ other: TextRange) -> TextRange { TextRange(min(start, other.start), max(end, other.end)) }

  public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
    lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
  }

  public var description: String { "\(start)..<\(end)" }
}
