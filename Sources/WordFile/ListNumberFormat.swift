/// The number formats of Word's automatic lists (`w:numFmt`, ECMA-376 §17.18.59), rendered as Word shows
/// them, for the formats Chinese reports use; anything else is written in Arabic digits.
enum ListNumberFormat {
  static func render(_ value: Int, format: String) -> String {
    switch format {
    case "none", "bullet": return ""
    case "decimalZero": return value < 10 ? "0\(value)" : String(value)
    case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
      "taiwaneseCountingThousand":
      return chineseCount(value, digits: Self.simplifiedDigits, ten: "十", hundred: "百", thousand: "千")
    case "chineseLegalSimplified":
      return chineseCount(value, digits: Self.financialDigits, ten: "拾", hundred: "佰", thousand: "仟")
    case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand":
      return String(String(value).map { Self.digitCharacters[Int(String($0))!] })
    case "ideographTraditional": return cyclic(value, Self.heavenlyStems)
    case "ideographZodiac": return cyclic(value, Self.earthlyBranches)
    case "decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle":
      return enclosed(value, first: 0x2460, count: 20)
    case "decimalEnclosedParen": return enclosed(value, first: 0x2474, count: 20)
    case "decimalEnclosedFullstop": return enclosed(value, first: 0x2488, count: 20)
    case "decimalFullWidth", "decimalFullWidth2":
      return String(String(value).unicodeScalars.map { Character(Unicode.Scalar($0.value + 0xFEE0)!) })
    case "upperLetter": return letters(value, base: "A")
    case "lowerLetter": return letters(value, base: "a")
    case "upperRoman": return roman(value)
    case "lowerRoman": return roman(value).lowercased()
    default: return String(value)
    }
  }

  private static let simplifiedDigits = Array("零一二三四五六七八九")
  private static let financialDigits = Array("零壹贰叁肆伍陆柒捌玖")
  private static let digitCharacters = Array("〇一二三四五六七八九")
  private static let heavenlyStems = Array("甲乙丙丁戊己庚辛壬癸")
  private static let earthlyBranches = Array("子丑寅卯辰巳午未申酉戌亥")

  /// 一, 十, 十一, 二十一, 一百零一 … up to 9999; larger values in Arabic digits.
  private static func chineseCount(
    _ value: Int, digits: [Character], ten: String, hundred: String, thousand: String
  ) -> String {
    guard value > 0, value < 10_000 else { return String(value) }
    let places = [(value / 1000, thousand), (value / 100 % 10, hundred), (value / 10 % 10, ten), (value % 10, "")]
    var result = ""
    var pendingZero = false
    for (index, (digit, unit)) in places.enumerated() {
      if digit == 0 {
        if !result.isEmpty { pendingZero = true }
        continue
      }
      if pendingZero {
        result.append(digits[0])
        pendingZero = false
      }
      // 十一, not 一十一, when ten is the leading place.
      if !(index == 2 && digit == 1 && result.isEmpty) { result.append(digits[digit]) }
      result += unit
    }
    return result
  }

  private static func cyclic(_ value: Int, _ symbols: [Character]) -> String {
    guard value > 0 else { return String(value) }
    return String(symbols[(value - 1) % symbols.count])
  }

  private static func enclosed(_ value: Int, first: UInt32, count: Int) -> String {
    guard value >= 1, value <= count else { return String(value) }
    return String(Character(Unicode.Scalar(first + UInt32(value - 1))!))
  }

  /// A, B, … Z, AA, BB … (Word repeats the letter).
  private static func letters(_ value: Int, base: Unicode.Scalar) -> String {
    guard value > 0 else { return String(value) }
    let letter = Character(Unicode.Scalar(base.value + UInt32((value - 1) % 26))!)
    return String(repeating: letter, count: (value - 1) / 26 + 1)
  }

  private static func roman(_ value: Int) -> String {
    guard value > 0, value < 4000 else { return String(value) }
    let numerals = [
      (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"),
      (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]
    var remaining = value
    var result = ""
    for (amount, numeral) in numerals {
      while remaining >= amount {
        result += numeral
        remaining -= amount
      }
    }
    return result
  }
}
