/// ## 检查内容
/// 查找所写数量与其后列举项数不符的情况：
/// - `四个100%，即走访覆盖率100%、台账登记率100%、问题整改率100%`（是三个，不是四个）；
/// - `新增农业合作社3家（A、B）`、`“五大”原则。即…；…；…` 和 `三个方面：一是…二是…`；
/// - `A、B、C、D三个村`（列举紧挨在数量之前）。
///
/// 各部分之和超过总数的情况（`共46人，其中分散供养31人，集中供养19人`）由声明层计算，见A102。
///
/// 只读取明确属于该数量的列举：紧跟其后的（即、分别是/为、包括、冒号、括号、一是…）或紧挨其前的。以“等”结尾的
/// 列举并不完整，只有项数多于所写数量时才标出。
///
/// ## 为什么要改
/// 读者会去数列举的项数。数量与项数不符，说明漏写了一项，或者句子是从别的报告抄来、没有相应调整。
///
/// ## 示例
/// ```
/// 排查工作实现四个100%，即走访覆盖率100%、台账登记率100%、问题整改率100%。
/// ```
/// 应改为：
/// ```
/// 排查工作实现三个100%，即走访覆盖率100%、台账登记率100%、问题整改率100%。
/// ```
///
/// ## 修复安全性
/// 修复把数量改为实际项数，属于不安全修复：也可能是漏写了一项。
public struct CountMismatch: Rule {
  public static let code = "A105"
  public static let name = "count-mismatch"
  public static let title = "所称数量与列举项数不符"
  public static let defaultSeverity = Severity.warning

  public init() {}

  /// A count as written: 四个, “五大”, 3家.
  private struct Count {
    var numberRange: TextRange
    var value: Int
    var isChinese: Bool
    /// The classifier, as an index into `classifiers`.
    var classifier: Int
    /// After the classifier and a closing quote.
    var end: Int
  }

  /// An enumeration: its items' ranges, whether it ends in 等, and how many items may hide a second
  /// one behind 和/及 (A、B和C is two or three).
  private struct Enumeration {
    var items: [TextRange]
    var isPartial: Bool
    var joined: Int
    var range: TextRange
  }

  private static let classifiers = ["方面", "个", "项", "条", "大", "类", "种", "家", "所", "座", "点", "件", "村", "名", "位", "支"]
    .map { Array($0.unicodeScalars) }
  /// Each classifier by its first scalar (no two share one): one lookup instead of trying each.
  private static let classifierByFirst = ScalarMap(classifiers.enumerated().map { ($0.element[0], $0.offset) })
  private static let big = classifiers.firstIndex(of: ["大"])!
  /// Classifiers that may follow a list: A、B、C三个村 (not 名/位/点, which count people or spots).
  private static let trailingClassifiers = Set(
    ["方面", "个", "项", "条", "大", "类", "种", "家", "所", "座", "村", "支"].map {
      classifiers.firstIndex(of: Array($0.unicodeScalars))!
    })
  /// The scalars a count can start with, by value (most of the text is rejected by one load): digits
  /// and the numerals other than 万, 零, 千 and 百.
  private static let countStarts = ScalarBits("0123456789０１２３４５６７８９〇一二两三四五六七八九十".unicodeScalars)

  /// The Chinese numerals among `countStarts`; all are basic Han characters, chained by the index.
  private static let hanCountStarts = Array("一二两三四五六七八九十".unicodeScalars)

  public func check(_ context: RuleContext) -> [Diagnostic] {
    let document = context.document
    let text = document.scalars
    var result: [Diagnostic] = []
    let starts = Self.countStartOffsets(text, context.characters)
    var nextStart = 0
    for paragraph in document.paragraphs {
      // Where the last count ended: a count is not searched for inside another.
      var resume = paragraph.range.start
      while nextStart < starts.count, starts[nextStart] < paragraph.range.start { nextStart += 1 }
      while nextStart < starts.count, starts[nextStart] < paragraph.range.end {
        let index = starts[nextStart]
        nextStart += 1
        guard index >= resume, let count = count(at: index, text, end: paragraph.range.end) else { continue }
        resume = count.end
        if let enumeration = following(count, text, paragraph: paragraph) ?? preceding(count, text, paragraph: paragraph),
          let finding = compare(count, enumeration, text)
        {
          result.append(finding)
        }
      }
    }
    return result
  }

