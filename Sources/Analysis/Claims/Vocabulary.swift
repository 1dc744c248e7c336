/// What a word says about the number written after it.
enum Keyword: Hashable, Sendable {
  /// Which figure of its item the number is (预算, 决算, 目标, 结转 …).
  case measure(Measure)
  /// Which year it is of: 本年 (`.current`) or 上年 (`.previous`).
  case period(Period)
  /// 年初 or 年末 before 结转/结余: which end of the year a balance is of.
  case yearStart
  case yearEnd
  case change(Direction)
  case ratio(RatioKind)
  /// 较, 比, 与, 相比, 同比: what follows is the figure compared with.
  case comparison
  /// 其中, 包括: what follows are parts of the amount before.
  case list
  /// 分别为, 由…组成: the parts that follow are all the parts.
  case completeList
  /// 合计, 共计, 总计: this amount is the sum of the amounts before.
  case total
  /// 每, 平均, 人均: a per-unit figure that never adds into a total.
  case perUnit
  /// 另, 此外: what follows is not part of the list before.
  case listBreak
  /// 到, 至 after a change word: the amount is the new value, not the change.
  case toward
  /// 占 (占比 excluded): the amount is a share of the figure named after it.
  case share
  /// 由, 从: the amount is where a change starts.
  case from
  /// A word that contains a keyword's characters but means something else (比较, 预算管理).
  case blocker
}

/// The one vocabulary of the arithmetic layer: every word that says what a number is — its measure
/// (预算, 决算, 目标 …), its period (本年, 上年), a change (增加, 无增减), a ratio (节约率, 占比), the
/// structure of a clause (较 …, 其中, 分别为, 合计, 占…的, 由…到) — and the words stripped from a label
/// to leave its item. The fact reader (`LabelReader`), the table reader and the rules all read these
/// lists; none keeps its own.
enum Vocabulary {
  struct Entry: Sendable {
    let scalars: [Unicode.Scalar]
    let keyword: Keyword
  }

