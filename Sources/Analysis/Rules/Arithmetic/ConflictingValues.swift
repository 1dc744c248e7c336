/// ## 检查内容
/// 查找同一数量前后写成不同数值的情况：同一事项、同一口径（预算/决算/目标 …）、同一期间（本年、上年、某一年度）、
/// 同一范围（整体，或同一整体中的某一部分）、同一单位，出现在两个段落中或一个段落与一张表格中，例如“三公”经费
/// 预算一处写28.46万元、另一处写32万元，或公务接待一处写150批次、另一处写240批次。
///
/// 这些金额取自声明层的事实：每个金额都按其所在分句的结构读取（前面所写的事项或句子的主题、口径词和期间词、
/// “其中”及括号中的部分），表格中的金额则按行标题和列标题读取。不同年度、本年与上年、预算与决算、目标与实际、
/// 变动额（增加/减少…）、平均数（每/人均）、约数（约/余/以上）以及列举多项内容的标签（A、B等）都是不同的数量，
/// 从不相互比较。某一部分只与同一整体的部分比较，一个段落或表格中的金额只与同一主题的金额比较。带编号的标题行
/// 写的是目标，不予检查。两个金额都必须自己写明事项或口径。
///
/// 某一数值出现次数较多时，报告与之不同的那一处；两个数值各出现一次时，报告在其他事项的段落中顺带写出的一处，
/// 而不是在该事项本身为主题之处写出的一处；仍无法区分时，报告后出现的一处。
///
/// ## 为什么要改
/// 审核人员发现同一个数字有两个数值时，哪一个都不会相信。其中一个是抄写或录入错误，常常是上一年报告留下的。
///
/// ## 示例
/// ```
/// 三公经费年初预算数28.46万元……
/// 2021年初批复的“三公”经费预算数为32万元。
/// ```
/// 应改为：
/// ```
/// 三公经费年初预算数32万元……
/// 2021年初批复的“三公”经费预算数为32万元。
/// ```
///
/// ## 修复安全性
/// 不提供修复：只有作者知道哪个数值是对的。
public struct ConflictingValues: Rule {
  public static let code = "A106"
  public static let name = "conflicting-values"
  public static let title = "同一数据前后不一致"
  public static let defaultSeverity = Severity.warning

  public init() {}

  /// A bucket holding more amounts than this is a generic word, not one quantity.
  private static let maximumBucket = 24

  /// What identifies one quantity of the report.
  private struct Key {
    var item: String
    /// The count word (批次, 人次) or else the unit's base (元, 亩).
    var measure: String
    var dimension: Dimension
    var standing: Standing
    /// The whole a part belongs to, or the topic of the paragraph or table; "" for none.
    var scope: String

    /// FNV-1a over the item's and the scope's UTF-8 and the other fields: keys that are equal share it.
    /// (String's own hashing normalises Unicode, which dominated the rule's cost.)
    var digest: UInt64 {
      var digest: UInt64 = 0xcbf2_9ce4_8422_2325
      for byte in item.utf8 { digest = (digest ^ UInt64(byte)) &* 0x100_0000_01b3 }
      digest = (digest ^ 0xFF) &* 0x100_0000_01b3
      for byte in scope.utf8 { digest = (digest ^ UInt64(byte)) &* 0x100_0000_01b3 }
      digest = (digest ^ UInt64(measure.utf8.count)) &* 0x100_0000_01b3
      digest = (digest ^ UInt64(truncatingIfNeeded: standing.hashValue)) &* 0x100_0000_01b3
      return digest
    }

    /// Equality by UTF-8 bytes (the items are the claim layer's, Han characters as written).
    func isSame(as other: Key) -> Bool {
      dimension == other.dimension && standing == other.standing && item.hasSameUTF8(as: other.item)
        && scope.hasSameUTF8(as: other.scope) && measure.hasSameUTF8(as: other.measure)
    }
  }

  public func check(_ context: RuleContext) -> [Diagnostic] {
    let document = context.document
    let claims = context.claims
    let facts = claims.facts
    // Buckets of facts with one key, in order of first appearance, found by the key's digest.
    var keys: [Key] = []
    var members: [[Int]] = []
    var byDigest: [UInt64: [Int]] = [:]
    var paragraphTopics: [Int: (dimension: Dimension, item: String)] = [:]
    for index in facts.indices {
      guard let key = key(of: index, in: claims, document: document, paragraphTopics: &paragraphTopics)
      else { continue }
      let digest = key.digest
      if let bucket = byDigest[digest]?.first(where: { keys[$0].isSame(as: key) }) {
        members[bucket].append(index)
      } else {
        byDigest[digest, default: []].append(keys.count)
        keys.append(key)
        members.append([index])
      }
    }
    var result: [Diagnostic] = []
    for (key, bucket) in zip(keys, members) where bucket.count >= 2 && bucket.count <= Self.maximumBucket {
      result.append(contentsOf: conflicts(bucket, key: key, in: facts))
    }
    return result
  }

