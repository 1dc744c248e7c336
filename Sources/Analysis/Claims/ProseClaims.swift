/// Claims stated in running text: ratios, differences, totals of listed parts, directions.
enum ProseClaims {
  static func find(_ builder: ClaimBuilder) -> [Claim] {
    var found: [Claim] = []
    // The parts of each list, by the index of its total.
    var partsByParent = [[Int]](repeating: [], count: builder.facts.count)
    for (index, parent) in builder.listParent.enumerated() {
      if let parent { partsByParent[parent].append(index) }
    }
    for index in builder.facts.indices where builder.facts[index].paragraph != nil && builder.isExact(index) {
      switch builder.facts[index].role {
      case .ratio: found += ratioClaims(builder, index)
      case .change: found += changeClaims(builder, index)
      case .newValue: found += newValueClaims(builder, index)
      case .percentagePoint: found += pointClaims(builder, index)
      case .value:
        // Few amounts are a balance or a total: the words are checked before anything else.
        if builder.labelEnds(index, with: balanceWord), let claim = balanceClaim(builder, index) { found.append(claim) }
        if builder.readings[index].isTotal, partsByParent[index].isEmpty,
          let claim = partsBeforeTotal(builder, index, partsByParent: partsByParent)
        {
          found.append(claim)
        }
      case .reference: break
      }
    }
    // A total written as approximate (7.3余万元) is checked too, with its looser rounding.
    // 与年初预算相比无增减: the amount against the figure compared with.
    for (fact, comparison) in builder.unchanged {
      if let claim = unchangedClaim(builder, fact, comparison) { found.append(claim) }
    }
    for (parent, parts) in partsByParent.enumerated()
    where !parts.isEmpty && (builder.isExact(parent) || builder.facts[parent].quantity.qualifier == .approximate) {
      if let claim = listTotal(builder, total: parent, parts: parts, partsByParent: partsByParent) { found.append(claim) }
    }
    return found
  }

  // MARK: Ratios

  /// The nearest earlier fact of the sentence that satisfies `condition`.
  private static func earlier(_ builder: ClaimBuilder, _ index: Int, where condition: (Int) -> Bool) -> Int? {
    builder.earlierInSentence(index).first(where: condition)
  }

  /// The figure "of this year" a sentence is about: the topic if it is such a figure, else the nearest
  /// later figure of the topic's item that is (年初预算X万元，全年决算支出Y万元: Y). The topic is looked
  /// for in the paragraph, at most `ClaimBuilder.window` facts back.
  private static func current(_ builder: ClaimBuilder, at index: Int, like: Quantity?) -> Int? {
    let probe = ClaimBuilder.unitKey(like ?? builder.facts[index].quantity)
    guard let paragraph = builder.facts[index].paragraph else { return nil }
    var candidate = index - 1
    var topic: Int?
    while candidate >= max(0, index - ClaimBuilder.window), builder.facts[candidate].paragraph == paragraph {
      if builder.isTopic[candidate], builder.isMoneyLike(candidate),
        like == nil || builder.isIn(candidate, unit: probe)
      {
        topic = candidate
        break
      }
      candidate -= 1
    }
    guard let topic else { return nil }
    if builder.facts[topic].standing.isCurrent { return builder.isExact(topic) ? topic : nil }
    for later in (topic + 1)..<index {
      let standing = builder.facts[later].standing
      if builder.facts[later].role == .value, standing.isCurrent, !standing.isUnstated,
        builder.sameItem(later, topic),
        builder.listParent[later] == nil, builder.sameUnit(later, topic)
      {
        return builder.isExact(later) ? later : nil
      }
    }
    return nil
  }

  static func ratioClaims(_ builder: ClaimBuilder, _ index: Int) -> [Claim] {
    let fact = builder.facts[index]
    guard let kind = fact.ratioKind, fact.quantity.unit?.dimension == .percent else { return [] }
    let keyword = builder.readings[index].keywordRange
    switch kind {
    case .saving, .overspend: return savingClaims(builder, index, kind: kind, keyword: keyword)
    case .growth, .decline: return growthClaims(builder, index, kind: kind, keyword: keyword)
    case .share: return shareClaim(builder, index, keyword: keyword).map { [$0] } ?? []
    case .shareOf: return shareOfClaim(builder, index, keyword: keyword).map { [$0] } ?? []
    case .rate: return rateClaim(builder, index, keyword: keyword).map { [$0] } ?? []
    }
  }

