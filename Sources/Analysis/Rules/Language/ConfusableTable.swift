/// One confusable word: where `wrong` is written and the condition holds, `right` is meant.
///
/// The condition is data, so users can add entries through `Configuration.extraConfusables`:
/// - `after`: the text just before `wrong` ends with one of these (empty: no requirement);
/// - `before`: the text just after `wrong` starts with one of these (empty: no requirement);
/// - `notAfter` / `notBefore`: never fire when the text before / after matches one of these.
///
/// In these strings `#` stands for one digit and `^` for the start or end of the line (or a sentence
/// mark), so `["#"]` in `before` means "followed by a number".
public struct ConfusableEntry: Sendable, Hashable {
  /// The form written by mistake, e.g. `截止`.
  public var wrong: String
  /// The form meant, e.g. `截至`.
  public var right: String
  public var after: [String]
  public var before: [String]
  public var notAfter: [String]
  public var notBefore: [String]
  /// Why, in Chinese, shown in the message: `截至后接时间`.
  public var reason: String
  /// Where the rule comes from (a standard, a dictionary), shown in hover.
  public var source: String

  public init(
    wrong: String, right: String, after: [String] = [], before: [String] = [], notAfter: [String] = [],
    notBefore: [String] = [], reason: String = "", source: String = ""
  ) {
    self.wrong = wrong
    self.right = right
    self.after = after
    self.before = before
    self.notAfter = notAfter
    self.notBefore = notBefore
    self.reason = reason
    self.source = source
  }
}

/// The built-in confusable words (domain.md §4.4). Every entry is written so that it never fires on
/// correct text: an entry whose wrong form is also a correct word elsewhere carries the context that
/// tells them apart.
enum ConfusableTable {
  /// Time words that 截至 takes as its object.
  private static let timeObjects = [
    "#", "目前", "今年", "今日", "当前", "现在", "年底", "年末", "本年", "上年", "去年", "当年", "本月", "上月", "月底",
    "二〇", "今", "报告期",
  ]
  /// Words beginning with 势 (势头, 势在必行 …) that can follow a word ending in 行 or 型.
  private static let shiWords = ["头", "在", "必", "力", "能", "如", "态", "不", "均", "利", "众"]

