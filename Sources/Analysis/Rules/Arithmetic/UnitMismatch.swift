/// ## What it does
/// Finds amounts whose unit contradicts their context:
/// - an amount in 元 beside amounts of the same item in 万元, four orders of magnitude apart
///   (本年支出4.26元，上年支出7.93万元);
/// - a change in 元 smaller than the precision of the 万元 amounts it compares (较上年增加4.35元 when
///   the amounts are written to 0.01万元, i.e. 100元);
/// - an amount written with 万 alone among amounts in 万元 (建设资金510万，其他支出36.5万元);
/// - a new value written without a unit while the figure it changes from has one (增加到6713，在去年
///   6081元的基础上);
/// - one measure written in two units in one paragraph (厚0.2米 … 厚20公分);
/// - a percentage whose sign is written as a word (合格率100百分比);
/// - parts counted with another classifier than their whole while the numbers add up (192只, of which
///   180只 and 12头);
/// - a share above 100% (占比120%, 合格率105%).
///
/// The amounts and their items come from the claim layer, which also does the arithmetic that
/// confirms the corrected reading.
///
/// ## Why is this bad?
/// A missing 万 makes an amount ten thousand times too small, and every ratio built on it wrong; a
/// missing 元 or unit leaves the reader to guess. Mixed units in one list make the list hard to compare,
/// and a share of a whole cannot exceed it.
///
/// ## Example
/// ```
/// 公务用车运行维护费本年支出4.26元，上年支出7.93万元，比上年减少3.67万元。
/// ```
/// Use instead:
/// ```
/// 公务用车运行维护费本年支出4.26万元，上年支出7.93万元，比上年减少3.67万元。
/// ```
///
/// ## Fix safety
/// Inserting 万 is safe only when arithmetic in the same sentence confirms it (7.93 − 3.67 = 4.26, or a
/// stated percentage that the 万元 reading reproduces); otherwise the fix is unsafe, as are the fixes that
/// add 元 or a unit. Replacing 百分比 by % is safe. Mixed units and shares above 100% have no fix.
public struct UnitMismatch: Rule {
  public static let code = "A107"
  public static let name = "unit-mismatch"
  public static let title = "计量单位与上下文不符"
  public static let defaultSeverity = Severity.warning

  public init() {}

  public func check(_ context: RuleContext) -> [Diagnostic] {
    let document = context.document
    let claims = context.claims
    var result = claims.unitSlips.map(finding)
    checkMixedLengthUnits(document, into: &result)
    checkPercentWords(document, into: &result)
    checkShares(document, claims: claims, into: &result)
    return result
  }

  // MARK: Units left out

  private func finding(_ slip: UnitSlip) -> Diagnostic {
    let quantity = slip.quantity
    let written = quantity.digits + (quantity.unit?.symbol ?? "")
    let sibling = slip.sibling.digits + (slip.sibling.unit?.symbol ?? "")
    var message: String
    var related = RelatedInformation(range: slip.sibling.range, message: "同项金额以\(slip.unit)计：\(sibling)")
    switch slip.kind {
    case .yuanAmongWanYuan:
      message = "金额单位疑有误：\(written)与同项的\(sibling)相差约四个数量级，应为\(quantity.digits)万元？"
    case .changeBelowPrecision(let step):
      message = "增减额\(written)小于所比较金额的精度（\(step)万元），单位应为万元？"
      related = RelatedInformation(range: slip.sibling.range, message: "所比较的金额以万元计")
    case .missingYuan:
      message = "金额单位不完整：\(written)缺“元”，同段金额以万元计（如\(sibling)），应为\(quantity.digits)万元？"
    case .missingUnit:
      message = "\(quantity.digits)缺少计量单位：所比较的\(sibling)以\(slip.unit)计，应为\(quantity.digits)\(slip.unit)？"
      related = RelatedInformation(range: slip.sibling.range, message: "所比较的数额：\(sibling)")
    case .mixedCountUnits(let parts):
      let own = quantity.unit?.symbol ?? ""
      message = "分项计量单位与总数不一致：\(written)由\(parts)相加而得，“\(slip.unit)”与“\(own)”混用"
      related = RelatedInformation(range: slip.sibling.range, message: "以“\(slip.unit)”计的分项：\(sibling)")
      return diagnostic(quantity.range, message, severity: .information, related: [related])
    }
    if let confirmation = slip.confirmation {
      let result = confirmation.kind == .ratio ? confirmation.expected + "%" : confirmation.stated.digits
      message += "（按\(slip.unit)计算\(confirmation.formula) = \(result)，与文中相符）"
    }
    let at = slip.insertionOffset
    return diagnostic(
      quantity.range, message, related: [related],
      fixes: [
        Fix(
          title: "改为\(quantity.digits)\(slip.unit)", edits: [TextEdit(range: TextRange(at, at), replacement: slip.insertion)],
          applicability: slip.confirmation == nil ? .unsafe : .safe)
      ])
  }

