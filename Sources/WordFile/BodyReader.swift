/// Walks `word/document.xml` once and builds the body's blocks.
///
/// Skipped: the fallback copy of alternate content (text boxes are written twice, once for old readers),
/// text moved away (`w:moveFrom`) and deleted (`w:delText` is never read), field instructions, and the
/// result of a table-of-contents field or content control (its lines repeat the headings). A paragraph
/// inside a text box is kept as a paragraph of its own after the one it is anchored in; a table inside a
/// table cell (or a text box) is flattened into paragraphs.
struct BodyReader {
  private struct ParagraphBuilder {
    var text = ""
    var style: String?
    var instance: String?
    var level: Int?
    var isInTextBox = false
    var textBoxParagraphs: [WordParagraph] = []
  }

  private struct CellBuilder {
    var paragraphs: [WordParagraph] = []
    var span = 1
    var isMergedFromAbove = false
  }

  private struct Field {
    var instruction = ""
    var isInResult = false
    var isTableOfContents: Bool {
      instruction.drop { $0 == " " }.uppercased().hasPrefix("TOC")
    }
  }

  private var styles: ParagraphStyles
  private var numbering: ListNumbering
  private var blocks: [WordBlock] = []
  private var paragraphs: [ParagraphBuilder] = []
  /// Open tables, each marked structural (a body-level table, read as rows and cells) or flattened.
  private var tables: [Bool] = []
  private var rows: [[WordCell]] = []
  private var row: [WordCell] = []
  private var cell: CellBuilder?
  private var fields: [Field] = []
  /// Open content controls, each marked when it holds a table of contents.
  private var contentControls: [Bool] = []
  private var depth = 0
  /// The depth of the element whose whole subtree is being skipped.
  private var skippingFrom: Int?
  private var runDepth = 0
  private var textBoxDepth = 0
  private var isInText = false
  private var isInInstruction = false

  init(styles: ParagraphStyles, numbering: ListNumbering) {
    self.styles = styles
    self.numbering = numbering
  }

  mutating func read(_ xml: [UInt8]) throws(WordFileError) -> [WordBlock] {
    var reader = try XMLReader(xml)
    var sawBody = false
    while let event = try reader.next() {
      switch event {
      case .start(let name, let attributes):
        depth += 1
        guard skippingFrom == nil else { continue }
        if name.namespace == WordNamespace.markupCompatibility, name.local == "Fallback" {
          skippingFrom = depth
        } else if WordNamespace.isMain(name.namespace) {
          if name.local == "body" { sawBody = true }
          start(name.local, attributes)
        }
      case .end(let name):
        defer { depth -= 1 }
        if let from = skippingFrom {
          if depth == from { skippingFrom = nil }
          continue
        }
        if WordNamespace.isMain(name.namespace) { end(name.local) }
      case .text(let text):
        guard skippingFrom == nil else { continue }
        if isInText, !isInTableOfContents, fields.last.map(\.isInResult) ?? true, !paragraphs.isEmpty {
          paragraphs[paragraphs.count - 1].text += text
        } else if isInInstruction, !fields.isEmpty {
          fields[fields.count - 1].instruction += text
        }
      }
    }
    guard sawBody else { throw WordFileError("正文部分没有 w:body，不是 Word 文档") }
    return blocks
  }

  private var isInTableOfContents: Bool {
    fields.contains { $0.isInResult && $0.isTableOfContents }
  }

  private var isStructuralCell: Bool { tables.count == 1 && tables[0] && cell != nil }

