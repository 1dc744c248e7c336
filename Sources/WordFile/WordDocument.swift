/// A paragraph as Word shows it: the generated list label (一、, （二）) followed by its text.
public struct WordParagraph: Equatable, Sendable {
  /// The label of Word's automatic numbering, with its suffix; empty when the paragraph is not numbered.
  public var label: String
  /// The runs' text; manual line breaks as "\n", tabs as "\t".
  public var text: String
  /// Whether the paragraph sits in a text box anchored in the body.
  public var isInTextBox: Bool

  public init(label: String = "", text: String, isInTextBox: Bool = false) {
    self.label = label
    self.text = text
    self.isInTextBox = isInTextBox
  }

  /// The label and the text, as displayed.
  public var displayText: String { label + text }
}

/// One cell of a table: its paragraphs (nested tables flattened into them, row by row).
public struct WordCell: Equatable, Sendable {
  public var paragraphs: [WordParagraph]
  /// How many grid columns the cell spans (`w:gridSpan`).
  public var span: Int
  /// A cell continuing a vertical merge from the row above (`w:vMerge` without `restart`): empty in Word.
  public var isMergedFromAbove: Bool

  public init(paragraphs: [WordParagraph], span: Int = 1, isMergedFromAbove: Bool = false) {
    self.paragraphs = paragraphs
    self.span = span
    self.isMergedFromAbove = isMergedFromAbove
  }
}

public struct WordTable: Equatable, Sendable {
  public var rows: [[WordCell]]
  public init(rows: [[WordCell]]) { self.rows = rows }
}

public enum WordBlock: Equatable, Sendable {
  case paragraph(WordParagraph)
  case table(WordTable)
}

/// The body of a Word document (.docx, WordprocessingML): paragraphs and tables in order, with the list
/// numbers Word generates. Headers, footers, footnotes, comments, deleted text and the table of contents
/// field are left out: a reviewer checks the body.
public struct WordDocument: Equatable, Sendable {
  public var blocks: [WordBlock]

  public init(blocks: [WordBlock]) { self.blocks = blocks }

  /// Reads a .docx file's bytes. Errors say in Chinese what is wrong with the file.
  public init(bytes: [UInt8]) throws(WordFileError) {
    if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
      throw WordFileError("是旧版 Word（.doc）或加密的 Word 文档，不是 .docx")
    }
    guard bytes.starts(with: [0x50, 0x4B]) else { throw WordFileError("不是 .docx 文件（不是 ZIP 压缩包）") }
    let archive = try ZipArchive(bytes: bytes)
    let main = try Self.mainPart(archive)
    let relationships = try Self.relationships(of: main, in: archive)
    func part(_ type: String) throws(WordFileError) -> [UInt8]? {
      guard let target = relationships[type], let entry = archive.entry(named: target) else { return nil }
      return try archive.contents(of: entry)
    }
    let styles =
      try part("styles").map { (xml) throws(WordFileError) in try ParagraphStyles(xml: xml) } ?? ParagraphStyles()
    let numbering =
      try part("numbering").map { (xml) throws(WordFileError) in try ListNumbering(xml: xml) } ?? ListNumbering()
    guard let entry = archive.entry(named: main) else { throw WordFileError("压缩包中没有正文部分 \(main)") }
    var body = BodyReader(styles: styles, numbering: numbering)
    blocks = try body.read(try archive.contents(of: entry))
  }

  /// The main document part named by the package relationships, or the conventional name.
  private static func mainPart(_ archive: ZipArchive) throws(WordFileError) -> String {
    if archive.entry(named: "xl/workbook.xml") != nil { throw WordFileError("是 Excel 表格（.xlsx），不是 Word 文档") }
    if archive.entry(named: "ppt/presentation.xml") != nil { throw WordFileError("是 PowerPoint 演示文稿，不是 Word 文档") }
    if archive.entry(named: "content.xml") != nil { throw WordFileError("是 OpenDocument 文件（.odt），不是 .docx") }
    if let entry = archive.entry(named: "_rels/.rels") {
      let targets = try relationshipTargets(try archive.contents(of: entry), base: "")
      if let main = targets["officeDocument"] { return main }
    }
    if archive.entry(named: "word/document.xml") != nil { return "word/document.xml" }
    throw WordFileError("是 ZIP 压缩包，但不是 Word 文档（没有 word/document.xml）")
  }

  /// The targets of the main part's relationships (`styles`, `numbering` …), as archive paths.
  private static func relationships(of part: String, in archive: ZipArchive) throws(WordFileError) -> [String: String] {
    let directory = part.split(separator: "/").dropLast().joined(separator: "/")
    let name = part.split(separator: "/").last.map(String.init) ?? part
    let relsPath = (directory.isEmpty ? "" : directory + "/") + "_rels/" + name + ".rels"
    guard let entry = archive.entry(named: relsPath) else {
      // Without relationships, the conventional names.
      let prefix = directory.isEmpty ? "" : directory + "/"
      return ["styles": prefix + "styles.xml", "numbering": prefix + "numbering.xml"]
    }
    return try relationshipTargets(try archive.contents(of: entry), base: directory)
  }

  /// Relationship type (last path component) → target path resolved against `base`; external targets skipped.
  private static func relationshipTargets(_ xml: [UInt8], base: String) throws(WordFileError) -> [String: String] {
    var reader = try XMLReader(xml)
    var targets: [String: String] = [:]
    while let event = try reader.next() {
      guard case .start(let name, let attributes) = event, name.local == "Relationship" else { continue }
      func attribute(_ local: String) -> String? { attributes.first { $0.name.local == local }?.value }
      guard attribute("TargetMode") != "External", let type = attribute("Type"), let target = attribute("Target")
      else { continue }
      let kind = type.split(separator: "/").last.map(String.init) ?? type
      if targets[kind] == nil { targets[kind] = resolve(target, against: base) }
    }
    return targets
  }

  /// `target` relative to the folder `base` (or absolute from the package root), with `.` and `..` applied.
  static func resolve(_ target: String, against base: String) -> String {
    var components = target.hasPrefix("/") ? [] : base.split(separator: "/").map(String.init)
    for component in target.split(separator: "/") {
      if component == ".." {
        _ = components.popLast()
      } else if component != "." {
        components.append(String(component))
      }
    }
    return components.joined(separator: "/")
  }
}