  // MARK: One measure in two units

  private static let lengthAttributes = ["厚度", "宽度", "长度", "高度", "深度", "直径", "厚", "宽", "长", "高", "深"].map {
    Array($0.unicodeScalars)
  }

  private func checkMixedLengthUnits(_ document: Document, into result: inout [Diagnostic]) {
    let text = document.scalars
    let all = document.quantities
    var nextQuantity = 0
    for paragraph in document.paragraphs {
      // Groups by attribute, in order of appearance, and symbols by count: a paragraph has a few of
      // each, so arrays searched in turn beat dictionaries hashing Chinese strings.
      var groups: [(key: Unicode.Scalar, members: [Quantity])] = []
      for index in document.quantityIndices(in: paragraph.range, from: &nextQuantity)
      where all[index].unit?.dimension == .length {
        let quantity = all[index]
        guard quantity.kind == .quantity, !quantity.isUnitInherited,
          let attribute = Self.lengthAttributes.first(where: { text.matches($0, endingAt: quantity.numberRange.start) })
        else { continue }
        if let slot = groups.firstIndex(where: { $0.key == attribute[0] }) {
          groups[slot].members.append(quantity)
        } else {
          groups.append((attribute[0], [quantity]))
        }
      }
      for (keyScalar, group) in groups {
        let key = String(keyScalar)
        var symbols: [String] = []
        var counts: [Int] = []
        for quantity in group {
          let symbol = quantity.unit?.symbol ?? ""
          if let slot = symbols.firstIndex(where: { $0.hasSameUTF8(as: symbol) }) {
            counts[slot] += 1
          } else {
            symbols.append(symbol)
            counts.append(1)
          }
        }
        guard symbols.count >= 2 else { continue }
        let values = group.map(\.baseValue).filter { $0 > 0 }
        // Only one measure of one order of magnitude written two ways, not 长2.6公里 beside 长12米.
        guard let low = values.min(), let high = values.max(), high / low <= 20 else { continue }
        let majority = symbols[symbols.indices.max { counts[$0] < counts[$1] || (counts[$0] == counts[$1] && $0 != 0) }!]
        let odd = group.filter { $0.unit?.symbol != majority }
        let usual = group.filter { $0.unit?.symbol == majority }
        guard let first = odd.first, let example = usual.first else { continue }
        let oddText = odd.prefix(3).map { $0.digits + ($0.unit?.symbol ?? "") }.joined(separator: "、")
        let usualText = usual.prefix(3).map { $0.digits + majority }.joined(separator: "、")
        result.append(
          diagnostic(
            first.range, "同一段中“\(key)”的单位不统一：\(usualText)与\(oddText)混用，宜统一为\(majority)",
            severity: .information,
            related: [RelatedInformation(range: example.range, message: "此处以\(majority)计")]
              + odd.dropFirst().map { RelatedInformation(range: $0.range, message: "此处也以\($0.unit?.symbol ?? "")计") }))
      }
    }
  }

  // MARK: 百分比 for %

  /// 100百分比: the sign written as a word. Replacing it by % is certainly what the author meant.
  private func checkPercentWords(_ document: Document, into result: inout [Diagnostic]) {
    for quantity in document.quantities where quantity.unit?.dimension == .percent {
      guard let unit = quantity.unit, unit.symbol.hasSameUTF8(as: "百分比"), let unitRange = quantity.unitRange else {
        continue
      }
      result.append(
        diagnostic(
          quantity.range, "单位写成了“百分比”：百分数应写作“\(quantity.digits)%”",
          fixes: [.replace(unitRange, with: "%", title: "改为\(quantity.digits)%", applicability: .safe)]))
    }
  }

  // MARK: Shares above 100%

  private func checkShares(_ document: Document, claims: ClaimSet, into result: inout [Diagnostic]) {
    let text = document.scalars
    for fact in claims.facts where fact.role == .ratio && fact.quantity.value > 100 && fact.paragraph != nil {
      let quantity = fact.quantity
      guard quantity.kind == .quantity, quantity.qualifier == .exact || quantity.qualifier == .atLeast,
        !quantity.isRangeBound, fact.ratioKind == .share || (fact.ratioKind == .rate
          && Vocabulary.boundedRateStems.contains(fact.rateStem)),
        let keyword = fact.keywordRange,
        // A figure glued to the next number (合格率20100%100%) is a flattened table, not a share.
        quantity.range.end >= text.count || !text[quantity.range.end].isDigit
      else { continue }
      let word = document.string(in: keyword)
      result.append(
        diagnostic(quantity.range, "“\(word)”是部分占整体的比例，不能超过100%，此处为\(quantity.digits)%"))
    }
  }
}
