/// An amount stated in the report, with what it is an amount of: the item (own or carried over from
/// the sentence), its caliber, the year, and the topic it belongs to (the amount a 其中 part belongs
/// to, or what the paragraph or table is about).
struct StatedAmount: Sendable {
  var quantity: Quantity
  var phrase: ItemPhrase
  /// The item: the phrase's own subject, or the one carried over from earlier in the sentence.
  var subject: [Unicode.Scalar]
  /// Whether `subject` was carried over (本年数为4.26元 after “公务用车购置及运行维护费”).
  var isInherited: Bool
  /// What the amount belongs to when that is not the subject itself: the amount a 其中 part belongs
  /// to, or what its paragraph or table is about; nil when that is the subject itself or unknown.
  /// Amounts of one subject are the same quantity only within the same topic.
  var topic: [Unicode.Scalar]?
  var caliber: Caliber
  /// The year written in the sentence before the amount (or in the table column), nil for the report's year.
  var year: Int?
  /// The sentence (or table row) the amount is in.
  var sentence: TextRange
  var isInTable: Bool
  /// Whether the amount is in the title of a numbered line, which in these reports states a target
  /// ("1) 油菜种植面积2万亩。"), not a result.
  var isInTitle: Bool

  /// The item, for messages.
  var subjectText: String { subject.text }

  /// The amount as written, number and unit: "4.26元", "32万元".
  var written: String {
    quantity.digits + (quantity.unit?.symbol ?? "")
  }
}

/// Collects the amounts of a document that a rule can compare: exact quantities with a unit, in prose
/// and in tables, in document order.
enum StatedAmounts {
  /// Whether amounts of `dimension` describe a level that can be stated twice. A switch, not a
  /// `Set<Dimension>`: a raw-valued enum hashes its String raw value.
  static func isComparable(_ dimension: Dimension) -> Bool {
    switch dimension {
    case .money, .area, .length, .weight, .volume, .count: true
    case .percent, .percentagePoint, .time, .score: false
    }
  }

  /// The amounts of `document`, in document order; `characters` is the document's index.
  static func collect(_ document: Document, characters: CharacterIndex) -> [StatedAmount] {
    var result: [StatedAmount] = []
    result.reserveCapacity(document.quantities.count / 2)
    collectProse(document, partWords: partWordStarts(characters), into: &result)
    let proseCount = result.count
    collectTables(document, into: &result)
    if result.count > proseCount { result.sort { $0.quantity.range.start < $1.quantity.range.start } }
    return result
  }

  /// Whether a quantity can be compared at all: exact, with a unit, not a range end, not an average.
  /// Inlined: called on a quantity in place, it would otherwise be copied first.
  @inline(__always)
  static func isComparable(_ quantity: Quantity, _ text: [Unicode.Scalar]) -> Bool {
    guard quantity.kind == .quantity, let dimension = quantity.unit?.dimension, isComparable(dimension),
      quantity.qualifier == .exact, !quantity.isRangeBound, !quantity.isChineseNumeral
    else { return false }
    // 600元/人 is a rate.
    let after = quantity.range.end
    if after < text.count, text[after] == "/" || text[after] == "／" { return false }
    return true
  }

  private struct Carried {
    var subject: [Unicode.Scalar]
    var caliber: Caliber
  }

