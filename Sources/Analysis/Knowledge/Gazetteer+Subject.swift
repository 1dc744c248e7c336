extension Gazetteer {
  /// The gazetteer row of the report's own township, or nil when it cannot be told for sure.
  ///
  /// The township's name is looked up (full or short form). When the report writes its county the
  /// row must lie in that county; otherwise a name found in one county only is taken as it is, and a
  /// name shared by several counties is settled by the county, city and province names the text
  /// mentions. A tie leaves the subject unplaced: rules then fall back to the document alone.
  public func entry(for subject: Subject, in document: Document) -> Entry? {
    guard let township = subject.township else { return nil }
    var candidates = townships(named: township)
    if let county = subject.county {
      // The parsed county may carry a character too many (年丙丁县): accept a county it ends with.
      let exact = candidates.filter { $0.county == county }
      candidates = exact.isEmpty ? candidates.filter { county.hasSuffix($0.county) } : exact
    }
    let counties = Dictionary(grouping: candidates, by: \.countyKey)
    if counties.count == 1 { return candidates.first }
    guard counties.count > 1 else { return nil }
    let text = document.scalars
    let whole = TextRange(0, text.count)
    func mentions(_ name: String) -> Bool {
      name.unicodeScalars.count >= 2 && text.firstOffset(of: name, in: whole) != nil
    }
    var scored: [(score: Int, entry: Entry)] = []
    for (_, rows) in counties {
      guard let row = rows.first else { continue }
      var score = 0
      if mentions(row.county) { score += 3 } else if mentions(Self.stem(of: row.county)) { score += 1 }
      if mentions(row.city) || mentions(Self.stem(of: row.city)) { score += 1 }
      if mentions(row.province) || mentions(Self.stem(of: row.province)) { score += 1 }
      scored.append((score, row))
    }
    scored.sort { $0.score > $1.score }
    guard let best = scored.first, best.score > 0, scored.count < 2 || scored[1].score < best.score else {
      return nil
    }
    return best.entry
  }

  /// A division's name without its level word: 丙丁县 → 丙丁, 戊己市 → 戊己. Two-character names
  /// keep their level word, since a one-character stem is not a name anyone writes alone.
  static func stem(of name: String) -> String {
    let scalars = Array(name.unicodeScalars)
    guard scalars.count >= 3, let last = scalars.last, ["县", "市", "区", "旗", "省"].contains(last) else { return name }
    return String(String.UnicodeScalarView(scalars.dropLast()))
  }
}
