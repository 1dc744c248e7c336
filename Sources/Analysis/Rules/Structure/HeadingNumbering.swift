/// ## 检查内容
/// 逐层检查标题和编号条目的序号（同一上级下的同级条目）：
/// - 序号跳号（`二、` 之后是 `四、`）、重号或倒退（`四、` 之后是 `二、`）；
/// - 某一层级不从1开始（有 `（二）` 而没有 `（一）`）；
/// - 标题的编号样式与同级标题不同（`1、概况` 之后是 `二、`；`（1）基本支出` 之后是 `（二）项目支出`；
///   `（二）成绩二`、`（三）成绩三` 中间夹着 `成绩一`）；
/// - 标题紧接在上一段末尾（`……措施。   五、存在的主要问题`）；
/// - （information 级别）通篇没有 `一、` 的报告，顶层用 `1、 2、` 编号；
/// - 同一段落内编号的条目（`1.…。2.…。3.…。4.…。4.…`、`注：1.…，3.…`）重号或跳号。
///
/// 编号段落的列举在每个新的上级之下、以及在无编号的小标题之后重新编号是正常的，因此只对章节标题（`一、`、`（一）`）
/// 标出重新从1开始的情况。片段（一节、一个附件、长文档中的一页：没有标题，也不以 `一、` 这样的第一个标题开头）可以从
/// 任意序号开始：其顶层的上级位于摘录之前，不要求从1开始，也不要求用 `一、`。表格的行标签（被压成一行的表格中的
/// `1、公务用车购置…`）和目录条目不是标题。
///
/// ## 为什么要改
/// GB/T 9704-2012（7.3.3）规定正文标题依次用 一、→（一）→ 1. →（1），不得跳级或混用。编号错乱是从别的报告粘贴
/// 章节的第一个迹象，也会打乱审核人员据以查阅的提纲。
///
/// ## 示例
/// ```
/// 三、绩效评价工作情况
/// 四、部门整体支出绩效情况
/// 二、存在的主要问题
/// ```
/// 应改为：
/// ```
/// 三、绩效评价工作情况
/// 四、部门整体支出绩效情况
/// 五、存在的主要问题
/// ```
///
/// ## 修复安全性
/// “重新编号此标题”在序号确定时是安全的：标题位于两个能确定其序号的同级标题之间（`二、` 位于 `一、` 和 `三、` 之间），
/// 或者标题样式不对但序号本身已符合顺序。否则不安全（可能是缺了一节，而不是编错了号）。夹在带括号同级标题中的
/// 带标签标题（`（二）成绩二：` 中的 `成绩一：`）通过不安全修复在前面补上缺少的编号（`（一）成绩一：`）：标签也可能
/// 就是作者想要的编号。“重新编号整个层级”和对段落内条目重新编号始终不安全。把紧接在段末的标题移到单独一行是安全的。
public struct HeadingNumbering: Rule {
  public static let code = "S102"
  public static let name = "heading-numbering"
  public static let title = "标题编号错误"
  public static let defaultSeverity = Severity.warning

  public init() {}

  public func check(_ context: RuleContext) -> [Diagnostic] {
    let document = context.document
    let headings = document.headings
    guard !headings.isEmpty else { return inlineNumbering(document, context.characters) }
    var groups: [Int: [Int]] = [:]
    var topLevel: [Int] = []
    for index in headings.indices {
      if let parent = headings[index].parent {
        groups[parent, default: []].append(index)
      } else {
        topLevel.append(index)
      }
    }
    var result = checkLevel(topLevel, isTop: true, document)
    for parent in groups.keys.sorted() { result += checkLevel(groups[parent]!, isTop: false, document) }
    if !document.isFragment { result += arabicTopLevel(topLevel, document) }
    return result + inlineNumbering(document, context.characters)
  }

  // MARK: - One level

