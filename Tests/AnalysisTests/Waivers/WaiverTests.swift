import Testing

@testable import Analysis

@Suite struct WaiverTests {
  static let text = "第一段。\n依据丙财绩[2021]6号文件，另见丁财办[2019]3号。\n"

  static func finding(_ flagged: String, in text: String) throws -> Diagnostic {
    try #require(Linter().diagnostics(for: text).first { covered($0.range, in: text) == flagged })
  }

  @Test func anchorsOnCodeTextAndContextWithinTheLine() throws {
    let document = Document(text: Self.text)
    let waiver = Waiver(for: try Self.finding("[2021]", in: Self.text), in: document, reason: "原文")
    #expect(waiver.code == "N104")
    #expect(waiver.text == "[2021]")
    #expect(waiver.before == "依据丙财绩")  // stops at the line break
    #expect(waiver.after == "6号文件，另见丁")
    #expect(waiver.reason == "原文")
  }

  @Test func silencesOnlyTheWaivedFindingAndSurvivesEditsElsewhere() throws {
    let document = Document(text: Self.text)
    let waiver = Waiver(for: try Self.finding("[2021]", in: Self.text), in: document, reason: "原文")
    let split = Waiver.partition(Linter().diagnostics(for: document), in: document, waivers: [waiver])
    #expect(split.reported.map { covered($0.range, in: Self.text) } == ["[2019]"])
    #expect(split.waived.map(\.waiver) == [waiver])

    let edited = "新增的第一段，很长很长。\n" + Self.text
    let editedDocument = Document(text: edited)
    let afterEdit = Waiver.partition(Linter().diagnostics(for: editedDocument), in: editedDocument, waivers: [waiver])
    #expect(afterEdit.reported.filter { $0.code == "N104" }.count == 1)
    #expect(afterEdit.waived.count == 1)
    #expect(Waiver.unused([waiver], by: Linter().diagnostics(for: editedDocument), in: editedDocument).isEmpty)
  }

  @Test func editNextToTheFindingRetiresTheWaiver() throws {
    let document = Document(text: Self.text)
    let waiver = Waiver(for: try Self.finding("[2021]", in: Self.text), in: document, reason: "原文")
    let edited = Self.text.replacingOccurrences(of: "依据丙财绩", with: "根据丙财绩")
    let editedDocument = Document(text: edited)
    let diagnostics = Linter().diagnostics(for: editedDocument)
    #expect(Waiver.partition(diagnostics, in: editedDocument, waivers: [waiver]).waived.isEmpty)
    #expect(Waiver.unused([waiver], by: diagnostics, in: editedDocument) == [waiver])
  }

  @Test func otherCodesAndOutOfRangeFindingsAreSafe() {
    let document = Document(text: "短")
    let stray = Diagnostic(code: "X999", severity: .hint, range: TextRange(5, 9), message: "")
    let waiver = Waiver(for: stray, in: document, reason: "")
    #expect(waiver.text == "" && waiver.before == "短" && waiver.after == "")
    let other = Waiver(code: "N104", text: "", before: "短", after: "", reason: "")
    #expect(Waiver.partition([stray], in: document, waivers: [other]).reported == [stray])
    #expect(Waiver.partition([stray], in: document, waivers: []).reported == [stray])
  }
}
