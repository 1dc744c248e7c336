/// ## What it does
/// Finds one quantity stated twice with different values: the same item, caliber (预算/决算/上年 …),
/// year and unit, in two paragraphs or in a paragraph and a table, such as a “三公”经费 budget of
/// 17.11万元 in one place and 16万元 in another, or 公务接待 200批次 here and 320批次 there.
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
/// 三公经费年初预算数17.11万元……
/// 2020年初批复预算的“三公”经费为16万元。
/// ```
/// Use instead:
/// ```
/// 三公经费年初预算数16万元……
/// 2020年初批复预算的“三公”经费为16万元。
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

  private struct Key: Hashable {
    var subject: [Unicode.Scalar]
    var caliber: Caliber
    var measure: String
    var dimension: Dimension
    var year: Int?
    /// The subject's scalars and the year, mixed once: `Hasher` over an array costs a round per
    /// element, and hashing the String and the raw-valued enum would normalise and hash their text.
    private let digest: Int

    init(subject: [Unicode.Scalar], caliber: Caliber, measure: String, dimension: Dimension, year: Int?) {
      self.subject = subject
      self.caliber = caliber
      self.measure = measure
      self.dimension = dimension
      self.year = year
      var digest: UInt64 = 0xcbf2_9ce4_8422_2325
      for scalar in subject { digest = (digest ^ UInt64(scalar.value)) &* 0x100_0000_01b3 }
      digest = (digest ^ UInt64(caliber.rawValue)) &* 0x100_0000_01b3
      digest = (digest ^ UInt64(bitPattern: Int64(year ?? -1))) &* 0x100_0000_01b3
      self.digest = Int(truncatingIfNeeded: digest)
    }

    func hash(into hasher: inout Hasher) { hasher.combine(digest) }

    static func == (a: Key, b: Key) -> Bool {
      a.subject == b.subject && a.caliber == b.caliber && a.dimension == b.dimension && a.year == b.year
        && a.measure.hasSameUTF8(as: b.measure)
    }
  }

  /// A bucket holding more amounts than this is a generic word, not one quantity.
  private static let maximumBucket = 24

  public func check(_ context: RuleContext) -> [Diagnostic] {
    let document = context.document
    let amounts = context.statedAmounts
    // Buckets in order of first appearance; one hash lookup per amount.
    var slots: [Key: Int] = [:]
    slots.reserveCapacity(amounts.count)
    var buckets: [(key: Key, members: [Int])] = []
    let reportYear = document.subject.year
    for index in amounts.indices {
      guard !amounts[index].isInTitle, amounts[index].subject.count >= 3, let unit = amounts[index].quantity.unit
      else { continue }
      let key = Key(
        subject: amounts[index].subject, caliber: amounts[index].caliber,
        measure: amounts[index].phrase.measure ?? unit.base, dimension: unit.dimension,
        year: amounts[index].year ?? reportYear)
      if let slot = slots[key] {
        buckets[slot].members.append(index)
      } else {
        slots[key] = buckets.count
        buckets.append((key, [index]))
      }
    }
    var result: [Diagnostic] = []
    for (key, members) in buckets where members.count >= 2 && members.count <= Self.maximumBucket {
      result.append(contentsOf: conflicts(members.map { amounts[$0] }, key: key))
    }
    return result
  }

  /// The odd values among amounts that share a key.
  private func conflicts(_ amounts: [StatedAmount], key: Key) -> [Diagnostic] {
    let count = amounts.count
    // For each amount: how many compatible amounts agree with it, and the first of them.
    var agreeing = [Int](repeating: 0, count: count)
    var firstAgreeing = [Int](repeating: 0, count: count)
    for i in 0..<count {
      firstAgreeing[i] = i
      for j in 0..<count where compatible(amounts[i], amounts[j]) && equal(amounts[i], amounts[j]) {
        agreeing[i] += 1
        if j < firstAgreeing[i] { firstAgreeing[i] = j }
      }
    }
    var result: [Diagnostic] = []
    for i in 0..<count {
      // The strongest disagreeing value: most agreement, then earliest.
      var best: Int?
      for j in 0..<count where compatible(amounts[i], amounts[j]) && !equal(amounts[i], amounts[j]) {
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
      let other = amounts[firstAgreeing[best]]
      let amount = amounts[i]
      let name = amount.subjectText + (key.caliber == .actual ? "" : "（\(key.caliber.label)）")
      let place = other.isInTable ? "表中" : other.quantity.range.start < amount.quantity.range.start ? "前文" : "后文"
      var message = "同一数据前后不一致：“\(name)”此处为\(amount.written)，\(place)为\(other.written)"
      if agreeing[best] > 1 { message += "（共\(agreeing[best])处）" }
      let isCertain =
        amount.subject.count >= 4 && isExplicit(amount) && isExplicit(other)
        && (key.dimension == .money || ItemPhrase.measureWords.contains(key.measure))
      result.append(
        diagnostic(
          amount.quantity.range, message, severity: isCertain ? .warning : .information,
          related: [RelatedInformation(range: other.quantity.range, message: "“\(name)”在此处为\(other.written)")]))
    }
    return result
  }

  /// Whether the amount names its item or at least its caliber (本年数, 预算数) itself.
  private func isExplicit(_ amount: StatedAmount) -> Bool { !amount.isInherited || amount.phrase.hasCaliberWord }

  /// Two amounts of the same key describe the same thing only within the same whole: 财政拨款支出 of a
  /// paragraph on 项目支出 is not the 财政拨款支出 of the whole unit.
  private func compatible(_ a: StatedAmount, _ b: StatedAmount) -> Bool { a.topic == b.topic }

  /// Equal within the rounding of the less precise one.
  private func equal(_ a: StatedAmount, _ b: StatedAmount) -> Bool {
    let x = a.quantity.baseValue
    let y = b.quantity.baseValue
    let tolerance = max(
      a.quantity.roundingError * (a.quantity.unit?.scale ?? 1), b.quantity.roundingError * (b.quantity.unit?.scale ?? 1))
    return abs(x - y) <= tolerance + 1e-9 * max(abs(x), abs(y))
  }
}