  /// `isTop`: the level has no parent heading (in a fragment it may start at any number).
  private func checkLevel(_ siblings: [Int], isTop: Bool, _ document: Document) -> [Diagnostic] {
    let headings = document.headings
    guard !siblings.isEmpty else { return [] }
    let main = mainStyle(siblings, headings)
    var result: [Diagnostic] = []
    // A run of siblings in another style whose numbers continue the sequence stands for the main style.
    var effective: [Int: NumberingStyle] = [:]
    var runStart = 0
    while runStart < siblings.count {
      let style = headings[siblings[runStart]].style
      var runEnd = runStart + 1
      while runEnd < siblings.count, headings[siblings[runEnd]].style == style { runEnd += 1 }
      defer { runStart = runEnd }
      guard style != main else { continue }
      let previous = runStart > 0 ? headings[siblings[runStart - 1]].number : 0
      let run = siblings[runStart..<runEnd]
      let continues = run.enumerated().allSatisfy { offset, index in headings[index].number == previous + 1 + offset }
      let last = previous + run.count
      let nextFits = runEnd == siblings.count || headings[siblings[runEnd]].number == last + 1
      // The run touches the main style on one side (runs are maximal, so a neighbour is another style).
      let touchesMain =
        (runStart > 0 && headings[siblings[runStart - 1]].style == main)
        || (runEnd < siblings.count && headings[siblings[runEnd]].style == main)
      guard continues, nextFits, touchesMain else { continue }
      for index in run {
        effective[index] = main
        result.append(styleOutlier(index, main: main, document))
      }
    }
    // Each style's own sequence.
    var byStyle: [NumberingStyle: [Int]] = [:]
    var order: [NumberingStyle] = []
    for index in siblings {
      let style = effective[index] ?? headings[index].style
      if byStyle[style] == nil { order.append(style) }
      byStyle[style, default: []].append(index)
    }
    let mayStartAnywhere = isTop && document.isFragment
    for style in order {
      result += checkSequence(byStyle[style]!, style: style, mayStartAnywhere: mayStartAnywhere, document)
    }
    return result
  }

  /// The style the level is meant to use: the shallowest one (GB/T 9704 order: `（三）` among
  /// `（1）（2）` means the level is `（一）`), then the most used; a lone shallow heading among three
  /// or more of another style is the odd one out.
  /// Styles of equal rank and count (（一） and 一 labelled, 1、 and 1.) go to the one used first, so the
  /// answer never depends on hashing order.
  private func mainStyle(_ siblings: [Int], _ headings: [Heading]) -> NumberingStyle {
    // Styles in order of first use, with their counts.
    var styles: [(style: NumberingStyle, count: Int)] = []
    for index in siblings {
      let style = headings[index].style
      if let position = styles.firstIndex(where: { $0.style == style }) {
        styles[position].count += 1
      } else {
        styles.append((style, 1))
      }
    }
    // `min`/`max` keep the first of equal elements, that is the style used first.
    let byRank = styles.min { ($0.style.rank, -$0.count) < ($1.style.rank, -$1.count) }!
    let byCount = styles.max { ($0.count, -$0.style.rank) < ($1.count, -$1.style.rank) }!
    return byRank.count == 1 && byCount.count >= 3 ? byCount.style : byRank.style
  }

  private func checkSequence(_ members: [Int], style: NumberingStyle, mayStartAnywhere: Bool, _ document: Document)
    -> [Diagnostic]
  {
    let headings = document.headings
    var result: [Diagnostic] = []
    // The number the previous sibling stands for: its own, or the one a certain fix gives it.
    var previous = 0
    // The whole-level fix is the same for every finding of the sequence: built once, on first use, and
    // shared (a level of hundreds of repeated （一） made it quadratic).
    var whole: Fix??
    for (position, index) in members.enumerated() {
      let heading = headings[index]
      let expected = previous + 1
      previous = heading.number
      if heading.number == expected || (position == 0 && mayStartAnywhere) { continue }
      let isSection = style.rank <= NumberingStyle.chineseParen.rank
      if position > 0, heading.number == 1 {
        // A list restarting at 1: legitimate for numbered paragraphs, and after an unnumbered subtitle.
        guard isSection, !hasSubtitle(between: headings[members[position - 1]].line, and: heading.line, document)
        else { continue }
      }
      if position > 0, heading.number > expected,
        let glued = gluedHeading(style: style, number: expected, after: members[position - 1], before: index, document)
      {
        result.append(glued)
        continue
      }
      let next = position + 1 < members.count ? headings[members[position + 1]].number : nil
      let isCertain = position > 0 && next == expected + 1
      if isCertain { previous = expected }
      let marker = document.string(in: heading.markerRange)
      let right = style.marker(for: expected, label: heading.label)
      let message: String
      if position == 0 {
        message = "本级编号从“\(marker)”开始，缺少“\(style.marker(for: 1, label: heading.label))”"
      } else {
        let before = document.string(in: headings[members[position - 1]].markerRange)
        let what = heading.number > expected ? "跳过了“\(right)”" : (heading.number == expected - 1 ? "重复" : "倒退")
        message = "标题编号\(what)：前一个同级标题是“\(before)”，此处是“\(marker)”，应为“\(right)”"
      }
      var fixes = [
        Fix.replace(
          heading.markerRange, with: replacementMarker(heading, style: style, number: expected, document),
          title: "改为“\(right)”", applicability: isCertain ? .safe : .unsafe)
      ]
      if whole == nil { whole = .some(renumberLevel(members, style: style, document)) }
      if let whole = whole ?? nil, whole.edits.count > 1 { fixes.append(whole) }
      result.append(diagnostic(heading.markerRange, message, fixes: fixes))
    }
    return result
  }