  static let entries: [ConfusableEntry] =
    [
      ConfusableEntry(
        wrong: "截止至", right: "截至", reason: "“截止”与“至”语义重复", source: "吕叔湘《现代汉语八百词》"),
      ConfusableEntry(
        wrong: "截止", right: "截至", before: timeObjects, notBefore: ["到", "于", "日期", "时间", "至"],
        reason: "后接时间时应用“截至”；“截止”用在时间之后", source: "吕叔湘《现代汉语八百词》"),
      ConfusableEntry(
        wrong: "其它", right: "其他", reason: "公文中统一用“其他”", source: "《现代汉语词典》推荐词形"),
      ConfusableEntry(wrong: "布署", right: "部署", reason: "“部署”无“布署”写法", source: "《现代汉语词典》"),
      ConfusableEntry(
        wrong: "行势", right: "形势",
        notAfter: [
          "运", "执", "进", "发", "推", "实", "流", "施", "举", "通", "银", "旅", "步", "飞", "履", "试", "现", "风",
          "盛", "先", "同", "横", "可", "遵", "践", "言", "品", "罪", "自", "平", "并", "单", "修", "各", "本", "外", "内",
          "强", "例", "暴", "德", "航", "运",
        ],
        notBefore: shiWords, reason: "“形势”误写", source: "《现代汉语词典》"),
      ConfusableEntry(
        wrong: "型势", right: "形势", notAfter: ["转", "新", "类", "大", "小", "中", "重", "典", "模", "造", "定", "成", "巨", "微"],
        notBefore: shiWords, reason: "“形势”误写", source: "《现代汉语词典》"),
      ConfusableEntry(
        wrong: "稳患", right: "隐患", after: ["风险", "安全", "消除", "排查", "存在", "事故", "重大", "治理"],
        reason: "“隐患”误写", source: "《现代汉语词典》"),
      ConfusableEntry(
        wrong: "稳患", right: "隐患", before: ["排查", "整改", "点", "大排查"], notAfter: ["平", "安", "维"],
        reason: "“隐患”误写", source: "《现代汉语词典》"),
      ConfusableEntry(
        wrong: "藉", right: "籍",
        before: ["贯", "学子", "人士", "乡贤", "企业家", "同胞", "华人", "考生", "青年", "大学生", "在外", "干部", "老兵"],
        reason: "表示籍贯、户籍用“籍”", source: "《现代汉语词典》"),
      ConfusableEntry(
        wrong: "藉", right: "籍", after: ["户", "学", "国", "原", "书", "党", "军", "祖", "客", "湘", "鄂", "粤", "川", "黔"],
        reason: "表示籍贯、户籍用“籍”", source: "《现代汉语词典》"),
      ConfusableEntry(
        wrong: "告之", right: "告知",
        notAfter: ["而", "公", "通", "报", "布", "预", "广", "警", "忠", "劝", "宣", "祷", "控", "被", "原", "转", "诉"],
        notBefore: ["以", "日", "后", "前", "时", "中", "外", "一"], reason: "“告知”误写", source: "《现代汉语词典》"),
      ConfusableEntry(
        wrong: "物质", right: "物资",
        after: ["防疫", "防汛", "抗疫", "救灾", "应急", "抢险", "防护", "医疗", "捐赠", "救援", "慰问", "防控", "抗旱", "救济"],
        notBefore: ["文明", "文化", "生活", "基础", "条件", "激励", "奖励", "精神", "保障"],
        reason: "指用品、器材用“物资”", source: "《现代汉语词典》"),
      ConfusableEntry(
        wrong: "收益", right: "受益",
        after: ["#户群众", "#户", "#人", "#名群众", "#户村民", "#户农户", "#名村民", "#户贫困户", "#名学生", "#人次"],
        before: ["^", "，", "。", "；", "、", ","], reason: "“受益”是动词（得到好处），“收益”是名词（收入）",
        source: "《现代汉语词典》"),
      ConfusableEntry(
        wrong: "收益", right: "受益", after: ["让群众", "使群众", "让更多群众", "使更多群众", "让百姓", "使百姓", "让学生", "使学生"],
        before: ["^", "，", "。", "；", ","], reason: "“受益”是动词（得到好处），“收益”是名词（收入）",
        source: "《现代汉语词典》"),
    ] + ledgerEntries + orientationEntries

  /// 账 for money records (账目, 台账, 账实相符); 帐 only for cloth hangings (蚊帐, 帐篷).
  private static let ledgerEntries: [ConfusableEntry] = [
    ConfusableEntry(
      wrong: "帐", right: "账",
      after: [
        "明细", "台", "记", "对", "查", "结", "报", "转", "总", "挂", "入", "到", "销", "做", "算", "建", "立", "往来",
        "流水", "现金", "赊", "欠", "收", "出", "老", "销号对",
      ],
      notBefore: ["篷", "幕", "子", "幔", "房"], reason: "与钱财、账目有关的用“账”",
      source: "《第一批异形词整理表》、《现代汉语词典》"),
    ConfusableEntry(
      wrong: "帐", right: "账", before: ["实相符", "实不符", "目", "户", "务", "本", "簿", "款", "面", "号", "表", "册", "外"],
      notAfter: ["蚊", "营", "军", "篷", "床"], reason: "与钱财、账目有关的用“账”",
      source: "《第一批异形词整理表》、《现代汉语词典》"),
  ]

