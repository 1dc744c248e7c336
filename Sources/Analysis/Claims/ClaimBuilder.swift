/// Builds a `ClaimSet`: reads facts sentence by sentence (and table row by row), then finds claims.
struct ClaimBuilder {
  /// A sentence of prose or a table row, with the facts read in it.
  struct Span {
    var range: TextRange
    var paragraph: Int?
    var table: Int?
    var row: Int?
    var facts: Range<Int>
  }

  let document: Document
  let text: [Unicode.Scalar]
  var facts: [Fact] = []
  var readings: [LabelReading] = []
  /// For a part of a list: the index of the fact it is a part of.
  var listParent: [Int?] = []
  /// Whether a fact opened the sentence's topic (a clause that starts with an item and an amount).
  var isTopic: [Bool] = []
  /// Index of the span of each fact.
  var spanOf: [Int] = []
  /// The unit of each fact's amount, to compare units without reading their names again.
  var unitKeys: [UnitKey?] = []
  /// The base name of each fact's unit (元 for 万元), for `commensurable`.
  var baseNames: [UnitName] = []
  /// Whether each fact's item is plain text (see `isPlainItem`), to compare items by their bytes.
  var plainItems: [Bool] = []
  /// The block (paragraph or table, in document order) of each fact, to bound look-backs.
  var blockOfFact: [Int] = []
  var spans: [Span] = []
  /// For each paragraph: the order in which it comes among paragraphs and tables (to bound look-backs).
  var blockOfParagraph: [Int] = []
  var claims: [Claim] = []
  var unitSlips: [UnitSlip] = []
  /// Amounts followed by a comparison that says nothing changed (与上年持平), with the figure compared with.
  var unchanged: [(fact: Int, comparison: LabelReader.Unchanged)] = []
  /// Where a comparison names the report's own year for a figure of that year (与2022年决算数持平 in
  /// a report on 2022): the years' ranges.
  var ownYearComparisons: [TextRange] = []
  /// What each column of each table holds.
  var columnKinds: [Int: [TableClaims.ColumnKind]] = [:]
  /// The tables as read: a cell-per-line table as the grid of its rows (`TableClaims.grid`), nil for one
  /// whose rows could not be told; by table index.
  var tables: [Table?] = []
  /// The tables read without some of their rows (a cell-per-line table with a cell left empty).
  var partialTables: Set<Int> = []
  /// How many table cells were read as paragraphs (numbered after the document's paragraphs).
  var cellParagraphs = 0
  /// What each table is about (its caption, as an item), by table index.
  var tableTopics: [String?] = []

  /// How many paragraphs (or tables) back a figure may be taken from.
  static let lookBack = 12

  /// How many facts back any look-up may go. Figures are compared with figures written near them (in
  /// the sample reports at most 26 amounts back); the bound keeps the look-ups linear on text without
  /// sentence or paragraph breaks (a 10 MB line).
  static let window = 128

  /// The report's year, to read 2021年 as this year or last year: the subject's, or else the latest
  /// year written before an amount.
  var reportYear: Int?

  init(document: Document) {
    self.document = document
    // Traditional characters are read as their simplified forms (與上年相比, 萬元).
    self.text = Vocabulary.folded(document.scalars)
    self.reportYear = document.subject.year
  }

  /// A year written out, as this year, last year or another year of the report.
  func normalized(_ period: Period) -> Period {
    guard case .year(let year) = period, let reportYear else { return period }
    if year == reportYear { return .current }
    if year == reportYear - 1 { return .previous }
    return period
  }

  /// The calendar year of a period, when the report's year or the period says it.
  func year(of period: Period) -> Int? {
    switch period {
    case .year(let year): year
    case .previous: reportYear.map { $0 - 1 }
    case .current, .unstated: reportYear
    }
  }

  /// `normalized` on both parts of a standing.
  func normalized(_ standing: Standing) -> Standing { Standing(standing.measure, normalized(standing.period)) }

  mutating func build() {
    readFacts()
    // The finders only read the builder: passed by value (borrowed), it is not copied at every call.
    let builder = self
    claims += ProseClaims.find(builder) + TableClaims.find(builder) + TargetLineClaims.find(builder)
      + BreakdownClaims.find(builder)
    unitSlips = UnitClaims.find(builder)
  }

  // MARK: Reading facts