  private static func savingClaims(_ builder: ClaimBuilder, _ index: Int, kind: RatioKind, keyword: TextRange?) -> [Claim] {
    let wanted: Direction = kind == .saving ? .decrease : .increase
    let change = earlier(builder, index) {
      builder.facts[$0].role == .change && builder.facts[$0].direction == wanted && builder.isMoneyLike($0)
        && builder.isExact($0)
    }
    let like = change.map { builder.facts[$0].quantity }
    guard let actual = current(builder, at: change ?? index, like: like) else {
      return []
    }
    if let change, !builder.sameUnit(change, actual) { return [] }
    let item = builder.facts[actual].item
    let plan = Standing(.budget, .unstated)
    let budget = earlier(builder, index) {
      builder.facts[$0].role == .reference && builder.facts[$0].standing.isPlan && builder.sameUnit($0, actual)
    } ?? builder.findFact(item: item, standing: plan, before: index, like: actual, excluding: [actual])
    let isSaving = kind == .saving
    let name = isSaving ? "节约比" : "超支率"
    if let budget {
      let definition = isSaving ? "节约比 = (预算数 − 决算数) ÷ 预算数" : "超支率 = (决算数 − 预算数) ÷ 预算数"
      guard
        var claim = builder.makeClaim(
          kind: .ratio, name: name, stated: index, keyword: keyword,
          inputs: [.init(role: "预算数", fact: budget), .init(role: "决算数", fact: actual)], definition: definition,
          formula: { isSaving ? "(\($0[0])−\($0[1]))÷\($0[0])" : "(\($0[1])−\($0[0]))÷\($0[0])" },
          compute: { $0[0] == 0 ? nil : (isSaving ? $0[0] - $0[1] : $0[1] - $0[0]) / $0[0] * 100 })
      else { return [] }
      if claim.verdict != .consistent, let change,
        let byChange = builder.makeClaim(
          kind: .ratio, name: name, stated: index, inputs: [.init(role: "预算数", fact: budget), .init(role: "差额", fact: change)],
          definition: "", formula: { "\($0[1])÷\($0[0])" }, compute: { $0[0] == 0 ? nil : $0[1] / $0[0] * 100 }),
        byChange.verdict == .consistent
      {
        let budgetText = builder.facts[budget].quantity.digits
        let actualText = builder.facts[actual].quantity.digits
        let changeText = builder.facts[change].quantity.digits
        let unit = builder.facts[change].quantity.unit?.symbol ?? ""
        claim.alternatives.append(
          ClaimAlternative(
            explanation: "文中\(claim.stated.digits)%与\(changeText)÷\(budgetText)相符，即按文中的\(isSaving ? "节约" : "超支")额\(changeText)\(unit)计算；"
              + "但\(budgetText)−\(actualText)并不等于\(changeText)，该差额本身也需核对",
            range: nil, replacement: nil))
      }
      return [claim]
    }
    if let change {
      let definition = isSaving ? "节约比 = 节约额 ÷ (决算数 + 节约额)" : "超支率 = 超支额 ÷ (决算数 − 超支额)"
      return builder.makeClaim(
        kind: .ratio, name: name, stated: index, keyword: keyword,
        inputs: [.init(role: isSaving ? "节约额" : "超支额", fact: change), .init(role: "决算数", fact: actual)],
        definition: definition, formula: { isSaving ? "\($0[0])÷(\($0[1])+\($0[0]))" : "\($0[0])÷(\($0[1])−\($0[0]))" },
        compute: {
          let base = isSaving ? $0[1] + $0[0] : $0[1] - $0[0]
          return base == 0 ? nil : $0[0] / base * 100
        }
      ).map { [$0] } ?? []
    }
    return []
  }

  private static func growthClaims(_ builder: ClaimBuilder, _ index: Int, kind: RatioKind, keyword: TextRange?) -> [Claim] {
    let isGrowth = kind == .growth
    let wanted: Direction = isGrowth ? .increase : .decrease
    let change = earlier(builder, index) {
      builder.facts[$0].role == .change && (builder.facts[$0].direction == wanted) && builder.isMoneyLike($0)
        && builder.isExact($0)
    }
    let reference = change.flatMap { builder.facts[$0].reference } ?? builder.facts[index].reference
    let like = change.map { builder.facts[$0].quantity }
    var now = current(builder, at: change ?? index, like: like)
    var before: Int?
    // 2020年…收入240.5万元，2021年收入276.6万元，同比增长…: two years in the sentence.
    let dated = builder.earlierInSentence(index).filter {
      builder.facts[$0].standing.period != .unstated && builder.isMoneyLike($0) && builder.isExact($0)
        && builder.facts[$0].role == .value
    }
    if change == nil, dated.count == 2, let later = dated.first, let earlier = dated.last,
      isYearBefore(builder, builder.facts[earlier].standing.period, builder.facts[later].standing.period),
      builder.sameUnit(later, earlier)
    {
      now = later
      before = earlier
    }
    guard let now else { return [] }
    if let change, !builder.sameUnit(change, now) { return [] }
    if before == nil, let wanted = reference ?? (change == nil ? Standing(.unstated, .previous) : nil) {
      before = earlier(builder, index) {
        builder.facts[$0].role == .reference && builder.facts[$0].standing.fits(wanted)
          && builder.sameUnit($0, now) && builder.isExact($0)
      }
        ?? builder.findFact(
          item: builder.facts[now].item, standing: wanted, before: index, like: now, excluding: [now])
    }
    let name = isGrowth ? "增长率" : "下降率"
    // 较上年增加50万元，增长100% where this year's figure is 50万元: last year's was 0.
    if let before, builder.facts[before].quantity.value == 0 {
      return [
        builder.undefinedClaim(
          name: name, stated: index, keyword: keyword, inputs: [.init(role: "基期数", fact: before)],
          definition: "基期数为0时增减比例无法计算", formula: builder.facts[before].quantity.digits)
      ]
    }
    if before == nil, isGrowth, let change, builder.sameUnit(change, now), builder.facts[change].quantity.value > 0,
      builder.facts[change].quantity.value == builder.facts[now].quantity.value
    {
      let nowText = builder.facts[now].quantity.digits
      let changeText = builder.facts[change].quantity.digits
      return [
        builder.undefinedClaim(
          name: name, stated: index, keyword: keyword,
          inputs: [.init(role: "增加额", fact: change), .init(role: "本期数", fact: now)],
          definition: "基期数 = 本期数 − 增加额；基期数为0时增长率无法计算", formula: "\(nowText)\(FormulaText.minus)\(changeText)")
      ]
    }
    if let before {
      let definition = isGrowth ? "增长率 = (本期数 − 基期数) ÷ 基期数" : "下降率 = (基期数 − 本期数) ÷ 基期数"
      guard
        let claim = builder.makeClaim(
          kind: .ratio, name: name, stated: index, keyword: keyword,
          inputs: [.init(role: "基期数", fact: before), .init(role: "本期数", fact: now)], definition: definition,
          formula: { isGrowth ? "(\($0[1])−\($0[0]))÷\($0[0])" : "(\($0[0])−\($0[1]))÷\($0[0])" },
          compute: { $0[0] == 0 ? nil : (isGrowth ? $0[1] - $0[0] : $0[0] - $0[1]) / $0[0] * 100 })
      else { return [] }
      if claim.computed < 0, claim.computedRange.upper < 0 {
        // The figures move the other way: a contradiction of direction, not a wrong percentage.
        return directionClaim(
          builder, stated: index, keyword: keyword, current: now, reference: before, direction: wanted
        ).map { [$0] } ?? []
      }
      return [claim]
    }
    if let change {
      let definition = isGrowth ? "增长率 = 增加额 ÷ (本期数 − 增加额)" : "下降率 = 减少额 ÷ (本期数 + 减少额)"
      return builder.makeClaim(
        kind: .ratio, name: name, stated: index, keyword: keyword,
        inputs: [.init(role: isGrowth ? "增加额" : "减少额", fact: change), .init(role: "本期数", fact: now)],
        definition: definition, formula: { isGrowth ? "\($0[0])÷(\($0[1])−\($0[0]))" : "\($0[0])÷(\($0[1])+\($0[0]))" },
        compute: {
          let base = isGrowth ? $0[1] - $0[0] : $0[1] + $0[0]
          return base <= 0 ? nil : $0[0] / base * 100
        }
      ).map { [$0] } ?? []
    }
    return []
  }

