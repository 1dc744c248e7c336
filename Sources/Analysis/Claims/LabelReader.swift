/// Reads the words before a number: item, attribute, comparison, change word, ratio keyword, list marks.
struct LabelReading {
  var item = ""
  /// Whether `item` is plain text (see `ClaimBuilder.isPlainItem`).
  var isItemPlain = true
  var attribute = Attribute.none
  var role = Fact.Role.value
  var referenceAttribute: Attribute?
  var direction: Direction?
  var ratioKind: RatioKind?
  var rateStem = ""
  var isPerUnit = false
  /// 其中/包括 in the words since the previous number: this amount opens a list of parts.
  var opensList = false
  /// 分别为: the list is complete.
  var isCompleteList = false
  /// 合计/共计 right before the number.
  var isTotal = false
  /// 另/此外: the list before has ended.
  var breaksList = false
  /// Whether the words since the previous number cross a clause boundary (，；：).
  var startsClause = false
  /// A comparison stated in the words (较年初预算, 决算数与年初预算相比): left and right attributes.
  var comparison: (left: Attribute, right: Attribute)?
  /// The label (after the last clause mark) as written.
  var localRange = TextRange(0, 0)
  /// A year written in the label (2020年…收入).
  var year: Int?
  /// The change or ratio word (减少, 节约比, 到位率), for messages and hover.
  var keywordRange: TextRange?
  /// No words at all since the previous number (158户402人).
  var isAdjacent = false
  /// A ；since the previous number: a new statement begins.
  var followsSemicolon = false
}

enum LabelReader {
  /// Marks after which a new label starts.
  static func isLabelBreak(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isClauseEnd || scalar.isSentenceEnd || scalar == "、" || scalar == "（" || scalar == "("
      || scalar == "）" || scalar == ")"
  }

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
    var localStart = segment.start
    var index = segment.end - 1
    while index >= segment.start {
      if isLabelBreak(text[index]) {
        localStart = index + 1
        break
      }
      index -= 1
    }
    let local = TextRange(localStart, segment.end)
    reading.localRange = text.trimmed(local)
    reading.isAdjacent = text.trimmed(segment).isEmpty

    // Keywords in the whole segment (list marks may stand before a colon), and in the same pass the
    // marks of a new clause or statement (keywords are Han words: no mark is ever inside one).
    hits.removeAll(keepingCapacity: true)
    let keywords = Keywords.table
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
      case .list: reading.opensList = true
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

