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
/// 某一数值出现次数较多时，报告与之不同的那一处；否则报告后出现的一处。
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
