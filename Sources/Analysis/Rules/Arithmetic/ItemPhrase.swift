/// What a stated amount is measured against: the budget, last year, a target, or the actual figure.
enum Caliber: UInt8, Hashable, Sendable {
  case actual
  case budget
  case lastYear
  case target
  case yearStart
  case yearEnd

  /// The Chinese word shown in messages.
  var label: String {
    switch self {
    case .actual: "实际数"
    case .budget: "预算数"
    case .lastYear: "上年数"
    case .target: "目标数"
    case .yearStart: "年初数"
    case .yearEnd: "年末数"
    }
  }
}

/// The words written right before a number in its clause ("年末财政拨款结转和结余" in
/// "年末财政拨款结转和结余179.93万元"), reduced to what identifies the quantity: the item it is about,
/// its caliber (预算/上年/目标 …), and marks that make it a different kind of number (a change, a part,
/// an average).
///
/// The reduction is deliberately crude and table-driven; rules use it only as a hash key, and a key that
/// comes out short or empty is not used on its own.
struct ItemPhrase: Sendable {
  /// The item, Han characters only, without time words, caliber words and filler: "财政拨款结转和结余".
  var subject: String
  var caliber: Caliber
  /// Whether the phrase names its caliber explicitly (本年数, 上年数, 预算数 …).
  var hasCaliberWord: Bool
  /// A count word that stands for the unit: 批次 in "公务接待批次200次".
  var measure: String?
  /// 增加, 减少, 差异 …: the number is a change, not a level.
  var isChange: Bool
  /// 其中, 包括: the number is a part of the amount stated before it.
  var isPart: Bool
  /// 每, 人均, 平均: the number is a rate per unit.
  var isPerUnit: Bool
  /// A year written in the phrase (2020年初 → 2020), or nil.
  var year: Int?

  /// Reads the phrase in `range` (Han characters, digits, quotes, as written).
  init(_ text: [Unicode.Scalar], _ range: TextRange) {
    var han: [Unicode.Scalar] = []
    han.reserveCapacity(range.length)
    var year: Int?
    var index = max(0, range.start)
    let end = min(range.end, text.count)
    while index < end {
      let scalar = text[index]
      if scalar.isDigit {
        // A number inside the phrase is dropped; a four-digit one followed by 年 is a year.
        var value = 0
        var count = 0
        while index < end, let digit = text[index].digitValue {
          value = value &* 10 &+ digit  // wraps on a long digit run; only four digits make a year
          count += 1
          index += 1
        }
        if index < end, text[index] == "年" {
          if count == 4 { year = value }
          // 2020年初 is 2020年 + 年初: keep 年 for the caliber word.
          let next: Unicode.Scalar? = index + 1 < end ? text[index + 1] : nil
          if next != "初", next != "末", next != "底", next != "中" { index += 1 }
          if index < end, text[index] == "度" { index += 1 }
        }
        continue
      }
      if scalar.isHan { han.append(scalar) }
      index += 1
    }
    self.init(han: han, year: year)
  }

  /// Reads an already extracted phrase (table headers and row labels).
  init(string: String) {
    self.init(Array(string.unicodeScalars), TextRange(0, string.unicodeScalars.count))
  }

