/// An amount whose unit is probably wrong, with the arithmetic of its sentence that confirms the other
/// reading when there is one.
public struct UnitSlip: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    /// 3.07元 beside 8.65万元 of the same item: 万 left out.
    case yuanAmongWanYuan
    /// A change of 2.86元 on amounts written to 0.01万元 (`step`, in 万元): 万 left out.
    case changeBelowPrecision(step: String)
    /// 120万 among amounts in 万元: 元 left out.
    case missingYuan
    /// 增加到7250 from 6800元: the unit left out.
    case missingUnit
    /// 192只 made of 180只 and 12头: parts counted with another classifier than their whole (`quantity`
    /// is the whole, `sibling` the first odd part).
    case mixedCountUnits(parts: String)
  }

  public var kind: Kind
  /// The amount as written.
  public var quantity: Quantity
  /// An amount in the unit it should have.
  public var sibling: Quantity
  /// The unit it should have: 万元, 元.
  public var unit: String
  /// What the fix inserts and where (万 before 元, 元 after 万, the whole unit after the number).
  public var insertion: String
  public var insertionOffset: Int
  /// The claim of the sentence that holds only when the amount is read in `unit` (8.65 − 5.58 = 3.07).
  public var confirmation: Claim?
}

/// Finds `UnitSlip`s among the facts: amounts whose unit differs from that of the amounts of the same item
/// they are computed with. The confirming arithmetic is made with `makeClaim`, the amount read in the
/// unit of its siblings (its value as written, their unit).
enum UnitClaims {
  static func find(_ builder: ClaimBuilder) -> [UnitSlip] {
    var slips: [UnitSlip] = []
    var spanStart = 0
    while spanStart < builder.facts.count {
      var spanEnd = spanStart + 1
      while spanEnd < builder.facts.count, builder.spanOf[spanEnd] == builder.spanOf[spanStart] { spanEnd += 1 }
      if builder.facts[spanStart].paragraph != nil {
        findInSentence(builder, spanStart..<spanEnd, into: &slips)
      }
      spanStart = spanEnd
    }
    slips += missingUnits(builder)
    slips += mixedCountUnits(builder)
    return slips
  }

  /// Parts of a whole counted with another classifier than the whole (192只 of which 180只 and 12头) while
  /// their numbers add up to it: the figures agree, the units do not.
  private static func mixedCountUnits(_ builder: ClaimBuilder) -> [UnitSlip] {
    var partsOf: [Int: [Int]] = [:]
    for (index, parent) in builder.listParent.enumerated() {
      if let parent, builder.unitKeys[parent]?.dimension == .count, builder.unitKeys[index]?.dimension == .count {
        partsOf[parent, default: []].append(index)
      }
    }
    var slips: [UnitSlip] = []
    for (whole, parts) in partsOf.sorted(by: { $0.key < $1.key }) where parts.count >= 2 && parts.count <= 40 {
      let odd = parts.filter { builder.baseNames[$0] != builder.baseNames[whole] }
      guard let first = odd.first, odd.count < parts.count, builder.isExact(whole), parts.allSatisfy({ builder.isExact($0) }),
        builder.facts[whole].quantity.decimals == 0, parts.allSatisfy({ builder.facts[$0].quantity.decimals == 0 }),
        parts.allSatisfy({ builder.facts[$0].quantity.unit?.scale == builder.facts[whole].quantity.unit?.scale }),
        parts.reduce(0, { $0 + builder.facts[$1].quantity.value }) == builder.facts[whole].quantity.value
      else { continue }
      let terms = parts.map { builder.facts[$0].quantity.digits + (builder.facts[$0].quantity.unit?.symbol ?? "") }
      slips.append(
        UnitSlip(
          kind: .mixedCountUnits(parts: terms.joined(separator: "+")), quantity: builder.facts[whole].quantity,
          sibling: builder.facts[first].quantity, unit: builder.facts[first].quantity.unit?.symbol ?? "", insertion: "",
          insertionOffset: builder.facts[whole].quantity.range.end, confirmation: nil))
    }
    return slips
  }

  /// The money amounts of a span written `symbol` (万元, 元), as fact indices.
  private static func written(_ builder: ClaimBuilder, _ range: Range<Int>, _ symbol: String) -> [Int] {
    range.filter { isWritten(builder.facts[$0].quantity, symbol) }
  }

