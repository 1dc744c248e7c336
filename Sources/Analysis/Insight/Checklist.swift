/// How a stated figure fared in the reviewer's checklist.
public enum ChecklistStatus: String, Hashable, Sendable, CaseIterable {
  /// Recomputed from the report's own numbers and consistent, rounding included.
  case verified
  /// Consistent only if a round figure is not exact: probably wrong.
  case doubtful
  /// No rounding of the inputs reaches the stated figure.
  case failed
  /// A stated ratio or indicator value whose inputs the report does not give.
  case unchecked
}

/// One line of the checklist: a stated figure and what became of it.
public struct ChecklistItem: Hashable, Sendable {
  public var status: ChecklistStatus
  /// The stated figure (or, for a direction claim, its word).
  public var range: TextRange
  /// What the figure is: 节约比, 合计, 在职人员控制率 …
  public var name: String
  /// The figure as written.
  public var stated: String
  /// The recomputation with the report's numbers, "(32−29.07)÷32 = 9.16%"; nil when unchecked.
  public var recomputed: String?
  /// The claim behind a checked item.
  public var claim: Claim?
}

/// What a reviewer goes through: every recomputable figure with its result, the stated ratios that
/// could not be checked, and the indicators the report gives values for.
public struct Checklist: Hashable, Sendable {
  /// In document order.
  public var checks: [ChecklistItem]
  public var indicators: [IndicatorMention]
}

extension Linter {
  /// The reviewer's checklist of `document`. `claims` may be passed when the caller keeps them.
  public func checklist(for document: Document, claims: ClaimSet? = nil) -> Checklist {
    let claimSet = claims ?? ClaimSet(document: document)
    var checks: [ChecklistItem] = []
    var checkedFigures = Set<TextRange>()
    for claim in claimSet.claims {
      let range = claim.kind == .direction ? (claim.keywordRange ?? claim.stated.range) : claim.stated.range
      checkedFigures.insert(claim.stated.range)
      checks.append(
        ChecklistItem(
          status: Self.status(of: claim.verdict), range: range, name: claim.name,
          stated: document.string(in: range), recomputed: Self.recomputation(of: claim), claim: claim))
    }
    let indicators = indicatorMentions(in: document)
    var unchecked: [ChecklistItem] = []
    for fact in claimSet.facts where fact.role == .ratio || fact.role == .percentagePoint {
      guard !checkedFigures.contains(fact.quantity.range), fact.quantity.kind == .quantity else { continue }
      checkedFigures.insert(fact.quantity.range)
      let name =
        indicators.first { $0.value.range == fact.quantity.range }.map { document.string(in: $0.range) }
        ?? Self.shortLabel(fact, in: document)
      unchecked.append(
        ChecklistItem(
          status: .unchecked, range: fact.quantity.range, name: name,
          stated: document.string(in: fact.quantity.range), recomputed: nil, claim: nil))
    }
    for mention in indicators where !checkedFigures.contains(mention.value.range) {
      checkedFigures.insert(mention.value.range)
      unchecked.append(
        ChecklistItem(
          status: .unchecked, range: mention.value.range, name: document.string(in: mention.range),
          stated: document.string(in: mention.value.range), recomputed: nil, claim: nil))
    }
    checks.append(contentsOf: unchecked)
    checks.sort { $0.range < $1.range }
    return Checklist(checks: checks, indicators: indicators)
  }

  static func status(of verdict: Verdict) -> ChecklistStatus {
    switch verdict {
    case .consistent: .verified
    case .probableMismatch: .doubtful
    case .mismatch: .failed
    }
  }

  /// "(32−29.07)÷32 = 9.16%", or for a direction "29.07−32 = -2.93，方向相反".
  static func recomputation(of claim: Claim) -> String {
    if claim.isUndefined { return "基期数\(claim.formula)=0，无法计算" }
    if claim.kind == .direction {
      return "\(claim.formula) = \(claim.expectedDetail)，" + (claim.verdict == .consistent ? "方向一致" : "方向相反")
    }
    return "\(claim.formula) = \(claim.expectedDetail)\(claim.unitText)"
  }

  /// The last words of a fact's label (at most eight characters), or its item.
  private static func shortLabel(_ fact: Fact, in document: Document) -> String {
    var scalars = Array(document.scalars[fact.labelRange.start..<fact.labelRange.end])
    while let last = scalars.last, !last.isHan, !last.isLatinLetter, !last.isDigit { scalars.removeLast() }
    for word in ["为", "是", "达到", "达"] {
      let tail = Array(word.unicodeScalars)
      if scalars.count > tail.count, Array(scalars.suffix(tail.count)) == tail { scalars.removeLast(tail.count) }
    }
    let text = scalars.suffix(8).reduce(into: "") { $0.unicodeScalars.append($1) }
    return text.isEmpty ? (fact.item.isEmpty ? "比率" : fact.item) : text
  }
}