  private static func shareClaim(_ builder: ClaimBuilder, _ index: Int, keyword: TextRange?) -> Claim? {
    guard
      let part = earlier(builder, index, where: {
        builder.facts[$0].role == .value && builder.isMoneyLike($0)
      }), builder.isExact(part), let whole = builder.listParent[part]
    else { return nil }
    return builder.makeClaim(
      kind: .ratio, name: "占比", stated: index, keyword: keyword,
      inputs: [.init(role: "部分", fact: part), .init(role: "总额", fact: whole)], definition: "占比 = 部分 ÷ 总额",
      formula: { "\($0[0])÷\($0[1])" }, compute: { $0[1] == 0 ? nil : $0[0] / $0[1] * 100 })
  }

  private static func shareOfClaim(_ builder: ClaimBuilder, _ index: Int, keyword: TextRange?) -> Claim? {
    let fact = builder.facts[index]
    guard let wanted = fact.reference else { return nil }
    let isCompletion = builder.labelContains(index, "完成")
    let part: Int?
    if isCompletion {
      part = current(builder, at: index, like: nil)
    } else {
      part = earlier(builder, index) {
        (builder.facts[$0].role == .value || builder.facts[$0].role == .change) && builder.isMoneyLike($0)
      }
    }
    guard let part, builder.isExact(part) else { return nil }
    guard
      let base = builder.findFact(
        item: builder.facts[part].item, standing: wanted, before: index, like: part, excluding: [part])
    else { return nil }
    let baseName = wanted.chineseName
    return builder.makeClaim(
      kind: .ratio, name: isCompletion ? "完成比例" : "占比", stated: index, keyword: keyword,
      inputs: [.init(role: "数额", fact: part), .init(role: baseName, fact: base)],
      definition: "比例 = 数额 ÷ \(baseName)", formula: { "\($0[0])÷\($0[1])" },
      compute: { $0[1] == 0 ? nil : $0[0] / $0[1] * 100 })
  }

  /// 资金到位率108%, 化解率87.5%: the numerator is the amount whose words contain the rate's stem
  /// (到位, 化解); the base is an earlier amount of the sentence. With several candidates, the claim
  /// holds if any of them gives the stated rate.
  private static func rateClaim(_ builder: ClaimBuilder, _ index: Int, keyword: TextRange?) -> Claim? {
    let stem = builder.facts[index].rateStem
    guard stem.unicodeScalars.count == 2 else { return nil }
    if Vocabulary.planRateStems.contains(stem) {
      return planRateClaim(builder, index, stem: stem, keyword: keyword)
    }
    guard
      let numerator = earlier(builder, index, where: {
        builder.isMoneyLike($0) && builder.facts[$0].role == .value && builder.labelContains($0, stem)
      }), builder.isExact(numerator)
    else { return nil }
    let bases = builder.earlierInSentence(numerator).filter {
      let fact = builder.facts[$0]
      return fact.isExact && (fact.role == .value || fact.role == .reference)
        && builder.sameUnit($0, numerator) && !fact.isPerUnit
    }
    var first: Claim?
    for base in bases {
      guard
        let claim = builder.makeClaim(
          kind: .ratio, name: stem + "率", stated: index, keyword: keyword,
          inputs: [.init(role: "实际数", fact: numerator), .init(role: "基数", fact: base)],
          definition: "\(stem)率 = 实际数 ÷ 基数", formula: { "\($0[0])÷\($0[1])" }, isInferred: bases.count > 1,
          compute: { $0[1] == 0 ? nil : $0[0] / $0[1] * 100 })
      else { continue }
      if claim.verdict == .consistent { return claim }
      if first == nil { first = claim }
    }
    return first
  }