    // The comparison: 较/比/与 followed by an attribute or a year.
    var comparisonIndex: Int?
    for position in localHits.indices where localHits[position].keyword == .comparison {
      let hit = localHits[position]
      let rest = localHits[(position + 1)...]
      let hasAttribute = rest.contains { if case .attribute = $0.keyword { return true } else { return false } }
      let hasYear = firstYear(years, after: hit.end, before: end) != nil
      let isStrongWord = text.matches("相比", at: hit.start) || text.matches("同比", at: hit.start)
        || text.matches("对比", at: hit.start) || text.matches("环比", at: hit.start)
      if hasAttribute || hasYear || isStrongWord { comparisonIndex = position }
    }
    let leftEnd = comparisonIndex.map { localHits[$0].start } ?? (changeHit?.start ?? end)
    let leftHits = localHits.lazy.filter { $0.end <= leftEnd }
    reading.attribute = strongest(leftHits)
    if let comparisonIndex {
      let marker = localHits[comparisonIndex]
      let rightEnd = changeHit?.start ?? end
      let rightHits = localHits.lazy.filter { $0.start >= marker.end && $0.end <= rightEnd }
      var right = strongest(rightHits)
      if right == .none, firstYear(years, after: marker.end, before: end) != nil { right = .previous }
      if right == .none, text.matches("同比", at: marker.start) || text.matches("环比", at: marker.start) {
        right = .previous
      }
      reading.comparison = (reading.attribute, right)
      reading.referenceAttribute = right
    } else {
      // 决算数与年初预算相比，…: a comparison stated in an earlier clause of the segment.
      for (position, hit) in hits.enumerated() where hit.keyword == .comparison && hit.start < localStart {
        let right = strongest(hits[(position + 1)...].lazy.filter { $0.start < localStart })
        let left = strongest(hits[..<position])
        if right != .none { reading.comparison = (left, right) }
      }
    }
    reading.isPerUnit = localHits.contains { $0.keyword == .perUnit }
    reading.isTotal = localHits.contains { $0.keyword == .total } && !reading.isPerUnit
    reading.year = firstYear(years, after: localStart - 1, before: end)?.value

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
        case .neutral: reading.role = .value
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
        reading.referenceAttribute = strongest(localHits.lazy.filter { $0.start >= shareHit.end })
      } else if let shareHit = localHits.last(where: { $0.keyword == .share }) {
        // （占年初批复预算72.18%）
        reading.role = .ratio
        reading.ratioKind = .shareOf
        reading.keywordRange = TextRange(shareHit.start, end)
        reading.referenceAttribute = strongest(localHits.lazy.filter { $0.start >= shareHit.end })
      } else if end > localStart, text[end - 1] == "率" {
        reading.role = .ratio
        reading.ratioKind = .rate
        reading.rateStem = stem(text, before: end - 1, from: localStart)
        reading.keywordRange = TextRange(end - 1 - reading.rateStem.unicodeScalars.count, end)
      }
      if reading.ratioKind == .shareOf, reading.referenceAttribute == Attribute.none { reading.role = .value }
      // 由年初的25%降至12%: the rate a change starts from.
      if reading.role == .value, let fromHit = localHits.last(where: { $0.keyword == .from }) {
        reading.role = .reference
        reading.referenceAttribute = strongest(localHits.lazy.filter { $0.start >= fromHit.end })
      }
    } else if let changeHit {
      reading.role = towardChange ? .newValue : .change
      reading.direction = changeHit.direction
      reading.keywordRange = TextRange(changeHit.start, changeHit.end)
      if !towardChange, reading.comparison == nil, changeHit.direction == .neutral {
        reading.referenceAttribute = nil
      }
    } else if comparisonIndex != nil {
      reading.role = .reference
    } else if let fromHit = localHits.last(where: { $0.keyword == .from }), fromHit.start >= localStart {
      reading.role = .reference
      reading.referenceAttribute = strongest(localHits.lazy.filter { $0.start >= fromHit.end })
    }

    (reading.item, reading.isItemPlain) = item(text, in: TextRange(localStart, leftEnd), buffer: &scalars)
    return reading
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
    if case .attribute(.actual) = hit.keyword, text.matches("完成", at: hit.start) { return true }
    return false
  }

  /// The attribute that matters most among several: 结转 and 追加 name a kind of money; 上年 wins over
  /// 决算 (上年决算数 is last year's); 预算 wins over 本年.
  private static func strongest<S: Sequence>(_ hits: S) -> Attribute where S.Element == Hit {
    var found: UInt16 = 0
    for hit in hits { if case .attribute(let attribute) = hit.keyword { found |= 1 << rank(attribute) } }
    for attribute in [Attribute.carryOver, .addition, .previous, .budget, .target, .actual, .current]
    where found & (1 << rank(attribute)) != 0 {
      return attribute
    }
    return .none
  }

  private static func rank(_ attribute: Attribute) -> UInt16 {
    switch attribute {
    case .none: 0
    case .carryOver: 1
    case .addition: 2
    case .previous: 3
    case .budget: 4
    case .target: 5
    case .actual: 6
    case .current: 7
    }
  }

  /// The two Han characters before 率 or 比例 (到位 in 资金到位率), which name what is counted.
  private static func stem(_ text: [Unicode.Scalar], before end: Int, from start: Int) -> String {
    var begin = end
    while begin > start, end - begin < 2, text[begin - 1].isHan { begin -= 1 }
    return text.string(in: TextRange(begin, end))
  }

  /// Words stripped from a label to leave the item (三公经费 from 本年度实际支出“三公”经费), by first character.
  private static let noise = CJKTable(
    [
      "年初预算批复数", "年初预算批复", "年初预算数", "年初预算", "预算批复", "批复预算", "年初批复", "预算数", "预算", "批复的", "批复",
      "决算数", "决算", "实际", "本年数", "本年度", "本年", "上年数", "上年度", "上年", "去年", "今年", "全年", "当年",
      "年初", "年末", "年中", "年度", "截至", "截止", "目前", "共计", "合计", "总计", "小计", "其中", "包括", "包含", "分别为",
      "分别是", "分别", "达到", "为", "是", "达", "的", "了", "全镇", "全乡", "全县", "我镇", "我乡", "本镇", "本乡",
      "本单位", "我单位", "实现", "完成", "年中追加", "追加", "年", "数",
    ].map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }.map { ($0, $0) })

  /// The item named in `range`: its Han characters without attribute words, time words and fillers,
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
      guard scalar.isHan else {
        index += 1
        continue
      }
      var skipped = false
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
      if !skipped {
        han.append(scalar)
        index += 1
      }
    }
    var kept = han[max(0, han.count - 16)...]
    // 实际支出“三公”经费: 支出 before the item's own name is the attribute's, not the item's.
    if kept.count > 4, kept[kept.startIndex] == "支", kept[kept.startIndex + 1] == "出" { kept = kept.dropFirst(2) }
    // 支出, 收入, 资金 alone name no item: the sentence's topic is meant.
    if kept.count == 2, genericItems.contains(where: { $0.elementsEqual(kept) }) { return ("", true) }
    return (String(scalars: kept), kept.allSatisfy { $0.value < 0xF900 })
  }

  private static let genericItems: [[Unicode.Scalar]] = ["支出", "收入", "金额", "资金", "经费", "费用", "数额", "总额"]
    .map { Array($0.unicodeScalars) }

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
