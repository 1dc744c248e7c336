/// What the words before a number say: item, measure and period, comparison, change word, ratio
/// keyword, list marks.
struct LabelReading {
  var item = ""
  /// Whether `item` is plain text (see `ClaimBuilder.isPlainItem`).
  var isItemPlain = true
  /// The label names several things (A、B等), or no thing at all: it gives no one item.
  var isItemList = false
  var standing = Standing.unstated
  /// Whether a measure or period word stands in the label.
  var isStandingWritten = false
  var role = Fact.Role.value
  /// The figure compared with (较上年, 与年初预算相比 …).
  var reference: Standing?
  /// The figure that is compared, when the words name it (决算数与年初预算相比: actual).
  var compared: Standing?
  /// Where the year of the figure compared with is written (较2021年决算数), when it is.
  var referenceYear: Int?
  var direction: Direction?
  var ratioKind: RatioKind?
  var rateStem = ""
  var isPerUnit = false
  /// 其中/包括 in the words since the previous number: this amount opens a list of parts.
  var opensList = false
  /// 分别为: the list is complete.
  var isCompleteList = false
  /// A colon right after the previous number (发放资金11.4万元：…): what follows are its parts.
  var opensColonList = false
  /// 合计/共计 right before the number.
  var isTotal = false
  /// 另/此外: the list before has ended.
  var breaksList = false
  /// Whether the words since the previous number cross a clause boundary (，；：).
  var startsClause = false
  /// The number stands inside brackets opened since the previous number: 387人次（其中外事接待52人次）.
  var isInBracket = false
  /// Brackets closed since the previous number: what follows no longer continues the bracketed list.
  var closesBracket = false
  /// The label (after the last clause mark outside brackets) as written.
  var localRange = TextRange(0, 0)
  /// The change or ratio word (减少, 节约比, 到位率), for messages and hover.
  var keywordRange: TextRange?
  /// No words at all since the previous number (158户402人).
  var isAdjacent = false
  /// A ；since the previous number: a new statement begins.
  var followsSemicolon = false
}

enum LabelReader {
  /// Marks after which a new label starts (outside brackets). A 、 between two numbers joins the words
  /// of one label (村组道路拓宽、硬化6.5公里); a list of things before one number ends in 等.
  static func isLabelBreak(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isClauseEnd || scalar.isSentenceEnd
  }

  static func isOpening(_ scalar: Unicode.Scalar) -> Bool { scalar == "（" || scalar == "(" }
  static func isClosing(_ scalar: Unicode.Scalar) -> Bool { scalar == "）" || scalar == ")" }

  /// Characters dropped at the end of a label before reading its last word (为, 是, 达到 …).
  private static let trailingFillers = ["达到", "约为", "分别为", "为", "是", "达", "了", "约", "共", "计", "的", "有"]
    .map { Array($0.unicodeScalars) }

  /// A keyword found in a label: where it stands and what it is.
  typealias Hit = (start: Int, end: Int, keyword: Keyword)

  /// A year written in a sentence (2021年): its offset and value.
  typealias Year = (offset: Int, value: Int)