  /// The key of fact `index`, or nil when it is not a level that can be stated twice for certain.
  private func key(
    of index: Int, in claims: ClaimSet, document: Document, paragraphTopics: inout [Int: (dimension: Dimension, item: String)]
  ) -> Key? {
    let fact = claims.facts[index]
    guard fact.role == .value || fact.role == .reference, fact.isExact, !fact.isPerUnit,
      let unit = fact.quantity.unit, Self.isLevel(unit.dimension), !fact.quantity.isChineseNumeral,
      fact.item.unicodeScalars.count >= 3, !fact.isItemQualified
    else { return nil }
    if let paragraph = fact.paragraph, paragraph < document.paragraphs.count {
      let line = document.paragraphs[paragraph]
      // A numbered line of one clause states a target ("1) 油菜种植面积2万亩。").
      if line.heading != nil, line.sentences.count <= 1, (line.sentences.first?.clauses.count ?? 0) <= 1 { return nil }
    }
    // The item must be written at the amount, or be the sentence's with the measure written at the
    // amount (与年初预算数17万元), or the amount must be a second measure of the named item before it
    // (150批次、1800人次): a figure that inherits its item from an earlier sentence may be another
    // figure of the paragraph's topic.
    guard !fact.isItemInherited || isSecondMeasure(index, in: claims.facts)
      || (fact.isStandingWritten && fact.itemSource.map { claims.facts[$0].sentence == fact.sentence } == true)
    else { return nil }
    // A figure with no measure word is the actual one unless its sentence names the actual figure of
    // the same item apart from it.
    if fact.standing.measure == .unstated, fact.paragraph != nil, sentenceNamesActual(of: index, in: claims.facts) {
      return nil
    }
    var item = fact.item
    var measure = unit.base
    if let word = Self.countWord(endingItem: item) {
      item = String(String.UnicodeScalarView(item.unicodeScalars.dropLast(word.unicodeScalars.count)))
      // 公务接待批次85次: the count word is the measure; a second amount in another unit keeps its own.
      if word.unicodeScalars.last == unit.base.unicodeScalars.last { measure = word }
    }
    var scope = ""
    if let whole = fact.partOf {
      scope = claims.facts[whole].item
    } else if let paragraph = fact.paragraph {
      // What the paragraph is about, per dimension: its first named whole of that kind (a count in it is
      // not scoped by a money topic).
      if let topic = paragraphTopics[paragraph] {
        if topic.dimension == unit.dimension, !topic.item.hasSameUTF8(as: item) { scope = topic.item }
      } else if unit.dimension != .count, !fact.isItemInherited {
        paragraphTopics[paragraph] = (unit.dimension, item)
      }
    } else if let cell = fact.cell, let topic = claims.tableTopics[cell.table], !topic.hasSameUTF8(as: item) {
      scope = topic
    }
    return Key(item: item, measure: measure, dimension: unit.dimension, standing: Self.canonical(fact.standing), scope: scope)
  }

  /// Whether fact `index` is stated where `item` is the subject: a table cell (its row names it), or the
  /// first named amount of its paragraph is of that item.
  private func isAtHome(_ index: Int, item: String, in facts: [Fact]) -> Bool {
    guard let paragraph = facts[index].paragraph else { return true }
    var first = index
    while first > 0, facts[first - 1].paragraph == paragraph { first -= 1 }
    guard let opening = (first...index).first(where: { !facts[$0].isItemInherited && !facts[$0].item.isEmpty }) else {
      return false
    }
    var opener = facts[opening].item
    if let word = Self.countWord(endingItem: opener) {
      opener = String(String.UnicodeScalarView(opener.unicodeScalars.dropLast(word.unicodeScalars.count)))
    }
    return LabelReader.itemsMatch(opener, item)
  }

  /// Whether the sentence of fact `index` names the actual figure of its item in another amount (the
  /// facts of a sentence are consecutive).
  private func sentenceNamesActual(of index: Int, in facts: [Fact]) -> Bool {
    let sentence = facts[index].sentence
    var other = index - 1
    while other >= 0, facts[other].sentence == sentence {
      if facts[other].standing.measure == .actual, facts[other].item.hasSameUTF8(as: facts[index].item) { return true }
      other -= 1
    }
    other = index + 1
    while other < facts.count, facts[other].sentence == sentence {
      if facts[other].standing.measure == .actual, facts[other].item.hasSameUTF8(as: facts[index].item) { return true }
      other += 1
    }
    return false
  }

  private static let countWords = Vocabulary.measureCountWords.map { Array($0.unicodeScalars) }

  /// The count word (批次, 人次) an item ends with, when something comes before it.
  private static func countWord(endingItem item: String) -> String? {
    let scalars = item.unicodeScalars
    for (word, written) in zip(countWords, Vocabulary.measureCountWords) where scalars.count > word.count {
      if scalars.suffix(word.count).elementsEqual(word) { return written }
    }
    return nil
  }