  private mutating func readFacts() {
    // Every amount becomes a fact: no array grows more than once.
    let expected = document.quantities.count
    facts.reserveCapacity(expected)
    readings.reserveCapacity(expected)
    listParent.reserveCapacity(expected)
    isTopic.reserveCapacity(expected)
    spanOf.reserveCapacity(expected)
    unitKeys.reserveCapacity(expected)
    plainItems.reserveCapacity(expected)
    baseNames.reserveCapacity(expected)
    blockOfFact.reserveCapacity(expected)
    blockOfParagraph.reserveCapacity(document.paragraphs.count)
    var tableIndex = 0
    var block = 0
    var title: TextRange?
    for (paragraphIndex, paragraph) in document.paragraphs.enumerated() {
      while tableIndex < document.tables.count, document.tables[tableIndex].lineRange.lowerBound < paragraph.line {
        readTable(tableIndex, block: block)
        tableIndex += 1
        block += 1
      }
      blockOfParagraph.append(block)
      let before = facts.count
      readParagraph(paragraphIndex, paragraph, title: title, block: block)
      // A title with no amounts (（2）公务接待费) names the item of the paragraph after it.
      if facts.count == before, let heading = paragraph.heading, document.headings[heading].isTitle {
        title = document.headings[heading].titleRange
      } else {
        title = nil
      }
      block += 1
    }
    while tableIndex < document.tables.count {
      readTable(tableIndex, block: block)
      tableIndex += 1
      block += 1
    }
    // A list that turned out to start a new statement gave its parts back (`listParent` is final).
    for index in facts.indices where facts[index].partOf != listParent[index] { facts[index].partOf = listParent[index] }
    // Years written out become this year or last year once the report's year is known.
    if reportYear == nil {
      for index in facts.indices {
        if case .year(let year) = facts[index].standing.period, year > reportYear ?? 0 { reportYear = year }
      }
    }
    guard reportYear != nil else { return }
    for index in facts.indices {
      if case .year = facts[index].standing.period { facts[index].standing = normalized(facts[index].standing) }
      if let reference = facts[index].reference, case .year = reference.period {
        facts[index].reference = normalized(reference)
        if let offset = readings[index].referenceYear, facts[index].reference?.period == .current,
          comparesWithItself(index, reference: facts[index].reference!)
        {
          recordOwnYear(at: offset)
        }
      }
    }
    for position in unchanged.indices {
      let reference = unchanged[position].comparison.reference
      guard case .year = reference.period else { continue }
      unchanged[position].comparison.reference = normalized(reference)
      let fact = unchanged[position].fact
      if let offset = unchanged[position].comparison.year, normalized(reference).period == .current,
        comparesWithItself(fact, reference: normalized(reference))
      {
        recordOwnYear(at: offset)
      }
    }
  }

  /// Whether a comparison of fact `index` with `reference` compares a figure of the report's year with
  /// the same figure: an actual (or unstated) figure of this year against this year's actual.
  private func comparesWithItself(_ index: Int, reference: Standing) -> Bool {
    let figure = facts[index].role == .value ? index : (readings[index].compared == nil ? nil : index)
    guard let figure else { return reference.measure == .actual || reference.measure == .unstated }
    let own = readings[figure].compared ?? facts[figure].standing
    return own.isCurrent && (reference.measure == .actual || reference.measure == .unstated)
  }

  private mutating func recordOwnYear(at offset: Int) {
    // Only against the year the report names for itself, not one guessed from its figures.
    guard document.subject.year != nil else { return }
    if let year = document.quantities(in: TextRange(offset, offset + 1)).first, year.kind == .year {
      ownYearComparisons.append(year.range)
    }
  }

  /// Whether a quantity is an amount the claims can use (not a year, date, code or bare number).
  static func isAmount(_ quantity: Quantity) -> Bool {
    quantity.kind == .quantity && quantity.unit != nil
  }

  /// Reads the facts of a paragraph. `title`: the title just before it, which names the item of
  /// amounts written without one (read only when needed).
  private mutating func readParagraph(
    _ paragraphIndex: Int, _ paragraph: Paragraph, title: TextRange?, block currentBlock: Int
  ) {
    readParagraph(paragraphIndex, paragraph, quantities: document.quantities(in: paragraph.range), inDocument: true,
      title: title, block: currentBlock)
  }