  /// 执行率, 完成率, 到位率, 支付率 …: the actual figure over the planned one (预算, 目标, a total 共…),
  /// in either order of mention, in the sentence or the one before in the paragraph; 支付率 with an
  /// outstanding amount (未支付) is paid ÷ (paid + outstanding). Every reading of several candidates
  /// is tried: the rate holds if one gives it, and a finding on several readings is less sure.
  private static func planRateClaim(_ builder: ClaimBuilder, _ index: Int, stem: String, keyword: TextRange?) -> Claim? {
    let facts = builder.facts
    let span = builder.spanOf[index]
    var scope = builder.earlierInSentence(index).filter { builder.isMoneyLike($0) && builder.isExact($0) && !facts[$0].isPerUnit }
    if scope.isEmpty, span > 0, builder.spans[span - 1].paragraph == facts[index].paragraph, facts[index].paragraph != nil {
      scope = builder.spans[span - 1].facts.reversed().filter {
        builder.isMoneyLike($0) && builder.isExact($0) && !facts[$0].isPerUnit
      }
    }
    let actuals = scope.filter {
      (facts[$0].role == .value || facts[$0].role == .newValue) && facts[$0].partOf == nil
        && (facts[$0].standing.measure == .actual || (facts[$0].standing.measure == .unstated && builder.labelContains($0, stem)))
        && facts[$0].standing.period.isThisYear
    }
    let plans = scope.filter {
      (facts[$0].role == .value || facts[$0].role == .reference) && facts[$0].partOf == nil
        && (facts[$0].standing.isPlan || (facts[$0].standing.isUnstated && builder.readings[$0].isTotal))
    }
    let outstanding = scope.filter { facts[$0].role == .value && facts[$0].standing.measure == .outstanding }
    var readings: [(actual: Int, base: Int, isSum: Bool)] = []
    for actual in actuals {
      for other in outstanding where builder.sameUnit(other, actual) { readings.append((actual, other, true)) }
      for plan in plans where plan != actual && builder.sameUnit(plan, actual) && sameThing(builder, plan, actual) {
        readings.append((actual, plan, false))
      }
    }
    var first: Claim?
    for reading in readings.prefix(6) {
      let claim: Claim?
      if reading.isSum {
        claim = builder.makeClaim(
          kind: .ratio, name: stem + "率", stated: index, keyword: keyword,
          inputs: [.init(role: "已\(stem)数", fact: reading.actual), .init(role: "未\(stem)数", fact: reading.base)],
          definition: "\(stem)率 = 已\(stem)数 ÷ (已\(stem)数 + 未\(stem)数)", formula: { "\($0[0])÷(\($0[0])+\($0[1]))" },
          isInferred: readings.count > 1, compute: { $0[0] + $0[1] == 0 ? nil : $0[0] / ($0[0] + $0[1]) * 100 })
      } else {
        let planName = facts[reading.base].standing.isPlan ? facts[reading.base].standing.chineseName : "总额"
        claim = builder.makeClaim(
          kind: .ratio, name: stem + "率", stated: index, keyword: keyword,
          inputs: [.init(role: "实际数", fact: reading.actual), .init(role: planName, fact: reading.base)],
          definition: "\(stem)率 = 实际数 ÷ \(planName)", formula: { "\($0[0])÷\($0[1])" }, isInferred: readings.count > 1,
          compute: { $0[1] == 0 ? nil : $0[0] / $0[1] * 100 })
      }
      guard let claim else { continue }
      if claim.verdict == .consistent { return claim }
      if first == nil { first = claim }
    }
    return first
  }

  /// Whether two facts are figures of one thing: the same item, or items left unnamed in one sentence.
  private static func sameThing(_ builder: ClaimBuilder, _ a: Int, _ b: Int) -> Bool {
    let first = builder.facts[a].item
    let second = builder.facts[b].item
    if first.isEmpty || second.isEmpty { return builder.spanOf[a] == builder.spanOf[b] }
    return LabelReader.itemsMatch(first, second)
  }

  // MARK: Differences and directions

  /// 较年初预算减少2.15万元, 比年初预算数5.26万元减少0.68万元, 基本支出差异316.4万元, 收支差额97.36万元.
  static func changeClaims(_ builder: ClaimBuilder, _ index: Int) -> [Claim] {
    let fact = builder.facts[index]
    guard builder.isMoneyLike(index), let direction = fact.direction else { return [] }
    let reading = builder.readings[index]
    let keyword = reading.keywordRange
    if builder.labelContains(index, "收支") {
      return incomeExpenditureClaim(builder, index, keyword: keyword).map { [$0] } ?? []
    }
    var reference: Int?
    var wanted = fact.reference
    if !reading.startsClause, index > 0, builder.spanOf[index - 1] == builder.spanOf[index],
      builder.facts[index - 1].role == .reference
    {
      // 比年初预算数5.26万元减少0.68万元: the figure compared with is in the clause.
      reference = index - 1
      wanted = builder.facts[index - 1].standing
    }
    guard let wanted, !wanted.isUnstated else { return [] }
    let compared = reading.compared ?? .unstated
    var now: Int?
    if !compared.isUnstated, compared != wanted {
      let item = fact.isItemInherited ? (current(builder, at: index, like: fact.quantity).map { builder.facts[$0].item } ?? fact.item) : fact.item
      now = builder.findFact(
        item: item, standing: compared.isCurrent ? Standing(.actual, .unstated) : compared, before: index, like: index,
        excluding: [reference].compactMap { $0 }, unitsMatch: .commensurable)
    } else if fact.isItemInherited {
      now = current(builder, at: index, like: fact.quantity)
    } else {
      now = builder.findFact(
        item: fact.item, standing: Standing(.actual, .unstated), before: index, like: index,
        excluding: [reference].compactMap { $0 }, unitsMatch: .commensurable)
    }
    guard let now, !builder.facts[now].standing.fits(wanted) else { return [] }
    if reference == nil {
      reference = builder.findFact(
        item: builder.facts[now].item, standing: wanted, before: index, like: now,
        excluding: [now], unitsMatch: .commensurable)
    }
    guard let reference, reference != now, builder.isExact(reference) else { return [] }
    var claims: [Claim] = []
    let sameUnits = builder.sameUnit(now, index) && builder.sameUnit(reference, index)
    if sameUnits {
      let name = changeName(builder, index)
      let referenceName = builder.facts[reference].standing.chineseName
      let nowName = inputName(builder, now)
      if var claim = builder.makeClaim(
        kind: .difference, name: name, stated: index, keyword: keyword,
        inputs: [.init(role: nowName, fact: now), .init(role: referenceName, fact: reference)],
        definition: direction == .decrease ? "\(name) = \(referenceName) − \(nowName)" : "\(name) = \(nowName) − \(referenceName)",
        formula: { "\($0[0])−\($0[1])" },
        direction: direction == .neutral ? nil : direction, compute: { $0[0] - $0[1] })
      {
        if direction != .neutral { claim.formula = direction == .increase ? claim.formula : "\(builder.facts[reference].quantity.digits)−\(builder.facts[now].quantity.digits)" }
        claims.append(claim)
      }
    }
    if direction != .neutral,
      let claim = directionClaim(builder, stated: index, keyword: keyword, current: now, reference: reference, direction: direction)
    {
      claims.append(claim)
    }
    return claims
  }

