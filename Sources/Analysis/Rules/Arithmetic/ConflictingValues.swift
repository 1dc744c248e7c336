/// ## What it does
/// Finds one quantity stated twice with different values: the same item, caliber (预算/决算/上年 …),
/// year and unit, in two paragraphs or in a paragraph and a table, such as a “三公”经费 budget of
/// 28.46万元 in one place and 32万元 in another, or 公务接待 150批次 here and 240批次 there.
///
/// Amounts are matched by a key made of the words right before the number (without time words and
/// filler), the caliber, the year and the unit. Amounts of different years, 本年 and 上年, 预算 and 决算,
/// targets and results, changes (增加/减少…), averages (每/人均) and approximate numbers (约/余/以上) are
/// different quantities and never compared. A 其中 part and the amounts of a paragraph or table are
/// compared only with amounts of the same whole. Titles of numbered lines, which state targets, are skipped.
///
/// When a value occurs more often than the other, the odd one is reported; otherwise the later one.
///
/// ## Why is this bad?
/// A reviewer who finds two values for one figure trusts neither. One of them is a copy or typing
/// error, often left from last year's report.
///
/// ## Example
/// ```
/// 三公经费年初预算数28.46万元……
/// 2021年初批复的“三公”经费预算数为32万元。
/// ```
/// Use instead:
/// ```
/// 三公经费年初预算数32万元……
/// 2021年初批复的“三公”经费预算数为32万元。
/// ```
///
/// ## Fix safety
/// No fix: only the author knows which value is right.
public struct ConflictingValues: Rule {
  public static let code = "A106"
  public static let name = "conflicting-values"
  public static let title = "同一数据前后不一致"
  public static let defaultSeverity = Severity.warning

  public init() {}

  /// A bucket holding more amounts than this is a generic word, not one quantity.
  private static let maximumBucket = 24