  /// Reads the facts of `paragraph` from `quantities` (the document's, or, with `inDocument` false,
  /// numbers scanned from a table cell that the document keeps only as a cell).
  private mutating func readParagraph(
    _ paragraphIndex: Int, _ paragraph: Paragraph, quantities: ArraySlice<Quantity>, inDocument: Bool, title: TextRange?,
    block currentBlock: Int
  ) {
    // The latest topic per unit base (元, 人, 亩 …): what sentences that omit the item are about.
    var topics = UnitMap<UnitName>()
    var lastTopic: Int?
    var defaultItem: String?
    var hitBuffer: [LabelReader.Hit] = []
    hitBuffer.reserveCapacity(16)
    var scalarBuffer: [Unicode.Scalar] = []
    scalarBuffer.reserveCapacity(32)
    var years: [LabelReader.Year] = []
    var sentenceQuantities: [Int] = []
    var totals = UnitMap<UnitKey?>()
    var lastParts = UnitMap<UnitKey?>()
    var cursor = quantities.startIndex
    for sentence in paragraph.sentences {
      let spanIndex = spans.count
      let first = facts.count
      years.removeAll(keepingCapacity: true)
      sentenceQuantities.removeAll(keepingCapacity: true)
      // Read in place: a copy of a quantity retains its strings.
      while cursor < quantities.endIndex, quantities[cursor].numberRange.start < sentence.range.end {
        if quantities[cursor].numberRange.start >= sentence.range.start {
          if quantities[cursor].kind == .year, let year = Int(quantities[cursor].digits) {
            years.append((quantities[cursor].range.start, year))
          } else if Self.isAmount(quantities[cursor]) {
            sentenceQuantities.append(cursor)
          }
        }
        cursor += 1
      }
      years.sort { $0.offset < $1.offset }
      var previousEnd = sentence.range.start
      var listStart: Int?
      totals.removeAll()
      lastParts.removeAll()
      var listChain: [Int] = []
      var bracketList = false
      var colonList = false
      var clauseHasFact = false
      for quantityIndex in sentenceQuantities {
        let quantity = quantities[quantityIndex]
        let unitName = UnitName(quantity)
        let segment = TextRange(previousEnd, max(previousEnd, quantity.range.start))
        let reading = LabelReader.read(
          text, segment: segment, quantity: quantity, years: years, hits: &hitBuffer, scalars: &scalarBuffer)
        let index = facts.count
        let adjacent = reading.isAdjacent && index > first
        if reading.startsClause || reading.opensList { clauseHasFact = false }

        var item = reading.item
        var isItemPlain = reading.isItemPlain
        var inherited = false
        var itemSource: Int?
        var standing = reading.standing
        var isStandingWritten = reading.isStandingWritten
        if adjacent {
          // 158户402人: the second amount belongs to the same words as the first.
          item = facts[index - 1].item
          isItemPlain = plainItems[index - 1]
          inherited = facts[index - 1].isItemInherited
          itemSource = facts[index - 1].itemSource
          if standing.isUnstated {
            standing = facts[index - 1].standing
            isStandingWritten = facts[index - 1].isStandingWritten
          }
        } else if item.isEmpty {
          if let topic = topics[unitName] ?? lastTopic {
            item = facts[topic].item
            isItemPlain = plainItems[topic]
            itemSource = topic
          } else if let title {
            item = defaultItem ?? LabelReader.item(text, in: title)
            isItemPlain = Self.isPlainItem(item)
            defaultItem = item
          } else {
            item = ""
          }
          inherited = true
        }

        // Lists: 其中/包括 opens one; 另/此外, a comparison or a change closes it.
        var parent: Int?
        let key = Self.unitKey(quantity, base: unitName)
        let isPercent = quantity.unit?.dimension == .percent
        if reading.breaksList || reading.role == .change || reading.role == .reference
          || (bracketList && reading.closesBracket && !reading.isInBracket)
        {
          listStart = nil
          bracketList = false
          totals.removeAll()
          lastParts.removeAll()
        }
        if reading.isInBracket, reading.opensList, reading.role == .value, !isPercent, index > first,
          let whole = (first..<index).reversed().first(where: { unitKeys[$0] == key && facts[$0].role == .value })
        {
          // 387人次（其中外事接待52人次）: a part of the amount right before the bracket.
          parent = whole
          listStart = index
          bracketList = true
          totals.removeAll()
          lastParts.removeAll()
          totals[key] = whole
          // 58户103人（其中…36户61人…）: the amounts written back to back before the bracket are the
          // totals in each unit.
          let before = chain(endingAt: index - 1, first: first)
          listChain = before.contains(whole) ? before : [whole]
        } else if reading.opensList || reading.opensColonList, reading.role == .value || reading.role == .newValue, !isPercent {
          let previous = index > first ? index - 1 : nil
          if listStart != nil, let previous, listParent[previous] != nil, !readings[previous].followsSemicolon,
            lastParts[key] != nil
          {
            // A second 其中 right after a part: parts of that part, in every unit.
            for (unit, lastPart) in lastParts.entries { totals[unit] = lastPart }
            parent = totals[key]
          } else {
            // A new list; a part that opened a new statement after ； becomes its total.
            if let previous, listParent[previous] != nil {
              for member in chain(endingAt: previous, first: first) { listParent[member] = nil }
            }
            listStart = index
            colonList = reading.opensColonList && !reading.opensList
            totals.removeAll()
            lastParts.removeAll()
            listChain = previous.map { chain(endingAt: $0, first: first) } ?? []
            if let total = listTotal(in: listChain, unit: key, colonList: colonList, before: index, first: first) {
              parent = total
            } else if index == first,
              let total = previousSentenceTotal(before: spanIndex, paragraph: paragraphIndex, unit: key)
            {
              // 其中 opening a sentence: the total ends the sentence before.
              parent = total
              listChain = [total]
            }
            // After a colon the list holds whatever comes first (两女户48人，金额45200元 under 发放资金7.3万元).
            if let parent { totals[key] = parent } else if !colonList || listChain.isEmpty { listStart = nil }
          }
        } else if listStart != nil, reading.role == .value, !isPercent {
          if totals[key] == nil {
            totals[key] = listTotal(in: listChain, unit: key, colonList: colonList, before: listStart ?? index, first: first)
          }
          parent = totals[key]
        }
        if parent != nil { lastParts[key] = index }
        if let parent, standing.isUnstated { standing = facts[parent].standing }
        // A figure compared with is the figure the comparison names (比年初预算数5.26万元: the budget).
        if reading.role == .reference, let named = reading.reference {
          standing = named
          isStandingWritten = true
        }
        if reading.isItemList { item = "" }

        plainItems.append(isItemPlain)
        facts.append(
          Fact(
            quantityIndex: inDocument ? quantityIndex : -1, quantity: quantity, role: reading.role, item: item,
            isItemInherited: inherited,
            itemSource: itemSource, isItemQualified: index > first && !reading.startsClause && !reading.isAdjacent && !reading.localRange.isEmpty
              && reading.localRange.start == segment.start && unitKeys[index - 1]?.dimension != key?.dimension,
            standing: standing, isStandingWritten: isStandingWritten, reference: reading.reference,
            direction: reading.direction, ratioKind: reading.ratioKind, keywordRange: reading.keywordRange,
            rateStem: reading.rateStem, partOf: parent,
            labelRange: reading.localRange, paragraph: paragraphIndex, sentence: spanIndex, cell: nil,
            isPerUnit: reading.isPerUnit))
        listParent.append(parent)
        spanOf.append(spanIndex)
        unitKeys.append(key)
        baseNames.append(unitName)
        blockOfFact.append(currentBlock)

        // A clause that starts with a named amount sets the topic for what follows.
        // A nameless amount opens a topic only where there is none yet (年初预算16万元，…).
        let hasTopic = topics[unitName] != nil || lastTopic != nil
        let opensTopic = !clauseHasFact && (!inherited || (item.isEmpty && !hasTopic)) && parent == nil && !adjacent
          && (reading.role == .value) && !isPercent
        isTopic.append(opensTopic)
        if opensTopic {
          topics[unitName] = index
          lastTopic = index
        }
        clauseHasFact = true
        previousEnd = quantity.range.end
        // Last: the reading is moved into the array, not copied.
        readings.append(reading)
      }
      nestSubParts(first..<facts.count)
      // What the words after each amount say without a number: 与上年持平, 与年初预算相比无增减.
      for index in first..<facts.count where facts[index].role == .value {
        let end = index + 1 < facts.count ? facts[index + 1].quantity.range.start : sentence.range.end
        let segment = TextRange(facts[index].quantity.range.end, max(facts[index].quantity.range.end, end))
        for comparison in LabelReader.unchangedComparisons(text, segment: segment, years: years) {
          unchanged.append((index, comparison))
        }
      }
      spans.append(Span(range: sentence.range, paragraph: paragraphIndex, table: nil, row: nil, facts: first..<facts.count))
    }
  }

