/// Finds the numbers in a line of text: amounts, percentages, counts, years, identifiers.
enum QuantityScanner {
  /// Appends the numbers of `range` (one line) to `result`. `nextLine` is the following line's
  /// content, so that a unit broken onto the next line by a conversion (415.2836⏎万元) is still read.
  static func scan(_ text: [Unicode.Scalar], range: TextRange, nextLine: TextRange?, into result: inout [Quantity]) {
    let first = result.count
    var index = range.start
    let end = range.end
    while index < end {
      let scalar = text[index]
      if scalar.isDigit {
        let (quantity, next) = scanArabic(text, from: index, end: end, lineStart: range.start, nextLine: nextLine)
        if let quantity { result.append(quantity) }
        index = max(next, index + 1)
      } else if ChineseNumeral.isNumeral(scalar), scalar != "万", scalar != "零",
        let (quantity, next) = scanChinese(text, from: index, end: end, lineStart: range.start)
      {
        result.append(quantity)
        index = next
      } else {
        index += 1
      }
    }
    inheritListUnits(text, &result, from: first)
  }

  /// Exact powers of ten: a decimal of at most 15 digits divided by one of them is the correctly
  /// rounded value, the same `Double(String)` gives, without building a String.
  private static let exactPowersOfTen: [Double] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
  ]

  private static func scanArabic(
    _ text: [Unicode.Scalar], from start: Int, end: Int, lineStart: Int, nextLine: TextRange?
  ) -> (Quantity?, Int) {
    var index = start
    var digitCount = 0  // digits only, integer and fraction part
    var mantissa: UInt64 = 0  // the digits as one integer, while there are at most 15
    var groupLength = 0  // digits since the last thousands separator
    var hasSeparator = false
    var decimals = 0
    // Integer part, with thousands separators only where groups of exactly three digits follow.
    while index < end {
      if let digit = text[index].digitValue {
        if digitCount < 15 { mantissa = mantissa &* 10 &+ UInt64(digit) }
        digitCount += 1
        groupLength += 1
        index += 1
      } else if text[index] == ",", index + 3 < end || index + 3 == end,
        (hasSeparator ? groupLength == 3 : (1...3).contains(groupLength)),
        isThreeDigitGroup(text, at: index + 1, end: end)
      {
        hasSeparator = true
        groupLength = 0
        index += 1
      } else {
        break
      }
    }
    var hasPoint = false
    if index + 1 < end, text[index] == "." || text[index] == "．", text[index + 1].isDigit {
      hasPoint = true
      index += 1
      while index < end, let digit = text[index].digitValue {
        if digitCount < 15 { mantissa = mantissa &* 10 &+ UInt64(digit) }
        digitCount += 1
        decimals += 1
        index += 1
      }
    }
    let numberEnd = index
    // A sign directly before the number, when it is not a range dash between two numbers.
    var numberStart = start
    if start > lineStart, isMinus(text[start - 1]) {
      let before = start - 2 >= lineStart ? text[start - 2] : nil
      if before == nil || !(before!.isDigit || before!.isLatinLetter || before! == ")" || before! == "）") {
        numberStart = start - 1
      }
    }
    let isNegative = numberStart < start
    // Characters of the number as written: sign, digits and point.
    let writtenCount = digitCount + (isNegative ? 1 : 0) + (hasPoint ? 1 : 0)
    // A longer run of digits is no number of a report (a garbled paste, a key): it is not read.
    guard writtenCount <= WrittenDigits.capacity else { return (nil, index) }
    var written = WrittenDigits()
    if isNegative { written.append(ascii: 0x2D) }
    for offset in start..<numberEnd {
      if let digit = text[offset].digitValue {
        written.append(ascii: 0x30 + UInt8(digit))
      } else if text[offset] != "," {
        written.append(ascii: 0x2E)
      }
    }
    var value: Double
    if digitCount <= 15 {
      value = Double(mantissa) / exactPowersOfTen[decimals]
      if isNegative { value = -value }
    } else {
      guard let parsed = Double(written.string) else { return (nil, index) }
      value = parsed
    }

    let before: Unicode.Scalar? = numberStart > lineStart ? text[numberStart - 1] : nil
    var kind = QuantityKind.quantity
    var unit: Unit?
    var unitRange: TextRange?
    var qualifier = Qualifier.exact
    var rangeEnd = numberEnd

    // Letters or further dots glued to the number make it a code (S317, 5G, 1.2.3).
    if before?.isLatinLetter == true || (numberEnd < end && text[numberEnd].isLatinLetter) {
      kind = .identifier
    } else if before == "第" {
      kind = .identifier
    } else if let before, isOpeningBracket(before), numberEnd < end,
      isClosingBracket(text[numberEnd]), decimals == 0, (1900...2100).contains(value)
    {
      kind = .year
    } else {
      var cursor = numberEnd
      // 300余亩, 2000多条: the qualifier may stand before the unit or its 万/亿.
      if cursor < end, text[cursor] == "余" || text[cursor] == "多" {
        qualifier = .approximate
        cursor += 1
      }
      if cursor < end, text[cursor] == "年", decimals == 0, (1900...2100).contains(value) || writtenCount == 4 {
        kind = .year
        rangeEnd = cursor + 1
        if rangeEnd < end, text[rangeEnd] == "度" { rangeEnd += 1 }
      } else if cursor < end, isDateUnit(text[cursor]), decimals == 0 {
        kind = text[cursor] == "号" ? .identifier : .date
        rangeEnd = cursor + 1
      } else if cursor < end, text[cursor] == "万" || text[cursor] == "亿",
        cursor + 1 < end, text[cursor + 1] == "余" || text[cursor + 1] == "多",
        let (matched, length) = UnitTable.match(text, at: cursor + 2, end: end), matched.dimension != .multiple
      {
        // 2万余份: the unit is 万份 with 余 inside.
        unit = UnitTable.prefixed(matched, by: text[cursor])
        unitRange = TextRange(cursor, cursor + 2 + length)
        qualifier = .approximate
        rangeEnd = cursor + 2 + length
      } else if let (matched, length) = UnitTable.match(text, at: cursor, end: end) {
        unit = matched
        unitRange = TextRange(cursor, cursor + length)
        rangeEnd = cursor + length
      } else if let spaced = unitAfterSpace(text, at: cursor, end: end) {
        // 412050.5 元, 7.10 %: a space between the number and its unit.
        unit = spaced.unit
        unitRange = spaced.range
        rangeEnd = spaced.range.end
      } else if cursor == end, let nextLine, nextLine.start < nextLine.end,
        let (matched, length) = UnitTable.match(text, at: nextLine.start, end: nextLine.end),
        matched.dimension == .money || matched.dimension == .percent
      {
        // A unit that a conversion broke onto the next line.
        unit = matched
        unitRange = TextRange(nextLine.start, nextLine.start + length)
      } else {
        kind = .bare
        rangeEnd = cursor
      }
      if kind == .quantity || kind == .bare {
        rangeEnd = readTrailingQualifier(text, at: rangeEnd, end: end, into: &qualifier)
        if numberStart > lineStart { qualifier = leadingQualifier(text, before: numberStart, lineStart: lineStart) ?? qualifier }
      }
    }
    if kind == .bare, unit == nil, value.rounded() == value, writtenCount >= 5, !hasSeparator, decimals == 0 {
      // Long digit strings with no unit are phone numbers or codes more often than amounts.
      kind = writtenCount >= 7 ? .identifier : .bare
    }
    let quantity = Quantity(
      range: TextRange(numberStart, max(rangeEnd, numberEnd)), numberRange: TextRange(numberStart, numberEnd),
      unitRange: unitRange, value: value, written: written, decimals: decimals, unit: unit, qualifier: qualifier,
      kind: kind, isChineseNumeral: false, hasThousandsSeparator: hasSeparator)
    return (quantity, max(rangeEnd, numberEnd))
  }

  /// A unit after one or two spaces (412050.5 元), not a bare multiple (a space before 万 is a gap
  /// between two cells more often than a unit).
  private static func unitAfterSpace(_ text: [Unicode.Scalar], at cursor: Int, end: Int) -> (unit: Unit, range: TextRange)? {
    var start = cursor
    while start < end, start - cursor < 2, text[start] == " " || text[start] == "\u{3000}" { start += 1 }
    guard start > cursor, let (unit, length) = UnitTable.match(text, at: start, end: end),
      unit.dimension == .money || unit.dimension == .percent
    else { return nil }
    return (unit, TextRange(start, start + length))
  }

  // Character tests as switches: array literals with `contains` allocate on every number.
  private static func isMinus(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "-" || scalar == "－" || scalar == "−"
  }

  private static func isOpeningBracket(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "〔", "[", "【", "（", "(": true
    default: false
    }
  }

  private static func isClosingBracket(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "〕", "]", "】", "）", ")": true
    default: false
    }
  }

  private static func isDateUnit(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "月", "日", "号", "时", "点": true
    default: false
    }
  }

  private static func isThreeDigitGroup(_ text: [Unicode.Scalar], at index: Int, end: Int) -> Bool {
    guard index + 3 <= end else { return false }
    for i in index..<(index + 3) where !text[i].isDigit { return false }
    return index + 3 == end || !text[index + 3].isDigit
  }

  /// 以上, 以下, 以内, 左右, 余, 多 right after the number or its unit.
  private static func readTrailingQualifier(
    _ text: [Unicode.Scalar], at offset: Int, end: Int, into qualifier: inout Qualifier
  ) -> Int {
    guard offset >= 0, offset < text.count else { return offset }
    let meaning: Qualifier
    var length = 2
    switch text[offset] {
    case "以":
      guard offset + 1 < text.count else { return offset }
      switch text[offset + 1] {
      case "上": meaning = .atLeast
      case "下", "内": meaning = .atMost
      default: return offset
      }
    case "左":
      guard offset + 1 < text.count, text[offset + 1] == "右" else { return offset }
      meaning = .approximate
    case "余", "多":
      meaning = .approximate
      length = 1
    default:
      return offset
    }
    guard offset + length <= end else { return offset }
    qualifier = meaning
    return offset + length
  }

  /// 约, 近, 逾, 超过, 不少于, 不低于, 不超过, 不到, 不足, 低于, 高于, 小于, 大于 right before the number.
  /// The words are tried in that order (so 不超过 reads as 超过), each only when it starts on the line.
  private static func leadingQualifier(_ text: [Unicode.Scalar], before offset: Int, lineStart: Int) -> Qualifier? {
    guard offset >= 1, offset <= text.count else { return nil }
    func starts(_ word: String) -> Bool {
      text.matches(word, endingAt: offset) && offset - word.unicodeScalars.count >= lineStart
    }
    switch text[offset - 1] {
    case "约":
      // 节约, 制约, 预约: 约 is part of another word, not "about".
      if offset - 1 > lineStart, isYueCompound(text[offset - 2]) { return nil }
      return offset - 1 >= lineStart ? .approximate : nil
    case "近", "逾":
      return offset - 1 >= lineStart ? .approximate : nil
    case "过":
      return starts("超过") ? .atLeast : nil
    case "到":
      return starts("不到") ? .atMost : nil
    case "足":
      return starts("不足") ? .atMost : nil
    case "于":
      if starts("不少于") || starts("不低于") { return .atLeast }
      if starts("低于") || starts("小于") { return .atMost }
      if starts("高于") || starts("大于") { return .atLeast }
      return nil
    default:
      return nil
    }
  }

  /// Characters that make 约 part of another word (节约, 制约, 预约) rather than "about".
  private static func isYueCompound(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "节", "制", "契", "合", "预", "简", "签", "违", "履", "公", "缔": true
    default: false
    }
  }

  /// Words after which a Chinese numeral counts something rather than being part of a word.
  private static func isCountIntroducer(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "共", "有", "了", "计", "达", "设", "建", "和", "与", "为", "即", "到", "的", "是", "出", "选", "立", "做", "开",
      "组", "成", "含", "括", "余", "下":
      true
    default: false
    }
  }

  /// Classifiers after which a Chinese numeral is read as a count, with their units (every one is
  /// a count unit of `UnitTable`).
  private static let chineseCountClassifiers: [(scalars: [Unicode.Scalar], unit: Unit)] = [
    "个", "项", "条", "名", "人", "户", "次", "座", "家", "辆", "台", "件", "处", "类", "批", "方面", "所", "间", "支", "位",
  ].compactMap { name in UnitTable.unit(named: name).map { (Array(name.unicodeScalars), $0) } }

  private static func scanChinese(_ text: [Unicode.Scalar], from start: Int, end: Int, lineStart: Int) -> (Quantity, Int)? {
    if start > lineStart {
      let before = text[start - 1]
      if before == "第" || ChineseNumeral.isNumeral(before) { return nil }
      if before.isHan, !isCountIntroducer(before) { return nil }
    }
    var index = start
    while index < end, index - start < 5, ChineseNumeral.isNumeral(text[index]) { index += 1 }
    guard let value = ChineseNumeral.value(of: text[start..<index]), value > 0, index < text.count,
      let (classifier, unit) = chineseCountClassifiers.first(where: {
        $0.scalars[0] == text[index] && text.matches($0.scalars, at: index)
      })
    else { return nil }
    let unitEnd = index + classifier.count
    // 一个个, 一次性: reduplication and compounds are words, not counts.
    if unitEnd < end, text[unitEnd] == text[index] || text[unitEnd] == "性" { return nil }
    let quantity = Quantity(
      range: TextRange(start, unitEnd), numberRange: TextRange(start, index), unitRange: TextRange(index, unitEnd),
      value: Double(value), written: WrittenDigits(value), decimals: 0, unit: unit, qualifier: .exact,
      kind: .quantity, isChineseNumeral: true, hasThousandsSeparator: false)
    return (quantity, unitEnd)
  }

  /// Words joining two numbers of a list: 与, 和, 、, 及 and the range joiners.
  private static func isListJoiner(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "与", "和", "、", "及": true
    default: isRangeJoiner(scalar)
    }
  }

  private static func isRangeJoiner(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "至", "到", "-", "－", "～", "~", "—", "–": true
    default: false
    }
  }

  /// 1.26万与4.8万株, 4000-8000元: the first number takes the unit written after the second.
  /// Only the quantities from `first` on (one line's) are looked at.
  private static func inheritListUnits(_ text: [Unicode.Scalar], _ quantities: inout [Quantity], from first: Int) {
    guard quantities.count - first >= 2 else { return }
    for i in stride(from: quantities.count - 2, through: first, by: -1) {
      // A bare number, or one followed by 万 or 亿 alone (2.4万与3.6万株).
      let isMultiple = quantities[i].unit?.dimension == .multiple
      guard quantities[i].kind == .bare || isMultiple else { continue }
      let nextStart = quantities[i + 1].numberRange.start
      var cursor = isMultiple ? quantities[i].unitRange?.start ?? quantities[i].range.end : quantities[i].range.end
      var magnitude = 1.0
      if cursor < nextStart, text[cursor] == "万" || text[cursor] == "亿" || text[cursor] == "萬" {
        magnitude = text[cursor] == "亿" ? 1e8 : 1e4
        cursor += 1
      }
      guard cursor >= 0, cursor < text.count, isListJoiner(text[cursor]), cursor + 1 == nextStart,
        quantities[i + 1].kind == .quantity, var inherited = quantities[i + 1].unit,
        inherited.dimension != .multiple, !isMultiple || magnitude != 1
      else { continue }
      if magnitude != 1 {
        let symbol = inherited.symbol
        inherited.scale = inherited.scale / (symbol.hasPrefix("万") ? 1e4 : symbol.hasPrefix("亿") ? 1e8 : 1) * magnitude
        quantities[i].range = TextRange(quantities[i].range.start, cursor)
      }
      quantities[i].unit = inherited
      quantities[i].unitRange = nil
      quantities[i].kind = .quantity
      quantities[i].isUnitInherited = true
      if isRangeJoiner(text[cursor]) {
        quantities[i].isRangeBound = true
        quantities[i + 1].isRangeBound = true
      }
    }
  }
}