  // MARK: - Findings

  private func styleOutlier(_ index: Int, main: NumberingStyle, _ document: Document) -> Diagnostic {
    let heading = document.headings[index]
    let marker = document.string(in: heading.markerRange)
    let right = main.marker(for: heading.number, label: heading.label)
    let replacement = replacementMarker(heading, style: main, number: heading.number, document)
    // A labelled heading (成绩一) keeps its label after the new marker: （一）成绩一.
    let edit =
      heading.style == .labelled
      ? TextEdit(range: TextRange(heading.markerRange.start, heading.markerRange.start), replacement: replacement)
      : TextEdit(range: heading.markerRange, replacement: replacement)
    return diagnostic(
      heading.markerRange, "同级标题编号样式不一致：此处是“\(marker)”，同级其他标题用“\(right)”这一样式",
      fixes: [
        Fix(
          title: heading.style == .labelled ? "在前面加上“\(replacement)”" : "改为“\(right)”", edits: [edit],
          applicability: heading.isTitle && heading.style != .labelled ? .safe : .unsafe)
      ])
  }

  /// `……措施。     五、存在的主要问题`: the missing heading at the end of the paragraph before.
  private func gluedHeading(
    style: NumberingStyle, number: Int, after previous: Int, before next: Int, _ document: Document
  )
    -> Diagnostic?
  {
    guard style == .chineseComma || style == .chineseParen || style == .part else { return nil }
    let text = document.scalars
    let marker = style.marker(for: number)
    let lines = document.lineIndex
    let searchStart = lines.lineEnds[document.headings[previous].line]
    let searchEnd = lines.lineStarts[document.headings[next].line]
    var from = searchStart
    while let found = text.firstOffset(of: marker, in: TextRange(from, searchEnd)) {
      from = found + 1
      var gap = found
      while gap > 0, text[gap - 1].isSpace { gap -= 1 }
      // After a sentence, separated by spaces; never at the start of a line (that would be a heading).
      guard gap < found, gap > 0, text[gap - 1].isSentenceEnd || text[gap - 1].isClauseEnd else { continue }
      var titleEnd = found
      while titleEnd < searchEnd, !text[titleEnd].isLineBreak { titleEnd += 1 }
      let title = document.string(in: text.trimmed(TextRange(found, titleEnd)))
      return diagnostic(
        TextRange(found, found + marker.unicodeScalars.count), "标题“\(title)”没有另起一行，接在了上一段末尾",
        fixes: [.replace(TextRange(gap, found), with: "\n", title: "将“\(marker)”移到新的一行", applicability: .safe)])
    }
    return nil
  }

  /// A top level numbered 1、2、 in a report with no 一、 anywhere (GB/T 9704 puts 一、 first).
  private func arabicTopLevel(_ topLevel: [Int], _ document: Document) -> [Diagnostic] {
    let headings = document.headings
    let titles = topLevel.filter { headings[$0].isTitle }
    guard titles.count >= 2, let first = topLevel.first,
      topLevel.allSatisfy({ headings[$0].style == .arabicComma || headings[$0].style == .arabicDot }),
      !headings.contains(where: { $0.style == .chineseComma || $0.style == .part })
    else { return [] }
    let marker = document.string(in: headings[first].markerRange)
    var fixes: [Fix] = []
    if let whole = renumberLevel(topLevel, style: .chineseComma, document) { fixes.append(whole) }
    return [
      diagnostic(
        headings[first].markerRange,
        "一级标题用“\(marker)”编号；公文一级标题应为“一、”，其下依次为“（一）”“1.”“（1）”（GB/T 9704-2012 7.3.3）",
        severity: .information, fixes: fixes)
    ]
  }

  // MARK: - Items inside a paragraph

  /// An item number inside a paragraph: `2.` or `2、` at its start or after a mark, before text.
  private struct Item {
    var number: Int
    var marker: TextRange
    /// `.` and `．` number one list, `、` another.
    var isComma: Bool
  }

  /// Items numbered inside one paragraph (`1.…。2.…。4.…`): the first number that repeats, skips or
  /// goes back in each list that starts at 1. The digits are read from the shared index.
  private func inlineNumbering(_ document: Document, _ characters: CharacterIndex) -> [Diagnostic] {
    let text = document.scalars
    let paragraphs = document.paragraphs
    var result: [Diagnostic] = []
    var items: [Item] = []
    var paragraph = 0
    func finish() {
      for isComma in [false, true] { result += checkItems(items.filter { $0.isComma == isComma }, document) }
      items.removeAll(keepingCapacity: true)
    }
    for offset in characters.others {
      let index = Int(offset)
      guard text[index].isDigit, index == 0 || !text[index - 1].isDigit else { continue }
      while paragraph < paragraphs.count, paragraphs[paragraph].range.end <= index {
        finish()
        paragraph += 1
      }
      guard paragraph < paragraphs.count, paragraphs[paragraph].range.contains(index) else { continue }
      if let item = item(text, at: index, in: paragraphs[paragraph].range) { items.append(item) }
    }
    finish()
    return result
  }