  static let measureWords: [(String, Measure)] = [
    ("年初预算批复数", .budget), ("年初预算指标", .budget), ("年初预算批复", .budget), ("年初预算数", .budget), ("年初预算", .budget),
    ("批复预算", .budget), ("预算批复", .budget), ("预算数", .budget), ("预算指标", .budget), ("预算", .budget),
    ("批复", .budget), ("年初数", .budget), ("年初批复", .budget), ("安排", .budget),
    ("调整预算数", .adjustedBudget), ("调整预算", .adjustedBudget), ("调整后预算", .adjustedBudget),
    ("全年预算数", .adjustedBudget), ("全年预算", .adjustedBudget), ("变动后预算", .adjustedBudget),
    ("计划", .target), ("目标", .target), ("任务", .target), ("指标值", .target), ("指标", .target),
    ("预期", .target), ("申请", .target), ("申报", .target),
    ("决算数", .actual), ("决算", .actual), ("实际", .actual), ("执行数", .actual), ("预算执行数", .actual),
    ("完成数", .actual), ("完成", .actual), ("完成任务", .actual), ("执行", .actual), ("支出数", .actual), ("到位", .actual), ("支付", .actual), ("拨付", .actual),
    ("年中追加", .addition), ("追加", .addition),
    ("结转和结余", .carryOver), ("结转结余", .carryOver), ("结转", .carryOver), ("结余资金", .carryOver),
    ("结转下年", .closingBalance),
    ("未支付", .outstanding), ("未拨付", .outstanding), ("未支", .outstanding), ("尚未支付", .outstanding),
  ]
  static let currentWords = ["本年数", "本年度", "本年", "今年", "当年", "本期"]
  static let previousWords = ["上年数", "上年度", "上一年", "上年", "去年", "同期", "往年", "上期"]
  static let increaseWords = [
    "增加", "增长", "上升", "提高", "提升", "扩大", "超支", "超出", "增多", "多支出", "升", "增",
  ]
  static let decreaseWords = ["减少", "下降", "降低", "节约", "节省", "压减", "减支", "少支出", "降", "减"]
  static let neutralChangeWords = ["相差", "差异", "差额", "增减", "增减额", "变动额", "变动", "收支差额"]
  /// Words that make an amount the sum of others (合计, 共计), and the labels of a table's total row.
  static let totalWords = ["合计", "共计", "总计", "总共", "小计", "合共"]
  static let totalRowLabels = totalWords + ["合计数", "总计数", "总额"]
  /// No change: 与上年相比无增减, 与预算持平.
  static let unchangedWords = [
    "无增减", "无变化", "没有变化", "未发生变化", "未变化", "无变动", "持平", "基本持平", "保持不变",
  ]
  static let ratioWords: [(String, RatioKind)] = [
    ("节约比例", .saving), ("节约比", .saving), ("节约率", .saving), ("节支率", .saving), ("节约比率", .saving),
    ("超支率", .overspend), ("超支比", .overspend), ("超支比例", .overspend),
    ("上升比", .growth), ("上升比例", .growth), ("增长率", .growth), ("增长比例", .growth), ("增长比", .growth),
    ("上升率", .growth), ("增幅", .growth), ("增幅为", .growth),
    ("下降比", .decline), ("下降比例", .decline), ("下降率", .decline), ("降低率", .decline), ("降幅", .decline),
    ("占比", .share), ("比重", .share), ("所占比例", .share), ("占比例", .share), ("占比重", .share),
    ("所占比重", .share),
    ("比例", .rate), ("比率", .rate),
  ]
  /// The stems of rates that measure an actual figure against its plan: 执行率 = 执行数 ÷ 预算数.
  static let planRateStems = ["执行", "完成", "到位", "支付", "拨付", "使用", "兑现", "实现"]
  /// Rates that count a part of a whole, which cannot exceed 100% (合格率, 覆盖率), by the stem before 率.
  static let boundedRateStems = [
    "合格", "达标", "覆盖", "参保", "知晓", "满意", "及时", "办结", "结案", "化解", "普及", "入户", "接种", "优良",
    "准确", "正确", "出勤", "入学", "巩固", "返贫",
  ]
  /// Words that contain a keyword's characters but mean something else.
  static let blockers = [
    "一般公共预算", "政府性基金预算", "国有资本经营预算", "社会保险基金预算",
    "比较", "预算绩效", "预算管理", "预算编制", "预算执行情况", "计划生育", "任务完成", "完成情况", "实际情况",
  ]

  /// The keywords of `text` (a header or a label, read whole), in order.
  static func keywords(in text: [Unicode.Scalar]) -> [Keyword] {
    var found: [Keyword] = []
    var cursor = 0
    while cursor < text.count {
      if let entry = table.longestMatch(text, at: cursor, end: text.count) {
        found.append(entry.keyword)
        cursor += entry.scalars.count
      } else {
        cursor += 1
      }
    }
    return found
  }

  /// Every word of the lists, longest first.
  static let entries: [Entry] = {
    var list: [(String, Keyword)] = []
    for (word, measure) in measureWords { list.append((word, .measure(measure))) }
    for word in currentWords { list.append((word, .period(.current))) }
    for word in previousWords { list.append((word, .period(.previous))) }
    for word in ["年初"] { list.append((word, .yearStart)) }
    for word in ["年末", "年底"] { list.append((word, .yearEnd)) }
    for word in increaseWords { list.append((word, .change(.increase))) }
    for word in decreaseWords { list.append((word, .change(.decrease))) }
    for word in neutralChangeWords { list.append((word, .change(.neutral))) }
    for word in unchangedWords { list.append((word, .change(.unchanged))) }
    for (word, kind) in ratioWords { list.append((word, .ratio(kind))) }
    for word in ["较", "比", "与", "相比", "同比", "对比", "相较", "环比"] { list.append((word, .comparison)) }
    for word in ["其中", "包括", "包含", "含"] { list.append((word, .list)) }
    for word in ["分别为", "分别是", "分别"] { list.append((word, .completeList)) }
    for word in totalWords { list.append((word, .total)) }
    for word in ["每", "平均", "人均", "户均", "亩均", "单价", "标准", "均价"] { list.append((word, .perUnit)) }
    for word in ["另", "此外", "另外", "同时"] { list.append((word, .listBreak)) }
    for word in ["到", "至"] { list.append((word, .toward)) }
    list.append(("占", .share))
    for word in ["由", "从"] { list.append((word, .from)) }
    for word in blockers { list.append((word, .blocker)) }
    return list.map { Entry(scalars: Array($0.0.unicodeScalars), keyword: $0.1) }
      .sorted { $0.scalars.count > $1.scalars.count }
  }()

