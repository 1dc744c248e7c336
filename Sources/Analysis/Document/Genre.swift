/// The kind of document a text is, read from its title.
public enum Genre: String, Sendable, CaseIterable {
  /// 部门整体支出绩效评价报告, 部门整体支出绩效自评报告.
  case departmentEvaluation
  /// 项目支出绩效自评报告 or 自评表, 专项资金绩效评价报告.
  case projectEvaluation
  /// 部门决算, 决算说明, 决算报告.
  case finalAccounts
  /// An explanation of the 三公 expenses (因公出国（境）费, 公务用车, 公务接待).
  case threePublicExpenses
  /// 部门预算, 预算说明.
  case budget
  /// A title that names none of these (绩效评价报告 alone), or no title.
  case unknown

  /// What the genre is called, in Chinese.
  public var name: String {
    switch self {
    case .departmentEvaluation: "部门整体支出绩效评价报告"
    case .projectEvaluation: "项目支出绩效评价报告"
    case .finalAccounts: "决算说明"
    case .threePublicExpenses: "“三公”经费说明"
    case .budget: "预算说明"
    case .unknown: "报告"
    }
  }
}

/// Where a document starts: its title (the unit, the year and the genre), or nowhere in particular —
/// a fragment (one section, an appendix, page 2 of a document).
enum TitleReader {
  /// Words that name a document in its title.
  private static let genreWords = ["报告", "说明", "自评表", "评价表", "决算", "预算"]
  /// A line ending with these is a file name, not a title (财政支出项目绩效评价报告.docx).
  private static let fileExtensions = [".docx", ".doc", ".pdf", ".wps", ".xlsx", ".xls", ".txt"]
  /// The longest title line, in scalars.
  static let longestTitleLine = 60

  /// The title block (the first lines, before any heading, up to the line that names the document)
  /// and the title line in it; nil when the text does not open with a title.
  static func title(_ text: [Unicode.Scalar], paragraphs: [Paragraph], headingOf: (Int) -> Bool)
    -> (block: TextRange, line: TextRange)?
  {
    var blockStart: Int?
    for (index, paragraph) in paragraphs.prefix(5).enumerated() {
      guard !headingOf(index), paragraph.range.length <= longestTitleLine, paragraph.lastLine == paragraph.line,
        !hasSentenceMark(text, paragraph.range)
      else { break }
      if isFileName(text, paragraph.range) { continue }
      if blockStart == nil { blockStart = paragraph.range.start }
      if genreWords.contains(where: { text.firstOffset(of: $0, in: paragraph.range) != nil }), let blockStart {
        return (TextRange(blockStart, paragraph.range.end), paragraph.range)
      }
    }
    return nil
  }

  /// A title is not a sentence: no comma, full stop or semicolon in it.
  private static func hasSentenceMark(_ text: [Unicode.Scalar], _ range: TextRange) -> Bool {
    for index in range.start..<range.end {
      switch text[index] {
      case "，", "。", "；", ",", ";": return true
      default: continue
      }
    }
    return false
  }

  private static func isFileName(_ text: [Unicode.Scalar], _ range: TextRange) -> Bool {
    fileExtensions.contains { text.matches($0, endingAt: range.end) }
  }

  /// The genre a title names. A title naming several (部门整体支出及项目支出绩效评价报告) is the
  /// department's; a 三公 explanation is one whatever else its title says.
  static func genre(_ text: [Unicode.Scalar], title: TextRange?) -> Genre {
    guard let title else { return .unknown }
    func has(_ word: String) -> Bool { text.firstOffset(of: word, in: title) != nil }
    if has("三公") { return .threePublicExpenses }
    if has("部门整体") || has("整体支出") { return .departmentEvaluation }
    if has("绩效"), has("项目") || has("专项") || has("资金") { return .projectEvaluation }
    if has("决算") { return .finalAccounts }
    if has("预算"), !has("绩效") { return .budget }
    return .unknown
  }

  /// Whether a text without a title is a fragment: it does not open with a first heading (一、,
  /// 第一部分, 1、) either.
  static func isFragment(hasTitle: Bool, firstHeading: Heading?, isFirstParagraph: Bool) -> Bool {
    guard !hasTitle else { return false }
    guard let firstHeading, isFirstParagraph else { return true }
    return firstHeading.number != 1
  }
}

/// A table of contents at the top of a document: its entries are numbered like the headings they list
/// (第一部分 …概况 … 第五部分 名词解释, then 第一部分 …概况 again), but they are not headings.
enum ContentsReader {
  /// The positions in `parsed` (headings by paragraph, in order) that are entries of a table of
  /// contents: the headings right after a line 目录, or a run of at least three headings, one per
  /// paragraph, that the document then starts again with the same first title.
  static func entries(
    _ text: [Unicode.Scalar], paragraphs: [Paragraph], parsed: [(paragraph: Int, heading: Heading)]
  ) -> Range<Int> {
    guard let first = parsed.first else { return 0..<0 }
    let afterContentsLine = first.paragraph > 0 && isContentsLine(text, paragraphs[first.paragraph - 1].range)
    guard afterContentsLine || first.heading.number == 1 else { return 0..<0 }
    var end = 1
    while end < parsed.count, parsed[end].paragraph == parsed[end - 1].paragraph + 1,
      !restarts(parsed[end].heading, first.heading)
    {
      end += 1
    }
    let restarted = end < parsed.count && restarts(parsed[end].heading, first.heading)
    if afterContentsLine { return 0..<end }
    guard end >= 3, restarted, key(parsed[end].heading.title) == key(first.heading.title) else { return 0..<0 }
    return 0..<end
  }

  private static func restarts(_ heading: Heading, _ first: Heading) -> Bool {
    heading.style == first.style && heading.label == first.label && heading.number == first.number
  }

  /// 目录, 目 录.
  private static func isContentsLine(_ text: [Unicode.Scalar], _ range: TextRange) -> Bool {
    var letters: [Unicode.Scalar] = []
    for index in range.start..<range.end where !text[index].isSpace {
      letters.append(text[index])
      if letters.count > 2 { return false }
    }
    return letters == ["目", "录"]
  }

  /// A title without spaces and without the leader and page number of a contents entry (……3).
  private static func key(_ title: String) -> [Unicode.Scalar] {
    var scalars = Array(title.unicodeScalars.filter { !$0.isSpace })
    while let last = scalars.last, last.isDigit || last == "." || last == "…" || last == "·" || last == "．" {
      scalars.removeLast()
    }
    return scalars
  }
}