  /// Reads the label `segment` before `quantity`. `hits` and `scalars` are scratch space reused between
  /// calls; `years` are the years written in the sentence, by offset.
  static func read(
    _ text: [Unicode.Scalar], segment: TextRange, quantity: Quantity, years: [Year], hits: inout [Hit],
    scalars: inout [Unicode.Scalar]
  ) -> LabelReading {
    var reading = LabelReading()
    // The label starts after the last clause mark outside brackets; a bracket opened and not closed
    // before the number holds it (a parenthetical part), a bracket closed before it is part of a
    // name (因公出国（境）费).
    var localStart = segment.start
    var index = segment.end - 1
    var depth = 0
    while index >= segment.start {
      let scalar = text[index]
      if isClosing(scalar) {
        depth += 1
        reading.closesBracket = true
      } else if isOpening(scalar) {
        if depth == 0 {
          localStart = index + 1
          reading.isInBracket = true
          break
        }
        depth -= 1
      } else if depth == 0, isLabelBreak(scalar) {
        localStart = index + 1
        break
      }
      index -= 1
    }
    let local = TextRange(localStart, segment.end)
    reading.localRange = text.trimmed(local)
    reading.isAdjacent = text.trimmed(segment).isEmpty
    let opening = text.trimmed(segment).start
    if opening < segment.end, text[opening] == "：" || text[opening] == ":" { reading.opensColonList = true }

    // Keywords in the whole segment (list marks may stand before a colon), and in the same pass the
    // marks of a new clause or statement (keywords are Han words: no mark is ever inside one).
    hits.removeAll(keepingCapacity: true)
    let keywords = Vocabulary.table
    var cursor = segment.start
    while cursor < segment.end {
      let scalar = text[cursor]
      if scalar == "；" || scalar == ";" { reading.followsSemicolon = true }
      if cursor < localStart, scalar.isClauseEnd { reading.startsClause = true }
      // Most characters start no keyword: one table read rules them out.
      if keywords.hasWords(startingWith: scalar),
        let entry = keywords.longestMatch(text, at: cursor, end: segment.end)
      {
        hits.append((cursor, cursor + entry.scalars.count, entry.keyword))
        cursor += entry.scalars.count
      } else {
        cursor += 1
      }
    }
    for hit in hits {
      switch hit.keyword {
      case .list where !reading.isInBracket || hit.start >= localStart: reading.opensList = true
      case .completeList:
        reading.opensList = true
        reading.isCompleteList = true
      case .listBreak where hit.start == segment.start || hit.start <= localStart: reading.breaksList = true
      default: break
      }
    }
    let localHits = hits[(hits.firstIndex { $0.start >= localStart } ?? hits.count)...]

    // The label's end once fillers are dropped.
    var end = segment.end
    var trimming = true
    while trimming, end > localStart {
      trimming = false
      while end > localStart, text[end - 1].isSpace || text[end - 1] == "“" || text[end - 1] == "”" || text[end - 1] == "\"" {
        end -= 1
        trimming = true
      }
      if localHits.contains(where: { $0.end == end }) { break }
      for filler in trailingFillers
      where end - filler.count >= localStart && text[end - 1] == filler[filler.count - 1]
        && text[(end - filler.count)..<end].elementsEqual(filler)
      {
        // Keep 的 of 占…的 and 完成…的: it marks a share.
        if filler.count == 1, filler[0] == "的" { break }
        end -= filler.count
        trimming = true
        break
      }
    }
    let endsWithDe = end > localStart && text[end - 1] == "的"
    let lastHit = localHits.last { $0.end <= end && (endsWithDe ? $0.end <= end - 1 : true) }
    let lastHitAtEnd = lastHit.map { $0.end == end || (endsWithDe && $0.end == end - 1) } ?? false
    let isPercent = quantity.unit?.dimension == .percent
    let isPoint = quantity.unit?.dimension == .percentagePoint

    // A change word right before the number, or a change word followed by 到/至 (降至12%).
    var changeHit: (start: Int, end: Int, direction: Direction)?
    var towardChange = false
    if let last = lastHit, lastHitAtEnd {
      if case .change(let direction) = last.keyword {
        changeHit = (last.start, last.end, direction)
      } else if case .toward = last.keyword, localHits.count >= 2,
        case .change(let direction) = localHits[localHits.endIndex - 2].keyword,
        localHits[localHits.endIndex - 2].end == last.start
      {
        changeHit = (localHits[localHits.endIndex - 2].start, last.start, direction)
        towardChange = true
      }
    }

    // The comparison: 较/比/与 followed by a measure, a period or a year.
    var comparisonIndex: Int?
    for position in localHits.indices where localHits[position].keyword == .comparison {
      let hit = localHits[position]
      let rest = localHits[(position + 1)...]
      let hasStanding = rest.contains { isStandingWord($0.keyword) }
      let hasYear = firstYear(years, after: hit.end, before: end) != nil
      let isStrongWord = text.matches("相比", at: hit.start) || text.matches("同比", at: hit.start)
        || text.matches("对比", at: hit.start) || text.matches("环比", at: hit.start)
      if hasStanding || hasYear || isStrongWord { comparisonIndex = position }
    }
    let leftEnd = comparisonIndex.map { localHits[$0].start } ?? (changeHit?.start ?? end)
    let leftHits = localHits.lazy.filter { $0.end <= leftEnd }
    reading.standing = standing(leftHits, years: years, from: localStart - 1, before: leftEnd)
    reading.isStandingWritten = !reading.standing.isUnstated
    if let comparisonIndex {
      let marker = localHits[comparisonIndex]
      let rightEnd = changeHit?.start ?? end
      let rightHits = localHits.lazy.filter { $0.start >= marker.end && $0.end <= rightEnd }
      var right = standing(rightHits, years: years, from: marker.end - 1, before: rightEnd)
      reading.referenceYear = firstYear(years, after: marker.end - 1, before: rightEnd)?.offset
      if right.isUnstated, text.matches("同比", at: marker.start) || text.matches("环比", at: marker.start) {
        right.period = .previous
      }
      if !right.isUnstated { reading.reference = right }
      if !reading.standing.isUnstated { reading.compared = reading.standing }
    } else {
      // 决算数与年初预算相比，…: a comparison stated in an earlier clause of the segment.
      for (position, hit) in hits.enumerated() where hit.keyword == .comparison && hit.start < localStart {
        let rightHits = hits[(position + 1)...].lazy.filter { $0.start < localStart }
        let clauseEnd = hits[(position + 1)...].first { $0.start >= localStart }?.start ?? localStart
        let right = standing(rightHits, years: years, from: hit.end - 1, before: min(clauseEnd, localStart))
        if !right.isUnstated {
          reading.reference = right
          reading.referenceYear = firstYear(years, after: hit.end - 1, before: min(clauseEnd, localStart))?.offset
          let left = standing(hits[..<position], years: years, from: segment.start - 1, before: hit.start)
          reading.compared = left.isUnstated ? nil : left
        }
      }
    }
    reading.isPerUnit = localHits.contains { $0.keyword == .perUnit }
    reading.isTotal = localHits.contains { $0.keyword == .total } && !reading.isPerUnit

    if isPoint {
      reading.role = .percentagePoint
      reading.direction = changeHit?.direction
    } else if isPercent {
      if let last = lastHit, lastHitAtEnd, case .ratio(let kind) = last.keyword {
        reading.role = .ratio
        reading.ratioKind = kind
        reading.keywordRange = TextRange(last.start, last.end)
        if kind == .rate { reading.rateStem = stem(text, before: last.start, from: localStart) }
      } else if let changeHit, !towardChange {
        reading.role = .ratio
        reading.keywordRange = TextRange(changeHit.start, changeHit.end)
        switch changeHit.direction {
        case .increase:
          reading.ratioKind = text.matches("超支", at: changeHit.start) || text.matches("超出", at: changeHit.start)
            ? .overspend : .growth
        case .decrease:
          reading.ratioKind = text.matches("节约", at: changeHit.start) || text.matches("节省", at: changeHit.start)
            ? .saving : .decline
        case .neutral, .unchanged: reading.role = .value
        }
        reading.direction = changeHit.direction
      } else if let changeHit, towardChange {
        reading.role = .newValue
        reading.direction = changeHit.direction
        reading.keywordRange = TextRange(changeHit.start, changeHit.end)
      } else if endsWithDe, let shareHit = localHits.last(where: { $0.keyword == .share || isCompletionWord(text, $0) }) {
        // 占年初预算的72.18%, 完成年初预算的85%.
        reading.role = .ratio
        reading.ratioKind = .shareOf
        reading.keywordRange = TextRange(shareHit.start, end)
        reading.reference = referenceAfter(shareHit, in: localHits, years: years, end: end)
      } else if let shareHit = localHits.last(where: { $0.keyword == .share }) {
        // （占年初批复预算72.18%）
        reading.role = .ratio
        reading.ratioKind = .shareOf
        reading.keywordRange = TextRange(shareHit.start, end)
        reading.reference = referenceAfter(shareHit, in: localHits, years: years, end: end)
      } else if end > localStart, text[end - 1] == "率" {
        reading.role = .ratio
        reading.ratioKind = .rate
        reading.rateStem = stem(text, before: end - 1, from: localStart)
        reading.keywordRange = TextRange(end - 1 - reading.rateStem.unicodeScalars.count, end)
      }
      if reading.ratioKind == .shareOf, reading.reference == nil { reading.role = .value }
      // 由年初的25%降至12%: the rate a change starts from.
      if reading.role == .value, let fromHit = localHits.last(where: { $0.keyword == .from }) {
        reading.role = .reference
        reading.reference = referenceAfter(fromHit, in: localHits, years: years, end: end) ?? Standing(.unstated, .unstated)
      }
    } else if let changeHit {
      reading.role = towardChange ? .newValue : .change
      reading.direction = changeHit.direction
      reading.keywordRange = TextRange(changeHit.start, changeHit.end)
      if !towardChange, comparisonIndex == nil, changeHit.direction == .neutral,
        !hits.contains(where: { $0.keyword == .comparison && $0.start < changeHit.start })
      {
        reading.reference = nil
      }
    } else if comparisonIndex != nil {
      reading.role = .reference
    } else if let fromHit = localHits.last(where: { $0.keyword == .from }), fromHit.start >= localStart {
      reading.role = .reference
      reading.reference = referenceAfter(fromHit, in: localHits, years: years, end: end) ?? Standing(.unstated, .unstated)
    }

    var itemRange = TextRange(localStart, leftEnd)
    if let alias = bracketedName(text, endingAt: leftEnd, from: localStart) { itemRange = alias }
    (reading.item, reading.isItemPlain) = item(text, in: itemRange, buffer: &scalars)
    reading.isItemList = listsSeveralThings(text, in: itemRange)
    return reading
  }