  private mutating func start(_ local: String, _ attributes: [XMLAttribute]) {
    let value = WordNamespace.value(attributes)
    switch local {
    case "p":
      paragraphs.append(ParagraphBuilder(isInTextBox: textBoxDepth > 0))
    case "pPrChange", "moveFrom", "rPrChange":
      skippingFrom = depth
    case "pStyle": if !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].style = value }
    case "numId": if !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].instance = value }
    case "ilvl": if !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].level = value.flatMap { Int($0) } }
    case "r": runDepth += 1
    case "t": isInText = runDepth > 0
    case "instrText": isInInstruction = true
    case "tab", "ptab": if runDepth > 0 { append("\t") }
    case "br":
      let type = WordNamespace.attribute("type", attributes)
      if runDepth > 0, type == nil || type == "textWrapping" { append("\n") }
    case "cr": if runDepth > 0 { append("\n") }
    case "noBreakHyphen": if runDepth > 0 { append("-") }
    case "fldChar":
      switch WordNamespace.attribute("fldCharType", attributes) {
      case "begin": fields.append(Field())
      case "separate": if !fields.isEmpty { fields[fields.count - 1].isInResult = true }
      case "end": _ = fields.popLast()
      default: break
      }
    case "fldSimple":
      let field = Field(instruction: WordNamespace.attribute("instr", attributes) ?? "", isInResult: true)
      if field.isTableOfContents { skippingFrom = depth } else { fields.append(field) }
    case "sdt": contentControls.append(false)
    case "docPartGallery":
      if let value, value.contains("Table of Contents"), !contentControls.isEmpty {
        contentControls[contentControls.count - 1] = true
      }
    case "sdtContent": if contentControls.last == true { skippingFrom = depth }
    case "txbxContent": textBoxDepth += 1
    case "tbl": tables.append(tables.isEmpty && paragraphs.isEmpty)
    case "tr": if tables.count == 1, tables[0] { row = [] }
    case "gridBefore":
      if tables.count == 1, tables[0], let count = value.flatMap({ Int($0) }), (1...64).contains(count) {
        row.append(contentsOf: repeatElement(WordCell(paragraphs: []), count: count))
      }
    case "tc": if tables.count == 1, tables[0] { cell = CellBuilder() }
    case "gridSpan":
      if isStructuralCell, let span = value.flatMap({ Int($0) }), (1...64).contains(span) { cell?.span = span }
    case "vMerge": if isStructuralCell, value != "restart" { cell?.isMergedFromAbove = true }
    default: break
    }
  }

  private mutating func end(_ local: String) {
    switch local {
    case "p": finishParagraph()
    case "r": runDepth = max(0, runDepth - 1)
    case "t": isInText = false
    case "instrText": isInInstruction = false
    case "fldSimple": _ = fields.popLast()
    case "sdt": _ = contentControls.popLast()
    case "txbxContent": textBoxDepth = max(0, textBoxDepth - 1)
    case "tc":
      if tables.count == 1, tables[0], let finished = cell {
        row.append(
          WordCell(paragraphs: finished.paragraphs, span: finished.span, isMergedFromAbove: finished.isMergedFromAbove))
        cell = nil
      }
    case "tr":
      if tables.count == 1, tables[0] {
        rows.append(row)
        row = []
      }
    case "tbl":
      if tables.popLast() == true {
        blocks.append(.table(WordTable(rows: rows)))
        rows = []
      }
    default: break
    }
  }

  private mutating func append(_ text: String) {
    guard !paragraphs.isEmpty, !isInTableOfContents, fields.last.map(\.isInResult) ?? true else { return }
    paragraphs[paragraphs.count - 1].text += text
  }

  private mutating func finishParagraph() {
    guard let builder = paragraphs.popLast() else { return }
    var label = ""
    if let (instance, level) = listMembership(builder), let next = numbering.nextLabel(instance: instance, level: level)
    {
      label = next
    }
    let paragraph = WordParagraph(label: label, text: builder.text, isInTextBox: builder.isInTextBox)
    let finished = [paragraph] + builder.textBoxParagraphs
    if !paragraphs.isEmpty {
      paragraphs[paragraphs.count - 1].textBoxParagraphs.append(contentsOf: finished)
    } else if tables.first == true, cell != nil {
      cell?.paragraphs.append(contentsOf: finished)
    } else {
      blocks.append(contentsOf: finished.map(WordBlock.paragraph))
    }
  }

  /// The list instance and level a paragraph is numbered with: its own `w:numPr` (`numId` 0 switches a
  /// style's numbering off), else its style's, with the level linked to the style when none is given.
  private func listMembership(_ builder: ParagraphBuilder) -> (String, Int)? {
    let inherited = builder.style.flatMap { styles.numbering(of: $0) }
    guard let instance = builder.instance ?? inherited?.instance, instance != "0" else { return nil }
    let level =
      builder.level ?? inherited?.level ?? builder.style.flatMap { numbering.level(linkedTo: $0, in: instance) } ?? 0
    return (instance, level)
  }
}