  /// Whether fact `index` is a second measure of the amount before it in its sentence, which names its
  /// item (150批次、1800人次; 41户86人).
  private func isSecondMeasure(_ index: Int, in facts: [Fact]) -> Bool {
    guard index > 0, facts[index - 1].sentence == facts[index].sentence, !facts[index - 1].isItemInherited,
      facts[index - 1].item.hasSameUTF8(as: facts[index].item), let unit = facts[index].quantity.unit,
      let previous = facts[index - 1].quantity.unit
    else { return false }
    return !previous.base.hasSameUTF8(as: unit.base)
  }

  /// A standing as a key: this year's figure whether or not the year is written, and a figure with no
  /// measure word as the actual one (the report states its results unless it says otherwise).
  private static func canonical(_ standing: Standing) -> Standing {
    Standing(
      standing.measure == .unstated ? .actual : standing.measure, standing.period.isThisYear ? .unstated : standing.period)
  }

  /// Whether amounts of `dimension` describe a level that can be stated twice.
  private static func isLevel(_ dimension: Dimension) -> Bool {
    switch dimension {
    case .money, .area, .length, .weight, .volume, .count: true
    case .percent, .percentagePoint, .time, .score, .multiple: false
    }
  }

  /// The odd values among `members`, facts that share a key.
  private func conflicts(_ members: [Int], key: Key, in facts: [Fact]) -> [Diagnostic] {
    let count = members.count
    // Most buckets state one value throughout: nothing disagrees then.
    let firstValue = facts[members[0]].quantity.baseValue
    guard members.contains(where: { facts[$0].quantity.baseValue != firstValue }) else { return [] }
    var values = [Double](repeating: 0, count: count)
    var tolerances = [Double](repeating: 0, count: count)
    for (position, member) in members.enumerated() {
      let quantity = facts[member].quantity
      values[position] = quantity.baseValue
      tolerances[position] = quantity.roundingError * (quantity.unit?.scale ?? 1)
    }
    // Equal within the rounding of the less precise one.
    func equal(_ i: Int, _ j: Int) -> Bool {
      let x = values[i]
      let y = values[j]
      return abs(x - y) <= max(tolerances[i], tolerances[j]) + 1e-9 * max(abs(x), abs(y))
    }
    // Whether each amount is stated where its item is the subject (the paragraph opens with it, or a table
    // row names it) rather than in passing, in a paragraph about something else.
    let atHome = members.map { isAtHome($0, item: key.item, in: facts) }
    // For each amount: how many amounts agree with it, and the first of them.
    var agreeing = [Int](repeating: 0, count: count)
    var firstAgreeing = [Int](repeating: 0, count: count)
    for i in 0..<count {
      firstAgreeing[i] = i
      for j in 0..<count where equal(i, j) {
        agreeing[i] += 1
        if j < firstAgreeing[i] { firstAgreeing[i] = j }
      }
    }
    var result: [Diagnostic] = []
    for i in 0..<count {
      // The strongest disagreeing value: most agreement, then earliest. Two values in one sentence are
      // two figures the author tells apart (项目资金共860万元，已拨付812.4万元), never one stated twice.
      var best: Int?
      for j in 0..<count where !equal(i, j) && facts[members[j]].sentence != facts[members[i]].sentence {
        if let current = best {
          if agreeing[j] > agreeing[current] || (agreeing[j] == agreeing[current] && firstAgreeing[j] < firstAgreeing[current]) {
            best = j
          }
        } else {
          best = j
        }
      }
      guard let best else { continue }
      // The odd one: the value fewer amounts agree with; between two values stated once each, the one
      // stated in passing, and else the later one.
      let isOdd =
        agreeing[i] < agreeing[best]
        || (agreeing[i] == agreeing[best]
          && (atHome[i] == atHome[firstAgreeing[best]] ? firstAgreeing[i] > firstAgreeing[best] : !atHome[i]))
      guard isOdd else { continue }
      let other = facts[members[firstAgreeing[best]]]
      let amount = facts[members[i]]
      let standing = key.standing == Standing(.actual, .unstated) ? "" : "（\(key.standing.chineseName)）"
      let name = key.item + standing
      let place = other.cell != nil ? "表中" : other.quantity.range.start < amount.quantity.range.start ? "前文" : "后文"
      let written = Self.written(amount.quantity)
      let otherWritten = Self.written(other.quantity)
      var message = "同一数据前后不一致：“\(name)”此处为\(written)，\(place)为\(otherWritten)"
      if agreeing[best] > 1 { message += "（共\(agreeing[best])处）" }
      let isCertain =
        key.item.unicodeScalars.count >= 4
        && (key.dimension == .money || Vocabulary.measureCountWords.contains(key.measure))
      result.append(
        diagnostic(
          amount.quantity.range, message, severity: isCertain ? .warning : .information,
          related: [RelatedInformation(range: other.quantity.range, message: "“\(name)”在此处为\(otherWritten)")]))
    }
    return result
  }

  /// The amount as written, number and unit: "4.26元", "32万元".
  private static func written(_ quantity: Quantity) -> String { quantity.digits + (quantity.unit?.symbol ?? "") }
}
