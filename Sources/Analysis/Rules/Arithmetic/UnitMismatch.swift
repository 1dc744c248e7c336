/// ## 检查内容
/// 查找单位与上下文相矛盾的金额：
/// - 同一事项的其他金额以万元计，而这一金额以元计，相差四个数量级
///   （本年支出4.26元，上年支出7.93万元）；
/// - 以元计的变动额小于所比较的万元金额的精度（金额写到0.01万元即100元时，写“较上年增加4.35元”）；
/// - 在以万元计的金额中，唯独某一金额只写了“万”（建设资金510万，其他支出36.5万元）；
/// - 变动前的数字带有单位，变动后的新数值却没有单位（增加到5820，在去年5360元的基础上）；
/// - 同一段落中同一量用两种单位书写（厚0.2米 … 厚20公分）；
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
/// 否则该修复不安全，补“元”或补单位的修复同样不安全。单位混用和占比超过100%不提供修复。
public struct UnitMismatch: Rule {
  public static let code = "A107"
  public static let name = "unit-mismatch"
  public static let title = "计量单位与上下文不符"
  public static let defaultSeverity = Severity.warning

  public init() {}

  public func check(_ context: RuleContext) -> [Diagnostic] {
    let document = context.document
    var result: [Diagnostic] = []
    checkYuanAmongWanYuan(document, amounts: context.statedAmounts, into: &result)
    checkSmallChanges(document, into: &result)
    checkMixedLengthUnits(document, into: &result)
    checkShares(document, into: &result)
    return result
  }

  // MARK: 元 among 万元

  private func checkYuanAmongWanYuan(_ document: Document, amounts all: [StatedAmount], into result: inout [Diagnostic]) {
    // Most reports have no amount in bare 元 among prose amounts: nothing to group then.
    guard all.indices.contains(where: { !all[$0].isInTable && isBareYuan(all[$0].quantity) }) else { return }
    // By index: a copy of an amount retains all its arrays and strings.
    let amounts = all.indices.filter { !all[$0].isInTable && all[$0].quantity.unit?.dimension == .money }
    var start = 0
    while start < amounts.count {
      var end = start + 1
      while end < amounts.count, all[amounts[end]].sentence == all[amounts[start]].sentence { end += 1 }
      let sentence = amounts[start..<end]
      start = end
      for index in sentence where isBareYuan(all[index].quantity) {
        let amount = all[index]
        guard
          let siblingIndex = sentence.first(where: {
            isWritten(all[$0].quantity, "万元") && all[$0].subject == amount.subject && all[$0].quantity.value > 0
              && (1e-3...1e3).contains(amount.quantity.value / all[$0].quantity.value)
          })
        else { continue }
        let sibling = all[siblingIndex]
        let quantity = amount.quantity
        let confirmation = sumConfirming(quantity, in: document, sentence: amount.sentence)
        var message =
          "金额单位疑有误：\(amount.written)与同项的\(sibling.written)相差约四个数量级，应为\(quantity.digits)万元？"
        if let confirmation { message += "（按万元计算\(confirmation)，与文中相符）" }
        result.append(
          diagnostic(
            quantity.range, message,
            related: [RelatedInformation(range: sibling.quantity.range, message: "同项金额以万元计：\(sibling.written)")],
            fixes: [insertWan(quantity, applicability: confirmation == nil ? .unsafe : .safe)]))
      }
    }
  }

  /// An amount written in 元 (not inherited) that would be an ordinary amount in 万元.
  private func isBareYuan(_ quantity: Quantity) -> Bool {
    quantity.value > 0 && quantity.value < 10_000 && !quantity.isUnitInherited && isWritten(quantity, "元")
  }

  /// A change this check looks at: a bare 元 amount with decimals.
  private func isSmallChangeCandidate(_ quantity: Quantity) -> Bool { quantity.decimals >= 1 && isBareYuan(quantity) }

  /// Whether the quantity is money with its unit written `symbol` (a money symbol), the cheap test first.
  private func isWritten(_ quantity: Quantity, _ symbol: String) -> Bool {
    guard let unit = quantity.unit, unit.dimension == .money else { return false }
    return unit.symbol.hasSameUTF8(as: symbol)
  }

  /// `a ± b = x` or `x = a` among the other 万元 amounts of the sentence, as text, when one holds.
  private func sumConfirming(_ quantity: Quantity, in document: Document, sentence: TextRange) -> String? {
    let others = document.quantities(in: sentence).filter {
      isWritten($0, "万元") && $0.kind == .quantity && $0.value != 0 && $0.range != quantity.range
    }.prefix(12)
    let x = quantity.value
    for a in others where abs(x - a.value) <= quantity.roundingError + a.roundingError {
      return "\(quantity.digits) = \(a.digits)"
    }
    for a in others {
      for b in others where b.range != a.range {
        let tolerance = quantity.roundingError + a.roundingError + b.roundingError + 1e-9
        if abs(x - (a.value - b.value)) <= tolerance { return "\(a.digits) − \(b.digits) = \(quantity.digits)" }
        if a.range.start < b.range.start, abs(x - (a.value + b.value)) <= tolerance {
          return "\(a.digits) + \(b.digits) = \(quantity.digits)"
        }
      }
    }
    return nil
  }

  private func insertWan(_ quantity: Quantity, applicability: Applicability) -> Fix {
    let at = quantity.unitRange?.start ?? quantity.numberRange.end
    return Fix(
      title: "改为\(quantity.digits)万元", edits: [TextEdit(range: TextRange(at, at), replacement: "万")],
      applicability: applicability)
  }

  // MARK: Changes below the precision of the amounts compared