  /// `partWords` are the offsets of `clausePartWords` in the text, in order.
  private static func collectProse(_ document: Document, partWords: [Int], into result: inout [StatedAmount]) {
    let text = document.scalars
    // Clauses come in order: one cursor walks the part words.
    var nextPartWord = 0
    // Quantities are read in place through a pointer: a subscript returns a copy, retaining its strings.
    // Clauses come in order: one cursor finds each clause's quantities.
    var nextQuantity = 0
    document.quantities.withUnsafeBufferPointer { all in
      guard let first = all.baseAddress else { return }
      for paragraph in document.paragraphs {
        // What the paragraph is about, per dimension: its first amount of that kind (基本支出 for the
        // money of a paragraph on 基本支出; a count in it is not scoped by that).
        var paragraphTopics = Topics()
        var lastWhole: Carried?
        for (sentenceIndex, sentence) in paragraph.sentences.enumerated() {
          let isTitle = paragraph.heading != nil && sentenceIndex == 0 && sentence.clauses.count <= 1
          var last: Carried?
          var parent: Carried?
          var sentenceYear: Int?
          var inParts = false
          for clause in sentence.clauses {
            var phraseStart = clause.start
            // What ended the phrase before the current number: the clause start, an amount, or some
            // other number (40岁以下, 6-12岁) that qualifies the words after it.
            var previous: Carried?
            var previousUnit: String?
            var afterOtherNumber = false
            let quantities = document.quantityIndices(in: clause, from: &nextQuantity)
            if !inParts {
              // 其中 or 包括 before the clause's first number: what follows are parts of what came before.
              let end = quantities.isEmpty ? clause.end : first[quantities.lowerBound].range.start
              while nextPartWord < partWords.count, partWords[nextPartWord] < clause.start { nextPartWord += 1 }
              if nextPartWord < partWords.count, partWords[nextPartWord] + Self.partWordLength <= end {
                inParts = true
              }
            }
            if inParts, parent == nil { parent = lastWhole }
            for position in quantities {
              let item = first + position
              if item.pointee.kind == .year {
                sentenceYear = Int(item.pointee.value)
                continue
              }
              if item.pointee.kind == .date { continue }
              let scan = ItemPhrase.Scan(text, TextRange(phraseStart, item.pointee.range.start))
              phraseStart = item.pointee.range.end
              if let year = scan.year { sentenceYear = year }
              if scan.isPart, !inParts {
                inParts = true
                if parent == nil { parent = lastWhole }
              }
              let wasAfterOtherNumber = afterOtherNumber
              afterOtherNumber = true
              guard isComparable(item.pointee, text), !item.pointee.isUnitInherited, !scan.isChange,
                !scan.isPerUnit, !wasAfterOtherNumber || previous != nil, isFollowedByBoundary(item.pointee, text)
              else {
                previous = nil
                continue
              }
              afterOtherNumber = false
              let quantity = item.pointee
              let phrase = ItemPhrase(scan)
              let unitBase = quantity.unit?.base
              let dimension = quantity.unit?.dimension ?? .count
              var subject = phrase.subject
              var caliber = phrase.caliber
              var isInherited = false
              var topic: [Unicode.Scalar]?
              if phrase.subjectLength >= 3 {
                if inParts {
                  guard let parent else { continue }
                  topic = parent.subject
                  if !phrase.hasCaliberWord { caliber = parent.caliber }
                } else {
                  topic = paragraphTopics[dimension]
                }
              } else if subject.isEmpty, let carried = previous ?? last,
                previous == nil || !isSame(previousUnit, unitBase)
              {
                // 本年数为4.26元 (the item is the sentence's), 150次、1800人次 (one item, two measures).
                subject = carried.subject
                if !phrase.hasCaliberWord { caliber = carried.caliber }
                isInherited = true
                topic = inParts ? parent?.subject : paragraphTopics[dimension]
              } else {
                previous = nil
                continue
              }
              if topic == subject { topic = nil }
              let carried = Carried(subject: subject, caliber: caliber)
              previous = carried
              previousUnit = unitBase
              last = carried
              if !inParts {
                parent = carried
                lastWhole = carried
                // Counts in one paragraph are of unrelated things (保有量2台, 接待批次150次).
                if dimension != .count, paragraphTopics[dimension] == nil, !isInherited {
                  paragraphTopics[dimension] = subject
                }
              }
              result.append(
                StatedAmount(
                  quantity: quantity, phrase: phrase, subject: subject, isInherited: isInherited, topic: topic,
                  caliber: caliber, year: sentenceYear, sentence: sentence.range, isInTable: false, isInTitle: isTitle))
            }
          }
        }
      }
    }
  }

  /// What a paragraph is about, per dimension: a `Dictionary` keyed by `Dimension` would hash the
  /// case's String raw value.
  private struct Topics {
    /// Made on the first topic: most paragraphs have none.
    private var slots: [[Unicode.Scalar]?] = []

    subscript(dimension: Dimension) -> [Unicode.Scalar]? {
      get { slots.isEmpty ? nil : slots[Self.slot(dimension)] }
      set {
        if slots.isEmpty { slots = Array(repeating: nil, count: 10) }
        slots[Self.slot(dimension)] = newValue
      }
    }

    private static func slot(_ dimension: Dimension) -> Int {
      switch dimension {
      case .money: 0
      case .percent: 1
      case .percentagePoint: 2
      case .area: 3
      case .length: 4
      case .weight: 5
      case .volume: 6
      case .time: 7
      case .count: 8
      case .score: 9
      }
    }
  }

  /// Whether two unit bases are the same (both nil counts as the same).
  private static func isSame(_ a: String?, _ b: String?) -> Bool {
    guard let a, let b else { return a == nil && b == nil }
    return a.hasSameUTF8(as: b)
  }

  /// Words before a clause's first number that make its amounts parts of what came before.
  private static let clausePartWords: [[Unicode.Scalar]] = [Array("其中".unicodeScalars), Array("包括".unicodeScalars)]
  /// The length of both part words.
  private static let partWordLength = 2

  /// Where `clausePartWords` occur, in order.
  private static func partWordStarts(_ characters: CharacterIndex) -> [Int] {
    (characters.offsets(of: clausePartWords[0]) + characters.offsets(of: clausePartWords[1])).sorted()
  }

  /// A count must end its phrase: in 42名留守儿童 the item follows the number and the words before it
  /// belong to something else.
  @inline(__always)
  private static func isFollowedByBoundary(_ quantity: Quantity, _ text: [Unicode.Scalar]) -> Bool {
    guard quantity.unit?.dimension == .count else { return true }
    let after = quantity.range.end
    return after >= text.count || !text[after].isHan
  }