  /// The name of an input that is this year's figure: its standing's, or 实际数.
  static func inputName(_ builder: ClaimBuilder, _ index: Int) -> String {
    let standing = builder.facts[index].standing
    return standing.isUnstated ? "实际数" : standing.chineseName
  }

  /// Whether `earlier` is the year before `later` (2020年 and 2021年, 上年 and 本年).
  static func isYearBefore(_ builder: ClaimBuilder, _ earlier: Period, _ later: Period) -> Bool {
    if earlier == .previous, later.isThisYear { return true }
    guard let first = builder.year(of: earlier), let second = builder.year(of: later) else { return false }
    return first == second - 1
  }

  /// The name of a difference claim from its word: 减少额, 节约额, 差异, 相差.
  private static func changeName(_ builder: ClaimBuilder, _ index: Int) -> String {
    guard let range = builder.readings[index].keywordRange else { return "差额" }
    let word = builder.text.string(in: range)
    // Compared by scalars (the range is a keyword's, written as in the table): matching a String
    // literal normalises Unicode.
    let start = min(max(range.start, 0), builder.text.count)
    let written = builder.text[start..<min(max(range.end, start), builder.text.count)]
    return wholeWords.contains { $0.elementsEqual(written) } ? word : word + "额"
  }

  /// Change words that name a difference as they are (no 额 added).
  private static let wholeWords = ["相差", "差异", "差额", "增减", "增减额", "变动额"].map { Array($0.unicodeScalars) }

  /// A claim that a change goes one way: recomputed as now − reference, it contradicts the word when
  /// the sign is the other way under every rounding. Money amounts in different units are compared both
  /// as written and as if the unit were the same (a unit slip), and flagged only if both readings agree.
  static func directionClaim(
    _ builder: ClaimBuilder, stated: Int, keyword: TextRange?, current now: Int, reference: Int, direction: Direction
  ) -> Claim? {
    guard direction != .neutral else { return nil }
    let nowQuantity = builder.facts[now].quantity
    let referenceQuantity = builder.facts[reference].quantity
    guard builder.commensurable(now, reference) else { return nil }
    let literal = nowQuantity.baseValue - referenceQuantity.baseValue
    let slip = nowQuantity.value - referenceQuantity.value
    let nowRange = ClaimBuilder.range(nowQuantity, decimals: nowQuantity.decimals)
    let referenceRange = ClaimBuilder.range(referenceQuantity, decimals: referenceQuantity.decimals)
    let span = nowRange - referenceRange
    // 无增减 is contradicted by any change the rounding cannot hide.
    let contradicts: (Double) -> Bool = {
      switch direction {
      case .increase: $0 < 0
      case .decrease: $0 > 0
      default: $0 != 0
      }
    }
    let sameUnit = builder.sameUnit(now, reference)
    let certain: Bool
    switch direction {
    case .increase: certain = sameUnit ? span.upper < 0 : contradicts(literal) && contradicts(slip)
    case .decrease: certain = sameUnit ? span.lower > 0 : contradicts(literal) && contradicts(slip)
    default: certain = sameUnit ? span.lower > 0 || span.upper < 0 : contradicts(literal) && contradicts(slip)
    }
    // With a unit slip (4.26元 beside 7.93万元) the figures are shown as written, compared as if in one unit.
    let nowText = nowQuantity.digits
    let referenceText = referenceQuantity.digits
    let change = slip
    let unit = referenceQuantity.unit?.symbol ?? ""
    return Claim(
      kind: .direction, name: direction.chineseName, stated: builder.facts[stated].quantity, keywordRange: keyword,
      inputs: [
        ClaimInput(
          role: inputName(builder, now),
          quantity: nowQuantity, value: nowQuantity.value, range: nowRange,
          isFromContext: builder.spanOf[now] != builder.spanOf[stated]),
        ClaimInput(
          role: builder.facts[reference].standing.chineseName, quantity: referenceQuantity, value: referenceQuantity.value,
          range: referenceRange, isFromContext: builder.spanOf[reference] != builder.spanOf[stated]),
      ],
      definition: "变化 = 本期数 − 对比数", formula: "\(nowText)−\(referenceText)", computed: change,
      computedRange: sameUnit ? span : ValueRange(point: change), verdict: certain ? .mismatch : .consistent,
      expected: direction == .increase || (direction == .unchanged && change < 0) ? "减少" : "增加", expectedDetail: DecimalText.display(change, decimals: max(nowQuantity.decimals, referenceQuantity.decimals)) + unit,
      alternatives: [], isInferred: false, statedDirection: direction)
  }

  /// 支出2.48万元，与年初预算相比无变化: the amount against the item's figure the comparison names, which
  /// must be equal within rounding. The item must be named at the amount.
  static func unchangedClaim(_ builder: ClaimBuilder, _ index: Int, _ comparison: LabelReader.Unchanged) -> Claim? {
    let fact = builder.facts[index]
    guard builder.isExact(index), builder.isMoneyLike(index), !fact.isItemInherited, !fact.item.isEmpty,
      fact.standing.isCurrent, !comparison.reference.isCurrent,
      let reference = builder.findFact(
        item: fact.item, standing: comparison.reference, before: index, like: index, excluding: [index],
        unitsMatch: .commensurable)
    else { return nil }
    return directionClaim(
      builder, stated: index, keyword: comparison.keyword, current: index, reference: reference, direction: .unchanged)
  }

  /// 由年初的25%降至12%: the figure after 降至 against the figure after 由.
  static func newValueClaims(_ builder: ClaimBuilder, _ index: Int) -> [Claim] {
    let fact = builder.facts[index]
    guard let direction = fact.direction, direction != .neutral,
      let reference = earlier(builder, index, where: {
        builder.facts[$0].role == .reference && builder.sameUnit($0, index) && builder.isExact($0)
      })
    else { return [] }
    return directionClaim(
      builder, stated: index, keyword: builder.readings[index].keywordRange, current: index, reference: reference,
      direction: direction
    ).map { [$0] } ?? []
  }