  private func checkSmallChanges(_ document: Document, into result: inout [Diagnostic]) {
    let text = document.scalars
    // Quantities are handled by their index in `all`: copying one retains its strings.
    let all = document.quantities
    var nextQuantity = 0
    for paragraph in document.paragraphs {
      // Such changes are rare: a paragraph without one is passed over (amounts without decimals first,
      // read in place).
      let inParagraph = document.quantityIndices(in: paragraph.range, from: &nextQuantity)
      guard all.withUnsafeBufferPointer({ all in
        inParagraph.contains { all[$0].decimals >= 1 && isSmallChangeCandidate(all[$0]) }
      })
      else { continue }
      var context: [Int] = []  // 万元 amounts of the paragraph so far
      for sentence in paragraph.sentences {
        var sentenceWan: [Int] = []
        for index in document.quantities(in: sentence.range).indices
        where all[index].kind == .quantity && isWritten(all[index], "万元") {
          sentenceWan.append(index)
        }
        for clause in sentence.clauses {
          var phraseStart = clause.start
          for index in document.quantities(in: clause).indices {
            let phraseRange = TextRange(phraseStart, all[index].range.start)
            phraseStart = all[index].range.end
            guard isSmallChangeCandidate(all[index]), ItemPhrase.Scan(text, phraseRange).isChange else { continue }
            let quantity = all[index]
            let compared = (sentenceWan.isEmpty ? Array(context.suffix(8)) : sentenceWan).map { all[$0] }
            // The finest step the 万元 amounts can show, in 元.
            guard let finest = compared.map(\.decimals).max(), finest >= 1 else { continue }
            let step = 1e4 * pow10(-finest)
            guard quantity.value < step else { continue }
            let bases = (context.suffix(16) + sentenceWan.filter { all[$0].range.start < quantity.range.start }).map {
              all[$0]
            }
            let confirmation = percentConfirming(quantity, bases: bases, in: document, sentence: sentence)
            var message = "增减额\(quantity.digits)元小于所比较金额的精度（\(formatStep(finest))万元），单位应为万元？"
            if let confirmation { message += "（按万元计算\(confirmation)，与文中相符）" }
            let related = compared.first.map { [RelatedInformation(range: $0.range, message: "所比较的金额以万元计")] } ?? []
            result.append(
              diagnostic(
                quantity.range, message, related: related,
                fixes: [insertWan(quantity, applicability: confirmation == nil ? .unsafe : .safe)]))
          }
        }
        context.append(contentsOf: sentenceWan)
      }
    }
  }

  private func formatStep(_ decimals: Int) -> String { "0." + String(repeating: "0", count: max(0, decimals - 1)) + "1" }

  /// The percentage stated right after a change that the 万元 reading of the change reproduces.
  private func percentConfirming(
    _ change: Quantity, bases: [Quantity], in document: Document, sentence: Sentence
  ) -> String? {
    guard
      let percent = document.quantities(in: TextRange(change.range.end, sentence.range.end)).first(where: {
        $0.unit?.dimension == .percent
      }), percent.range.start - change.range.end <= 12
    else { return nil }
    let x = change.value
    let p = percent.value
    for base in bases where base.value > 0 {
      for (denominator, shown) in [
        (base.value, base.digits), (base.value - x, "(\(base.digits) − \(change.digits))"),
        (base.value + x, "(\(base.digits) + \(change.digits))"),
      ] where denominator > 0 {
        let ratio = x / denominator * 100
        let relative = change.roundingError / x + (change.roundingError + base.roundingError) / denominator
        if abs(ratio - p) <= percent.roundingError + ratio * relative {
          return "\(change.digits) ÷ \(shown) = \(format(ratio, decimals: percent.decimals))%"
        }
      }
    }
    return nil
  }

  private func format(_ value: Double, decimals: Int) -> String {
    let scale = pow10(decimals)
    let rounded = (value * scale).rounded() / scale
    var digits = String(Int(rounded.rounded(.towardZero)))
    if decimals > 0 {
      let fraction = Int(((rounded - rounded.rounded(.towardZero)) * scale).rounded())
      let padded = String(fraction)
      digits += "." + String(repeating: "0", count: max(0, decimals - padded.count)) + padded
    }
    return digits
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

  // MARK: Shares above 100%

  /// Words for a share of a whole, which cannot exceed 100%.
  private static let shareWords = [
    "占比", "比重", "所占比例", "合格率", "达标率", "覆盖率", "参保率", "知晓率", "满意率", "及时率", "办结率", "结案率",
    "化解率", "普及率", "入户率", "接种率", "优良率", "准确率", "正确率", "出勤率", "入学率", "巩固率", "返贫率",
  ]
  private static let linkingWords: Set<Unicode.Scalar> = ["为", "是", "达", "到", "：", ":", "约", "已", "了", "均"]

  private func checkShares(_ document: Document, into result: inout [Diagnostic]) {
    let text = document.scalars
    let all = document.quantities
    for index in all.indices where all[index].unit?.dimension == .percent && all[index].value > 100 {
      let quantity = all[index]
      guard quantity.kind == .quantity, quantity.qualifier == .exact || quantity.qualifier == .atLeast,
        !quantity.isRangeBound
      else { continue }
      var end = quantity.numberRange.start
      var skipped = 0
      while end > 0, skipped < 3, Self.linkingWords.contains(text[end - 1]) {
        end -= 1
        skipped += 1
      }
      guard let word = Self.shareWords.first(where: { text.matches($0, endingAt: end) }) else { continue }
      result.append(
        diagnostic(
          quantity.range, "“\(word)”是部分占整体的比例，不能超过100%，此处为\(quantity.digits)%"))
    }
  }
}