  /// Where a count may start, in order: the digits and 〇 among the index's marks, merged with the
  /// occurrences of the other numerals (a test at every character cost more than the counts).
  private static func countStartOffsets(_ text: [Unicode.Scalar], _ characters: CharacterIndex) -> [Int] {
    let numerals = characters.offsets(ofAny: hanCountStarts)
    let countStarts = Self.countStarts
    var result: [Int] = []
    var nextNumeral = 0
    for offset in characters.others where countStarts.contains(text[Int(offset)]) {
      while nextNumeral < numerals.count, numerals[nextNumeral] < Int(offset) {
        result.append(numerals[nextNumeral])
        nextNumeral += 1
      }
      result.append(Int(offset))
    }
    result.append(contentsOf: numerals[nextNumeral...])
    return result
  }

  // MARK: Reading counts

  private func count(at index: Int, _ text: [Unicode.Scalar], end: Int) -> Count? {
    guard index < end, Self.countStarts.contains(text[index]) else { return nil }
    var cursor = index
    var value = 0
    var isChinese = false
    if text[cursor].isDigit {
      if index > 0, text[index - 1].isDigit || text[index - 1] == "." || text[index - 1].isLatinLetter { return nil }
      while cursor < end, let digit = text[cursor].digitValue, cursor - index < 3 {
        value = value * 10 + digit
        cursor += 1
      }
      if cursor < end, text[cursor].isDigit || text[cursor] == "." { return nil }
    } else if ChineseNumeral.isNumeral(text[index]), text[index] != "万", text[index] != "零", text[index] != "千",
      text[index] != "百"
    {
      if index > 0, text[index - 1] == "第" || ChineseNumeral.isNumeral(text[index - 1]) { return nil }
      while cursor < end, ChineseNumeral.isNumeral(text[cursor]), cursor - index < 3 { cursor += 1 }
      guard let parsed = ChineseNumeral.value(of: text[index..<cursor]) else { return nil }
      value = parsed
      isChinese = true
    } else {
      return nil
    }
    guard (2...20).contains(value), cursor < end, let classifier = Self.classifierByFirst.value(of: text[cursor]),
      text.matches(Self.classifiers[classifier], at: cursor)
    else { return nil }
    if classifier == Self.big, !isChinese { return nil }
    var after = cursor + Self.classifiers[classifier].count
    // 一个个, 两个多月: not a count of items.
    if after < end, text[after] == text[cursor] || text[after] == "多" || text[after] == "余" { return nil }
    if after < end, text[after] == "”" { after += 1 }
    return Count(
      numberRange: TextRange(index, cursor), value: value, isChinese: isChinese, classifier: classifier, end: after)
  }

  // MARK: Enumerations after the count

