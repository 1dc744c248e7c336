/// A total broken down into parts that its own figures show to be all its parts (the parts' amounts add
/// up to the total exactly): every other figure the total states — its budget, its change on last year
/// or on the budget — must then be the sum of the parts' own figures of that kind.
///
/// ```
/// “三公”经费23.40万元，比年初预算数27.00万元减少3.60万元，比上年决算数增加1.50万元；因公出国（境）费0元，
/// 与年初预算数、上年决算数均无变化；公务用车运行维护费9.10万元，较年初预算12.40万元减少3.30万元，比上年
/// 决算数增加0.40万元；公务接待费14.30万元，较年初预算13.60万元增加0.70万元，比上年决算数增加1.10万元。
/// ```
/// 0 + 9.10 + 14.30 = 23.40, so the budgets must add up to 27.00 (they make 26.00) and the increases to
/// 1.50 (they do). A part that says it did not change (均无变化) has its amount as the figure
/// compared with and a change of 0.
enum BreakdownClaims {
  /// The most parts a breakdown is looked for among.
  static let maximumParts = 8

  /// A figure stated beside a level: a figure compared with (its standing), or a change against one.
  private struct Figure {
    var fact: Int
    var isChange: Bool
    var reference: Standing
    var direction: Direction?
  }

  /// A level and the figures stated with it, up to the next named level of the paragraph.
  private struct Group {
    var level: Int
    var figures: [Figure]
    /// Figures compared with that the words say are unchanged (与上年持平).
    var unchanged: [Standing]
    /// The first fact after the group.
    var end: Int
  }

  static func find(_ builder: ClaimBuilder) -> [Claim] {
    let facts = builder.facts
    var unchangedByFact: [Int: [Standing]] = [:]
    for (fact, comparison) in builder.unchanged { unchangedByFact[fact, default: []].append(comparison.reference) }
    var claims: [Claim] = []
    for total in facts.indices where isLevel(builder, total) && builder.isTopic[total] {
      let group = self.group(builder, of: total, unchanged: unchangedByFact)
      guard !group.figures.isEmpty else { continue }
      // The named levels that follow, each with its figures.
      var parts: [Group] = []
      var next = group.end
      while parts.count < maximumParts, next < facts.count, facts[next].paragraph == facts[total].paragraph,
        isLevel(builder, next), builder.sameUnit(next, total) || (builder.commensurable(next, total) && facts[next].quantity.value == 0),
        builder.facts[next].partOf == nil || builder.facts[next].partOf == total,
        !LabelReader.itemsMatch(facts[next].item, facts[total].item)
      {
        let part = self.group(builder, of: next, unchanged: unchangedByFact)
        parts.append(part)
        next = part.end
      }
      // The shortest run of two or more that makes the total exactly: all of its parts.
      guard let count = (2...max(2, parts.count)).first(where: { count in
        count <= parts.count && makesTotal(builder, total: total, parts: parts.prefix(count).map(\.level))
      }) else { continue }
      let breakdown = Array(parts.prefix(count))
      for figure in group.figures {
        if let claim = claim(builder, total: total, figure: figure, parts: breakdown) { claims.append(claim) }
      }
    }
    return claims
  }

  /// A level a breakdown can be made of: an exact amount (not a percentage or a per-unit figure) of
  /// this year, with its item written.
  private static func isLevel(_ builder: ClaimBuilder, _ index: Int) -> Bool {
    let fact = builder.facts[index]
    return fact.role == .value && fact.paragraph != nil && !fact.isItemInherited && !fact.item.isEmpty
      && builder.isExact(index) && builder.isMoneyLike(index) && !fact.isPerUnit && fact.standing.isCurrent
  }