  /// A name in brackets at the end of a label, more precise than the one before it: 资本性支出（基本建设
  /// 支出）326.4万元 is the amount of 基本建设支出. Only Han characters, three or more, and no list word
  /// (（含购置费） is a note, not a name).
  private static func bracketedName(_ text: [Unicode.Scalar], endingAt end: Int, from start: Int) -> TextRange? {
    var close = end
    while close > start, text[close - 1].isSpace || text[close - 1] == "为" || text[close - 1] == "是" { close -= 1 }
    guard close > start, isClosing(text[close - 1]) else { return nil }
    var open = close - 2
    while open > start, !isOpening(text[open]) {
      guard text[open].isHan else { return nil }
      open -= 1
    }
    guard open >= start, isOpening(text[open]), close - 1 - (open + 1) >= 3 else { return nil }
    let inside = TextRange(open + 1, close - 1)
    for word in ["含", "其中", "包括", "不含", "单位"] where text.firstOffset(of: word, in: inside) != nil { return nil }
    return inside
  }

  /// Whether a label lists several things rather than naming one: A、B等, 托底补助、结算补助等.
  private static func listsSeveralThings(_ text: [Unicode.Scalar], in range: TextRange) -> Bool {
    var index = range.start
    while index < range.end {
      if text[index] == "等", index > range.start, text[index - 1].isHan { return true }
      index += 1
    }
    return false
  }