  /// The total in unit `key` of a list opened after the amounts `chain`: the amount of the chain in that
  /// unit, or in a unit of the same kind (11.4万元 for parts in 元); after a colon, also the last whole
  /// amount of the sentence before the list in that unit (共74人，发放资金7.3万元：…48人…).
  private func listTotal(in chain: [Int], unit key: UnitKey?, colonList: Bool, before start: Int, first: Int) -> Int? {
    if let total = chain.first(where: { unitKeys[$0] == key && facts[$0].role == .value }) { return total }
    guard let key else { return nil }
    if key.dimension == .money,
      let total = chain.first(where: { unitKeys[$0]?.dimension == .money && baseNames[$0] == key.base && facts[$0].role == .value })
    {
      return total
    }
    guard colonList else { return nil }
    return (first..<start).reversed().first { unitKeys[$0] == key && facts[$0].role == .value && listParent[$0] == nil }
  }

  /// A part whose item extends the item of an earlier part of the same list, in the same unit, is a part
  /// of that part (兜底保障36户 … 兜底保障一类13户、二类19户).
  private mutating func nestSubParts(_ range: Range<Int>) {
    for index in range {
      guard let parent = listParent[index], !facts[index].item.isEmpty else { continue }
      let item = facts[index].item
      for earlier in stride(from: index - 1, through: range.lowerBound, by: -1)
      where listParent[earlier] == parent && unitKeys[earlier] == unitKeys[index] {
        let head = facts[earlier].item
        if head.unicodeScalars.count >= 2, item.unicodeScalars.count > head.unicodeScalars.count,
          item.unicodeScalars.starts(with: head.unicodeScalars)
        {
          listParent[index] = earlier
          break
        }
      }
    }
  }