  /// The item numbered at `start`, a digit inside `paragraph`, if there is one.
  private func item(_ text: [Unicode.Scalar], at start: Int, in paragraph: TextRange) -> Item? {
    var before = start
    while before > paragraph.start, text[before - 1].isSpace { before -= 1 }
    if before > paragraph.start {
      switch text[before - 1] {
      case "。", "！", "？", "；", "：", "，", ";", ":", ",": break
      default: return nil
      }
    }
    var end = start
    var number = 0
    while end < paragraph.end, end - start < 2, let digit = text[end].digitValue {
      number = number * 10 + digit
      end += 1
    }
    guard number > 0, end + 1 < paragraph.end, !text[end].isDigit else { return nil }
    let separator = text[end]
    guard separator == "." || separator == "．" || separator == "、" else { return nil }
    let next = text[end + 1]
    guard !next.isDigit, !next.isSpace, !next.isPunctuation else { return nil }
    return Item(number: number, marker: TextRange(start, end + 1), isComma: separator == "、")
  }

  /// The first wrong number of each list of `items` (one paragraph's, one separator) that starts at 1.
  private func checkItems(_ items: [Item], _ document: Document) -> [Diagnostic] {
    var result: [Diagnostic] = []
    var previous: Item?
    for item in items {
      if item.number == 1 {
        previous = item
        continue
      }
      guard let last = previous else { continue }
      previous = item
      let expected = last.number + 1
      if item.number == expected { continue }
      let before = document.string(in: last.marker)
      let marker = document.string(in: item.marker)
      let separator = item.isComma ? "、" : String(marker.unicodeScalars.last!)
      let right = "\(expected)\(separator)"
      let what = item.number > expected ? "跳过了“\(right)”" : (item.number == last.number ? "重复" : "倒退")
      result.append(
        diagnostic(
          item.marker, "段内编号\(what)：前一项是“\(before)”，此处是“\(marker)”，应为“\(right)”",
          fixes: [.replace(item.marker, with: right, title: "改为“\(right)”", applicability: .unsafe)]))
      // One finding per list: the items after it follow the wrong number or the right one.
      previous = nil
    }
    return result
  }

  // MARK: - Helpers

  /// The whole level renumbered 1, 2, 3 … in `style`.
  private func renumberLevel(_ members: [Int], style: NumberingStyle, _ document: Document) -> Fix? {
    var edits: [TextEdit] = []
    for (position, index) in members.enumerated() {
      let heading = document.headings[index]
      let replacement = replacementMarker(heading, style: style, number: position + 1, document)
      if heading.style == .labelled, style != .labelled {
        edits.append(
          TextEdit(range: TextRange(heading.markerRange.start, heading.markerRange.start), replacement: replacement))
      } else if replacement != document.string(in: heading.markerRange) {
        edits.append(TextEdit(range: heading.markerRange, replacement: replacement))
      }
    }
    guard !edits.isEmpty else { return nil }
    let first = style.marker(for: 1, label: document.headings[members[0]].label)
    return Fix(title: "本级标题重新编号（从“\(first)”起）", edits: edits, applicability: .unsafe)
  }

  /// The marker to write for `number` in `style`, keeping the writer's bracket width and the 、 after
  /// a bracket when the style is unchanged.
  private func replacementMarker(_ heading: Heading, style: NumberingStyle, number: Int, _ document: Document)
    -> String
  {
    let written = document.string(in: heading.markerRange)
    if style == heading.style, style == .chineseParen || style == .arabicParen, written.hasPrefix("(") {
      let inner = style == .chineseParen ? ChineseNumeral.string(for: number) : String(number)
      return "(\(inner))" + (written.hasSuffix("、") ? "、" : "")
    }
    if style == heading.style, style == .arabicDot, written.hasSuffix("．") { return "\(number)．" }
    return style.marker(for: number, label: heading.label)
  }

  /// An unnumbered short line ending a thought (持续改善农村人居环境。) between two lines.
  private func hasSubtitle(between first: Int, and last: Int, _ document: Document) -> Bool {
    guard last > first + 1 else { return false }
    for line in (first + 1)..<last {
      guard let paragraph = document.paragraph(onLine: line), paragraph.heading == nil,
        paragraph.range.length <= 24
      else { continue }
      let text = document.scalars
      let hasInnerMark = (paragraph.range.start..<(paragraph.range.end - 1)).contains { text[$0].isClauseEnd }
      if !hasInnerMark { return true }
    }
    return false
  }
}
