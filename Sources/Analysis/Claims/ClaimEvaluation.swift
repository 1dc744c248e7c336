/// Recomputing a claim with interval arithmetic and judging the stated value.
extension ClaimBuilder {
  /// One input of a claim: the fact and its role in the formula.
  struct Input {
    var role: String
    var fact: Int
  }

  /// The precision to read a figure with: its own decimals, or for an amount (not a percentage) written
  /// with fewer decimals than the other amounts of the claim in the same unit, theirs (预算32万元 beside 决算29.07万元 is 32.00;
  /// 2463.5 beside 2-decimal amounts is 2463.50). Only a dropped trailing zero or two are restored.
  static func effectiveDecimals(_ quantity: Quantity, peers: [Quantity]) -> Int {
    let most = peers.lazy.filter { sameUnit($0, quantity) }.map(\.decimals).max()
    return effectiveDecimals(quantity, mostAmongPeers: most ?? -1)
  }

  /// `effectiveDecimals(_:peers:)` given the most decimals of the peers in the quantity's unit (-1 when none).
  static func effectiveDecimals(_ quantity: Quantity, mostAmongPeers most: Int) -> Int {
    // Percentages are rounded as written (95% beside 95.5% is not 95.0%).
    guard let dimension = quantity.unit?.dimension, dimension != .percent, dimension != .percentagePoint else {
      return quantity.decimals
    }
    if most > quantity.decimals, quantity.decimals == 0 || quantity.decimals == most - 1 { return most }
    return quantity.decimals
  }

  /// For each of several amounts (given by unit and decimals), what the others in the same unit are
  /// written with: the most decimals (-1 when there is no other in that unit) and whether any has
  /// decimals at all. Units are grouped once, so a claim of many inputs costs no comparison of every pair.
  static func peerPrecision(units: [UnitKey?], decimals: [Int]) -> [(most: Int, anyDecimals: Bool)] {
    struct Group {
      var unit: UnitKey
      var most = -1
      var second = -1
      /// How many have the most decimals, and how many have any.
      var mostCount = 0
      var withDecimals = 0
    }
    var groups: [Group] = []
    var groupOf = [Int](repeating: -1, count: units.count)
    for (index, unit) in units.enumerated() {
      // An amount without a unit is in no unit, not even its own.
      guard let unit else { continue }
      let member: Int
      if let found = groups.firstIndex(where: { $0.unit == unit }) {
        member = found
      } else {
        member = groups.count
        groups.append(Group(unit: unit))
      }
      groupOf[index] = member
      let written = decimals[index]
      if written > groups[member].most {
        groups[member].second = groups[member].most
        groups[member].most = written
        groups[member].mostCount = 1
      } else if written == groups[member].most {
        groups[member].mostCount += 1
      } else if written > groups[member].second {
        groups[member].second = written
      }
      if written > 0 { groups[member].withDecimals += 1 }
    }
    return units.indices.map { index in
      guard groupOf[index] >= 0 else { return (-1, false) }
      let group = groups[groupOf[index]]
      let written = decimals[index]
      let others = written == group.most && group.mostCount == 1 ? group.second : group.most
      return (others, group.withDecimals - (written > 0 ? 1 : 0) > 0)
    }
  }

  /// The values a written figure may stand for. Counts of people, households and items are exact.
  static func range(_ quantity: Quantity, decimals: Int) -> ValueRange {
    if quantity.unit?.dimension == .count, quantity.unit?.scale == 1, quantity.decimals == 0 {
      return ValueRange(point: quantity.value)
    }
    return ValueRange(value: quantity.value, decimals: decimals)
  }

  /// The nominal reading: a round money amount (32万元) beside amounts with decimals is taken as exact,
  /// as budgets are; other figures keep their rounding. `peersHaveDecimals`: whether another amount of
  /// the claim in the same unit is written with decimals.
  static func nominalRange(_ quantity: Quantity, decimals: Int, peersHaveDecimals: Bool) -> ValueRange {
    if quantity.unit?.dimension == .money, quantity.decimals == 0, peersHaveDecimals {
      return ValueRange(point: quantity.value)
    }
    return range(quantity, decimals: decimals)
  }