  /// The amounts written back to back that end at `last` (243户586人): a list's total in each unit.
  private func chain(endingAt last: Int, first: Int) -> [Int] {
    var members = [last]
    var cursor = last
    while cursor > first, readings[cursor].isAdjacent {
      cursor -= 1
      members.append(cursor)
    }
    return members
  }

  /// The base name of a quantity's unit ("" without a unit), compared by its UTF-8 bytes: the names
  /// come from the unit table (plain text), and String's own comparison normalises Unicode. A name of
  /// up to 16 bytes (as all of the table's are) is packed into two words, so that comparing names is
  /// comparing integers; a longer one is kept as two independent 64-bit hashes of its bytes.
  struct UnitName: Equatable {
    private var count: Int
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    init(_ text: String) {
      var text = text
      count = text.utf8.count
      var low: UInt64 = 0
      var high: UInt64 = 0
      if count <= 16 {
        text.withUTF8 { bytes in
          for (index, byte) in bytes.enumerated() {
            if index < 8 { low |= UInt64(byte) << (8 * index) } else { high |= UInt64(byte) << (8 * (index - 8)) }
          }
        }
      } else {
        // FNV-1a from two different offset bases.
        low = 0xcbf2_9ce4_8422_2325
        high = 0x6c62_272e_07bb_0142
        for byte in text.utf8 {
          low = (low ^ UInt64(byte)) &* 0x100_0000_01b3
          high = (high ^ UInt64(byte)) &* 0x100_0000_01b3
        }
      }
      self.low = low
      self.high = high
    }

    init(_ quantity: Quantity) { self.init(quantity.unit?.base ?? "") }

    static let person = UnitName("人")
    static let named = UnitName("名")
    static let seat = UnitName("位")
  }

  /// A unit named exactly: base (people counted as one), scale and dimension.
  struct UnitKey: Equatable {
    var dimension: Dimension
    var scale: Double
    var base: UnitName
  }

  static func unitKey(_ quantity: Quantity) -> UnitKey? { unitKey(quantity, base: UnitName(quantity)) }

  /// `unitKey(_:)` when the quantity's base name is at hand.
  static func unitKey(_ quantity: Quantity, base: UnitName) -> UnitKey? {
    guard let unit = quantity.unit else { return nil }
    return UnitKey(dimension: unit.dimension, scale: unit.scale, base: countBase(unit, base: base))
  }

  /// Facts by unit, found by scanning: a sentence or paragraph names few units, and a hashed key would
  /// hash the unit's name (a String) on every look-up.
  struct UnitMap<Key: Equatable> {
    private(set) var entries: [(key: Key, value: Int)] = []

    subscript(key: Key) -> Int? {
      get { entries.first { $0.key == key }?.value }
      set {
        if let position = entries.firstIndex(where: { $0.key == key }) {
          if let newValue { entries[position].value = newValue } else { entries.remove(at: position) }
        } else if let newValue {
          entries.append((key, newValue))
        }
      }
    }

    mutating func removeAll() { entries.removeAll(keepingCapacity: true) }
  }

  /// The last amount of the previous sentence of the paragraph that has amounts (skipping one or two
  /// that explain without figures), when a sentence opens with 其中.
  private func previousSentenceTotal(before spanIndex: Int, paragraph: Int, unit key: UnitKey?) -> Int? {
    var span = spanIndex - 1
    while span >= 0, spanIndex - span <= 3, spans[span].paragraph == paragraph {
      if !spans[span].facts.isEmpty {
        return spans[span].facts.reversed().first {
          facts[$0].role == .value && isIn($0, unit: key) && listParent[$0] == nil
        }
      }
      span -= 1
    }
    return nil
  }

