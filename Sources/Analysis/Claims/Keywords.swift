/// The words that give an amount its meaning, in small tables scanned over scalars (no regex).
enum Keyword: Hashable, Sendable {
  case attribute(Attribute)
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

enum Keywords {
  struct Entry: Sendable {
    let scalars: [Unicode.Scalar]
    let keyword: Keyword
  }

  static let entries: [Entry] = {
    var list: [(String, Keyword)] = []
    for word in ["年初预算批复数", "年初预算批复", "年初预算数", "年初预算", "批复预算", "预算批复", "预算数", "预算指标", "预算", "批复", "年初数", "年初批复"] {
      list.append((word, .attribute(.budget)))
    }
    for word in ["计划", "目标", "任务", "指标值", "指标"] { list.append((word, .attribute(.target))) }
    for word in ["决算数", "决算", "实际", "执行数", "完成数", "完成"] { list.append((word, .attribute(.actual))) }
    for word in ["本年数", "本年度", "本年", "今年", "当年", "本期"] { list.append((word, .attribute(.current))) }
    for word in ["上年数", "上年度", "上一年", "上年", "去年", "同期", "往年", "上期"] {
      list.append((word, .attribute(.previous)))
    }
    for word in ["年中追加", "追加"] { list.append((word, .attribute(.addition))) }
    for word in ["结转和结余", "结转结余", "结转", "结余资金"] { list.append((word, .attribute(.carryOver))) }
    for word in ["增加", "增长", "上升", "提高", "提升", "扩大", "超支", "超出", "增多", "多支出", "增幅为", "增幅", "升", "增"] {
      list.append((word, word.hasPrefix("增幅") ? .ratio(.growth) : .change(.increase)))
    }
    for word in ["减少", "下降", "降低", "节约", "节省", "压减", "减支", "少支出", "降幅", "降", "减"] {
      list.append((word, word == "降幅" ? .ratio(.decline) : .change(.decrease)))
    }
    for word in ["相差", "差异", "差额", "增减", "增减额", "变动额", "收支差额"] { list.append((word, .change(.neutral))) }
    for word in ["节约比例", "节约比", "节约率", "节支率", "节约比率"] { list.append((word, .ratio(.saving))) }
    for word in ["超支率", "超支比", "超支比例"] { list.append((word, .ratio(.overspend))) }
    for word in ["上升比", "上升比例", "增长率", "增长比例", "增长比", "上升率"] { list.append((word, .ratio(.growth))) }
    for word in ["下降比", "下降比例", "下降率", "降低率"] { list.append((word, .ratio(.decline))) }
    for word in ["占比", "比重", "所占比例", "占比例"] { list.append((word, .ratio(.share))) }
    for word in ["较", "比", "与", "相比", "同比", "对比", "相较", "环比"] { list.append((word, .comparison)) }
    for word in ["其中", "包括", "包含"] { list.append((word, .list)) }
    for word in ["分别为", "分别是", "分别"] { list.append((word, .completeList)) }
    for word in ["合计", "共计", "总计", "总共", "小计", "合共"] { list.append((word, .total)) }
    for word in ["每", "平均", "人均", "户均", "亩均", "单价", "标准"] { list.append((word, .perUnit)) }
    for word in ["另", "此外", "另外", "同时"] { list.append((word, .listBreak)) }
    for word in ["到", "至"] { list.append((word, .toward)) }
    list.append(("占", .share))
    for word in ["由", "从"] { list.append((word, .from)) }
    // Words that contain a keyword's characters but mean something else.
    for word in ["比例", "比率"] { list.append((word, .ratio(.rate))) }
    for word in ["比较", "预算绩效", "预算管理", "预算编制", "预算执行情况", "到位"] { list.append((word, .blocker)) }
    return list.map { Entry(scalars: Array($0.0.unicodeScalars), keyword: $0.1) }
      .sorted { $0.scalars.count > $1.scalars.count }
  }()

  /// Keywords by first character, in a table indexed by the CJK code point (every keyword starts
  /// with a Han character), so that scanning a label costs one array read per character.
  static let table = CJKTable(entries.map { ($0.scalars, $0) })

}

extension CJKTable where Value == Keywords.Entry {
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
