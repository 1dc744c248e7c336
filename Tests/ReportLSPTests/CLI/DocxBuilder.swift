import Foundation

@testable import WordFile

/// Builds a .docx from a report in the linter's text layout — the inverse of `WordReport` — so that one
/// fixture can be checked as text and as a Word document. Headings numbered 一、 and （一） in sequence
/// become Word's automatic numbering (numbering.xml), as a drafter's template makes them; a heading whose
/// number breaks the sequence stays typed text, as it must have been in Word. Tab-indented blocks become
/// tables ("—" cells empty). The archive is stored (not compressed), with real CRC-32s.
enum DocxBuilder {
  static func docx(fromText text: String) -> [UInt8] {
    zip([
      ("[Content_Types].xml", contentTypes), ("_rels/.rels", rootRelationships),
      ("word/_rels/document.xml.rels", documentRelationships), ("word/numbering.xml", numbering),
      ("word/document.xml", document(text)),
    ])
  }

  private static func document(_ text: String) -> String {
    var body = ""
    var lines = text.components(separatedBy: "\n")
    if lines.last == "" { lines.removeLast() }
    var index = 0
    var chapter = 0
    var section = 0
    while index < lines.count {
      let line = lines[index]
      if line.hasPrefix("\t") {
        var rows: [[String]] = [[]]
        while index < lines.count,
          lines[index].hasPrefix("\t")
            || (lines[index].isEmpty && index + 1 < lines.count && lines[index + 1].hasPrefix("\t"))
        {
          if lines[index].isEmpty {
            rows.append([])
          } else {
            rows[rows.count - 1].append(String(lines[index].dropFirst()))
          }
          index += 1
        }
        body +=
          "<w:tbl>"
          + rows.map { row in
            "<w:tr>" + row.map { "<w:tc>" + paragraph($0 == "—" ? "" : $0) + "</w:tc>" }.joined() + "</w:tr>"
          }.joined() + "</w:tbl>"
        continue
      }
      index += 1
      if line.isEmpty { continue }
      if line.hasPrefix(ListNumberFormat.render(chapter + 1, format: "chineseCounting") + "、") {
        chapter += 1
        section = 0
        body += paragraph(String(line.drop { $0 != "、" }.dropFirst()), level: 0)
      } else if line.hasPrefix("（" + ListNumberFormat.render(section + 1, format: "chineseCounting") + "）") {
        section += 1
        body += paragraph(String(line.drop { $0 != "）" }.dropFirst()), level: 1)
      } else {
        body += paragraph(line)
      }
    }
    return """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <w:document xmlns:w="\(WordNamespace.transitional)"><w:body>\(body)<w:sectPr/></w:body></w:document>
      """
  }

  private static func paragraph(_ text: String, level: Int? = nil) -> String {
    let properties =
      level.map { #"<w:pPr><w:numPr><w:ilvl w:val="\#($0)"/><w:numId w:val="1"/></w:numPr></w:pPr>"# } ?? ""
    let escaped = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;")
    return "<w:p>\(properties)<w:r><w:t xml:space=\"preserve\">\(escaped)</w:t></w:r></w:p>"
  }

  private static let numbering = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:numbering xmlns:w="\(WordNamespace.transitional)"><w:abstractNum w:abstractNumId="0">\
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>\
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>\
    </w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>
    """

  private static let contentTypes = """
    <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
    <Default Extension="xml" ContentType="application/xml"/></Types>
    """

  private static let rootRelationships = """
    <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
    Target="word/document.xml"/></Relationships>
    """

  private static let documentRelationships = """
    <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" \
    Target="numbering.xml"/></Relationships>
    """

  /// A stored ZIP archive of `files`.
  static func zip(_ files: [(String, String)]) -> [UInt8] {
    var archive: [UInt8] = []
    var directory: [UInt8] = []
    func le16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
    func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * UInt32($0))) } }
    for (name, text) in files {
      let data = Array(text.utf8)
      let nameBytes = Array(name.utf8)
      let crc = CRC32.checksum(data)
      let offset = UInt32(archive.count)
      let common =
        le16(20) + le16(0x800) + le16(0) + le16(0) + le16(0x21) + le32(crc) + le32(UInt32(data.count))
        + le32(UInt32(data.count)) + le16(nameBytes.count) + le16(0)
      archive += le32(0x0403_4B50) + common + nameBytes + data
      directory +=
        le32(0x0201_4B50) + le16(20) + common + le16(0) + le16(0) + le16(0) + le32(0) + le32(offset) + nameBytes
    }
    let directoryOffset = UInt32(archive.count)
    archive += directory
    archive +=
      le32(0x0605_4B50) + le16(0) + le16(0) + le16(files.count) + le16(files.count)
      + le32(UInt32(directory.count)) + le32(directoryOffset) + le16(0)
    return archive
  }
}