  /// Keywords by first character, in a table indexed by the CJK code point (every keyword starts
  /// with a Han character), so that scanning a label costs one array read per character.
  static let table = CJKTable(entries.map { ($0.scalars, $0) })

  /// Words stripped from a label to leave the item (三公经费 from 本年度实际支出“三公”经费): measure and
  /// period words, time words, list and total marks, fillers.
  static let itemNoise: [String] = {
    var words = measureWords.map(\.0) + currentWords + previousWords
    words += [
      "全年", "年初", "年末", "年底", "年中", "年度", "截至", "截止", "目前", "共计", "合计", "总计", "小计", "累计",
      "其中", "包括", "包含", "分别为", "分别是", "分别", "达到", "为", "是", "达", "的", "了", "全镇", "全乡",
      "全县", "我镇", "我乡", "本镇", "本乡", "我街道", "本单位", "我单位", "实现", "年", "数", "国内", "经比较",
      "投入", "发放", "筹措", "争取", "下达", "落实", "用于",
    ]
    return words
  }()

  /// Characters that open a label as fillers (共计, 已完成, 另安排) but belong to words inside it (公共).
  static let leadingFillers = "共已另"

  /// Words that contain noise words but belong to an item's name (计划生育 is a policy, not a plan).
  static let itemWordsKept = ["计划生育", "一般公共预算", "政府性基金预算", "国有资本经营预算", "社会保险基金预算"]

  /// Words that only repeat what the unit says (面积 before 亩, 人数 before 人): dropped at an item's end.
  static let dimensionWords = ["面积", "长度", "产量", "数量", "总量", "人数", "户数", "个数", "次数", "规模", "总额", "金额", "总数"]

  /// Count words that stand for the unit when they end the label: 公务接待批次150次.
  static let measureCountWords = ["批次", "人次", "户次", "架次", "趟次"]

  /// Items that name no thing on their own: the sentence's topic is meant.
  static let genericItems = ["支出", "收入", "金额", "资金", "经费", "费用", "数额", "总额"]

  /// Traditional characters of the words above, each followed by its simplified form, folded before
  /// reading (與上年相比無增減, 萬元) so that the lists are written once.
  static let traditional = "與与較较減减預预決决數数萬万億亿無无變变實实際际額额經经費费務务節节約约計计現现項项餘余車车購购運运維维護护當当總总結结轉转達达執执為为爲为標标業业內内國国對对從从專专資资產产進进處处場场點点個个戶户畝亩噸吨筆笔應应補补貼贴撥拨稅税財财體体統统級级區区縣县鄉乡鎮镇辦办會会議议設设備备團团組组員员職职編编製制後后動动沒没發发說说況况規规劃划佔占於于長长幣币廳厅審审檢检監监機机構构貿贸權权臺台灣湾識识範范環环衛卫醫医療疗險险農农漁渔養养殘残災灾還还債债類类準准續续綜综線线輛辆訊讯據据們们來来時时間间問问題题勞劳畫画興兴舉举學学習习錢钱銀银紀纪轄辖屬属離离歸归豐丰積积極极歷历雜杂價价傳传廣广態态屆届圍围僅仅償偿擔担單单盡尽戰战義义講讲認认軍军遼辽陽阳貧贫窮穷協协調调導导網网絡络雲云電电話话視视頻频獎奖懲惩號号綫线"