  /// The figures stated with level `index`: the references and changes of its item that follow it, up to
  /// the next named level of the paragraph.
  private static func group(_ builder: ClaimBuilder, of index: Int, unchanged: [Int: [Standing]]) -> Group {
    let facts = builder.facts
    var figures: [Figure] = []
    var next = index + 1
    while next < facts.count, next - index <= ClaimBuilder.window, facts[next].paragraph == facts[index].paragraph,
      !(facts[next].role == .value && !facts[next].isItemInherited)
    {
      let fact = facts[next]
      let ownItem = fact.isItemInherited || LabelReader.itemsMatch(fact.item, facts[index].item)
      if ownItem, builder.isExact(next), builder.sameUnit(next, index) {
        if fact.role == .reference {
          figures.append(Figure(fact: next, isChange: false, reference: fact.standing, direction: nil))
        } else if fact.role == .change, let reference = fact.reference, let direction = fact.direction,
          direction == .increase || direction == .decrease
        {
          figures.append(Figure(fact: next, isChange: true, reference: reference, direction: direction))
        }
      }
      next += 1
    }
    return Group(level: index, figures: figures, unchanged: unchanged[index] ?? [], end: next)
  }

  /// Whether the parts' levels add up to the total's exactly (within rounding, the round figures taken
  /// as exact).
  private static func makesTotal(_ builder: ClaimBuilder, total: Int, parts: [Int]) -> Bool {
    guard
      let claim = builder.makeClaim(
        kind: .total, name: "合计", stated: total, inputs: parts.map { .init(role: "分项", fact: $0) }, definition: "",
        formula: { FormulaText.sum($0) }, isSum: true, compute: { $0.reduce(0, +) })
    else { return false }
    return claim.verdict == .consistent
  }

  /// The claim that the parts' figures of the kind of `figure` add up to it, when every part states one.
  private static func claim(_ builder: ClaimBuilder, total: Int, figure: Figure, parts: [Group]) -> Claim? {
    let facts = builder.facts
    var inputs: [ClaimBuilder.Input] = []
    var signs: [Double] = []
    var terms: [String] = []
    let totalSign: Double = figure.direction == .decrease ? -1 : 1
    for part in parts {
      let name = ProseClaims.displayName(builder, part.level)
      if let own = part.figures.first(where: { $0.isChange == figure.isChange && $0.reference.fits(figure.reference) }) {
        inputs.append(.init(role: name, fact: own.fact))
        let sign: Double = figure.isChange ? (own.direction == .decrease ? -1 : 1) * totalSign : 1
        signs.append(sign)
        terms.append((sign < 0 ? "-" : "") + facts[own.fact].quantity.digits)
      } else if part.unchanged.contains(where: { $0.fits(figure.reference) }) {
        // Unchanged: the figure compared with is the part's own amount, and the change is 0.
        if figure.isChange {
          terms.append("0")
        } else {
          inputs.append(.init(role: name, fact: part.level))
          signs.append(1)
          terms.append(facts[part.level].quantity.digits)
        }
      } else {
        return nil
      }
    }
    guard !inputs.isEmpty else { return nil }
    let item = facts[total].item
    let name: String
    if figure.isChange {
      name = "\(item)较\(figure.reference.chineseName)\(figure.direction == .decrease ? "减少" : "增加")额"
    } else {
      name = "\(item)\(figure.reference.chineseName)"
    }
    guard
      var claim = builder.makeClaim(
        kind: .total, name: name, stated: figure.fact, keyword: builder.readings[figure.fact].keywordRange,
        inputs: inputs, definition: "合计 = 各分项之和（各分项之和与总数相符，故所列为全部分项）",
        formula: { _ in FormulaText.sum(terms) }, isSum: true, signs: signs,
        compute: { values in zip(values, signs).reduce(0) { $0 + $1.0 * $1.1 } })
    else { return nil }
    if claim.verdict != .consistent {
      let unit = claim.unitText
      claim.alternatives = [
        ClaimAlternative(
          explanation: "若各分项无误，\(name)应为\(claim.expected)\(unit)", range: claim.stated.numberRange,
          replacement: claim.expected, subject: name)
      ]
    }
    return claim
  }
}