  private mutating func readTable(_ tableIndex: Int, block currentBlock: Int) {
    let grid = TableClaims.grid(of: document.tables[tableIndex], text)
    if tables.count <= tableIndex { tables += [Table?](repeating: nil, count: tableIndex + 1 - tables.count) }
    tables[tableIndex] = grid?.table
    if grid?.isPartial == true { partialTables.insert(tableIndex) }
    guard let table = grid?.table else { return }
    let columns = TableClaims.columnKinds(table, text)
    columnKinds[tableIndex] = columns
    // Which figure each column holds, from its header's words (年初预算数, 20年决算).
    let standings = table.header.map {
      LabelReader.standing(ofHeader: Vocabulary.folded(Array($0.text.unicodeScalars.filter { !$0.isSpace })))
    }
    // What the table is about (its caption), the item of its 合计 row.
    var topic = TableClaims.topic(document, table, text)
    // A 合计 row stands for the table's topic only when no row is named for the topic itself (a caption
    // 基本支出使用情况 above rows 基本支出, 项目支出, 小计).
    if let named = topic, table.rows.dropFirst().contains(where: { row in
      guard let label = row.first?.text, !TableClaims.isTotalRow(label) else { return false }
      let scalars = Vocabulary.folded(Array(TableClaims.rowLabel(label).unicodeScalars))
      return LabelReader.item(scalars, in: TextRange(0, scalars.count)) == named
    }) {
      topic = nil
    }
    if tableTopics.count <= tableIndex { tableTopics += [String?](repeating: nil, count: tableIndex + 1 - tableTopics.count) }
    tableTopics[tableIndex] = topic
    // The last row that is not a 其中 sub-row, whose cells the sub-rows are parts of: its facts by column,
    // its amounts with a unit in order, and its width.
    var wholeRow: [Int: Int] = [:]
    var wholeAmounts: [Int] = []
    var wholeWidth = 0
    // A flattened table may be one long row of everything, text included.
    for cell in table.header where cell.quantity == nil && Self.isProse(cell, text) {
      readCellParagraph(cell, table: table, block: currentBlock)
    }
    for (rowIndex, row) in table.rows.enumerated() where rowIndex > 0 {
      let spanIndex = spans.count
      let first = facts.count
      let labelText = row.first?.text ?? ""
      let label = TableClaims.rowLabel(labelText)
      let isSubRow = TableClaims.isSubRow(labelText)
      let isTotalRow = TableClaims.isTotalRow(labelText)
      let labelScalars = Array(Vocabulary.folded(Array(label.unicodeScalars)))
      var item = LabelReader.item(labelScalars, in: TextRange(0, labelScalars.count))
      if isTotalRow, item.isEmpty, let topic { item = topic }
      var rowFacts: [Int: Int] = [:]
      var rowAmounts: [Int] = []
      for (columnIndex, cell) in row.enumerated() where columnIndex > 0 {
        guard let quantity = cell.quantity, Self.isAmount(quantity) else { continue }
        let column = columnIndex < columns.count ? columns[columnIndex] : .other
        var standing = columnIndex < standings.count ? standings[columnIndex] : .unstated
        let isPercent = quantity.unit?.dimension == .percent
        // A sub-row of the whole row's width is aligned by column; one that lost empty cells (a flattened
        // row) by the order of its amounts with a unit.
        var parent: Int?
        if isSubRow {
          if row.count == wholeWidth {
            parent = wholeRow[columnIndex]
          } else if !isPercent, !quantity.isUnitInherited, rowAmounts.count < wholeAmounts.count {
            parent = wholeAmounts[rowAmounts.count]
            // Its column is its whole's.
            standing = facts[wholeAmounts[rowAmounts.count]].standing
          }
        }
        if !isPercent, !quantity.isUnitInherited { rowAmounts.append(facts.count) }
        let fact = Fact(
          quantityIndex: -1, quantity: quantity, role: isPercent ? .ratio : (column == .difference ? .change : .value),
          item: item, isItemInherited: false, itemSource: nil, isItemQualified: false, standing: standing,
          isStandingWritten: !standing.isUnstated, reference: nil, direction: nil,
          ratioKind: isPercent ? .rate : nil, keywordRange: nil, rateStem: "", partOf: parent, labelRange: row.first?.range ?? cell.range,
          paragraph: nil, sentence: spanIndex,
          cell: TableCellLocation(table: tableIndex, row: rowIndex, column: columnIndex), isPerUnit: false)
        rowFacts[columnIndex] = facts.count
        facts.append(fact)
        readings.append(LabelReading())
        listParent.append(parent)
        isTopic.append(false)
        spanOf.append(spanIndex)
        unitKeys.append(Self.unitKey(quantity))
        baseNames.append(UnitName(quantity))
        plainItems.append(Self.isPlainItem(item))
        blockOfFact.append(currentBlock)
      }
      if !isSubRow {
        wholeRow = rowFacts
        wholeAmounts = rowAmounts
        wholeWidth = row.count
      }
      spans.append(Span(range: TextRange(row.first?.range.start ?? table.range.start, row.last?.range.end ?? table.range.end),
        paragraph: nil, table: tableIndex, row: rowIndex, facts: first..<facts.count))
      // A cell of running text (年度总体目标, 实际完成情况) is read as a paragraph of its own.
      for cell in row where cell.quantity == nil && Self.isProse(cell, text) {
        readCellParagraph(cell, table: table, block: currentBlock)
      }
    }
  }