  /// A comparison with no number after it that says nothing changed: 与上年持平, 与年初预算数、上年决算数
  /// 均无变化. One per figure compared with (references joined by 、, 和, 及).
  struct Unchanged {
    var reference: Standing
    /// Where the reference's year is written, when it is.
    var year: Int?
    var keyword: TextRange
  }

  /// The comparisons without a number in `segment` (the words after an amount, up to the next number
  /// or the sentence's end) that say nothing changed.
  static func unchangedComparisons(_ text: [Unicode.Scalar], segment: TextRange, years: [Year]) -> [Unchanged] {
    var found: [Unchanged] = []
    var comparison: Int?
    var groupStart = segment.start
    var groupEnd: Int?
    var cursor = segment.start
    var groups: [(start: Int, end: Int)] = []
    while cursor < segment.end {
      let scalar = text[cursor]
      if scalar.isClauseEnd || scalar.isSentenceEnd {
        comparison = nil
        groupEnd = nil
        groups.removeAll()
      }
      if comparison != nil, scalar == "、" {
        groups.append((groupStart, cursor))
        groupStart = cursor + 1
      }
      guard let entry = Vocabulary.table.longestMatch(text, at: cursor, end: segment.end) else {
        cursor += 1
        continue
      }
      let end = cursor + entry.scalars.count
      switch entry.keyword {
      case .comparison where comparison != nil && groupEnd == nil:
        // 与…相比: 相比 closes what is compared with.
        groupEnd = cursor
      case .comparison:
        comparison = cursor
        groupStart = end
        groupEnd = nil
        groups.removeAll()
      case .change(.unchanged) where comparison != nil:
        groups.append((groupStart, groupEnd ?? cursor))
        for group in groups {
          var hits: [Hit] = []
          var position = group.start
          while position < group.end {
            if let word = Vocabulary.table.longestMatch(text, at: position, end: group.end) {
              hits.append((position, position + word.scalars.count, word.keyword))
              position += word.scalars.count
            } else {
              position += 1
            }
          }
          let reference = standing(hits, years: years, from: group.start - 1, before: group.end)
          if !reference.isUnstated {
            found.append(
              Unchanged(
                reference: reference, year: firstYear(years, after: group.start - 1, before: group.end)?.offset,
                keyword: TextRange(cursor, end)))
          }
        }
        comparison = nil
        groupEnd = nil
        groups.removeAll()
      default: break
      }
      cursor = end
    }
    return found
  }

