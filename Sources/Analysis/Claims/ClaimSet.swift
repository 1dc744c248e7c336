/// The arithmetic a report states, computed once per document and shared by the arithmetic rules
/// (A101–A104) and by hover and inlay hints.
///
/// `facts` are the report's amounts read with their words (item, measure and period, scope, role); `claims` are the
/// stated values that can be recomputed from other amounts (ratios, totals, differences, directions),
/// each with its inputs, formula, exact recomputation and verdict. Building it is linear in the
/// document: one pass over sentences and table rows, and look-ups that go back a bounded number of
/// paragraphs and facts (`ClaimBuilder.lookBack`, `ClaimBuilder.window`).
public struct ClaimSet: Sendable {
  /// Every amount of the report (prose and tables), in document order.
  public let facts: [Fact]
  /// Every recomputable statement, in document order of the stated figure.
  public let claims: [Claim]
  /// Amounts whose unit is probably wrong (3.07元 among 万元 amounts of the same item), with the
  /// arithmetic that confirms the other reading.
  public let unitSlips: [UnitSlip]
  /// Years written as the base of a comparison that are the report's own year, for a figure of that year
  /// (与2022年决算数持平 in a report on 2022): the comparison compares a figure with itself.
  public let ownYearComparisons: [TextRange]
  /// What each table is about (its caption or heading, as an item), by table index; nil when unnamed.
  let tableTopics: [String?]

  /// Reads the facts and claims of a document.
  public init(document: Document) {
    var builder = ClaimBuilder(document: document)
    builder.build()
    facts = builder.facts
    unitSlips = builder.unitSlips
    ownYearComparisons = builder.ownYearComparisons
    tableTopics = builder.tableTopics + [String?](repeating: nil, count: max(0, document.tables.count - builder.tableTopics.count))
    // Sorted by index (stably, as the claims themselves would be), so that the large claims move once.
    let found = builder.claims
    let order = found.indices.sorted {
      (found[$0].stated.range.start, found[$0].kind.rawValue) < (found[$1].stated.range.start, found[$1].kind.rawValue)
    }
    claims = order.map { found[$0] }
  }

  /// The claims whose stated figure (or direction word) covers `offset`.
  public func claims(at offset: Int) -> [Claim] {
    claims.filter { $0.stated.range.contains(offset) || ($0.keywordRange?.contains(offset) ?? false) }
  }

  /// The fact whose number covers `offset`, if any.
  public func fact(at offset: Int) -> Fact? {
    var low = 0
    var high = facts.count
    while low < high {
      let mid = (low + high) / 2
      if facts[mid].quantity.range.end <= offset { low = mid + 1 } else { high = mid }
    }
    // Facts are in document order except that a table's cells follow its rows; check a few neighbours.
    for index in max(0, low - 1)..<min(facts.count, low + 2) where facts[index].quantity.range.contains(offset) {
      return facts[index]
    }
    return facts.first { $0.quantity.range.contains(offset) }
  }
}