  private static func collectTables(_ document: Document, into result: inout [StatedAmount]) {
    let text = document.scalars
    for table in document.tables {
      guard table.rows.count >= 2 else { continue }
      let topic = tableTopic(document, table)
      let columns = table.header.map { ColumnCaliber($0.text) }
      let labels = table.rows.map { row in row.first.map { ItemPhrase(string: $0.text) } }
      // A 合计 row stands for the table's topic only when no row is named for the topic itself.
      let topicHasRow = topic != nil && labels.contains { $0?.subject == topic }
      var lastWhole: [Unicode.Scalar]?
      for (row, label) in zip(table.bodyRows, labels.dropFirst()) {
        guard let labelCell = row.first, let label else { continue }
        var subject: [Unicode.Scalar]
        var rowTopic: [Unicode.Scalar]?
        if label.subjectLength >= 3 {
          subject = label.subject
          if label.isPart {
            guard let lastWhole else { continue }
            rowTopic = lastWhole
          } else {
            rowTopic = topic
            lastWhole = subject
          }
        } else if label.subject.isEmpty, let topic, !topicHasRow, labelCell.text.unicodeScalars.contains("计") {
          subject = topic
        } else {
          continue
        }
        if rowTopic == subject { rowTopic = nil }
        for (column, cell) in row.enumerated() where column > 0 && column < columns.count {
          guard let quantity = cell.quantity, let caliber = columns[column].caliber, isComparable(quantity, text)
          else { continue }
          result.append(
            StatedAmount(
              quantity: quantity, phrase: label, subject: subject, isInherited: false, topic: rowTopic,
              caliber: caliber, year: columns[column].year, sentence: labelCell.range.union(cell.range),
              isInTable: true, isInTitle: false))
        }
      }
    }
  }

  /// What a column header says about its amounts: 年初预算数 → budget, 21年支出 → actual of 2021;
  /// nil for columns of changes and rates (金额差异, 节约率).
  private struct ColumnCaliber {
    var caliber: Caliber?
    var year: Int?

    init(_ header: String) {
      let scalars = Array(header.unicodeScalars)
      let phrase = ItemPhrase(string: header)
      year = phrase.year
      // A two-digit year as tables abbreviate it: 20年预算.
      if year == nil, scalars.count >= 3, scalars[0].isDigit, scalars[1].isDigit, scalars[2] == "年",
        let tens = scalars[0].digitValue, let ones = scalars[1].digitValue
      {
        year = 2000 + tens * 10 + ones
      }
      if phrase.isChange || scalars.contains("率") || scalars.contains("比") {
        caliber = nil
      } else {
        caliber = phrase.caliber
      }
    }
  }

  /// What a table is about: its caption (a short line right above it, 公务接待费支出情况) or else the
  /// title of the nearest heading before it, reduced to an item.
  static func tableTopic(_ document: Document, _ table: Table) -> [Unicode.Scalar]? {
    let text = document.scalars
    let lines = document.lineIndex
    var line = table.lineRange.lowerBound - 1
    var seen = 0
    while line >= 0, seen < 3 {
      let range = text.trimmed(lines.contentRange(ofLine: line))
      line -= 1
      if range.isEmpty { continue }
      seen += 1
      // The unit line (金额单位：万元) says nothing about the topic.
      if text.firstOffset(of: "单位", in: range) != nil, range.length <= 12 { continue }
      if range.length <= 30, let topic = topic(text, range) { return topic }
      break
    }
    let firstLine = table.lineRange.lowerBound
    guard let heading = document.headings.last(where: { $0.line < firstLine }) else { return nil }
    return topic(text, heading.titleRange)
  }

  private static let topicSuffixes = WordList(["使用情况", "支出情况", "执行情况", "情况", "明细", "统计", "一览", "列表", "表"])

  /// The item a caption names: 3、公务接待费支出情况（单位：万元） → 公务接待费.
  private static func topic(_ text: [Unicode.Scalar], _ range: TextRange) -> [Unicode.Scalar]? {
    var start = range.start
    // Skip a numbering marker: 2、 （三）.
    while start < range.end, !text[start].isHan
      || (ChineseNumeral.isNumeral(text[start]) && start + 1 < range.end
        && (text[start + 1] == "、" || text[start + 1] == "）" || text[start + 1] == ")"))
    {
      start += 1
    }
    // A bracket after the title holds the unit: 公务接待费支出情况（单位：万元）.
    var end = start
    while end < range.end, text[end] != "（", text[end] != "(" { end += 1 }
    var subject = ItemPhrase(text, TextRange(start, end)).subject
    if let length = topicSuffixes.longestMatch(in: subject, endingAt: subject.count, start: 0) {
      subject.removeLast(length)
    }
    return subject.count >= 3 ? subject : nil
  }
}
