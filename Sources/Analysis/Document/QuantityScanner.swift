/// Finds the numbers in a line of text: amounts, percentages, counts, years, identifiers.
enum QuantityScanner {
  /// Scans `range` (one line). `nextLine` is the following line's content, so that a unit broken
  /// onto the next line by a conversion (682.1442⏎万元) is still read.
  static func scan(_ text: [Unicode.Scalar], range: TextRange, nextLine: TextRange?) -> [Quantity] {
    var result: [Quantity] = []
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
    inheritListUnits(text, &result)
    return result
  }

  private static func scanArabic(
    _ text: [Unicode.Scalar], from start: Int, end: Int, lineStart: Int, nextLine: TextRange?
  ) -> (Quantity?, Int) {
    var index = start
    // ASCII digits, built as bytes: appending Characters to a String was a hot spot.
    var digitBytes: [UInt8] = []
    var groupLength = 0  // digits since the last thousands separator
    var hasSeparator = false
    var decimals = 0
    // Integer part, with thousands separators only where groups of exactly three digits follow.
    while index < end {
      if let digit = text[index].digitValue {
        digitBytes.append(0x30 + UInt8(digit))
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
    if index + 1 < end, text[index] == "." || text[index] == "．", text[index + 1].isDigit {
      digitBytes.append(0x2E)
      index += 1
      while index < end, let digit = text[index].digitValue {
        digitBytes.append(0x30 + UInt8(digit))
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
        digitBytes.insert(0x2D, at: 0)
      }
    }
    let digitCount = digitBytes.count
    let digits = String(decoding: digitBytes, as: UTF8.self)
    guard let value = Double(digits) else { return (nil, index) }

    let before: Unicode.Scalar? = numberStart > lineStart ? text[numberStart - 1] : nil
    var kind = QuantityKind.quantity
    var unit: Unit?
    var unitRange: TextRange?
    var qualifier = Qualifier.exact
    var rangeEnd = numberEnd

    // Letters or further dots glued to the number make it a code (S248, 5s, 1.2.3).
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
      // 500余亩, 3000多条: the qualifier may stand before the unit or its 万/亿.
      if cursor < end, text[cursor] == "余" || text[cursor] == "多" {
        qualifier = .approximate
        cursor += 1
      }
      if cursor < end, text[cursor] == "年", decimals == 0, (1900...2100).contains(value) || digitCount == 4 {
        kind = .year
        rangeEnd = cursor + 1
        if rangeEnd < end, text[rangeEnd] == "度" { rangeEnd += 1 }
      } else if cursor < end, isDateUnit(text[cursor]), decimals == 0 {
        kind = text[cursor] == "号" ? .identifier : .date
        rangeEnd = cursor + 1
      } else if let (matched, length) = UnitTable.match(text, at: cursor, end: end) {
        unit = matched
        unitRange = TextRange(cursor, cursor + length)
        rangeEnd = cursor + length
      } else if cursor < end, text[cursor] == "万" || text[cursor] == "亿",
        cursor + 1 < end, text[cursor + 1] == "余" || text[cursor + 1] == "多",
        let (matched, length) = UnitTable.match(text, at: cursor + 2, end: end)
      {
        // 2万余份: the unit is 万份 with 余 inside.
        let prefix = text[cursor] == "万" ? 1e4 : 1e8
        unit = Unit(
          symbol: String(text[cursor]) + matched.symbol, base: matched.base, scale: matched.scale * prefix,
          dimension: matched.dimension)
        unitRange = TextRange(cursor, cursor + 2 + length)
        qualifier = .approximate
        rangeEnd = cursor + 2 + length
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
    if kind == .bare, unit == nil, value.rounded() == value, digitCount >= 5, !hasSeparator, decimals == 0 {
      // Long digit strings with no unit are phone numbers or codes more often than amounts.
      kind = digitCount >= 7 ? .identifier : .bare
    }
    let quantity = Quantity(
      range: TextRange(numberStart, max(rangeEnd, numberEnd)), numberRange: TextRange(numberStart, numberEnd),
      unitRange: unitRange, value: value, digits: digits, decimals: decimals, unit: unit, isUnitInherited: false,
      qualifier: qualifier, kind: kind, isChineseNumeral: false, hasThousandsSeparator: hasSeparator,
      isRangeBound: false)
    return (quantity, max(rangeEnd, numberEnd))
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

  // Word tables hold scalar arrays: matching String patterns at every number was a hot spot.
  private static let trailingQualifiers: [([Unicode.Scalar], Qualifier)] = ([
    ("以上", .atLeast), ("以下", .atMost), ("以内", .atMost), ("左右", .approximate), ("余", .approximate),
    ("多", .approximate),
  ] as [(String, Qualifier)]).map { (Array($0.0.unicodeScalars), $0.1) }

  private static func readTrailingQualifier(
    _ text: [Unicode.Scalar], at offset: Int, end: Int, into qualifier: inout Qualifier
  ) -> Int {
    for (word, meaning) in trailingQualifiers where text.matches(word, at: offset) {
      let after = offset + word.count
      if after <= end {
        qualifier = meaning
        return after
      }
    }
    return offset
  }

  private static let leadingQualifiers: [([Unicode.Scalar], Qualifier)] = ([
    ("约", .approximate), ("近", .approximate), ("逾", .approximate), ("超过", .atLeast), ("不少于", .atLeast),
    ("不低于", .atLeast), ("不超过", .atMost), ("不到", .atMost), ("不足", .atMost), ("低于", .atMost),
    ("高于", .atLeast), ("小于", .atMost), ("大于", .atLeast),
  ] as [(String, Qualifier)]).map { (Array($0.0.unicodeScalars), $0.1) }

  /// Characters that make 约 part of another word (节约, 制约, 预约) rather than "about".
  private static let yueCompounds: Set<Unicode.Scalar> = Set("节制契合预简签违履公缔".unicodeScalars)

  private static func leadingQualifier(_ text: [Unicode.Scalar], before offset: Int, lineStart: Int) -> Qualifier? {
    for (word, meaning) in leadingQualifiers where text.matches(word, endingAt: offset) {
      let start = offset - word.count
      if word == ["约"], start > lineStart, yueCompounds.contains(text[start - 1]) { return nil }
      if start >= lineStart { return meaning }
    }
    return nil
  }

  /// Words after which a Chinese numeral counts something rather than being part of a word.
  private static let countIntroducers: Set<Unicode.Scalar> = Set("共有了计达设建和与为即到的是出选立做开组成含括余下".unicodeScalars)
  /// Classifiers after which a Chinese numeral is read as a count.
  private static let chineseCountClassifiers: [(scalars: [Unicode.Scalar], symbol: String)] = [
    "个", "项", "条", "名", "人", "户", "次", "座", "家", "辆", "台", "件", "处", "类", "批", "方面", "所", "间", "支", "位",
  ].map { (Array($0.unicodeScalars), $0) }

  private static func scanChinese(_ text: [Unicode.Scalar], from start: Int, end: Int, lineStart: Int) -> (Quantity, Int)? {
    if start > lineStart {
      let before = text[start - 1]
      if before == "第" || ChineseNumeral.isNumeral(before) { return nil }
      if before.isHan, !countIntroducers.contains(before) { return nil }
    }
    var index = start
    while index < end, index - start < 5, ChineseNumeral.isNumeral(text[index]) { index += 1 }
    guard let value = ChineseNumeral.value(of: text[start..<index]), value > 0 else { return nil }
    guard let (classifierScalars, classifier) = chineseCountClassifiers.first(where: { text.matches($0.scalars, at: index) })
    else { return nil }
    let unitEnd = index + classifierScalars.count
    // 一个个, 一次性: reduplication and compounds are words, not counts.
    if unitEnd < end, text[unitEnd] == text[index] || text.matches("性", at: unitEnd) { return nil }
    let unit = Unit(symbol: classifier, base: classifier, scale: 1, dimension: .count)
    let quantity = Quantity(
      range: TextRange(start, unitEnd), numberRange: TextRange(start, index), unitRange: TextRange(index, unitEnd),
      value: Double(value), digits: String(value), decimals: 0, unit: unit, isUnitInherited: false,
      qualifier: .exact, kind: .quantity, isChineseNumeral: true, hasThousandsSeparator: false, isRangeBound: false)
    return (quantity, unitEnd)
  }

  /// Words joining two numbers of a list: each one scalar long.
  private static let listJoiners: Set<Unicode.Scalar> = ["与", "和", "、", "及", "至", "到", "-", "－", "～", "~", "—", "–"]
  private static let rangeJoiners: Set<Unicode.Scalar> = ["至", "到", "-", "－", "～", "~", "—", "–"]

  /// 1.57万与5.3万株, 5000-10000元: the first number takes the unit written after the second.
  private static func inheritListUnits(_ text: [Unicode.Scalar], _ quantities: inout [Quantity]) {
    guard quantities.count >= 2 else { return }
    for i in stride(from: quantities.count - 2, through: 0, by: -1) {
      let current = quantities[i]
      let next = quantities[i + 1]
      guard current.kind == .bare else { continue }
      var cursor = current.range.end
      var magnitude = 1.0
      if cursor < next.numberRange.start, text[cursor] == "万" || text[cursor] == "亿" {
        magnitude = text[cursor] == "万" ? 1e4 : 1e8
        cursor += 1
      }
      guard cursor >= 0, cursor < text.count, listJoiners.contains(text[cursor]),
        cursor + 1 == next.numberRange.start, next.kind == .quantity, let nextUnit = next.unit
      else { continue }
      var inherited = nextUnit
      if magnitude != 1 {
        let baseScale = nextUnit.scale / (nextUnit.symbol.hasPrefix("万") ? 1e4 : nextUnit.symbol.hasPrefix("亿") ? 1e8 : 1)
        inherited = Unit(symbol: nextUnit.symbol, base: nextUnit.base, scale: baseScale * magnitude, dimension: nextUnit.dimension)
        quantities[i].range = TextRange(current.range.start, cursor)
      }
      quantities[i].unit = inherited
      quantities[i].kind = .quantity
      quantities[i].isUnitInherited = true
      if rangeJoiners.contains(text[cursor]) {
        quantities[i].isRangeBound = true
        quantities[i + 1].isRangeBound = true
      }
    }
  }
}
