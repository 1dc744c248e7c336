/// Claims a table makes: 合计/小计 rows, difference columns (决算 − 预算), rate columns.
enum TableClaims {
  /// What a column holds, read from its header.
  enum ColumnKind: Equatable {
    case budget
    case actual
    case previous
    case current
    case difference
    /// A rate; `isCompletion` when it is 完成率/执行率 (决算 ÷ 预算) rather than a rate of the difference.
    case rate(isCompletion: Bool)
    case other
  }

  /// The rows of a table whose cells came one per line with the rows lost (`Table.Layout.cellPerLine`):
  /// after the header, each label cell opens a row of the number cells that follow it. Rows are kept only
  /// when they have the width most rows have (a row with a cell left empty cannot say which column a
  /// number is in), and the header only when it names one column per number plus the labels' column.
  /// Unit notes (单位：万元) before the header are dropped. Nil when no two rows agree; `isPartial` when a
  /// row was dropped (a 合计 row cannot be checked against the rows kept).
  static func grid(of table: Table, _ text: [Unicode.Scalar]) -> (table: Table, isPartial: Bool)? {
    guard table.layout == .cellPerLine, var cells = table.rows.first else { return (table, false) }
    var unit = table.unit
    while let first = cells.first, let marker = text.firstOffset(of: "单位", in: first.range) {
      // 單位：萬元 as the first cell: the unit of the bare numbers.
      var cursor = marker + 2
      while cursor < first.range.end, text[cursor] == "：" || text[cursor] == ":" || text[cursor].isSpace { cursor += 1 }
      if unit == nil, let (found, _) = UnitTable.match(text, at: cursor, end: first.range.end) { unit = found }
      cells.removeFirst()
    }
    if let unit {
      for index in cells.indices {
        guard var quantity = cells[index].quantity, quantity.kind == .bare, quantity.unit == nil else { continue }
        quantity.unit = unit
        quantity.kind = .quantity
        quantity.isUnitInherited = true
        cells[index].quantity = quantity
      }
    }
    func isNumber(_ cell: TableCell) -> Bool {
      guard let quantity = cell.quantity else { return false }
      return quantity.kind == .quantity || quantity.kind == .bare
    }
    // The header: the label cells before the first label followed by a number.
    guard let firstRow = cells.indices.first(where: { $0 + 1 < cells.count && !isNumber(cells[$0]) && isNumber(cells[$0 + 1]) })
    else { return nil }
    var header = Array(cells[..<firstRow])
    var rows: [[TableCell]] = []
    for cell in cells[firstRow...] {
      if isNumber(cell), !rows.isEmpty { rows[rows.count - 1].append(cell) } else { rows.append([cell]) }
    }
    var counts: [Int: Int] = [:]
    for row in rows where row.count > 1 { counts[row.count - 1, default: 0] += 1 }
    guard let (width, agreeing) = counts.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }), agreeing >= 2 else { return nil }
    let kept = rows.filter { $0.count == width + 1 }
    let isPartial = kept.count < rows.count
    rows = kept
    // A title cell before the header (…对比情况) is not a column.
    if header.count == width + 2 { header.removeFirst() }
    if header.count != width + 1 { header = [header.first ?? cells[0]] + Array(repeating: TableCell(range: TextRange(0, 0), text: "", quantity: nil), count: width) }
    var grid = table
    grid.rows = [header] + rows
    return (grid, isPartial)
  }

  /// What a table is about: its caption (a short line right above it, 公务接待费支出情况) or else the
  /// title of the nearest heading before it, as an item; nil when neither names one.
  static func topic(_ document: Document, _ table: Table, _ text: [Unicode.Scalar]) -> String? {
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
      if range.length <= 30, let topic = caption(text, range) { return topic }
      break
    }
    let firstLine = table.lineRange.lowerBound
    guard let heading = document.headings.last(where: { $0.line < firstLine }) else { return nil }
    return caption(text, heading.titleRange)
  }

  private static let captionSuffixes = ["使用情况", "支出情况", "执行情况", "情况", "明细", "统计", "一览", "列表", "表"]
    .map { Array($0.unicodeScalars) }

  /// The item a caption names: 3、公务接待费支出情况（单位：万元） → 公务接待费支出.
  private static func caption(_ text: [Unicode.Scalar], _ range: TextRange) -> String? {
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
    for suffix in captionSuffixes where text.matches(suffix, endingAt: end) && end - suffix.count > start {
      end -= suffix.count
      break
    }
    let item = LabelReader.item(text, in: TextRange(start, end))
    return item.unicodeScalars.count >= 3 ? item : nil
  }

  /// A row label without 其中： and spaces.
  static func rowLabel(_ text: String) -> String {
    var scalars = text.unicodeScalars.filter { !$0.isSpace }
    let prefix = Array("其中".unicodeScalars)
    if scalars.starts(with: prefix) {
      scalars.removeFirst(prefix.count)
      while let first = scalars.first, first == "：" || first == ":" || first == "、" { scalars.removeFirst() }
    }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return String(view)
  }

  static func isSubRow(_ text: String) -> Bool {
    text.unicodeScalars.filter { !$0.isSpace }.starts(with: "其中".unicodeScalars)
  }

  static func isTotalRow(_ text: String) -> Bool {
    let label = Vocabulary.folded(text.unicodeScalars.filter { !$0.isSpace })
    return Vocabulary.totalRowLabels.contains { label.elementsEqual($0.unicodeScalars) } || label.starts(with: "合计".unicodeScalars)
  }

  /// What each column holds, read from its header with the vocabulary (spaces dropped, traditional
  /// characters folded): a rate, a difference, last year's figure, a plan, an actual figure, or a year.
  static func columnKinds(_ table: Table, _ text: [Unicode.Scalar]) -> [ColumnKind] {
    var kinds: [ColumnKind] = []
    var years: [Int: Int] = [:]
    for (index, cell) in table.header.enumerated() {
      let header = Vocabulary.folded(cell.text.unicodeScalars.filter { !$0.isSpace })
      let keywords = Vocabulary.keywords(in: header)
      let standing = LabelReader.standing(ofHeader: header)
      let isRate = header.contains { $0 == "率" || $0 == "%" || $0 == "％" }
        || keywords.contains { if case .ratio = $0 { return true } else { return false } }
      let isDifference = keywords.contains {
        switch $0 {
        case .change: true
        case .comparison: true
        default: false
        }
      }
      if isRate {
        kinds.append(.rate(isCompletion: Vocabulary.planRateStems.contains { header.firstOffset(of: $0, in: TextRange(0, header.count)) != nil }))
      } else if isDifference {
        kinds.append(.difference)
      } else if standing.period == .previous {
        kinds.append(.previous)
      } else if standing.measure.isPlan {
        kinds.append(.budget)
      } else if standing.measure == .actual {
        kinds.append(.actual)
      } else {
        // 21年支出, 22年: a column named by its year alone.
        if case .year(let year) = standing.period { years[index] = year }
        kinds.append(.other)
      }
    }
    if let latest = years.values.max(), years.count >= 2 {
      for (index, year) in years { kinds[index] = year == latest ? .current : .previous }
    }
    return kinds
  }

  static func find(_ builder: ClaimBuilder) -> [Claim] {
    var cells: [TableCellLocation: Int] = [:]
    for index in builder.facts.indices { if let cell = builder.facts[index].cell { cells[cell] = index } }
    var found: [Claim] = []
    for (tableIndex, read) in builder.tables.enumerated() {
      guard let table = read else { continue }
      let kinds = builder.columnKinds[tableIndex] ?? columnKinds(table, builder.text)
      func fact(_ row: Int, _ column: Int) -> Int? { cells[TableCellLocation(table: tableIndex, row: row, column: column)] }
      let budgetColumn = kinds.firstIndex(of: .budget) ?? kinds.firstIndex(of: .previous)
      let actualColumn = kinds.firstIndex(of: .actual) ?? kinds.firstIndex(of: .current)
      let differenceColumn = kinds.firstIndex(of: .difference)
      // What the difference column's header says, read once per table.
      let differenceHeader = differenceColumn.map { table.header[$0].text } ?? ""
      let headerConvention = differenceConvention(differenceHeader)
      let headerSavingWord = savingWord(differenceHeader)
      for row in 1..<table.rows.count {
        // 金额差异 = 决算 − 预算 (either sign convention).
        if let budgetColumn, let actualColumn, let differenceColumn, let budget = fact(row, budgetColumn),
          let actual = fact(row, actualColumn), let difference = fact(row, differenceColumn)
        {
          // The sign convention is the header's (差额（决算-预算）) or else read from the stated value:
          // 预算 − 决算 when it is positive for a saving, 决算 − 预算 otherwise.
          let saving = builder.facts[actual].quantity.value < builder.facts[budget].quantity.value
          let stated = headerConvention
          let budgetFirst = stated.map { !$0 } ?? (saving == (builder.facts[difference].quantity.value >= 0))
          let inputs: [ClaimBuilder.Input] =
            budgetFirst
            ? [.init(role: "预算数", fact: budget), .init(role: "决算数", fact: actual)]
            : [.init(role: "决算数", fact: actual), .init(role: "预算数", fact: budget)]
          if let claim = builder.makeClaim(
            kind: .difference, name: "金额差异", stated: difference, inputs: inputs,
            definition: budgetFirst ? "金额差异 = 预算数 − 决算数" : "金额差异 = 决算数 − 预算数",
            formula: { "\($0[0])−\($0[1])" }, isSigned: stated != nil, compute: { $0[0] - $0[1] })
          {
            found.append(claim)
          }
          if let headerSavingWord,
            let claim = savingWordClaim(
              builder, isSaving: headerSavingWord, difference: difference, actual: actual, budget: budget)
          {
            found.append(claim)
          }
        }
        for (column, kind) in kinds.enumerated() {
          guard case .rate(let isCompletion) = kind, let rate = fact(row, column), let budgetColumn,
            let budget = fact(row, budgetColumn)
          else { continue }
          if !isCompletion, let differenceColumn, let difference = fact(row, differenceColumn),
            let claim = builder.makeClaim(
              kind: .ratio, name: "比率", stated: rate,
              inputs: [.init(role: "金额差异", fact: difference), .init(role: "预算数", fact: budget)],
              definition: "比率 = 金额差异 ÷ 预算数", formula: { "\($0[0])÷\($0[1])" }, direction: .neutral,
              compute: { $0[1] == 0 ? nil : $0[0] / $0[1] * 100 })
          {
            found.append(claim)
          } else if let actualColumn, let actual = fact(row, actualColumn),
            let claim = builder.makeClaim(
              kind: .ratio, name: isCompletion ? "完成率" : "比率", stated: rate,
              inputs: [.init(role: "决算数", fact: actual), .init(role: "预算数", fact: budget)],
              definition: isCompletion ? "完成率 = 决算数 ÷ 预算数" : "比率 = (决算数 − 预算数) ÷ 预算数",
              formula: { isCompletion ? "\($0[0])÷\($0[1])" : "(\($0[0])−\($0[1]))÷\($0[1])" },
              direction: isCompletion ? nil : .neutral,
              compute: { $0[1] == 0 ? nil : (isCompletion ? $0[0] : $0[0] - $0[1]) / $0[1] * 100 })
          {
            found.append(claim)
          }
        }
      }
      if !builder.partialTables.contains(tableIndex) {
        found += totalRowClaims(builder, table: table, kinds: kinds, fact: fact)
      }
    }
    return found
  }

  /// Whether a difference column's header fixes its sign: true for 决算 − 预算, false for 预算 − 决算.
  static func differenceConvention(_ header: String) -> Bool? {
    let compact = String(String.UnicodeScalarView(header.unicodeScalars.filter { !$0.isSpace }))
    for dash in ["-", "－", "−", "—"] {
      if includes(compact, "决算\(dash)预算") || includes(compact, "实际\(dash)预算") { return true }
      if includes(compact, "预算\(dash)决算") || includes(compact, "预算\(dash)实际") { return false }
    }
    return nil
  }

  /// Whether `text` contains `word`, by UTF-8 bytes. `String.contains(_:)` builds a substring searcher
  /// (a dictionary) on every call, which made header reading the costliest part of table claims.
  private static func includes(_ text: String, _ word: String) -> Bool {
    let haystack = Array(text.utf8)
    let needle = Array(word.utf8)
    guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty }
    for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
      if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
    }
    return false
  }

  /// Whether a difference column is named for a saving (节约额: true) or an overspend (超支额: false);
  /// nil when it names neither or both.
  private static func savingWord(_ header: String) -> Bool? {
    let saving = includes(header, "节约")
    let overspend = includes(header, "超支")
    return saving == overspend ? nil : saving
  }

  /// A 节约额 (or 超支额) column whose sign says the opposite of the budget and actual beside it.
  private static func savingWordClaim(_ builder: ClaimBuilder, isSaving: Bool, difference: Int, actual: Int, budget: Int)
    -> Claim?
  {
    let value = builder.facts[difference].quantity.value
    guard value != 0 else { return nil }
    // A positive 节约额 says the spending went down; a negative one, that it went up.
    let direction: Direction = (value > 0) == isSaving ? .decrease : .increase
    guard var claim = ProseClaims.directionClaim(
      builder, stated: difference, keyword: nil, current: actual, reference: budget, direction: direction)
    else { return nil }
    claim.name = isSaving ? "节约" : "超支"
    return claim
  }

  /// 合计 rows against the rows of their block. Rows under 其中 are parts of the row above, not of the
  /// total; when the table leaves unclear where 其中 ends, every reading is tried.
  private static func totalRowClaims(
    _ builder: ClaimBuilder, table: Table, kinds: [ColumnKind], fact: (Int, Int) -> Int?
  ) -> [Claim] {
    var claims: [Claim] = []
    let labels = table.rows.map { $0.first?.text ?? "" }
    let bodyRows = Array(1..<table.rows.count)
    let totalRows = bodyRows.filter { isTotalRow(labels[$0]) }
    for (position, totalRow) in totalRows.enumerated() {
      // The block of a total: the rows since the previous total, or after it when it comes first.
      let previousTotal = position > 0 ? totalRows[position - 1] : 0
      var block = Array((previousTotal + 1)..<totalRow)
      if block.isEmpty {
        let nextTotal = position + 1 < totalRows.count ? totalRows[position + 1] : table.rows.count
        block = Array((totalRow + 1)..<nextTotal)
      }
      guard block.count >= 2 else { continue }
      var readings: [[Int]] = []
      readings.append(block.filter { !isSubRow(labels[$0]) })
      var direct: [Int] = []
      var inSub = false
      for row in block {
        if isSubRow(labels[row]) { inSub = true } else if !inSub { direct.append(row) }
      }
      readings.append(direct)
      readings.append(block)
      for (column, kind) in kinds.enumerated() where column > 0 {
        if case .rate = kind { continue }
        guard let stated = fact(totalRow, column) else { continue }
        var first: Claim?
        var matched = false
        var seen: Set<[Int]> = []
        for rows in readings where seen.insert(rows).inserted {
          let parts = rows.compactMap { fact($0, column) }
          guard parts.count >= 2, parts.count == rows.count || parts.count >= 2,
            parts.allSatisfy({ builder.sameUnit($0, stated) })
          else { continue }
          guard let claim = ProseClaims.sumClaim(builder, total: stated, parts: parts, name: labels[totalRow].filter { !$0.isWhitespace && $0 != "\u{3000}" }, isInferred: false)
          else { continue }
          if claim.verdict == .consistent {
            matched = true
            if first == nil || first!.verdict != .consistent { first = claim }
            break
          }
          if first == nil { first = claim }
        }
        guard var claim = first else { continue }
        if !matched {
          let partFacts = readings[0].compactMap { fact($0, column) }
          claim.alternatives = ProseClaims.partAlternatives(builder, total: stated, parts: partFacts, claim: claim)
        }
        claims.append(claim)
      }
    }
    return claims
  }
}