  /// The standing a table header names (年初预算数, 2021年决算数, 20年预算, 上年数): its measure and
  /// period words and a year (four digits, or two at the start as tables abbreviate them).
  static func standing(ofHeader text: [Unicode.Scalar]) -> Standing {
    var hits: [Hit] = []
    var years: [Year] = []
    var cursor = 0
    while cursor < text.count {
      if text[cursor].isDigit {
        var end = cursor
        var value = 0
        while end < text.count, let digit = text[end].digitValue, end - cursor < 5 {
          value = value * 10 + digit
          end += 1
        }
        if end < text.count, text[end] == "年" {
          if end - cursor == 4 { years.append((cursor, value)) } else if end - cursor == 2, cursor == 0 { years.append((cursor, 2000 + value)) }
        }
        cursor = end
        continue
      }
      if let entry = Vocabulary.table.longestMatch(text, at: cursor, end: text.count) {
        hits.append((cursor, cursor + entry.scalars.count, entry.keyword))
        cursor += entry.scalars.count
      } else {
        cursor += 1
      }
    }
    return standing(hits, years: years, from: -1, before: text.count)
  }

  /// What a 占/由 is compared with: the standing named after it.
  private static func referenceAfter(
    _ hit: Hit, in hits: ArraySlice<Hit>, years: [Year], end: Int
  ) -> Standing? {
    let found = standing(hits.lazy.filter { $0.start >= hit.end && $0.end <= end }, years: years, from: hit.end - 1, before: end)
    return found.isUnstated ? nil : found
  }