  /// Builds a claim: `compute` takes the inputs' values in order and returns the stated figure's value
  /// (percent for ratios), or nil where it is undefined (division by zero). `formula` writes the
  /// report's numbers into the formula. With `isSum` the inputs are added (any number of them), each
  /// times its sign in `signs` when given; with `isSigned` a difference must have the stated sign too.
  func makeClaim(
    kind: ClaimKind, name: String, stated statedIndex: Int, keyword: TextRange? = nil, inputs: [Input],
    definition: String, formula: ([String]) -> String, isSum: Bool = false, signs: [Double]? = nil,
    isInferred: Bool = false, inStatedUnit: Bool = false,
    direction: Direction? = nil, isSigned: Bool = false, compute: ([Double]) -> Double?
  ) -> Claim? {
    guard !inputs.isEmpty, inputs.count <= 40 else { return nil }
    let stated = facts[statedIndex].quantity
    let quantities = inputs.map { facts[$0.fact].quantity }
    // With `inStatedUnit`, inputs in another unit of the same kind (元 parts of a 万元 total) are read in
    // the stated figure's unit.
    let factors = quantities.map { quantity -> Double in
      guard inStatedUnit, let unit = quantity.unit, let target = stated.unit, unit.isCommensurable(with: target) else {
        return 1
      }
      return unit.scale / target.scale
    }
    // The inputs' units and precisions, then the stated figure's.
    var units: [UnitKey?] = []
    var written: [Int] = []
    units.reserveCapacity(inputs.count + 1)
    written.reserveCapacity(inputs.count + 1)
    for (input, quantity) in zip(inputs, quantities) {
      units.append(unitKeys[input.fact])
      written.append(quantity.decimals)
    }
    units.append(unitKeys[statedIndex])
    written.append(stated.decimals)
    var precision = Self.peerPrecision(units: units, decimals: written)
    // The author's precision shows in the sentence too: a round amount written beside an amount with
    // decimals in the same unit (41万元 … 2.5万元) is exact.
    for position in precision.indices where !precision[position].anyDecimals {
      let fact = position < inputs.count ? inputs[position].fact : statedIndex
      if sentenceHasDecimals(like: fact) { precision[position].anyDecimals = true }
    }
    var worst: [ValueRange] = []
    var nominal: [ValueRange] = []
    var claimInputs: [ClaimInput] = []
    worst.reserveCapacity(inputs.count)
    nominal.reserveCapacity(inputs.count)
    claimInputs.reserveCapacity(inputs.count)
    let statedSpan = spanOf[statedIndex]
    for (position, (input, quantity)) in zip(inputs, quantities).enumerated() {
      let decimals = Self.effectiveDecimals(quantity, mostAmongPeers: precision[position].most)
      let factor = factors[position]
      let wide = Self.range(quantity, decimals: decimals).scaled(by: factor)
      worst.append(wide)
      let peersHaveDecimals = precision[position].anyDecimals
      // A planned figure (budget, target) is set as written: exact in the nominal reading.
      let isPlan = facts[input.fact].standing.isPlan && quantity.unit?.dimension != .percent
      nominal.append(
        (isPlan ? ValueRange(point: quantity.value) : Self.nominalRange(quantity, decimals: decimals, peersHaveDecimals: peersHaveDecimals))
          .scaled(by: factor))
      claimInputs.append(
        ClaimInput(
          role: input.role, quantity: quantity, value: quantity.value * factor, range: wide,
          isFromContext: spanOf[input.fact] != statedSpan))
    }
    guard let computed = compute(zip(quantities, factors).map { $0.value * $1 }), computed.isFinite else { return nil }
    guard let worstRange = evaluate(worst, isSum: isSum, signs: signs, compute: compute),
      let nominalRange = evaluate(nominal, isSum: isSum, signs: signs, compute: compute)
    else { return nil }

    let statedPrecision = precision[quantities.count]
    let statedDecimals =
      kind == .ratio ? stated.decimals : Self.effectiveDecimals(stated, mostAmongPeers: statedPrecision.most)
    var statedWorst = Self.range(stated, decimals: statedDecimals)
    var statedNominal = Self.nominalRange(
      stated, decimals: statedDecimals, peersHaveDecimals: statedPrecision.anyDecimals)
    if stated.qualifier == .approximate, kind == .total {
      // 7.3余万元: a little more (or about) the figure, within one unit of its last digit.
      let step = pow10(-stated.decimals)
      statedWorst = ValueRange(stated.value - step, stated.value + step)
      statedNominal = statedWorst
    }
    // Differences are compared by size (the words carry the sign) unless the sign is part of the claim.
    let magnitude = !isSigned && (direction != nil || kind == .difference || kind == .percentagePoint)
    let target = magnitude ? abs(stated.value) : stated.value
    let value = magnitude ? abs(computed) : computed
    let reachable = magnitude ? Self.absolute(worstRange) : worstRange
    let reachableNominal = magnitude ? Self.absolute(nominalRange) : nominalRange
    let statedRange = magnitude ? Self.absolute(statedWorst) : statedWorst
    let statedRangeNominal = magnitude ? Self.absolute(statedNominal) : statedNominal

    var verdict: Verdict
    var isCut = false
    if DecimalText.equal(value, target, decimals: statedDecimals) {
      verdict = .consistent
    } else if reachable.overlaps(statedRange), reachableNominal.overlaps(statedRangeNominal) {
      verdict = .consistent
    } else if kind == .ratio, DecimalText.truncated(value, decimals: statedDecimals) == DecimalText.rounded(target, decimals: statedDecimals) {
      // Cut rather than rounded (99.67 for 99.676): a slip of rounding, less sure than a wrong figure.
      verdict = .probableMismatch
      isCut = true
    } else if reachable.overlaps(statedRange) {
      verdict = .probableMismatch
    } else {
      verdict = .mismatch
    }
    // Inputs read in a larger unit (元 in 万元) need more decimals to be shown exactly.
    let inputDecimals = zip(quantities, factors).map { quantity, factor in
      quantity.decimals + (factor < 1 ? min(8, Int((-log10Approximation(factor)).rounded())) : 0)
    }.max() ?? 0
    let detailDecimals = kind == .ratio ? max(2, statedDecimals + 1) : max(statedDecimals, inputDecimals)
    let signed = magnitude && stated.value >= 0 ? abs(computed) : computed
    let cut = isCut ? [ClaimAlternative(explanation: "文中数值系截去尾数所得，按四舍五入应进位", range: nil, replacement: nil)] : []
    return Claim(
      kind: kind, name: name, stated: stated, keywordRange: keyword, inputs: claimInputs, definition: definition,
      formula: formula(quantities.map(\.digits)), computed: computed, computedRange: worstRange, verdict: verdict,
      expected: DecimalText.string(signed, decimals: statedDecimals, thousands: stated.hasThousandsSeparator),
      expectedDetail: DecimalText.display(signed, decimals: detailDecimals), alternatives: cut, isInferred: isInferred,
      statedDirection: direction)
  }

