import Testing

@testable import WordFile

@Suite struct WordDocumentTests {
  func paragraph(_ label: String, _ text: String, textBox: Bool = false) -> WordBlock {
    .paragraph(WordParagraph(label: label, text: text, isInTextBox: textBox))
  }

  func cell(_ texts: String..., span: Int = 1, merged: Bool = false) -> WordCell {
    WordCell(paragraphs: texts.map { WordParagraph(text: $0) }, span: span, isMergedFromAbove: merged)
  }

  /// Fixtures/make_fixtures.py's document: the table of contents (a content control and a field) left out,
  /// numbering through heading styles and direct numPr, deleted text dropped, inserted text kept, a text
  /// box once (not its fallback copy), merged and nested table cells.
  @Test func readsEveryFeatureOfTheHandWrittenDocument() throws {
    let document = try WordDocument(bytes: fixture("features.docx"))
    let expected: [WordBlock] = [
      paragraph("", ""),
      paragraph("", ""),
      paragraph("", ""),
      paragraph("", "白石镇2023年度部门整体支出绩效自评报告"),
      paragraph("一、", "基本情况"),
      paragraph("（一）", "部门职能"),
      paragraph("", "预算执行率 98.5&%\n万元\t完"),
      paragraph("（二）", "主要做法"),
      paragraph("二、", "绩效目标"),
      paragraph("1.", "细项"),
      paragraph("2.", "细项"),
      paragraph("①", "第一项"),
      paragraph("②", "第二项"),
      paragraph("①", "重新开始"),
      paragraph("", "项目符号"),
      paragraph("", "不编号"),
      paragraph("", "页码7"),
      paragraph("", "锚定段"),
      paragraph("", "文本框里的字", textBox: true),
      .table(
        WordTable(rows: [
          [cell("项目"), cell("金额（万元）", span: 2)],
          [cell("公用经费"), cell("10"), cell("")],
          [cell("", merged: true), cell("8.62"), cell("甲", "内", "表", "乙")],
        ])),
      paragraph("", "结束"),
    ]
    #expect(document.blocks.count == expected.count)
    for (got, want) in zip(document.blocks, expected) { #expect(got == want) }
  }

  /// A report LibreOffice saved as .docx (Fixtures/make_libreoffice_fixture.sh): its list numbering
  /// (taiwaneseCountingThousand, 、 and （） around the numbers) and its table.
  @Test func readsADocumentSavedByLibreOffice() throws {
    let document = try WordDocument(bytes: fixture("libreoffice.docx"))
    let expected: [WordBlock] = [
      paragraph("", "白石镇2023年度部门整体支出绩效自评报告"),
      paragraph("一、", "基本情况"),
      paragraph("（一）", "部门职能"),
      paragraph("（二）", "预算情况"),
      paragraph("二、", "绩效目标完成情况"),
      paragraph("", "全年预算20万元，实际支出17.5万元，节约比为10%。"),
      paragraph("", "单位：万元"),
      .table(
        WordTable(rows: [
          [cell("项目"), cell("年初预算数"), cell("全年决算数")],
          [cell("公用经费"), cell("10"), cell("8.62")],
          [cell("合计"), cell("16"), cell("14.41")],
        ])),
      paragraph("", "截止2023年底，项目已全部完成。"),
    ]
    #expect(document.blocks == expected)
  }

  @Test func explainsFilesThatAreNotWordDocuments() {
    func message(_ bytes: [UInt8]) -> String? {
      do {
        _ = try WordDocument(bytes: bytes)
        return nil
      } catch {
        return error.message
      }
    }
    #expect(message([0xD0, 0xCF, 0x11, 0xE0, 0, 0]) == "是旧版 Word（.doc）或加密的 Word 文档，不是 .docx")
    #expect(message(Array("plain".utf8)) == "不是 .docx 文件（不是 ZIP 压缩包）")
    #expect(message(fixture("stored.zip")) == "是 ZIP 压缩包，但不是 Word 文档（没有 word/document.xml）")
  }

  @Test func truncatedDocumentsGiveErrors() {
    let bytes = fixture("features.docx")
    for length in stride(from: 0, to: bytes.count, by: 7) {
      #expect(throws: WordFileError.self) { try WordDocument(bytes: Array(bytes[..<length])) }
    }
  }

  @Test func resolvesRelationshipTargets() {
    #expect(WordDocument.resolve("styles.xml", against: "word") == "word/styles.xml")
    #expect(WordDocument.resolve("../customXml/item.xml", against: "word") == "customXml/item.xml")
    #expect(WordDocument.resolve("/word/document.xml", against: "") == "word/document.xml")
  }
}
