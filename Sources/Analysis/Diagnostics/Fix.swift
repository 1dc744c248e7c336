/// How sure a fix is to be what the author meant (ruff's applicability).
public enum Applicability: String, Sendable, Comparable {
  /// Shown, never applied automatically.
  case displayOnly
  /// Probably right, but changes meaning or needs a look: offered as a quick fix only.
  case unsafe
  /// Certainly what the author meant: applied by "fix all" and `lint --fix`.
  case safe

  private var rank: Int {
    switch self {
    case .displayOnly: 0
    case .unsafe: 1
    case .safe: 2
    }
  }
  public static func < (lhs: Applicability, rhs: Applicability) -> Bool { lhs.rank < rhs.rank }
}

/// Replace the text in `range` by `replacement`.
public struct TextEdit: Hashable, Sendable {
  public var range: TextRange
  public var replacement: String
  public init(range: TextRange, replacement: String) {
    self.range = range
    self.replacement = replacement
  }
}

/// A set of edits that resolves a diagnostic, with a title in Chinese ("改为9.9%").
public struct Fix: Hashable, Sendable {
  public var title: String
  /// Non-overlapping edits, sorted by position.
  public var edits: [TextEdit]
  public var applicability: Applicability

  public init(title: String, edits: [TextEdit], applicability: Applicability) {
    self.title = title
    self.edits = edits.sorted { $0.range < $1.range }
    self.applicability = applicability
  }

  /// A fix made of one replacement.
  public static func replace(
    _ range: TextRange, with replacement: String, title: String, applicability: Applicability
  ) -> Fix {
    Fix(title: title, edits: [TextEdit(range: range, replacement: replacement)], applicability: applicability)
  }
}

extension Array where Element == Unicode.Scalar {
  /// Applies non-overlapping edits (scalar ranges into `self`) and returns the new text.
  /// Edits that overlap an earlier one are skipped, so a fix can never corrupt the text.
  public func applying(_ edits: [TextEdit]) -> String {
    var result = ""
    var cursor = 0
    for edit in edits.sorted(by: { $0.range < $1.range }) {
      let start = Swift.min(Swift.max(edit.range.start, 0), count)
      let end = Swift.min(Swift.max(edit.range.end, start), count)
      if start < cursor { continue }
      result += String(scalars: self[cursor..<start])
      result += edit.replacement
      cursor = end
    }
    result += String(scalars: self[cursor..<count])
    return result
  }
}