  /// Whether a cell holds running text with figures: a clause or sentence mark and a digit.
  private static func isProse(_ cell: TableCell, _ text: [Unicode.Scalar]) -> Bool {
    guard cell.range.length >= 8 else { return false }
    var hasMark = false
    var hasDigit = false
    for offset in cell.range.start..<min(cell.range.end, text.count) {
      let scalar = text[offset]
      if scalar == "，" || scalar == "。" || scalar == "；" { hasMark = true }
      if scalar.isDigit { hasDigit = true }
      if hasMark, hasDigit { return true }
    }
    return false
  }

  /// Reads a cell of running text as a paragraph numbered after the document's paragraphs. Its numbers are
  /// the document's for a flattened table, and are scanned here for a table whose cells keep one number.
  private mutating func readCellParagraph(_ cell: TableCell, table: Table, block currentBlock: Int) {
    var clauses: [TextRange] = []
    let sentences = Document.sentences(document.scalars, in: cell.range, clauses: &clauses)
    let line = document.lineIndex.lineColumn(of: cell.range.start, in: .utf32).line
    let paragraph = Paragraph(line: line, lastLine: line, range: cell.range, sentences: sentences, heading: nil)
    let index = document.paragraphs.count + cellParagraphs
    cellParagraphs += 1
    switch table.layout {
    case .flattened, .cellPerLine:
      readParagraph(index, paragraph, quantities: document.quantities(in: cell.range), inDocument: true, title: nil,
        block: currentBlock)
    case .tabIndented, .markdown:
      var scanned: [Quantity] = []
      QuantityScanner.scan(document.scalars, range: cell.range, nextLine: nil, into: &scanned)
      readParagraph(index, paragraph, quantities: scanned[...], inDocument: false, title: nil, block: currentBlock)
    }
  }

  // MARK: Look-ups

  /// Whether fact `index` may be used as an exact input: `Fact.isExact`, read in place (calling the
  /// property on an element of `facts` copies the whole fact).
  func isExact(_ index: Int) -> Bool {
    facts[index].quantity.qualifier == .exact && !facts[index].quantity.isRangeBound
  }

  /// Whether fact `index` is an amount (money, a count …) rather than a percentage or percentage points.
  func isMoneyLike(_ index: Int) -> Bool {
    let dimension = unitKeys[index]?.dimension
    return dimension != .percent && dimension != .percentagePoint
  }

  /// Whether the words before fact `index` contain `word`.
  func labelContains(_ index: Int, _ word: String) -> Bool {
    let range = facts[index].labelRange
    let scalars = word.unicodeScalars
    guard let first = scalars.first else { return false }
    var offset = range.start
    while offset < range.end {
      if text[offset] == first, matches(scalars, at: offset, before: range.end) { return true }
      offset += 1
    }
    return false
  }

  /// Whether `word` is written at `offset`, ending before `end`.
  private func matches(_ word: String.UnicodeScalarView, at offset: Int, before end: Int) -> Bool {
    var position = offset
    for scalar in word {
      guard position < end, text[position] == scalar else { return false }
      position += 1
    }
    return true
  }

  /// Whether the words before fact `index` end with `word` (once 为/是 are dropped).
  func labelEnds(_ index: Int, with word: [Unicode.Scalar]) -> Bool {
    var end = facts[index].labelRange.end
    let start = facts[index].labelRange.start
    while end > start, text[end - 1] == "为" || text[end - 1] == "是" || text[end - 1].isSpace { end -= 1 }
    // Compared backwards from the end, never before the label's start.
    var position = end
    for scalar in word.reversed() {
      position -= 1
      guard position >= start, text[position] == scalar else { return false }
    }
    return true
  }

  /// Whether two amounts are in the same unit (same symbol: 万元 with 万元, 人 with 人).
  static func sameUnit(_ a: Quantity, _ b: Quantity) -> Bool {
    guard let ua = a.unit, let ub = b.unit, ua.dimension == ub.dimension, ua.scale == ub.scale else { return false }
    return countBase(ua, base: UnitName(ua.base)) == countBase(ub, base: UnitName(ub.base))
  }

  /// Whether facts `a` and `b` are in the same unit: `sameUnit` on their amounts, by their unit keys.
  func sameUnit(_ a: Int, _ b: Int) -> Bool { isIn(a, unit: unitKeys[b]) }

  /// Whether fact `index` is in the unit `key` (never when either has no unit).
  func isIn(_ index: Int, unit key: UnitKey?) -> Bool { key != nil && unitKeys[index] == key }

  /// The base of a unit, with the classifiers that all count people (人, 名, 位) taken as one.
  private static func countBase(_ unit: Unit, base: UnitName) -> UnitName {
    unit.dimension == .count && (base == .named || base == .seat) ? .person : base
  }

  // MARK: Comparing names

