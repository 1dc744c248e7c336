/// ## What it does
/// Finds markers that converting a Word file to text leaves behind: bookmarks such as
/// `[bookmark: _GoBack]` or `[bookmark: _Toc12345]`.
///
/// ## Why is this bad?
/// The marker is not part of the report. Left in, it is printed and published as it stands.
///
/// ## Example
/// ```
/// [bookmark: _GoBack]全乡严格落实森林防火责任制
/// ```
/// Use instead:
/// ```
/// 全乡严格落实森林防火责任制
/// ```
///
/// ## Fix safety
/// The fix deletes the marker (and the spaces after it) and is safe: the marker carries no text of the
/// report.
public struct ConversionResidue: Rule {
  public static let code = "L108"
  public static let name = "conversion-residue"
  public static let title = "文档转换残留标记"
  public static let defaultSeverity = Severity.warning

  public init() {}

  /// Openings of the markers; each runs to the next `]` on its line.
  private static let openings = ["[bookmark:", "[Bookmark:", "[BOOKMARK:"]

  public func check(_ context: RuleContext) -> [Diagnostic] {
    let document = context.document
    let text = document.scalars
    let lines = document.lineIndex
    var result: [Diagnostic] = []
    // Every marker opens with `[`, which lies outside the basic Han block. A marker left open on its
    // line ends the search on that line; `resume` is where it may go on.
    var resume = 0
    for offset in context.characters.others {
      let index = Int(offset)
      guard index >= resume, text[index] == "[",
        let opening = Self.openings.first(where: { text.matches($0, at: index) })
      else { continue }
      let range = lines.contentRange(ofLine: lines.line(containing: index))
      var close = index + opening.unicodeScalars.count
      while close < range.end, text[close] != "]", close - index < 120 { close += 1 }
      guard close < range.end, text[close] == "]" else {
        resume = range.end
        continue
      }
      let marker = TextRange(index, close + 1)
      var editEnd = close + 1
      while editEnd < range.end, text[editEnd].isSpace { editEnd += 1 }
      result.append(
        diagnostic(
          marker, "Word转换残留的书签标记“\(text.string(in: marker))”",
          fixes: [.replace(TextRange(index, editEnd), with: "", title: "删除标记", applicability: .safe)]))
      resume = close + 1
    }
    return result
  }
}