  /// 提高3.6个百分点: the difference of the two rates before it in the sentence.
  static func pointClaims(_ builder: ClaimBuilder, _ index: Int) -> [Claim] {
    let rates = builder.earlierInSentence(index).filter {
      builder.facts[$0].quantity.unit?.dimension == .percent && builder.isExact($0)
        && builder.facts[$0].role != .ratio
    }
    guard rates.count == 2 else { return [] }
    let later = rates[0]
    let earlierRate = rates[1]
    return builder.makeClaim(
      kind: .percentagePoint, name: "百分点", stated: index, keyword: builder.readings[index].keywordRange,
      inputs: [.init(role: "后一比率", fact: later), .init(role: "前一比率", fact: earlierRate)],
      definition: "百分点 = 两个百分比之差", formula: { "\($0[0])−\($0[1])" },
      direction: builder.facts[index].direction, compute: { $0[0] - $0[1] }
    ).map { [$0] } ?? []
  }

  /// 收支差额 = 支出 − 收入 (magnitude), with both in the sentence or the one before.
  private static func incomeExpenditureClaim(_ builder: ClaimBuilder, _ index: Int, keyword: TextRange?) -> Claim? {
    let fact = builder.facts[index]
    let span = builder.spanOf[index]
    func find(_ suffix: String) -> Int? {
      var candidate = index - 1
      while candidate >= max(0, index - ClaimBuilder.window), span - builder.spanOf[candidate] <= 1,
        builder.facts[candidate].paragraph == fact.paragraph
      {
        if builder.facts[candidate].role == .value, builder.labelContains(candidate, suffix),
          !builder.labelContains(candidate, "收支"), builder.isExact(candidate), builder.sameUnit(candidate, index),
          builder.listParent[candidate] == nil
        {
          return candidate
        }
        candidate -= 1
      }
      return nil
    }
    guard let expenditure = find("支出"), let income = find("收入") else { return nil }
    return builder.makeClaim(
      kind: .difference, name: "收支差额", stated: index, keyword: keyword,
      inputs: [.init(role: "支出", fact: expenditure), .init(role: "收入", fact: income)],
      definition: "收支差额 = 支出 − 收入", formula: { "\($0[0])−\($0[1])" }, direction: .neutral,
      compute: { $0[0] - $0[1] })
  }

  private static let balanceWord = Array("结余".unicodeScalars)

  /// 预算收入为415.2836万元，预算支出为415.2836万元，结余为0万元: 结余 = 收入 − 支出. For an amount whose
  /// words end with 结余.
  private static func balanceClaim(_ builder: ClaimBuilder, _ index: Int) -> Claim? {
    let fact = builder.facts[index]
    guard !builder.labelContains(index, "结转"),
      !builder.labelContains(index, "年末"), !builder.labelContains(index, "年初"), builder.isMoneyLike(index)
    else { return nil }
    let income = earlier(builder, index) {
      builder.labelContains($0, "收入") && builder.sameUnit($0, index)
    }
    let expenditure = earlier(builder, index) {
      builder.labelContains($0, "支出") && builder.sameUnit($0, index)
    }
    guard let income, let expenditure, builder.isExact(income), builder.isExact(expenditure) else { return nil }
    let keyword = builder.text.firstOffset(of: "结余", in: fact.labelRange).map { TextRange($0, $0 + 2) }
    return builder.makeClaim(
      kind: .difference, name: "结余", stated: index, keyword: keyword,
      inputs: [.init(role: "收入", fact: income), .init(role: "支出", fact: expenditure)], definition: "结余 = 收入 − 支出",
      formula: { "\($0[0])−\($0[1])" }, compute: { $0[0] - $0[1] })
  }

  // MARK: Totals

  /// 税收收入任务46.8万元，其中契税5.6万元、… : the parts of a list against its total.
  static func listTotal(_ builder: ClaimBuilder, total: Int, parts allParts: [Int], partsByParent: [[Int]]) -> Claim? {
    // A claim never sums more than 40 parts (`makeClaim`); a list that much longer is not read as one
    // (comparing each part with the parts before it would grow with the square of its length).
    guard builder.isMoneyLike(total), allParts.count <= 4 * 40 else { return nil }
    // Parts in the total's unit, not per-unit figures, and not sub-parts (农村低保一类 after 农村低保).
    var parts: [Int] = []
    let isMoney = builder.unitKeys[total]?.dimension == .money
    for part in allParts {
      guard builder.sameUnit(part, total) || (isMoney && builder.commensurable(part, total)),
        !builder.facts[part].isPerUnit, builder.facts[part].role == .value
      else {
        continue
      }
      // Two characters or more: an item's characters (Han) take three or four UTF-8 bytes each.
      if let previous = parts.last, !builder.facts[part].item.isEmpty, builder.facts[previous].item.utf8.count >= 6,
        !builder.sameItem(part, previous),
        builder.item(of: part, startsWithItemOf: previous)
          || parts.contains(where: { builder.item(of: part, startsWithItemOf: $0) && !builder.sameItem(part, $0) })
      {
        continue
      }
      parts.append(part)
    }
    guard parts.count >= 2, parts.allSatisfy({ builder.isExact($0) }) else { return nil }
    // A part that differs from the total in kind (任务 among 完成) is not one of its parts.
    let totalStanding = builder.facts[total].standing
    if !totalStanding.isUnstated {
      let matching = parts.filter { builder.facts[$0].standing.isUnstated || builder.facts[$0].standing == totalStanding }
      if matching.count >= 2 { parts = matching }
    }
    guard
      var claim = sumClaim(builder, total: total, parts: parts, name: "合计", isInferred: false)
    else { return nil }
    if claim.verdict != .consistent {
      let sum = claim.computed
      let mixed = parts.contains { !builder.sameUnit($0, total) }
      let approximate = !builder.isExact(total)
      if sum < builder.facts[total].quantity.value, !isEvidentlyComplete(builder, total: total, parts: parts),
        !isCompleteInAnotherUnit(builder, total: total, parts: parts, partsByParent: partsByParent)
      {
        // 其中 lists often name only the main parts.
        return nil
      }
      if subsetMatches(builder, total: total, parts: parts) { return nil }
      // Which figure to change is clear only in one unit, for an exact total.
      if !mixed, !approximate { claim.alternatives = partAlternatives(builder, total: total, parts: parts, claim: claim) }
    }
    return claim
  }