  /// The enumeration introduced right after the count and what it counts: 四个100%，即… / 3家（…） /
  /// “五大”原则。即… / 三个方面：一是….
  private func following(_ count: Count, _ text: [Unicode.Scalar], paragraph: Paragraph) -> Enumeration? {
    let end = paragraph.range.end
    // The counted noun: 100%, 基本原则, 方面的内容.
    var cursor = count.end
    while cursor < end, cursor - count.end < 12,
      text[cursor].isHan || text[cursor].isDigit || text[cursor] == "%" || text[cursor] == "％" || text[cursor] == "“"
        || text[cursor] == "”"
    {
      let scalar = text[cursor]
      if scalar == "即" || (scalar == "分" || scalar == "包") && (text.matches("分别", at: cursor) || text.matches("包括", at: cursor)) {
        break
      }
      cursor += 1
    }
    let noun = TextRange(count.end, cursor)
    if cursor < end, text[cursor] == "（" || text[cursor] == "(" {
      guard let close = closingBracket(text, from: cursor, end: end) else { return nil }
      return split(TextRange(cursor + 1, close), text, noun: noun)
    }
    // A separator, then the word that introduces the list.
    var introducer = cursor
    if introducer < end, Self.listSeparators.contains(text[introducer]) { introducer += 1 }
    let isColon = introducer > cursor && (text[cursor] == "：" || text[cursor] == ":")
    var listStart: Int?
    for word in Self.introducers where text.matches(word, at: introducer) {
      listStart = introducer + word.count
      break
    }
    if listStart == nil, isColon { listStart = introducer }
    if listStart == nil, introducer > cursor, text.matches("一是", at: introducer) { listStart = introducer }
    guard var start = listStart else { return nil }
    if start < end, text[start] == "：" || text[start] == ":" { start += 1 }
    if text.matches("一是", at: start) { return ordinals(from: start, text, end: end) }
    if start < end, text[start] == "①" { return circled(from: start, text, end: end) }
    // The list runs to the end of its sentence.
    guard let sentence = paragraph.sentences.first(where: { $0.range.contains(start) }) else { return nil }
    var listEnd = sentence.range.end
    while listEnd > start, text[listEnd - 1].isSentenceEnd { listEnd -= 1 }
    return split(TextRange(start, listEnd), text, noun: noun)
  }

  private static let listSeparators: [Unicode.Scalar] = ["，", "。", "：", ":", ","]
  private static let introducers = ["即", "分别是", "分别为", "包括"].map { Array($0.unicodeScalars) }

  private func closingBracket(_ text: [Unicode.Scalar], from open: Int, end: Int) -> Int? {
    var depth = 0
    var index = open
    while index < end, index - open < 200 {
      if text[index] == "（" || text[index] == "(" { depth += 1 }
      if text[index] == "）" || text[index] == ")" {
        depth -= 1
        if depth == 0 { return index }
      }
      index += 1
    }
    return nil
  }

  /// 一是…二是…三是…: the markers in order, up to the first gap.
  private func ordinals(from start: Int, _ text: [Unicode.Scalar], end: Int) -> Enumeration? {
    var items: [TextRange] = []
    var expected = 1
    var index = start
    var itemStart = start
    while index < end {
      let marker = ChineseNumeral.string(for: expected + 1) + "是"
      if expected >= 1, text.matches(marker, at: index), index > start {
        items.append(TextRange(itemStart, index))
        itemStart = index
        expected += 1
        index += marker.unicodeScalars.count
        continue
      }
      index += 1
    }
    items.append(TextRange(itemStart, end))
    return Enumeration(items: items, isPartial: false, joined: 0, range: TextRange(start, end))
  }

  /// ①…②…③…: the circled numbers in order, up to the first gap.
  private func circled(from start: Int, _ text: [Unicode.Scalar], end: Int) -> Enumeration? {
    var items: [TextRange] = []
    var next: UInt32 = 0x2461
    var itemStart = start
    var index = start + 1
    while index < end {
      if text[index].value == next {
        items.append(TextRange(itemStart, index))
        itemStart = index
        next += 1
      }
      index += 1
    }
    items.append(TextRange(itemStart, end))
    return Enumeration(items: items, isPartial: false, joined: 0, range: TextRange(start, end))
  }

