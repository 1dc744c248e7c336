/// A closed interval of real numbers: the values a rounded figure may stand for.
///
/// A figure written with k decimals stands for its value ±0.5×10⁻ᵏ. Claims are judged by comparing the
/// interval a recomputation can reach with the interval the stated figure stands for.
public struct ValueRange: Hashable, Sendable, CustomStringConvertible {
  /// The smallest value.
  public var lower: Double
  /// The largest value.
  public var upper: Double

  /// The interval between two bounds, in either order.
  public init(_ a: Double, _ b: Double) {
    lower = Swift.min(a, b)
    upper = Swift.max(a, b)
  }

  /// The values that round to `value` at `decimals` decimals.
  public init(value: Double, decimals: Int) {
    let half = 0.5 * pow10(-decimals)
    self.init(value - half, value + half)
  }

  /// A single point.
  public init(point: Double) { self.init(point, point) }

  /// Whether the two intervals share more than a boundary point (ties are settled by the exact value).
  public func overlaps(_ other: ValueRange) -> Bool {
    let slack = 1e-9 * Swift.max(1, abs(lower), abs(upper), abs(other.lower), abs(other.upper))
    return lower < other.upper - slack && other.lower < upper - slack
      || (lower == upper && other.lower - slack <= lower && lower <= other.upper + slack)
      || (other.lower == other.upper && lower - slack <= other.lower && other.lower <= upper + slack)
  }

  public var description: String { "[\(lower), \(upper)]" }

  /// The interval times a positive factor.
  func scaled(by factor: Double) -> ValueRange { factor == 1 ? self : ValueRange(lower * factor, upper * factor) }

  /// Interval sum.
  public static func + (a: ValueRange, b: ValueRange) -> ValueRange {
    ValueRange(a.lower + b.lower, a.upper + b.upper)
  }

  /// Interval difference.
  public static func - (a: ValueRange, b: ValueRange) -> ValueRange {
    ValueRange(a.lower - b.upper, a.upper - b.lower)
  }
}

/// Decimal formatting and rounding as authors write numbers.
enum DecimalText {
  /// `value` rounded half away from zero at `decimals` decimals.
  static func rounded(_ value: Double, decimals: Int) -> Double {
    let scale = pow10(decimals)
    let scaled = value * scale
    // Nudge by a relative epsilon so that 3.625 (stored as 3.62499…) rounds as written.
    let nudged = scaled + (scaled >= 0 ? 1 : -1) * Swift.max(1e-9, abs(scaled) * 1e-12)
    return nudged.rounded(.toNearestOrAwayFromZero) / scale
  }

  /// `value` cut (towards zero) at `decimals` decimals.
  static func truncated(_ value: Double, decimals: Int) -> Double {
    let scale = pow10(decimals)
    let scaled = value * scale
    let nudged = scaled + (scaled >= 0 ? 1 : -1) * Swift.max(1e-9, abs(scaled) * 1e-12)
    return nudged.rounded(.towardZero) / scale
  }

  /// The value written with exactly `decimals` decimals, optionally with thousands separators.
  static func string(_ value: Double, decimals: Int, thousands: Bool = false) -> String {
    let rounded = rounded(value, decimals: decimals)
    let negative = rounded < 0
    let scale = pow10(decimals)
    let units = (abs(rounded) * scale).rounded()
    guard units < 9e15 else { return String(rounded) }
    let whole = Int64(units) / Int64(scale)
    let fraction = Int64(units) % Int64(scale)
    var integer = String(whole)
    if thousands, integer.count > 3 {
      var grouped = ""
      for (index, character) in integer.enumerated() {
        if index > 0, (integer.count - index) % 3 == 0 { grouped.append(",") }
        grouped.append(character)
      }
      integer = grouped
    }
    var result = (negative && units != 0 ? "-" : "") + integer
    if decimals > 0 {
      let digits = String(fraction)
      result += "." + String(repeating: "0", count: decimals - digits.count) + digits
    }
    return result
  }

  /// The value as shown in an explanation: with a true minus sign (−3.67).
  static func display(_ value: Double, decimals: Int) -> String {
    let text = string(value, decimals: decimals)
    return text.hasPrefix("-") ? FormulaText.minus + text.dropFirst() : text
  }

  /// Whether two values are equal once both are rounded at `decimals`.
  static func equal(_ a: Double, _ b: Double, decimals: Int) -> Bool {
    abs(rounded(a, decimals: decimals) - rounded(b, decimals: decimals)) < 0.5 * pow10(-decimals)
  }
}