  /// Parts written before a total: 银杏3.5万株、桂花2.5万株、油茶1.8万株。共计植树7.8万株. For an amount
  /// whose words say it is a total (合计, 共计); `partsByParent` gives the parts of each list's total
  /// (none of the parts may be one).
  static func partsBeforeTotal(_ builder: ClaimBuilder, _ index: Int, partsByParent: [[Int]]) -> Claim? {
    guard builder.listParent[index] == nil, builder.isMoneyLike(index) else { return nil }
    let fact = builder.facts[index]
    let span = builder.spans[builder.spanOf[index]]
    var candidates = Array(max(span.facts.lowerBound, index - ClaimBuilder.window)..<index)
    if candidates.isEmpty, builder.spanOf[index] > 0 {
      let previous = builder.spans[builder.spanOf[index] - 1]
      if previous.paragraph == span.paragraph {
        let end = previous.facts.upperBound
        candidates = Array(max(previous.facts.lowerBound, end - ClaimBuilder.window)..<end)
      }
    }
    let parts = candidates.filter { builder.sameUnit($0, index) }
    guard parts.count >= 2,
      parts.allSatisfy({
        let part = builder.facts[$0]
        return part.role == .value && part.isExact && builder.listParent[$0] == nil && !builder.readings[$0].isTotal
          && !part.isPerUnit && part.standing == fact.standing
      }),
      // None of the parts may itself be the total of a list.
      !parts.contains(where: { !partsByParent[$0].isEmpty })
    else { return nil }
    guard var claim = sumClaim(builder, total: index, parts: parts, name: "合计", isInferred: false) else { return nil }
    if claim.verdict != .consistent {
      if subsetMatches(builder, total: index, parts: parts) { return nil }
      claim.alternatives = partAlternatives(builder, total: index, parts: parts, claim: claim)
    }
    return claim
  }

  static func sumClaim(_ builder: ClaimBuilder, total: Int, parts: [Int], name: String, isInferred: Bool) -> Claim? {
    // Parts in another unit of the total's kind (元 of a 万元 total) are shown with their unit.
    let units = parts.map { builder.sameUnit($0, total) ? "" : builder.facts[$0].quantity.unit?.symbol ?? "" }
    return builder.makeClaim(
      kind: .total, name: name, stated: total, keyword: nil,
      inputs: zip(parts, partNames(builder, parts)).map { .init(role: $1, fact: $0) },
      definition: "合计 = 各分项之和", formula: { FormulaText.sum(zip($0, units).map { $0 + $1 }) }, isSum: true,
      isInferred: isInferred, inStatedUnit: true, compute: { $0.reduce(0, +) })
  }

  /// Whether the listed parts must be all the parts: 分别为; shares that add up to 100%; 基本支出 and
  /// 项目支出 (which together make up 支出).
  private static func isEvidentlyComplete(_ builder: ClaimBuilder, total: Int, parts: [Int]) -> Bool {
    if parts.contains(where: { builder.readings[$0].isCompleteList }) { return true }
    // A last part named 其他… is the rest: the list names every part.
    if let last = parts.last, builder.facts[last].item.hasPrefix("其他") || builder.facts[last].item.hasPrefix("其它") {
      return true
    }
    let items = Set(parts.map { builder.facts[$0].item })
    if parts.count == 2, items.contains(where: { $0.hasSuffix("基本支出") }), items.contains(where: { $0.hasSuffix("项目支出") }) {
      return true
    }
    // 占比为98.65% … 占比为1.35%: one share per part, adding up to 100%.
    var shares: [Quantity] = []
    for part in parts {
      let next = part + 1
      guard next < builder.facts.count, builder.spanOf[next] == builder.spanOf[part], builder.facts[next].ratioKind == .share
      else { return false }
      shares.append(builder.facts[next].quantity)
    }
    let sum = shares.reduce(0) { $0 + $1.value }
    let tolerance = shares.reduce(0) { $0 + 0.5 * pow10(-$1.decimals) }
    return abs(sum - 100) <= tolerance + 1e-9
  }

  /// Whether the same parts, counted in another unit written beside each (36户61人: 13户28人、19户33人), add up exactly to the total in that unit: then the list names every part.
  private static func isCompleteInAnotherUnit(
    _ builder: ClaimBuilder, total: Int, parts: [Int], partsByParent: [[Int]]
  ) -> Bool {
    for sibling in [total - 1, total + 1] where sibling >= 0 && sibling < builder.facts.count {
      let adjacent = sibling > total ? builder.readings[sibling].isAdjacent : builder.readings[total].isAdjacent
      guard adjacent, !builder.sameUnit(sibling, total), builder.isExact(sibling) else { continue }
      let offset = sibling - total
      let pairs = parts.map { $0 + offset }
      guard pairs.allSatisfy({ $0 >= 0 && $0 < builder.facts.count && partsByParent[sibling].contains($0) }),
        pairs.count == partsByParent[sibling].count, pairs.allSatisfy({ builder.isExact($0) }),
        let claim = sumClaim(builder, total: sibling, parts: pairs, name: "合计", isInferred: false)
      else { continue }
      if claim.verdict == .consistent { return true }
    }
    return false
  }