  private static func isStandingWord(_ keyword: Keyword) -> Bool {
    switch keyword {
    case .measure, .period, .yearStart, .yearEnd: true
    default: false
    }
  }

  /// The first of `years` (sorted by offset) strictly between two offsets, found by binary search.
  private static func firstYear(_ years: [Year], after lower: Int, before upper: Int) -> Year? {
    var low = 0
    var high = years.count
    while low < high {
      let middle = (low + high) / 2
      if years[middle].offset <= lower { low = middle + 1 } else { high = middle }
    }
    return low < years.count && years[low].offset < upper ? years[low] : nil
  }

  private static func isCompletionWord(_ text: [Unicode.Scalar], _ hit: Hit) -> Bool {
    if case .measure(.actual) = hit.keyword, text.matches("完成", at: hit.start) { return true }
    return false
  }

  /// The measure and period the words say. A kind of money (追加, 结转, 未支付) wins over a plan or an
  /// actual word; between those the one nearest the number wins (任务资金支付: paid). 上年 and a year
  /// give the period; 年初/年末 say which balance 结转 is.
  private static func standing<S: Sequence>(
    _ hits: S, years: [Year], from lower: Int, before upper: Int
  ) -> Standing where S.Element == Hit {
    var special: Measure?
    var last: Measure?
    var period = Period.unstated
    var yearStart = false
    var yearEnd = false
    for hit in hits {
      switch hit.keyword {
      case .measure(let measure):
        switch measure {
        case .addition, .outstanding, .openingBalance, .closingBalance: special = measure
        case .carryOver: if special == nil { special = .carryOver }
        default: last = measure
        }
      case .period(let found):
        if period != .previous { period = found }
      case .yearStart: yearStart = true
      case .yearEnd: yearEnd = true
      default: break
      }
    }
    if period == .unstated, let year = firstYear(years, after: lower, before: upper) { period = .year(year.value) }
    if special == .carryOver {
      special = yearEnd ? .closingBalance : (yearStart || period == .previous) ? .openingBalance : .carryOver
      if period == .previous { period = .unstated }
    }
    return Standing(special ?? last ?? .unstated, period)
  }

  /// The two Han characters before 率 or 比例 (到位 in 资金到位率), which name what is counted.
  private static func stem(_ text: [Unicode.Scalar], before end: Int, from start: Int) -> String {
    var begin = end
    while begin > start, end - begin < 2, text[begin - 1].isHan { begin -= 1 }
    return text.string(in: TextRange(begin, end))
  }