  private init(han original: [Unicode.Scalar], year: Int?) {
    self.year = year
    var han = original
    // 计划生育 is a policy, not a plan.
    _ = han.removeAll(word: "计划生育")
    isChange = Self.changeWords.contains { han.contains(word: $0) }
    isPart = Self.partWords.contains { han.contains(word: $0) }
    isPerUnit = Self.perUnitWords.contains { han.contains(word: $0) }
    let hasFinal = han.contains(word: "决算")
    if Self.lastYearWords.contains(where: { han.contains(word: $0) }) {
      caliber = .lastYear
    } else if han.contains(word: "预算"), !hasFinal {
      caliber = .budget
    } else if Self.targetWords.contains(where: { han.contains(word: $0) }) {
      caliber = .target
    } else if han.contains(word: "年初"), !hasFinal {
      caliber = .yearStart
    } else if (han.contains(word: "年末") || han.contains(word: "年底")), !hasFinal {
      caliber = .yearEnd
    } else {
      caliber = .actual
    }
    var words = han
    var removedCaliber = false
    for word in Self.caliberWords {
      if words.removeAll(word: word) { removedCaliber = true }
    }
    hasCaliberWord = removedCaliber
    // Filler at either end: 其中、我镇、为、达到、总额 …
    var changed = true
    while changed {
      changed = false
      for word in Self.leadingFiller where words.hasPrefix(word: word) {
        words.removeFirst(word.unicodeScalars.count)
        changed = true
      }
      for word in Self.trailingFiller where words.hasSuffix(word: word) {
        words.removeLast(word.unicodeScalars.count)
        changed = true
      }
    }
    measure = nil
    for word in Self.measureWords where words.hasSuffix(word: word) {
      words.removeLast(word.unicodeScalars.count)
      measure = word
      break
    }
    for word in Self.dimensionWords where words.hasSuffix(word: word) {
      words.removeLast(word.unicodeScalars.count)
      break
    }
    while let last = words.last, Self.trailingFiller.contains(where: { $0 == String(last) }) { words.removeLast() }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: words)
    subject = String(view)
  }

  /// The number of characters in the subject.
  var subjectLength: Int { subject.unicodeScalars.count }

  static let changeWords = [
    "增加", "减少", "节约", "超支", "增长", "下降", "上升", "降低", "提高", "相差", "差异", "差额", "增减", "多出",
    "少于", "多于", "超出", "追加", "核减", "压减", "同比", "环比", "变动", "变化",
  ]
  static let partWords = ["其中", "包括", "包含", "含"]
  static let perUnitWords = ["每", "人均", "户均", "亩均", "平均", "单价", "均价"]
  static let lastYearWords = ["上年", "去年", "上一年", "上年度", "同期"]
  static let targetWords = ["计划", "目标", "任务", "预期", "预计"]
  /// Removed anywhere in the phrase: they say when or against what, not what.
  static let caliberWords = [
    "上年度", "上一年", "上年", "去年", "同期", "本年度", "本年", "全年", "今年", "当年", "年初", "年末", "年底",
    "年中", "年度", "预算数", "预算", "决算数", "决算", "批复", "实际", "计划", "目标", "任务", "预期", "预计",
    "本期", "本次",
  ]
  static let leadingFiller = [
    "其中", "包括", "包含", "我镇", "我乡", "我街道", "我单位", "本单位", "本镇", "本乡", "全镇", "全乡", "全县",
    "国内", "支出", "完成", "实现", "投入", "发放", "共计", "合计", "总计", "累计", "已", "与", "比", "较", "和",
    "及", "对", "另", "共", "的", "为", "是", "在", "有", "了", "数", "含",
  ]
  static let trailingFiller = [
    "为", "是", "达到", "达", "共计", "合计", "总计", "累计", "共有", "共", "约", "计", "有", "总额", "金额", "总数",
    "数", "的", "了", "已", "至", "到",
  ]
  /// Count words that stand for the unit when they end the phrase: 公务接待批次200次.
  static let measureWords = ["批次", "人次", "户次", "架次", "趟次"]
  /// Words that only repeat the unit's dimension: 面积, 产量, 人数.
  static let dimensionWords = ["面积", "长度", "产量", "数量", "总量", "人数", "户数", "个数", "次数", "规模"]
}

extension Array where Element == Unicode.Scalar {
  /// Whether `word` occurs anywhere in the array.
  func contains(word: String) -> Bool {
    let pattern = Array(word.unicodeScalars)
    guard let first = pattern.first, pattern.count <= count else { return false }
    var index = 0
    while index + pattern.count <= count {
      if self[index] == first, matches(word, at: index) { return true }
      index += 1
    }
    return false
  }

  /// Whether the array starts with `word`.
  func hasPrefix(word: String) -> Bool { matches(word, at: 0) }

  /// Whether the array ends with `word`.
  func hasSuffix(word: String) -> Bool { matches(word, endingAt: count) }

  /// Removes every occurrence of `word`; returns whether one was removed.
  mutating func removeAll(word: String) -> Bool {
    let pattern = Array(word.unicodeScalars)
    guard !pattern.isEmpty, contains(word: word) else { return false }
    var result: [Unicode.Scalar] = []
    result.reserveCapacity(count)
    var index = 0
    while index < count {
      if index + pattern.count <= count, matches(word, at: index) {
        index += pattern.count
      } else {
        result.append(self[index])
        index += 1
      }
    }
    self = result
    return true
  }
}