  /// Splits a list: at ；if there is one, else at 、 in its first clause, else at ，where the clauses
  /// are parallel (each names the counted noun, or they share an ending or a beginning).
  private func split(_ range: TextRange, _ text: [Unicode.Scalar], noun: TextRange) -> Enumeration? {
    let semicolons = topLevel(range, text, separators: ["；", ";"])
    if semicolons.count >= 2 { return enumeration(semicolons, text, mayJoin: false) }
    let clauses = topLevel(range, text, separators: ["，", ",", "；", ";"])
    guard let first = clauses.first else { return nil }
    let listed = topLevel(first, text, separators: ["、"])
    if listed.count >= 2 { return enumeration(listed, text, mayJoin: true) }
    guard clauses.count >= 2 else { return nil }
    let nounText = text.string(in: text.trimmed(noun))
    let parallel: (TextRange) -> Bool
    if !nounText.isEmpty, nounText.unicodeScalars.count <= 6,
      clauses.prefix(2).allSatisfy({ text.firstOffset(of: nounText, in: $0) != nil })
    {
      parallel = { text.firstOffset(of: nounText, in: $0) != nil }
    } else if let suffix = sharedEnd(clauses[0], clauses[1], text) {
      parallel = { text.matches(suffix, endingAt: text.trimmed($0).end) }
    } else if let prefix = sharedStart(clauses[0], clauses[1], text) {
      parallel = { text.matches(prefix, at: text.trimmed($0).start) }
    } else {
      return nil
    }
    let items = Array(clauses.prefix { parallel($0) })
    guard items.count >= 2 else { return nil }
    return enumeration(items, text, mayJoin: false)
  }

  /// An enumeration of `items`; `mayJoin` when an item may hold two joined by 和 (A、B和C).
  private func enumeration(_ items: [TextRange], _ text: [Unicode.Scalar], mayJoin: Bool) -> Enumeration? {
    var items = items.map { text.trimmed($0) }.filter { !$0.isEmpty }
    guard items.count >= 2, let last = items.last else { return nil }
    var isPartial = false
    var lastRange = last
    for word in ["等等", "等"] where text.matches(word, endingAt: lastRange.end) {
      isPartial = true
      lastRange.end -= word.unicodeScalars.count
      break
    }
    items[items.count - 1] = lastRange
    let joined = mayJoin ? items.filter { hasJoiner($0, text) }.count : 0
    return Enumeration(items: items, isPartial: isPartial, joined: joined, range: items[0].union(lastRange))
  }

  private func hasJoiner(_ range: TextRange, _ text: [Unicode.Scalar]) -> Bool {
    ["和", "及", "与", "以及"].contains { text.firstOffset(of: $0, in: range) != nil }
  }

  /// Pieces of `range` between separators outside brackets and quotes.
  private func topLevel(_ range: TextRange, _ text: [Unicode.Scalar], separators: [Unicode.Scalar]) -> [TextRange] {
    var pieces: [TextRange] = []
    var depth = 0
    var start = range.start
    var index = range.start
    while index < range.end {
      switch text[index] {
      case "（", "(", "“", "《", "【": depth += 1
      case "）", ")", "”", "》", "】": depth = max(0, depth - 1)
      default:
        if depth == 0, separators.contains(text[index]) {
          pieces.append(TextRange(start, index))
          start = index + 1
        }
      }
      index += 1
    }
    pieces.append(TextRange(start, range.end))
    return pieces.filter { !text.trimmed($0).isEmpty }
  }

  /// The last two or more Han characters two clauses share (项目 in …仓储项目，…基地项目).
  private func sharedEnd(_ a: TextRange, _ b: TextRange, _ text: [Unicode.Scalar]) -> String? {
    let x = text.trimmed(a)
    let y = text.trimmed(b)
    var length = 0
    while length < min(x.length, y.length), text[x.end - 1 - length] == text[y.end - 1 - length],
      text[x.end - 1 - length].isHan
    {
      length += 1
    }
    return length >= 2 ? text.string(in: TextRange(x.end - length, x.end)) : nil
  }

  /// The first two or more Han characters two clauses share (开展 in 开展…，开展…).
  private func sharedStart(_ a: TextRange, _ b: TextRange, _ text: [Unicode.Scalar]) -> String? {
    let x = text.trimmed(a)
    let y = text.trimmed(b)
    var length = 0
    while length < min(x.length, y.length), text[x.start + length] == text[y.start + length],
      text[x.start + length].isHan
    {
      length += 1
    }
    return length >= 2 ? text.string(in: TextRange(x.start, x.start + length)) : nil
  }

  // MARK: Enumerations before the count

