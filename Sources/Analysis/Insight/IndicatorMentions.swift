/// An indicator named in the report together with the percentage stated for it.
public struct IndicatorMention: Hashable, Sendable {
  /// The indicator's name as written.
  public var range: TextRange
  public var indicator: Indicator
  /// The percentage stated for it in the same sentence or table row.
  public var value: Quantity
}

extension Linter {
  /// The quantitative indicators the report states a value for (在职人员控制率为95%), in document order.
  ///
  /// In prose the value is the first percentage after the name, before the next name and within a few
  /// characters; in a table it is the only percentage of the row. Anything less clear is left out.
  /// With `range`, only the paragraphs and tables that overlap it are read.
  public func indicatorMentions(in document: Document, range: TextRange? = nil) -> [IndicatorMention] {
    let base = KnowledgeBase.standard
    var result: [IndicatorMention] = []
    func indicator(_ match: KnowledgeMatch) -> Indicator? {
      guard case .indicator(let indicator) = base.entries[match.entryIndex], !indicator.formulas.isEmpty else {
        return nil
      }
      return indicator
    }
    func isWanted(_ candidate: TextRange) -> Bool {
      range.map { candidate.overlaps($0) || candidate.contains($0) } ?? true
    }
    var tableIndex = 0
    for paragraph in document.paragraphs {
      // Tables come before the paragraphs that follow them.
      while tableIndex < document.tables.count, document.tables[tableIndex].range.start < paragraph.range.start {
        if isWanted(document.tables[tableIndex].range) {
          result.append(
            contentsOf: tableMentions(document.tables[tableIndex], document: document, indicator: indicator))
        }
        tableIndex += 1
      }
      guard isWanted(paragraph.range) else { continue }
      for sentence in paragraph.sentences {
        let matches = base.matches(in: document.scalars, range: sentence.range)
        for (index, match) in matches.enumerated() {
          guard let found = indicator(match) else { continue }
          let limit = min(
            index + 1 < matches.count ? matches[index + 1].range.start : sentence.range.end, match.range.end + 12)
          let value = document.quantities(in: TextRange(match.range.end, limit)).first {
            $0.unit?.dimension == .percent && $0.kind == .quantity
          }
          if let value { result.append(IndicatorMention(range: match.range, indicator: found, value: value)) }
        }
      }
    }
    while tableIndex < document.tables.count {
      if isWanted(document.tables[tableIndex].range) {
        result.append(contentsOf: tableMentions(document.tables[tableIndex], document: document, indicator: indicator))
      }
      tableIndex += 1
    }
    return result
  }

  private func tableMentions(
    _ table: Table, document: Document, indicator: (KnowledgeMatch) -> Indicator?
  ) -> [IndicatorMention] {
    var result: [IndicatorMention] = []
    for row in table.bodyRows {
      let percents = row.compactMap(\.quantity).filter { $0.unit?.dimension == .percent }
      guard percents.count == 1, let value = percents.first else { continue }
      for cell in row where cell.quantity == nil {
        let matches = KnowledgeBase.standard.matches(in: document.scalars, range: cell.range)
        if matches.count == 1, let match = matches.first, let found = indicator(match) {
          result.append(IndicatorMention(range: match.range, indicator: found, value: value))
          break
        }
      }
    }
    return result
  }
}