  /// The scalars of `text` with traditional characters folded (the same array when there are none, the
  /// usual case: one pass, no copy).

  /// The scalars of `text` with traditional characters folded (the same array when there are none, the
  /// usual case: one pass, no copy).
  static func folded(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
    guard text.contains(where: { foldMap[$0] != nil }) else { return text }
    return text.map { foldMap[$0] ?? $0 }
  }

  private static let foldMap: ScalarFold = {
    let scalars = Array(traditional.unicodeScalars)
    return ScalarFold(stride(from: 0, to: scalars.count - 1, by: 2).map { (scalars[$0], scalars[$0 + 1]) })
  }()
}

/// A map of Han scalars to Han scalars, read by one array index for the basic block.
struct ScalarFold: Sendable {
  private var targets: [UInt32]

  init(_ pairs: [(Unicode.Scalar, Unicode.Scalar)]) {
    targets = [UInt32](repeating: 0, count: 0xA000 - 0x4E00)
    for (from, to) in pairs where (0x4E00..<0xA000).contains(from.value) {
      targets[Int(from.value) - 0x4E00] = to.value
    }
  }

  @inline(__always)
  subscript(scalar: Unicode.Scalar) -> Unicode.Scalar? {
    let offset = Int(scalar.value) - 0x4E00
    guard offset >= 0, offset < targets.count, targets[offset] != 0 else { return nil }
    return Unicode.Scalar(targets[offset])
  }
}

extension CJKTable where Value == Vocabulary.Entry {
  /// The longest keyword at `offset`, not running past `end`. A method of the table, so that a label
  /// is scanned with the table read once.
  func longestMatch(_ text: [Unicode.Scalar], at offset: Int, end: Int) -> Value? {
    guard offset < end, hasWords(startingWith: text[offset]) else { return nil }
    for entry in candidates(text[offset]) where offset + entry.scalars.count <= end {
      var matched = true
      for i in 1..<max(1, entry.scalars.count) where text[offset + i] != entry.scalars[i] {
        matched = false
        break
      }
      if matched { return entry }
    }
    return nil
  }
}

/// Words grouped by their first character, looked up by direct indexing for CJK ideographs.
struct CJKTable<Value: Sendable>: Sendable {
  private static var base: UInt32 { 0x4E00 }
  private static var size: Int { 0xA000 - 0x4E00 }
  private var slots: [UInt16]
  private var groups: [[Value]]
  private var others: [Unicode.Scalar: Int]

  /// `words` in the order to try them (longest first).
  init(_ words: [([Unicode.Scalar], Value)]) {
    slots = [UInt16](repeating: 0, count: Self.size)
    groups = [[]]
    others = [:]
    for (scalars, value) in words {
      guard let first = scalars.first else { continue }
      let offset = Int(first.value) - Int(Self.base)
      var group: Int
      if offset >= 0, offset < Self.size {
        if slots[offset] == 0 {
          groups.append([])
          slots[offset] = UInt16(groups.count - 1)
        }
        group = Int(slots[offset])
      } else if let known = others[first] {
        group = known
      } else {
        groups.append([])
        group = groups.count - 1
        others[first] = group
      }
      groups[group].append(value)
    }
  }

  /// Whether some word starts with `scalar`: one array read for a CJK ideograph.
  @inline(__always)
  func hasWords(startingWith scalar: Unicode.Scalar) -> Bool {
    let offset = Int(scalar.value) - Int(Self.base)
    if offset >= 0, offset < Self.size { return slots[offset] != 0 }
    return !others.isEmpty && others[scalar] != nil
  }

  /// The words starting with `scalar`, in the order given.
  @inline(__always)
  func candidates(_ scalar: Unicode.Scalar) -> [Value] {
    let offset = Int(scalar.value) - Int(Self.base)
    if offset >= 0, offset < Self.size { return groups[Int(slots[offset])] }
    if others.isEmpty { return groups[0] }
    return others[scalar].map { groups[$0] } ?? groups[0]
  }
}
