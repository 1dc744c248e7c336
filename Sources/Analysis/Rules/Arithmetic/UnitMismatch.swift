/// ## 检查内容
/// 查找单位与上下文相矛盾的金额：
/// - 同一事项的其他金额以万元计，而这一金额以元计，相差四个数量级
///   （本年支出4.26元，上年支出7.93万元）；
/// - 以元计的变动额小于所比较的万元金额的精度（金额写到0.01万元即100元时，写“较上年增加4.35元”）；
/// - 在以万元计的金额中，唯独某一金额只写了“万”（建设资金120万，其他支出36.5万元）；
/// - 变动前的数字带有单位，变动后的新数值却没有单位（增加到5820，在去年5360元的基础上）；
/// - 同一段落中同一量用两种单位书写（厚0.2米 … 厚20公分）；
/// - 百分数的符号写成了文字（合格率100百分比）；
/// - 各分项之和与总数相符，但分项所用的量词与总数不同（240只，其中200只、40头）；
/// - 占比超过100%（占比120%，合格率105%）。
///
/// 金额及其所属事项取自声明层，声明层同时完成确认修正读法所需的计算。
///
/// ## 为什么要改
/// 漏写“万”会使金额小一万倍，以它为基础的比率也全部出错；漏写“元”或单位，则要读者去猜。同一组数字单位不一，
/// 难以比较；而部分占整体的比例不可能超过整体。
///
/// ## 示例
/// ```
/// 公务用车运行维护费本年支出4.26元，上年支出7.93万元，比上年减少3.67万元。
/// ```
/// 应改为：
/// ```
/// 公务用车运行维护费本年支出4.26万元，上年支出7.93万元，比上年减少3.67万元。
/// ```
///
/// ## 修复安全性
/// 只有当同一句中的计算能够印证时（7.93 − 3.67 = 4.26，或按万元理解能得出文中写明的百分比），补上“万”才是安全的；
/// 否则该修复不安全，补“元”或补单位的修复同样不安全。把“百分比”改为“%”是安全的。单位混用和占比超过100%不提供修复。
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
    // A share the claim layer recomputes is reported by A101 with its recomputation.
    let recomputed = Set(claims.claims.lazy.filter { $0.kind == .ratio }.map(\.stated.numberRange))
    for fact in claims.facts where fact.role == .ratio && fact.quantity.value > 100 && fact.paragraph != nil {
      guard !recomputed.contains(fact.quantity.numberRange) else { continue }
      let quantity = fact.quantity
      guard quantity.kind == .quantity, quantity.qualifier == .exact || quantity.qualifier == .atLeast,
        !quantity.isRangeBound, fact.ratioKind == .share || (fact.ratioKind == .rate
          && Vocabulary.boundedRateStems.contains(fact.rateStem)),
        let keyword = fact.keywordRange,
        // A figure glued to the next number (达标率10100%95%) is a flattened table, not a share.
        quantity.range.end >= text.count || !text[quantity.range.end].isDigit
      else { continue }
      let word = document.string(in: keyword)
      result.append(
        diagnostic(quantity.range, "“\(word)”是部分占整体的比例，不能超过100%，此处为\(quantity.digits)%"))
    }
  }
}
