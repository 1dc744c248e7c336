/// Chinese numerals as they count things and number headings: 一 … 九, 十, 百, 千, 万, 两, 零/〇.
public enum ChineseNumeral {
  /// The value of one numeral character, or nil for a character that is not one.
  public static func digit(_ scalar: Unicode.Scalar) -> Int? {
    switch scalar {
    case "零", "〇": 0
    case "一": 1
    case "二", "两": 2
    case "三": 3
    case "四": 4
    case "五": 5
    case "六": 6
    case "七": 7
    case "八": 8
    case "九": 9
    default: nil
    }
  }

  /// The multiplier of a unit character: 十, 百, 千, 万.
  public static func multiplier(_ scalar: Unicode.Scalar) -> Int? {
    switch scalar {
    case "十": 10
    case "百": 100
    case "千": 1000
    case "万": 10000
    default: nil
    }
  }

  /// Whether the scalar can be part of a Chinese numeral.
  @inline(__always)
  public static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
    // Inlined, and by code point (a switch over scalar literals compares them one by one): this
    // runs on every scalar of the text. The numerals lie on the 256-code-point pages 0x30, 0x4E,
    // 0x51, 0x53, 0x56, 0x76 and 0x96: one mask test of the page rejects most scalars.
    let value = scalar.value
    let pages: UInt64 = 1 << (0x30 & 63) | 1 << (0x4E & 63) | 1 << (0x51 & 63) | 1 << (0x53 & 63) | 1 << (0x56 & 63)
      | 1 << (0x76 & 63) | 1 << (0x96 & 63)
    guard pages >> UInt64(value >> 8 & 63) & 1 != 0 else { return false }
    return switch value {
    // 零 〇 一 二 两 三 四 五 六 七 八 九 十 百 千 万
    case 0x96F6, 0x3007, 0x4E00, 0x4E8C, 0x4E24, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341,
      0x767E, 0x5343, 0x4E07:
      true
    default: false
    }
  }

  /// Parses a whole numeral such as 十二, 二十一, 一百零五, 两千; nil when it is not well formed.
  public static func value<S: Collection>(of scalars: S) -> Int? where S.Element == Unicode.Scalar {
    guard !scalars.isEmpty else { return nil }
    var total = 0
    var section = 0
    var pending: Int? = nil
    for scalar in scalars {
      if let digit = digit(scalar) {
        if pending != nil, digit != 0 { return nil }  // 二三 is not one number
        pending = digit
      } else if let multiplier = multiplier(scalar) {
        if multiplier == 10000 {
          section += pending ?? 0
          total += max(section, 1) * 10000
          section = 0
        } else {
          section += (pending ?? 1) * multiplier
        }
        pending = nil
      } else {
        return nil
      }
    }
    return total + section + (pending ?? 0)
  }

  /// The numeral for small positive numbers, as headings write them (一, 十二, 二十).
  public static func string(for number: Int) -> String {
    let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    guard number > 0, number < 100 else { return String(number) }
    if number < 10 { return digits[number] }
    let tens = number / 10
    let ones = number % 10
    return (tens == 1 ? "" : digits[tens]) + "十" + (ones == 0 ? "" : digits[ones])
  }
}