  static func isWritten(_ quantity: Quantity, _ symbol: String) -> Bool {
    guard let unit = quantity.unit, unit.dimension == .money, !quantity.isUnitInherited else { return false }
    return unit.symbol.hasSameUTF8(as: symbol)
  }

  /// An amount in 元 (written, not inherited) that would be an ordinary amount in 万元.
  private static func isBareYuan(_ quantity: Quantity) -> Bool {
    quantity.value > 0 && quantity.value < 10_000 && isWritten(quantity, "元")
  }

  private static func findInSentence(_ builder: ClaimBuilder, _ range: Range<Int>, into slips: inout [UnitSlip]) {
    let facts = builder.facts
    guard range.contains(where: { isBareYuan(facts[$0].quantity) || facts[$0].quantity.unit?.dimension == .multiple })
    else { return }
    let wan = written(builder, range, "万元")
    for index in range where isBareYuan(facts[index].quantity) && builder.isExact(index) {
      let quantity = facts[index].quantity
      if facts[index].role == .change, quantity.decimals >= 1 {
        // A change below the precision of the 万元 amounts it compares.
        let compared = wan.isEmpty ? paragraphWan(builder, before: index) : wan
        guard let finest = compared.map({ facts[$0].quantity.decimals }).max(), finest >= 1,
          quantity.value < 1e4 * pow10(-finest), let sibling = compared.first
        else { continue }
        let step = "0." + String(repeating: "0", count: max(0, finest - 1)) + "1"
        slips.append(
          UnitSlip(
            kind: .changeBelowPrecision(step: step), quantity: quantity, sibling: facts[sibling].quantity, unit: "万元",
            insertion: "万", insertionOffset: quantity.unitRange?.start ?? quantity.numberRange.end,
            confirmation: percentConfirming(builder, change: index, bases: paragraphWan(builder, before: index))))
        continue
      }
      guard facts[index].role == .value || facts[index].role == .reference,
        let sibling = wan.first(where: {
          facts[$0].quantity.value > 0 && LabelReader.itemsMatch(facts[$0].item, facts[index].item)
            && (1e-3...1e3).contains(quantity.value / facts[$0].quantity.value)
        })
      else { continue }
      slips.append(
        UnitSlip(
          kind: .yuanAmongWanYuan, quantity: quantity, sibling: facts[sibling].quantity, unit: "万元", insertion: "万",
          insertionOffset: quantity.unitRange?.start ?? quantity.numberRange.end,
          confirmation: sumConfirming(builder, index, among: wan)))
    }
    // 120万 among amounts in 万元: 元 left out.
    for index in range where facts[index].quantity.unit?.dimension == .multiple && builder.isExact(index) {
      let quantity = facts[index].quantity
      guard let unitRange = quantity.unitRange, quantity.unit?.scale == 1e4,
        let sibling = wan.first ?? paragraphWan(builder, before: index).last ?? paragraphWan(builder, after: index)
      else { continue }
      slips.append(
        UnitSlip(
          kind: .missingYuan, quantity: quantity, sibling: facts[sibling].quantity, unit: "万元", insertion: "元",
          insertionOffset: unitRange.end, confirmation: nil))
    }
  }

  /// The 万元 amounts of the paragraph before fact `index` (at most sixteen), nearest last.
  private static func paragraphWan(_ builder: ClaimBuilder, before index: Int) -> [Int] {
    let paragraph = builder.facts[index].paragraph
    var found: [Int] = []
    var candidate = index - 1
    while candidate >= max(0, index - ClaimBuilder.window), found.count < 16, builder.facts[candidate].paragraph == paragraph {
      if isWritten(builder.facts[candidate].quantity, "万元") { found.append(candidate) }
      candidate -= 1
    }
    return found.reversed()
  }

  /// The first 万元 amount of the paragraph after fact `index`.
  private static func paragraphWan(_ builder: ClaimBuilder, after index: Int) -> Int? {
    let paragraph = builder.facts[index].paragraph
    var candidate = index + 1
    while candidate < min(builder.facts.count, index + ClaimBuilder.window), builder.facts[candidate].paragraph == paragraph {
      if isWritten(builder.facts[candidate].quantity, "万元") { return candidate }
      candidate += 1
    }
    return nil
  }

