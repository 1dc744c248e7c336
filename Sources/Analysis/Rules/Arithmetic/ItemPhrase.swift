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
/// "年末财政拨款结转和结余263.58万元"), reduced to what identifies the quantity: the item it is about,
/// its caliber (预算/上年/目标 …), and marks that make it a different kind of number (a change, a part,
/// an average).
///
/// The reduction is deliberately crude and table-driven; rules use it only as a hash key, and a key that
/// comes out short or empty is not used on its own.
struct ItemPhrase: Sendable {
  /// The item, Han characters only, without time words, caliber words and filler: "财政拨款结转和结余".
  /// Kept as scalars: it is a hash key for every number of the document, and only messages need a String.
  var subject: [Unicode.Scalar]
  var caliber: Caliber
  /// Whether the phrase names its caliber explicitly (本年数, 上年数, 预算数 …).
  var hasCaliberWord: Bool
  /// A count word that stands for the unit: 批次 in "公务接待批次150次".
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
    self.init(Scan(text, range))
  }

  /// The first step of reading a phrase: its Han characters, its year and which word lists occur in
  /// it. Enough for the flags (a year, 其中, a change); the item and caliber are read from it only for
  /// the numbers that need them.
  struct Scan {
    /// The Han characters of the phrase, at most `maximumLength`, without the numbers.
    var han: [Unicode.Scalar]
    var year: Int?
    /// The lists of `ItemPhrase.marks` that occur in `han` (after removing 计划生育).
    fileprivate var marks: UInt32

    init(_ text: [Unicode.Scalar], _ range: TextRange) {
      var year: Int?
      let start = max(0, range.start)
      let end = min(range.end, text.count)
      let maximum = ItemPhrase.maximumLength
      // The item is at the end of the phrase; what comes long before it is another clause's business:
      // the last `maximum` Han characters are kept in a ring on the stack, then copied out in order.
      let han = withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: maximum) { ring in
        var count = 0
        text.withUnsafeBufferPointer { text in
          var index = start
          while index < end {
            let scalar = text[index]
            if scalar.isDigit {
              // A number inside the phrase is dropped; a four-digit one followed by 年 is a year.
              var value = 0
              var digits = 0
              while index < end, let digit = text[index].digitValue {
                // Only a four-digit value is used; longer runs (a pasted code, 9999…) must not overflow.
                if digits < 4 { value = value * 10 + digit }
                digits += 1
                index += 1
              }
              if index < end, text[index] == "年" {
                if digits == 4 { year = value }
                // 2020年初 is 2020年 + 年初: keep 年 for the caliber word.
                let next: Unicode.Scalar? = index + 1 < end ? text[index + 1] : nil
                if next != "初", next != "末", next != "底", next != "中" { index += 1 }
                if index < end, text[index] == "度" { index += 1 }
              }
              continue
            }
            if scalar.isHan {
              ring[count % maximum] = scalar
              count += 1
            }
            index += 1
          }
        }
        let kept = min(count, maximum)
        var han: [Unicode.Scalar] = []
        han.reserveCapacity(kept)
        for offset in 0..<kept { han.append(ring[(count - kept + offset) % maximum]) }
        return han
      }
      self.init(han: han, year: year)
    }

    init(han original: [Unicode.Scalar], year: Int?) {
      self.year = year
      han = original
      marks = ItemPhrase.marks.sets(in: han)
      // 计划生育 is a policy, not a plan.
      if marks & Mark.familyPlanning != 0 {
        han = ItemPhrase.familyPlanning.removing(from: original)
        marks = ItemPhrase.marks.sets(in: han)
      }
    }

    /// 增加, 减少, 差异 …: the number is a change, not a level.
    var isChange: Bool { marks & Mark.change != 0 }
    /// 其中, 包括: the number is a part of the amount stated before it.
    var isPart: Bool { marks & Mark.part != 0 }
    /// 每, 人均, 平均: the number is a rate per unit.
    var isPerUnit: Bool { marks & Mark.perUnit != 0 }
  }

  /// How many Han characters before the number are read.
  static let maximumLength = 24

  /// Reads an already extracted phrase (table headers and row labels).
  init(string: String) {
    self.init(Array(string.unicodeScalars), TextRange(0, string.unicodeScalars.count))
  }

  /// Reads the item and caliber of a scanned phrase.
  init(_ scan: Scan) {
    let han = scan.han
    let marks = scan.marks
    year = scan.year
    isChange = scan.isChange
    isPart = scan.isPart
    isPerUnit = scan.isPerUnit
    let hasFinal = marks & Mark.final != 0
    if marks & Mark.lastYear != 0 {
      caliber = .lastYear
    } else if marks & Mark.budget != 0, !hasFinal {
      caliber = .budget
    } else if marks & Mark.target != 0 {
      caliber = .target
    } else if marks & Mark.yearStart != 0, !hasFinal {
      caliber = .yearStart
    } else if marks & Mark.yearEnd != 0, !hasFinal {
      caliber = .yearEnd
    } else {
      caliber = .actual
    }
    let words = marks & Mark.caliber != 0 ? Self.caliberWords.removing(from: han) : han
    hasCaliberWord = words.count != han.count
    // Filler at either end: 其中、我镇、为、达到、总额 …
    var start = 0
    var end = words.count
    var changed = true
    while changed {
      changed = false
      if let length = Self.leadingFiller.longestMatch(in: words, at: start, end: end) {
        start += length
        changed = true
      }
      if let length = Self.trailingFiller.longestMatch(in: words, endingAt: end, start: start) {
        end -= length
        changed = true
      }
    }
    measure = nil
    if let length = Self.measureWords.longestMatch(in: words, endingAt: end, start: start) {
      measure = String(scalars: words[(end - length)..<end])
      end -= length
    } else if let length = Self.dimensionWords.longestMatch(in: words, endingAt: end, start: start) {
      end -= length
    }
    while let length = Self.trailingFiller.longestMatch(in: words, endingAt: end, start: start), length == 1 {
      end -= length
    }
    subject = Array(words[start..<max(start, end)])
  }

  /// The number of characters in the subject.
  var subjectLength: Int { subject.count }

  /// The lists the flags and the caliber are read from, as bits of `marks`.
  fileprivate enum Mark {
    static let change: UInt32 = 1 << 0
    static let part: UInt32 = 1 << 1
    static let perUnit: UInt32 = 1 << 2
    static let lastYear: UInt32 = 1 << 3
    static let budget: UInt32 = 1 << 4
    static let final: UInt32 = 1 << 5
    static let target: UInt32 = 1 << 6
    static let yearStart: UInt32 = 1 << 7
    static let yearEnd: UInt32 = 1 << 8
    static let familyPlanning: UInt32 = 1 << 9
    static let caliber: UInt32 = 1 << 10
  }

  /// All the lists a phrase is searched for, matched in one pass.
  private static let marks = WordSets([
    (changeWords, Mark.change), (partWords, Mark.part), (perUnitWords, Mark.perUnit), (lastYearWords, Mark.lastYear),
    (budgetWords, Mark.budget), (finalWords, Mark.final), (targetWords, Mark.target),
    (yearStartWords, Mark.yearStart), (yearEndWords, Mark.yearEnd), (familyPlanning, Mark.familyPlanning),
    (caliberWords, Mark.caliber),
  ])

  static let changeWords = WordList([
    "增加", "减少", "节约", "超支", "增长", "下降", "上升", "降低", "提高", "相差", "差异", "差额", "增减", "多出",
    "少于", "多于", "超出", "追加", "核减", "压减", "同比", "环比", "变动", "变化",
  ])
  static let partWords = WordList(["其中", "包括", "包含", "含"])
  static let perUnitWords = WordList(["每", "人均", "户均", "亩均", "平均", "单价", "均价"])
  static let lastYearWords = WordList(["上年", "去年", "上一年", "同期"])
  static let budgetWords = WordList(["预算"])
  static let finalWords = WordList(["决算"])
  static let targetWords = WordList(["计划", "目标", "任务", "预期", "预计"])
  static let yearStartWords = WordList(["年初"])
  static let yearEndWords = WordList(["年末", "年底"])
  static let familyPlanning = WordList(["计划生育"])
  /// Removed anywhere in the phrase: they say when or against what, not what.
  static let caliberWords = WordList([
    "上年度", "上一年", "上年", "去年", "同期", "本年度", "本年", "全年", "今年", "当年", "年初", "年末", "年底",
    "年中", "年度", "预算数", "预算", "决算数", "决算", "批复", "实际", "计划", "目标", "任务", "预期", "预计",
    "本期", "本次",
  ])
  static let leadingFiller = WordList([
    "其中", "包括", "包含", "我镇", "我乡", "我街道", "我单位", "本单位", "本镇", "本乡", "全镇", "全乡", "全县",
    "国内", "支出", "完成", "实现", "投入", "发放", "共计", "合计", "总计", "累计", "已", "与", "比", "较", "和",
    "及", "对", "另", "共", "的", "为", "是", "在", "有", "了", "数", "含",
  ])
  static let trailingFiller = WordList([
    "为", "是", "达到", "达", "共计", "合计", "总计", "累计", "共有", "共", "约", "计", "有", "总额", "金额", "总数",
    "数", "的", "了", "已", "至", "到",
  ])
  /// Count words that stand for the unit when they end the phrase: 公务接待批次150次.
  static let measureWords = WordList(["批次", "人次", "户次", "架次", "趟次"])
  /// Words that only repeat the unit's dimension: 面积, 产量, 人数.
  static let dimensionWords = WordList(["面积", "长度", "产量", "数量", "总量", "人数", "户数", "个数", "次数", "规模"])
}

extension Array where Element == Unicode.Scalar {
  /// The scalars as a String, for messages.
  var text: String {
    String(scalars: self[...])
  }
}