  /// A ratio whose base is exactly zero with the report's numbers (增加50万元，增长100% with 本期数 50):
  /// `formula` shows how the base is zero. Undefined, so the stated ratio is wrong whatever it says.
  func undefinedClaim(
    name: String, stated statedIndex: Int, keyword: TextRange?, inputs: [Input], definition: String, formula: String
  ) -> Claim {
    let stated = facts[statedIndex].quantity
    var claim = Claim(
      kind: .ratio, name: name, stated: stated, keywordRange: keyword,
      inputs: inputs.map {
        let quantity = facts[$0.fact].quantity
        return ClaimInput(
          role: $0.role, quantity: quantity, value: quantity.value, range: ValueRange(point: quantity.value),
          isFromContext: spanOf[$0.fact] != spanOf[statedIndex])
      },
      definition: definition, formula: formula, computed: 0, computedRange: ValueRange(point: 0), verdict: .mismatch,
      expected: "", expectedDetail: "", alternatives: [], isInferred: false, statedDirection: nil)
    claim.isUndefined = true
    return claim
  }

  /// −log10 of a power of ten below 1 (1e-4 → −4), counted without Foundation.
  private func log10Approximation(_ factor: Double) -> Double {
    var exponent = 0.0
    var value = factor
    while value < 0.999_999 {
      value *= 10
      exponent -= 1
    }
    return exponent
  }

  /// Whether an amount of the sentence (or table row) of fact `index`, in its unit, is written with
  /// decimals.
  func sentenceHasDecimals(like index: Int) -> Bool {
    guard let key = unitKeys[index] else { return false }
    // At most 32 amounts either side: a sentence of thousands of amounts is no sentence.
    let span = spans[spanOf[index]].facts
    for other in max(span.lowerBound, index - 32)..<min(span.upperBound, index + 33) where other != index && unitKeys[other] == key {
      if facts[other].quantity.decimals > 0 { return true }
    }
    return false
  }

  private static func absolute(_ range: ValueRange) -> ValueRange {
    if range.lower >= 0 { return range }
    if range.upper <= 0 { return ValueRange(-range.upper, -range.lower) }
    return ValueRange(0, max(-range.lower, range.upper))
  }

  /// The range of `compute` over the box of input ranges. The formulas used here are monotone in each
  /// input, so the extremes lie at the corners; sums are added directly.
  private func evaluate(
    _ ranges: [ValueRange], isSum: Bool, signs: [Double]?, compute: ([Double]) -> Double?
  ) -> ValueRange? {
    if isSum {
      // A signed sum (the changes of parts, some up and some down): each range turned by its sign.
      guard let signs else { return ranges.dropFirst().reduce(ranges[0], +) }
      var sum = ValueRange(point: 0)
      for (range, sign) in zip(ranges, signs) { sum = sum + ValueRange(range.lower * sign, range.upper * sign) }
      return sum
    }
    guard ranges.count <= 6 else { return nil }
    var lower = Double.infinity
    var upper = -Double.infinity
    var values = [Double](repeating: 0, count: ranges.count)
    for corner in 0..<(1 << ranges.count) {
      for (position, range) in ranges.enumerated() {
        values[position] = corner & (1 << position) == 0 ? range.lower : range.upper
      }
      guard let value = compute(values), value.isFinite else { return nil }
      lower = min(lower, value)
      upper = max(upper, value)
    }
    return ValueRange(lower, upper)
  }
}

/// The signs used in formulas shown to users.
enum FormulaText {
  static let minus = "−"
  static let divide = "÷"

  /// a+b+c
  static func sum(_ terms: [String]) -> String {
    var result = ""
    for (index, term) in terms.enumerated() {
      if index > 0 { result += term.hasPrefix("-") ? FormulaText.minus + term.dropFirst() : "+" + term }
      else { result += term }
    }
    return result
  }
}