  /// Words stripped from a label to leave the item, by first character.
  private static let noise = CJKTable(
    Vocabulary.itemNoise.map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }.map { ($0, $0) })

  /// The item named in `range`: its Han characters without measure words, time words and fillers,
  /// at most the last 16 characters.
  static func item(_ text: [Unicode.Scalar], in range: TextRange) -> String {
    var buffer: [Unicode.Scalar] = []
    return item(text, in: range, buffer: &buffer).text
  }

  /// `item(_:in:)` with `buffer` as scratch space, reused from one label to the next, and whether the
  /// item is plain text (see `ClaimBuilder.isPlainItem`: no compatibility or supplementary ideograph).
  static func item(
    _ text: [Unicode.Scalar], in range: TextRange, buffer han: inout [Unicode.Scalar]
  ) -> (text: String, isPlain: Bool) {
    var index = max(0, range.start)
    let end = min(range.end, text.count)
    han.removeAll(keepingCapacity: true)
    let noise = Self.noise
    while index < end {
      let scalar = text[index]
      // Numbering markers name nothing: （一）, 二、.
      if ChineseNumeral.isNumeral(scalar), let marker = numberingEnd(text, at: index, end: end) {
        index = marker
        continue
      }
      if LabelReader.isOpening(scalar), index + 1 < end, ChineseNumeral.isNumeral(text[index + 1]),
        let marker = numberingEnd(text, at: index + 1, end: end)
      {
        index = marker
        continue
      }
      guard scalar.isHan else {
        index += 1
        continue
      }
      var skipped = false
      if let kept = keptWords.first(where: { $0[0] == scalar && text.matches($0, at: index) && index + $0.count <= end }) {
        han.append(contentsOf: kept)
        index += kept.count
        continue
      }
      if noise.hasWords(startingWith: scalar) {
        for word in noise.candidates(scalar) where index + word.count <= end {
          var matched = true
          for offset in 1..<max(1, word.count) where text[index + offset] != word[offset] {
            matched = false
            break
          }
          if matched {
            index += word.count
            skipped = true
            break
          }
        }
      }
      // 共, 已, 另 open a label as fillers (共, 已拨付, 另安排), but are parts of words inside it (公共).
      if !skipped, han.isEmpty, leadingFillers.contains(scalar) {
        index += 1
        skipped = true
      }
      if !skipped {
        han.append(scalar)
        index += 1
      }
    }
    var kept = han[max(0, han.count - 16)...]
    // 实际支出“三公”经费: 支出 before the item's own name is the measure's, not the item's.
    if kept.count > 4, kept[kept.startIndex] == "支", kept[kept.startIndex + 1] == "出" { kept = kept.dropFirst(2) }
    // 公务接待费支出: the spending on an expense is the expense (基本支出 keeps its 支出).
    if kept.count > 3, kept[kept.endIndex - 3] == "费", kept[kept.endIndex - 2] == "支", kept.last == "出" {
      kept = kept.dropLast(2)
    }
    // 面积, 人数, 总额 at the end repeat what the unit says.
    for word in dimensionWords where kept.count > word.count + 1 && kept.suffix(word.count).elementsEqual(word) {
      kept = kept.dropLast(word.count)
      break
    }
    // 支出, 收入, 资金 alone name no item: the sentence's topic is meant.
    if kept.count == 2, genericItems.contains(where: { $0.elementsEqual(kept) }) { return ("", true) }
    return (String(scalars: kept), kept.allSatisfy { $0.value < 0xF900 })
  }

  /// The end of a numbering marker at `index` (二、, 一）), or nil.
  private static func numberingEnd(_ text: [Unicode.Scalar], at index: Int, end: Int) -> Int? {
    var cursor = index
    while cursor < end, cursor - index < 3, ChineseNumeral.isNumeral(text[cursor]) { cursor += 1 }
    guard cursor < end, text[cursor] == "、" || isClosing(text[cursor]) else { return nil }
    return cursor + 1
  }

  private static let leadingFillers = Set(Vocabulary.leadingFillers.unicodeScalars)
  private static let keptWords = Vocabulary.itemWordsKept.map { Array($0.unicodeScalars) }
  private static let genericItems = Vocabulary.genericItems.map { Array($0.unicodeScalars) }
  private static let dimensionWords = Vocabulary.dimensionWords.map { Array($0.unicodeScalars) }

  /// Whether two item names can name the same thing: equal, or one ends with the other (三公经费 and
  /// 支出三公经费) when the shorter has three characters or more.
  static func itemsMatch(_ a: String, _ b: String) -> Bool {
    if a.isEmpty || b.isEmpty { return false }
    let first = a.unicodeScalars
    let second = b.unicodeScalars
    let firstCount = first.count
    let secondCount = second.count
    // Compared scalar by scalar: String's own comparison normalises Unicode, which is slow and not needed.
    if firstCount == secondCount { return first.elementsEqual(second) }
    let (shorter, longer, shortCount, longCount) =
      firstCount < secondCount ? (first, second, firstCount, secondCount) : (second, first, secondCount, firstCount)
    return shortCount >= 3 && longer.dropFirst(longCount - shortCount).elementsEqual(shorter)
  }
}