  public func check(_ context: RuleContext) -> [Diagnostic] {
    let amounts = context.statedAmounts
    let reportYear = context.document.subject.year
    // Buckets of amounts with one key, in order of first appearance, found through an open-addressing
    // table on the key's digest (a `Dictionary` over the key ran its hasher and compared the arrays on
    // every lookup). A bucket's members are linked through `nextMember`.
    var capacity = 16
    while capacity < 2 * amounts.count { capacity <<= 1 }
    let mask = capacity - 1
    var table = [Int32](repeating: -1, count: capacity)
    var digests: [UInt64] = []
    var heads: [Int] = []
    var tails: [Int] = []
    var sizes: [Int] = []
    var nextMember = [Int](repeating: -1, count: amounts.count)
    for index in amounts.indices {
      guard !amounts[index].isInTitle, amounts[index].subject.count >= 3, amounts[index].quantity.unit != nil
      else { continue }
      let digest = Self.digest(amounts, index, reportYear: reportYear)
      var slot = Int(truncatingIfNeeded: (digest &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
      while true {
        let bucket = Int(table[slot])
        if bucket < 0 {
          table[slot] = Int32(truncatingIfNeeded: heads.count)
          digests.append(digest)
          heads.append(index)
          tails.append(index)
          sizes.append(1)
          break
        }
        if digests[bucket] == digest, Self.isSameKey(amounts, heads[bucket], index, reportYear: reportYear) {
          nextMember[tails[bucket]] = index
          tails[bucket] = index
          sizes[bucket] += 1
          break
        }
        slot = (slot + 1) & mask
      }
    }
    var result: [Diagnostic] = []
    var members: [Int] = []
    for bucket in heads.indices where sizes[bucket] >= 2 && sizes[bucket] <= Self.maximumBucket {
      members.removeAll(keepingCapacity: true)
      var member = heads[bucket]
      while member >= 0 {
        members.append(member)
        member = nextMember[member]
      }
      result.append(contentsOf: conflicts(members, in: amounts))
    }
    return result
  }

  /// Whether amounts `a` and `b` have one key: the subject, the caliber, the year (the report's when
  /// none is written), and the measure (a count word, or else the unit's base) with the unit's
  /// dimension. By index: a copy of an amount retains all its arrays and strings.
  private static func isSameKey(_ amounts: [StatedAmount], _ a: Int, _ b: Int, reportYear: Int?) -> Bool {
    guard let dimension = amounts[a].quantity.unit?.dimension, dimension == amounts[b].quantity.unit?.dimension,
      amounts[a].subject == amounts[b].subject, amounts[a].caliber == amounts[b].caliber,
      (amounts[a].year ?? reportYear) == (amounts[b].year ?? reportYear)
    else { return false }
    return measure(amounts, a).hasSameUTF8(as: measure(amounts, b))
  }

  /// What an amount counts: the count word of its phrase, or else its unit's base.
  private static func measure(_ amounts: [StatedAmount], _ index: Int) -> String {
    amounts[index].phrase.measure ?? amounts[index].quantity.unit?.base ?? ""
  }

  /// The subject, caliber and year of the key of amount `index`, mixed by FNV-1a: amounts of one key
  /// share it.
  private static func digest(_ amounts: [StatedAmount], _ index: Int, reportYear: Int?) -> UInt64 {
    var digest: UInt64 = 0xcbf2_9ce4_8422_2325
    amounts[index].subject.withUnsafeBufferPointer { subject in
      for scalar in subject { digest = (digest ^ UInt64(scalar.value)) &* 0x100_0000_01b3 }
    }
    digest = (digest ^ UInt64(amounts[index].caliber.rawValue)) &* 0x100_0000_01b3
    return (digest ^ UInt64(bitPattern: Int64(amounts[index].year ?? reportYear ?? -1))) &* 0x100_0000_01b3
  }

  /// The odd values among `members`, amounts (indices into `amounts`) that share a key.
  private func conflicts(_ members: [Int], in amounts: [StatedAmount]) -> [Diagnostic] {
    let count = members.count
    // Most buckets state one value throughout: nothing disagrees then.
    let firstValue = amounts[members[0]].quantity.baseValue
    guard members.contains(where: { amounts[$0].quantity.baseValue != firstValue }) else { return [] }
    // Per member: its value in the base unit, the rounding it may carry, and the first member with the
    // same topic (amounts of one key describe the same thing only within the same whole).
    var values = [Double](repeating: 0, count: count)
    var tolerances = [Double](repeating: 0, count: count)
    var topics = [Int](repeating: 0, count: count)
    for (position, member) in members.enumerated() {
      values[position] = amounts[member].quantity.baseValue
      tolerances[position] = amounts[member].quantity.roundingError * (amounts[member].quantity.unit?.scale ?? 1)
      topics[position] = members.prefix(position).firstIndex { amounts[$0].topic == amounts[member].topic } ?? position
    }
    // Equal within the rounding of the less precise one.
    func equal(_ i: Int, _ j: Int) -> Bool {
      let x = values[i]
      let y = values[j]
      return abs(x - y) <= max(tolerances[i], tolerances[j]) + 1e-9 * max(abs(x), abs(y))
    }
    // For each amount: how many compatible amounts agree with it, and the first of them.
    var agreeing = [Int](repeating: 0, count: count)
    var firstAgreeing = [Int](repeating: 0, count: count)
    for i in 0..<count {
      firstAgreeing[i] = i
      for j in 0..<count where topics[i] == topics[j] && equal(i, j) {
        agreeing[i] += 1
        if j < firstAgreeing[i] { firstAgreeing[i] = j }
      }
    }
    let caliber = amounts[members[0]].caliber
    var result: [Diagnostic] = []
    for i in 0..<count {
      // The strongest disagreeing value: most agreement, then earliest.
      var best: Int?
      for j in 0..<count where topics[i] == topics[j] && !equal(i, j) {
        if let current = best {
          if agreeing[j] > agreeing[current] || (agreeing[j] == agreeing[current] && firstAgreeing[j] < firstAgreeing[current]) {
            best = j
          }
        } else {
          best = j
        }
      }
      guard let best else { continue }
      let isOdd =
        agreeing[i] < agreeing[best] || (agreeing[i] == agreeing[best] && firstAgreeing[i] > firstAgreeing[best])
      guard isOdd else { continue }
      let other = amounts[members[firstAgreeing[best]]]
      let amount = amounts[members[i]]
      let name = amount.subjectText + (caliber == .actual ? "" : "（\(caliber.label)）")
      let place = other.isInTable ? "表中" : other.quantity.range.start < amount.quantity.range.start ? "前文" : "后文"
      var message = "同一数据前后不一致：“\(name)”此处为\(amount.written)，\(place)为\(other.written)"
      if agreeing[best] > 1 { message += "（共\(agreeing[best])处）" }
      let isCertain =
        amount.subject.count >= 4 && isExplicit(amount) && isExplicit(other)
        && (amount.quantity.unit?.dimension == .money
          || ItemPhrase.measureWords.contains(Self.measure(amounts, members[0])))
      result.append(
        diagnostic(
          amount.quantity.range, message, severity: isCertain ? .warning : .information,
          related: [RelatedInformation(range: other.quantity.range, message: "“\(name)”在此处为\(other.written)")]))
    }
    return result
  }

  /// Whether the amount names its item or at least its caliber (本年数, 预算数) itself.
  private func isExplicit(_ amount: StatedAmount) -> Bool { !amount.isInherited || amount.phrase.hasCaliberWord }
}
