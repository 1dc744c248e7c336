/// ## 检查内容
/// 查找 Word 文件转换为文本时留下的标记：`[bookmark: _GoBack]`、`[bookmark: _Toc12345]` 之类的书签。
///
/// ## 为什么要改
/// 这些标记不是报告的内容。留在文中，就会原样打印、原样公开。
///
/// ## 示例
/// ```
/// [bookmark: _GoBack]全乡严格落实森林防火责任制
/// ```
/// 应改为：
/// ```
/// 全乡严格落实森林防火责任制
/// ```
///
/// ## 修复安全性
/// 修复删除标记（及其后的空格），是安全的：标记中不含报告的任何文字。
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