  /// A、B、C三个村: a list of at least two items written right before the count, which is followed by
  /// the noun it counts.
  private func preceding(_ count: Count, _ text: [Unicode.Scalar], paragraph: Paragraph) -> Enumeration? {
    guard Self.trailingClassifiers.contains(count.classifier), count.end < paragraph.range.end,
      text[count.end].isHan, count.numberRange.start == 0 || text[count.numberRange.start - 1] != "“"
    else { return nil }
    // The count with its noun must end the phrase: in 高龄老人两项津贴等政策 it is a name inside a longer list.
    var nounEnd = count.end
    while nounEnd < paragraph.range.end, text[nounEnd].isHan, nounEnd - count.end < 8 {
      if text.matches("等", at: nounEnd) || text.matches("和", at: nounEnd) || text.matches("及", at: nounEnd) { return nil }
      nounEnd += 1
    }
    if nounEnd < paragraph.range.end, text[nounEnd] == "、" { return nil }
    var listEnd = count.numberRange.start
    var isPartial = false
    if text.matches("等", endingAt: listEnd) {
      isPartial = true
      listEnd -= 1
    }
    guard listEnd > paragraph.range.start, text[listEnd - 1].isHan else { return nil }
    var items: [TextRange] = []
    var itemEnd = listEnd
    var index = listEnd
    while index > paragraph.range.start, listEnd - index < 200 {
      let scalar = text[index - 1]
      if scalar == "、" {
        items.append(TextRange(index, itemEnd))
        itemEnd = index - 1
      } else if scalar == "）" || scalar == ")" {
        // A bracket inside an item: 村（社区）干部.
        var open = index - 1
        while open > paragraph.range.start, index - open < 20, text[open] != "（", text[open] != "(" { open -= 1 }
        guard text[open] == "（" || text[open] == "(" else { break }
        index = open
        continue
      } else if !(scalar.isHan || scalar.isLatinLetter || scalar == "“" || scalar == "”") {
        break
      }
      index -= 1
    }
    // The list must start a clause: after 5个问题、整改落实 the words before 、 belong to another count.
    if index > paragraph.range.start, !text[index - 1].isPunctuation || text[index - 1] == "." { return nil }
    items.append(TextRange(index, itemEnd))
    guard items.count >= 2, items.allSatisfy({ $0.length <= 12 }) else { return nil }
    items.reverse()
    let joined = items.filter { hasJoiner($0, text) }.count
    return Enumeration(
      items: items, isPartial: isPartial, joined: joined, range: TextRange(items[0].start, listEnd))
  }

  // MARK: Comparing

  private func compare(_ count: Count, _ enumeration: Enumeration, _ text: [Unicode.Scalar]) -> Diagnostic? {
    let listed = enumeration.items.count
    let most = listed + enumeration.joined
    if enumeration.isPartial {
      guard listed > count.value else { return nil }
    } else {
      guard count.value < listed || count.value > most else { return nil }
    }
    let written = text.string(in: TextRange(count.numberRange.start, count.end))
    let preview = enumeration.items.prefix(4).map { item -> String in
      let trimmed = text.trimmed(item)
      let short = TextRange(trimmed.start, min(trimmed.end, trimmed.start + 12))
      return text.string(in: short) + (short.end < trimmed.end ? "…" : "")
    }.joined(separator: "；") + (listed > 4 ? "；…" : "")
    let message =
      enumeration.isPartial
      ? "所称“\(written)”少于“等”前已列举的\(listed)项（\(preview)）"
      : "所称“\(written)”与列举的\(listed)项不符（\(preview)）"
    let replacement = count.isChinese ? ChineseNumeral.string(for: listed) : String(listed)
    let fixes =
      count.value == 2 || listed == 2 || enumeration.joined > 0
      ? [] : [Fix.replace(count.numberRange, with: replacement, title: "改为\(replacement)", applicability: .unsafe)]
    return diagnostic(
      count.numberRange, message,
      related: [RelatedInformation(range: enumeration.range, message: "列举了\(listed)项")], fixes: fixes)
  }
}