  /// Whether facts `a` and `b` name the same item, as String's `==` says. Items of plain text (see
  /// `isPlainItem`) are compared by their UTF-8 bytes: String's own comparison normalises Unicode, which
  /// dominated the profile.
  func sameItem(_ a: Int, _ b: Int) -> Bool {
    plainItems[a] && plainItems[b] ? Self.sameBytes(facts[a].item, facts[b].item) : facts[a].item == facts[b].item
  }

  /// Whether the item of fact `a` starts with that of fact `b`, as String's `hasPrefix` says (by bytes
  /// on plain text).
  func item(of a: Int, startsWithItemOf b: Int) -> Bool {
    guard plainItems[a] && plainItems[b] else { return facts[a].item.hasPrefix(facts[b].item) }
    var item = facts[a].item
    var prefix = facts[b].item
    guard prefix.utf8.count <= item.utf8.count else { return false }
    return item.withUTF8 { bytes in prefix.withUTF8 { bytes.prefix($0.count).elementsEqual($0) } }
  }

  /// Whether two strings are the same UTF-8 bytes, compared in place (iterating the `utf8` views is
  /// several times slower).
  @inline(__always)
  static func sameBytes(_ a: String, _ b: String) -> Bool {
    guard a.utf8.count == b.utf8.count else { return false }
    var a = a
    var b = b
    return a.withUTF8 { first in b.withUTF8 { second in first.elementsEqual(second) } }
  }

  /// Whether an item (Han characters only: see `LabelReader.item`) is plain text (see `isPlain`). It is
  /// unless it has a compatibility or a supplementary ideograph, the only Han characters whose UTF-8 lead
  /// byte is 0xEA or more (U+3400–U+9FFF start with 0xE3–0xE9).
  static func isPlainItem(_ item: String) -> Bool {
    var item = item
    return item.withUTF8 { bytes in !bytes.contains { $0 >= 0xEA } }
  }

  /// Printable ASCII, CJK punctuation, kana and the unified ideographs, full-width forms: scalars that
  /// neither combine with their neighbours nor have a canonical decomposition to another form. (CJK
  /// compatibility ideographs do: 豈 U+F900 equals 豈 U+8C48 for String.)
  @inline(__always)
  static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20..<0x7F, 0x3000...0x3029, 0x3030...0x3098, 0x309B...0x9FFF, 0xFF00...0xFF9D: true
    default: false
    }
  }

  /// Whether the amounts of facts `a` and `b` measure the same thing in units that differ by scale only
  /// (万元 and 元): `Unit.isCommensurable`, by the facts' unit keys and base names.
  func commensurable(_ a: Int, _ b: Int) -> Bool {
    guard let first = unitKeys[a], let second = unitKeys[b] else { return false }
    return first.dimension == second.dimension && baseNames[a] == baseNames[b]
  }

  /// How a figure looked up must match the unit of the one it goes with.
  enum UnitMatch {
    /// The same unit (万元 with 万元).
    case same
    /// Units that differ by scale only (万元 with 元).
    case commensurable
  }

  /// The block (paragraph or table, in document order) of a fact.
  func block(of fact: Int) -> Int { blockOfFact[fact] }

  /// The nearest fact before `index` (in the same sentence first, then going back at most `lookBack`
  /// paragraphs and `window` facts) that names `item` with a standing that fits `wanted`, in the unit of
  /// fact `like`. A part of a list is never the figure of its item's whole.
  func findFact(
    item: String, standing wanted: Standing, before index: Int, like: Int, excluding: [Int] = [],
    unitsMatch: UnitMatch = .same
  ) -> Int? {
    let startBlock = block(of: index)
    let paragraph = facts[index].paragraph
    var candidate = index - 1
    while candidate >= max(0, index - Self.window) {
      // A nameless amount is matched with nameless amounts of its own paragraph only.
      if item.isEmpty, facts[candidate].paragraph != paragraph || paragraph == nil { return nil }
      if startBlock - block(of: candidate) > Self.lookBack { return nil }
      let role = facts[candidate].role
      if !excluding.contains(candidate), facts[candidate].isExact, role == .value || role == .reference,
        role == .reference ? (facts[candidate].reference ?? .unstated).fits(wanted) : facts[candidate].standing.fits(wanted),
        unitsMatch == .same ? sameUnit(candidate, like) : commensurable(candidate, like),
        item.isEmpty ? facts[candidate].item.isEmpty : LabelReader.itemsMatch(facts[candidate].item, item),
        !facts[candidate].isPerUnit
      {
        return candidate
      }
      candidate -= 1
    }
    return nil
  }

  /// The facts of the span (sentence or table row) of `index` that come before it, nearest first (at
  /// most `window` of them).
  func earlierInSentence(_ index: Int) -> ReversedCollection<Range<Int>> {
    (max(spans[spanOf[index]].facts.lowerBound, index - Self.window)..<index).reversed()
  }
}