  /// 以…为导向 and its siblings: the preposition is 以, not 已. `…` allows a gap of up to twelve
  /// characters; 为 that belongs to a verb (成为, 作为, 列为 …) is not this frame.
  private static let orientationEntries: [ConfusableEntry] = [
    ConfusableEntry(
      wrong: "已", right: "以",
      before: [
        "…为导向", "…为抓手", "…为契机", "…为核心", "…为主线", "…为载体", "…为突破口", "…为引领", "…为指引",
        "…为根本", "…为落脚点", "…为出发点",
      ],
      notAfter: ["而", "业", "早", "久", "尚", "既"],
      notBefore: [
        "经", "…成为", "…作为", "…认为", "…视为", "…列为", "…定为", "…评为", "…称为", "…改为", "…变为", "…转为",
        "…划为", "…选为", "…以", "…被", "…确立为", "…明确为", "…调整为",
      ],
      reason: "“以……为……”是介词结构，用“以”", source: "《现代汉语词典》")
  ]
}

extension ConfusableEntry {
  /// An entry's condition with its patterns split into scalars once, not at every occurrence of `wrong`.
  struct Condition: Sendable {
    let after: [Pattern]
    let before: [Pattern]
    let notAfter: [Pattern]
    let notBefore: [Pattern]

    init(_ entry: ConfusableEntry) {
      func split(_ patterns: [String]) -> [Pattern] { patterns.map(Pattern.init) }
      after = split(entry.after)
      before = split(entry.before)
      notAfter = split(entry.notAfter)
      notBefore = split(entry.notBefore)
    }

    /// Whether the condition holds for an occurrence of `wrong` at `range`.
    func holds(in text: [Unicode.Scalar], at range: TextRange) -> Bool {
      if !after.isEmpty, !after.contains(where: { $0.matches(text, endingAt: range.start) }) { return false }
      if !before.isEmpty, !before.contains(where: { $0.matches(text, startingAt: range.end) }) { return false }
      if notAfter.contains(where: { $0.matches(text, endingAt: range.start) }) { return false }
      if notBefore.contains(where: { $0.matches(text, startingAt: range.end) }) { return false }
      return true
    }
  }

  /// A pattern of a condition: scalars with `#` for a digit and `^` for a boundary; a leading `…`
  /// allows a gap before the rest when the pattern is matched after `wrong`.
  struct Pattern: Sendable {
    /// The pattern as written.
    let written: [Unicode.Scalar]
    /// What follows the gap, or the whole pattern when there is none.
    let scalars: [Unicode.Scalar]
    let hasGap: Bool

    init(_ pattern: String) {
      written = Array(pattern.unicodeScalars)
      hasGap = written.first == "…"
      scalars = hasGap ? Array(written.dropFirst()) : written
    }

    /// Whether the pattern starts at `offset`.
    func matches(_ text: [Unicode.Scalar], startingAt offset: Int) -> Bool {
      guard hasGap else { return !scalars.isEmpty && ConfusableEntry.matchesPlain(scalars, text, at: offset) }
      var start = offset
      // The gap holds Chinese characters and quotation marks only, as in 以“绿水青山”为导向.
      while start < text.count, start - offset <= 12 {
        if ConfusableEntry.matchesPlain(scalars, text, at: start) { return true }
        let scalar = text[start]
        guard scalar.isHan || scalar == "“" || scalar == "”" else { return false }
        start += 1
      }
      return false
    }

    /// Whether the pattern as written ends right before `offset`.
    func matches(_ text: [Unicode.Scalar], endingAt offset: Int) -> Bool {
      ConfusableEntry.matchesPlain(written, text, at: offset - written.count)
    }
  }

  fileprivate static func matchesPlain(_ pattern: [Unicode.Scalar], _ text: [Unicode.Scalar], at offset: Int) -> Bool {
    var index = offset
    for scalar in pattern {
      switch scalar {
      case "^":
        if index >= 0, index < text.count, !text[index].isLineBreak, !text[index].isSentenceEnd { return false }
      case "#":
        guard index >= 0, index < text.count, text[index].isDigit else { return false }
      default:
        guard index >= 0, index < text.count, text[index] == scalar else { return false }
      }
      index += 1
    }
    return true
  }
}