  /// Whether two or more of the parts add up to the total (a list that mixes in a figure of another kind:
  /// 其中：基本支出…，项目支出…，年末结转和结余…).
  private static func subsetMatches(_ builder: ClaimBuilder, total: Int, parts: [Int]) -> Bool {
    guard parts.count <= 12 else { return false }
    let stated = builder.facts[total].quantity
    let quantities = parts.map { builder.facts[$0].quantity }
    let precision = ClaimBuilder.peerPrecision(
      units: (parts + [total]).map { builder.unitKeys[$0] }, decimals: quantities.map(\.decimals) + [stated.decimals])
    let ranges = quantities.indices.map {
      let decimals = ClaimBuilder.effectiveDecimals(quantities[$0], mostAmongPeers: precision[$0].most)
      return ClaimBuilder.range(quantities[$0], decimals: decimals)
    }
    let statedRange = ClaimBuilder.range(
      stated, decimals: ClaimBuilder.effectiveDecimals(stated, mostAmongPeers: precision[quantities.count].most))
    // Every subset of two parts or more but not all, its bounds summed in the order of the parts: the sum
    // of a subset is that of the subset without its last part, plus that part.
    let count = parts.count
    return withUnsafeTemporaryAllocation(of: ValueRange.self, capacity: 1 << count) { sums in
      sums[0] = ValueRange(point: 0)
      for mask in 1..<(1 << count) {
        let last = Int.bitWidth - 1 - mask.leadingZeroBitCount
        let before = sums[mask & ~(1 << last)]
        let sum = ValueRange(before.lower + ranges[last].lower, before.upper + ranges[last].upper)
        sums[mask] = sum
        if mask.nonzeroBitCount >= 2, mask.nonzeroBitCount < count, sum.overlaps(statedRange) { return true }
      }
      return false
    }
  }

  /// The words naming a fact, as written (其中、为 and quotes dropped): 一般公共预算财政拨款收入.
  static func displayName(_ builder: ClaimBuilder, _ index: Int) -> String {
    let text = builder.text
    let label = builder.facts[index].labelRange
    var start = max(0, label.start)
    var end = min(label.end, text.count)
    guard start < end, text[start..<end].allSatisfy(ClaimBuilder.isPlain) else {
      return displayNameOfText(builder, index)
    }
    // On plain text every character is one scalar: the words are trimmed and filtered scalar by scalar.
    for prefix in displayPrefixes
    where end - start >= prefix.count && text[start] == prefix[0]
      && text[start..<(start + prefix.count)].elementsEqual(prefix)
    {
      start += prefix.count
    }
    for suffix in displaySuffixes where end > start && text[end - 1] == suffix { end -= 1 }
    let isQuote: (Unicode.Scalar) -> Bool = { $0 == "“" || $0 == "”" || $0 == "\"" }
    let words = text[start..<end]
    let name =
      words.contains(where: isQuote) ? String(scalars: words.filter { !isQuote($0) }[...]) : String(scalars: words)
    return name.isEmpty ? (builder.facts[index].item.isEmpty ? "该分项" : builder.facts[index].item) : name
  }

  private static let displayPrefixes = ["其中：", "其中:", "其中", "包括", "：", "、"].map { Array($0.unicodeScalars) }
  private static let displaySuffixes: [Unicode.Scalar] = ["为", "是", "达", "共"]

  /// `displayName` on text that is not plain, by String's own (normalising, grapheme-aware) operations.
  private static func displayNameOfText(_ builder: ClaimBuilder, _ index: Int) -> String {
    var name = builder.text.string(in: builder.facts[index].labelRange)
    for prefix in ["其中：", "其中:", "其中", "包括", "：", "、"] where name.hasPrefix(prefix) { name.removeFirst(prefix.count) }
    for suffix in ["为", "是", "达", "共"] where name.hasSuffix(suffix) { name.removeLast(suffix.count) }
    name = name.filter { $0 != "“" && $0 != "”" && $0 != "\"" }
    return name.isEmpty ? (builder.facts[index].item.isEmpty ? "该分项" : builder.facts[index].item) : name
  }

  /// The names of the parts of a list: their words, or 第N项 when a part has no words of its own before it
  /// (其中：30万元用于…；30万元用于…) or two parts would read alike.
  static func partNames(_ builder: ClaimBuilder, _ parts: [Int]) -> [String] {
    let names = parts.map { displayName(builder, $0) }
    let unnamed = parts.map { builder.facts[$0].isItemInherited && builder.text.trimmed(builder.facts[$0].labelRange).isEmpty }
    // Compared by bytes (a Set of Strings would hash them normalised); long lists are not searched.
    let hasDuplicates = names.count <= 16
      && names.indices.contains { i in names.indices.contains { j in j > i && names[i].hasSameUTF8(as: names[j]) } }
    return names.indices.map { unnamed[$0] || hasDuplicates ? "第\($0 + 1)项" : names[$0] }
  }

  /// The readings of a wrong total: the total is wrong, or one of the (two or three) parts is.
  static func partAlternatives(_ builder: ClaimBuilder, total: Int, parts: [Int], claim: Claim) -> [ClaimAlternative] {
    let totalQuantity = builder.facts[total].quantity
    let decimals = max(totalQuantity.decimals, parts.map { builder.facts[$0].quantity.decimals }.max() ?? 0)
    let unit = totalQuantity.unit?.symbol ?? ""
    var alternatives = [
      ClaimAlternative(
        explanation: "若各分项无误，合计应为\(claim.expected)\(unit)", range: totalQuantity.numberRange,
        replacement: claim.expected, subject: "合计")
    ]
    guard parts.count <= 3 else { return alternatives }
    for (part, name) in zip(parts, partNames(builder, parts)) {
      let quantity = builder.facts[part].quantity
      let others = parts.filter { $0 != part }.reduce(0) { $0 + builder.facts[$1].quantity.value }
      let value = totalQuantity.value - others
      guard value >= 0 else { continue }
      let text = DecimalText.string(value, decimals: decimals, thousands: quantity.hasThousandsSeparator)
      alternatives.append(
        ClaimAlternative(
          explanation: "若合计无误，\(name)应为\(text)\(unit)", range: quantity.numberRange, replacement: text,
          subject: name))
    }
    return alternatives
  }
}