  /// `x = a`, `x = a − b` or `x = a + b` among the 万元 amounts of the sentence (at most twelve), with
  /// the 元 amount `index` read in 万元.
  private static func sumConfirming(_ builder: ClaimBuilder, _ index: Int, among wan: [Int]) -> Claim? {
    let others = wan.filter { builder.facts[$0].quantity.value != 0 && builder.isExact($0) }.prefix(12)
    for a in others {
      if let claim = builder.makeClaim(
        kind: .difference, name: "数额", stated: index, inputs: [.init(role: "同项金额", fact: a)], definition: "",
        formula: { $0[0] }, compute: { $0[0] }), claim.verdict == .consistent
      {
        return claim
      }
    }
    for a in others {
      for b in others where b != a {
        if let claim = builder.makeClaim(
          kind: .difference, name: "差额", stated: index, inputs: [.init(role: "数额", fact: a), .init(role: "数额", fact: b)],
          definition: "", formula: { "\($0[0]) − \($0[1])" }, isSigned: true, compute: { $0[0] - $0[1] }),
          claim.verdict == .consistent
        {
          return claim
        }
        if a < b,
          let claim = builder.makeClaim(
            kind: .total, name: "合计", stated: index, inputs: [.init(role: "数额", fact: a), .init(role: "数额", fact: b)],
            definition: "", formula: { "\($0[0]) + \($0[1])" }, isSum: true, compute: { $0[0] + $0[1] }),
          claim.verdict == .consistent
        {
          return claim
        }
      }
    }
    return nil
  }

  /// The percentage stated right after a change that the 万元 reading of the change reproduces:
  /// change ÷ base, ÷ (base − change) or ÷ (base + change).
  private static func percentConfirming(_ builder: ClaimBuilder, change: Int, bases: [Int]) -> Claim? {
    let next = change + 1
    guard next < builder.facts.count, builder.spanOf[next] == builder.spanOf[change],
      builder.facts[next].quantity.unit?.dimension == .percent, builder.isExact(next),
      builder.facts[next].quantity.range.start - builder.facts[change].quantity.range.end <= 12
    else { return nil }
    for base in bases.suffix(16).reversed() where builder.facts[base].quantity.value > 0 {
      // The change over the base, over the base before the change, or over the base after it.
      for form in [0, -1, 1] {
        let shown: ([String]) -> String = { inputs in
          switch form {
          case 0: "\(inputs[0]) ÷ \(inputs[1])"
          case -1: "\(inputs[0]) ÷ (\(inputs[1]) − \(inputs[0]))"
          default: "\(inputs[0]) ÷ (\(inputs[1]) + \(inputs[0]))"
          }
        }
        if let claim = builder.makeClaim(
          kind: .ratio, name: "比率", stated: next,
          inputs: [.init(role: "增减额", fact: change), .init(role: "基数", fact: base)], definition: "",
          formula: shown,
          compute: { values in
            let denominator = values[1] + Double(form) * values[0]
            return denominator > 0 ? values[0] / denominator * 100 : nil
          }), claim.verdict == .consistent
        {
          return claim
        }
      }
    }
    return nil
  }

  /// 增加到7250，在去年6800元的基础上: a new value written without a unit while the figure it changes
  /// from, in the same sentence, has one.
  private static func missingUnits(_ builder: ClaimBuilder) -> [UnitSlip] {
    var slips: [UnitSlip] = []
    let text = builder.text
    let quantities = builder.document.quantities
    var next = 0
    for paragraph in builder.document.paragraphs {
      for sentence in paragraph.sentences {
        let inSentence = builder.document.quantityIndices(in: sentence.range, from: &next)
        for position in inSentence where quantities[position].kind == .bare && quantities[position].decimals == 0 {
          let bare = quantities[position]
          // 增加到, 提高到, 增长至 right before the number.
          var end = bare.numberRange.start
          guard end >= 3, text[end - 1] == "到" || text[end - 1] == "至" else { continue }
          end -= 1
          guard Vocabulary.increaseWords.contains(where: { text.matches($0, endingAt: end) })
            || Vocabulary.decreaseWords.contains(where: { text.matches($0, endingAt: end) })
          else { continue }
          guard let sibling = inSentence.first(where: {
            $0 != position && quantities[$0].kind == .quantity && quantities[$0].unit?.dimension == .money
              && !quantities[$0].isUnitInherited && quantities[$0].value > 0
              && (0.5...2).contains(bare.value / quantities[$0].value)
          }), let unit = quantities[sibling].unit
          else { continue }
          slips.append(
            UnitSlip(
              kind: .missingUnit, quantity: bare, sibling: quantities[sibling], unit: unit.symbol, insertion: unit.symbol,
              insertionOffset: bare.numberRange.end, confirmation: nil))
        }
      }
    }
    return slips
  }
}
