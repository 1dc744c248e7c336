import Analysis
import Foundation
import Testing

@testable import ReportLSP

@Suite struct GlobTests {
  @Test(arguments: [
    ("*.md", "a.md", true), ("*.md", "sub/dir/a.md", true), ("*.md", "a.txt", false), ("*.md", "a.md/x", false),
    ("drafts", "drafts", true), ("drafts", "x/drafts", true), ("drafts/*.md", "drafts/a.md", true),
    ("drafts/*.md", "drafts/x/a.md", false), ("drafts/**/*.md", "drafts/a.md", true),
    ("drafts/**/*.md", "drafts/x/y/a.md", true), ("**/a.md", "xa.md", false), ("**/a.md", "x/a.md", true),
    ("drafts/**", "drafts/", true), ("r?.md", "r1.md", true), ("r?.md", "r12.md", false),
    ("[ab]*.txt", "b1.txt", true), ("[!ab]*.txt", "b1.txt", false), ("[0-9].md", "7.md", true),
    ("./*.md", "a.md", true), ("报告*.md", "报告一.md", true), ("[ab", "a", false),
  ])
  func matches(pattern: String, path: String, expected: Bool) {
    #expect(Glob(pattern).matches(path) == expected)
  }
}

@Suite struct UnifiedDiffTests {
  @Test func equalTextsGiveNothing() {
    #expect(UnifiedDiff.render(old: "a\nb\n", new: "a\nb\n", oldName: "a", newName: "b") == "")
  }

  @Test func separateChangesGetSeparateHunks() {
    let old = (1...20).map { "line \($0)\n" }.joined()
    let new = old.replacingOccurrences(of: "line 2\n", with: "LINE 2\n").replacingOccurrences(
      of: "line 18\n", with: "LINE 18\nextra\n")
    let diff = UnifiedDiff.render(old: old, new: new, oldName: "a/x", newName: "b/x")
    #expect(
      diff == """
        --- a/x
        +++ b/x
        @@ -1,5 +1,5 @@
         line 1
        -line 2
        +LINE 2
         line 3
         line 4
         line 5
        @@ -15,6 +15,7 @@
         line 15
         line 16
         line 17
        -line 18
        +LINE 18
        +extra
         line 19
         line 20

        """)
  }

  @Test func insertionAtStartAndMissingFinalNewline() {
    #expect(
      UnifiedDiff.render(old: "b", new: "a\nb", oldName: "o", newName: "n")
        == "--- o\n+++ n\n@@ -1 +1,2 @@\n+a\n b\n\\ No newline at end of file\n")
    #expect(UnifiedDiff.render(old: "", new: "x\n", oldName: "o", newName: "n") == "--- o\n+++ n\n@@ -0,0 +1 @@\n+x\n")
  }
}

@Suite struct SettingsParsingTests {
  @Test func everyKeyIsRead() {
    let json: JSONValue = .object([
      "gazetteerPath": .string("towns.csv"), "debounceMs": .number(120), "disabledRules": .array([.string("n104")]),
      "enabledRules": .array([.string("N")]), "severity": .object(["N104": .string("error")]),
      "gradeScale": .object(["优": .number(90), "良": .number(80), "中": .number(60), "差": .number(0)]),
      "extraConfusables": .object(["布署": .string("部署")]), "sectionTemplate": .string("hunan-department"),
      "extraTerms": .object(["两不愁两保障": .string("两不愁三保障")]),
      "requiredSections": .array([.string("部门概况"), .string("存在的主要问题")]), "inlayHints": .bool(false),
      "ruleDocsURL": .string("https://example.org/rules.md"), "serverPath": .string("/x"),
      "trace": .object(["server": .string("off")]),
    ])
    let (settings, problems) = Settings.parse(json)
    #expect(problems == [])
    #expect(settings.gazetteerPath == "towns.csv")
    #expect(settings.debounceMs == 120)
    #expect(settings.disabledRules == ["N104"])
    #expect(settings.enabledRules == ["N"])
    #expect(settings.severity == ["N104": .error])
    #expect(settings.gradeScale?.map(\.grade) == ["优", "良", "中", "差"])
    #expect(settings.extraConfusables == [ConfusableEntry(wrong: "布署", right: "部署", source: "设置项 extraConfusables")])
    #expect(settings.extraTerms == ["两不愁两保障": "两不愁三保障"])
    #expect(settings.sectionTemplate == "hunan-department")
    #expect(settings.requiredSections?.map(\.title) == ["部门概况", "存在的主要问题"])
    #expect(settings.inlayHints == false)
    #expect(
      RuleLinks.url(for: "N104", base: settings.ruleDocsURL)
        == "https://example.org/rules.md#n104-document-number-brackets")
    let codes = RuleRegistry.all.map { $0.code }
    #expect(settings.configuration.disabledRules == Set(codes.filter { !$0.hasPrefix("N") || $0 == "N104" }))
  }

  @Test func wrongValuesAreNamedAndKeepTheirBase() {
    var base = Settings.default
    base.debounceMs = 75
    let json: JSONValue = .object([
      "reportLSP": .object([
        "debounceMs": .string("fast"), "disabledRules": .array([.string("Z9")]), "severity": .string("error"),
        "gradeScale": .object(["优": .number(90), "良": .number(90)]), "inlayHints": .number(1),
        "ruleDocsURL": .string("docs/rules.md"), "extraTerms": .object(["": .string("x")]), "color": .bool(true),
      ])
    ])
    let (settings, problems) = Settings.parse(json, base: base)
    #expect(settings == base)
    #expect(
      problems == [
        "未知的设置项 color，已忽略",
        "设置项 debounceMs 应为 0 到 10000 之间的数字",
        "设置项 disabledRules 中的规则代码 Z9 不存在（可用 report-lsp rules 查看全部规则）",
        "设置项 extraTerms 应为“错误写法: 正确写法”对象，例如 {\"两不愁两保障\": \"两不愁三保障\"}",
        "设置项 gradeScale 中有两个等级的最低分相同",
        "设置项 inlayHints 应为 true 或 false",
        "设置项 ruleDocsURL 应为 http(s) 或 file 地址（留空则不链接规则说明）",
        "设置项 severity 应为对象，例如 {\"A101\": \"error\", \"L106\": \"off\"}",
      ])
  }

  @Test func severityOffDisablesAndPrefixesSelect() {
    let off = Settings.parse(.object(["severity": .object(["N": .string("off")])])).0
    let codes = RuleRegistry.all.map { $0.code }
    let nameCodes = Set(codes.filter { $0.hasPrefix("N") })
    #expect(off.configuration.disabledRules == nameCodes)
    let specific = Settings.parse(.object(["severity": .object(["N": .string("off"), "N104": .string("hint")])])).0
    #expect(specific.configuration.disabledRules == nameCodes.subtracting(["N104"]))
    #expect(specific.configuration.severityOverrides == ["N104": .hint])
    let other = Settings.parse(.object(["enabledRules": .array([.string("N1")])])).0
    #expect(other.configuration.disabledRules == Set(codes.filter { !$0.hasPrefix("N1") }))
  }

  @Test func nullAndNonObjects() {
    #expect(Settings.parse(nil).1 == [])
    #expect(Settings.parse(.null).1 == [])
    #expect(Settings.parse(.array([.null])).1 == ["设置应为 JSON 对象，已使用默认值"])
    #expect(Settings.parse(.array([])).1 == [])
    #expect(Settings.parse(.object(["reportLSP": .array([])])).1 == [])
    #expect(
      Settings.parse(
        .object(["gazetteerPath": .null]), base: Settings.parse(.object(["gazetteerPath": .string("x")])).0
      ).0.gazetteerPath == nil)
  }
}

@Suite struct WaiverFileTests {
  @Test func roundTripsAndReplacesWaiversForTheSamePlace() throws {
    var file = WaiverFile()
    let waiver = Waiver(code: "N104", text: "[2021]", before: "依据丙财绩", after: "6号。", reason: "原文如此")
    try file.add(waiver, forReport: "/tmp/x/report.md").get()
    var renewed = waiver
    renewed.reason = "引用原文"
    try file.add(renewed, forReport: "/tmp/x/report.md").get()
    #expect(file.waivers(forReport: "/elsewhere/report.md") == [renewed])
    let parsed = try WaiverFile.parse(Data(file.text.utf8)).get()
    #expect(parsed == file)
    #expect(file.text.hasSuffix("}\n"))
    #expect(WaiverFile.path(forReport: "/tmp/x/report.md") == "/tmp/x/.reportlsp-waivers.json")
  }

  /// A reviewer's notes (a top-level comment, an entry's author and date, an entry the program does not
  /// know) survive a new waiver, byte for byte, and the file keeps its layout and line ends.
  @Test func addingAWaiverKeepsEverythingElseAsWritten() throws {
    let original =
      "{\r\n  \"comment\": \"由财政所复核\",\r\n  \"version\": 1,\r\n  \"files\": {\r\n    \"a.md\": [\r\n"
      + "      {\"code\": \"N104\", \"text\": \"[2021]\", \"before\": \"依据\", \"after\": \"号\", \"reason\": \"原文\", \"author\": \"张三\", \"date\": \"2024-05-01\"},\r\n"
      + "      {\"note\": \"待定\"}\r\n    ]\r\n  }\r\n}\r\n"
    var file = try WaiverFile.parse(text: original).get()
    #expect(file.waivers(forReport: "a.md").count == 1)
    let added = Waiver(code: "L102", text: "截止", before: "", after: "2023年", reason: "引文")
    try file.add(added, forReport: "/x/a.md").get()
    try file.add(added, forReport: "/x/b.md").get()
    #expect(file.text.hasPrefix(String(original.prefix(original.count - 20))))
    #expect(file.text.contains(#"{"note": "待定"},"# + "\r\n      " + #"{"code": "L102""#))
    #expect(!file.text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    let json = try #require(try? JSONDecoder().decode(JSONValue.self, from: Data(file.text.utf8)))
    #expect(json["comment"] == "由财政所复核")
    #expect(json["files"]?["a.md"]?[0]?["author"] == "张三" && json["files"]?["a.md"]?[0]?["date"] == "2024-05-01")
    #expect(json["files"]?["a.md"]?[1] == ["note": "待定"])
    #expect(json["files"]?["a.md"]?.count == 3 && json["files"]?["b.md"]?.count == 1)
    // Waiving the same place again changes its reason only.
    var again = added
    again.reason = "引用原文件"
    try file.add(again, forReport: "/x/a.md").get()
    let renewed = try #require(try? JSONDecoder().decode(JSONValue.self, from: Data(file.text.utf8)))
    #expect(renewed["files"]?["a.md"]?.count == 3 && renewed["files"]?["a.md"]?[2]?["reason"] == "引用原文件")
  }

  @Test func rejectsOtherShapesAndSaysWhereTheJSONIsBroken() throws {
    #expect(throws: WaiverFileError.self) { try WaiverFile.parse(Data("[]".utf8)).get() }
    #expect(throws: WaiverFileError.self) { try WaiverFile.parse(Data(#"{"version": 2, "files": {}}"#.utf8)).get() }
    #expect(throws: WaiverFileError.self) { try WaiverFile.parse(Data(#"{"files": {"a.md": {}}}"#.utf8)).get() }
    // An entry the program does not understand waives nothing and is no error.
    #expect(try WaiverFile.parse(Data(#"{"version":1,"files":{"a":[{}]}}"#.utf8)).get().files == ["a": []])
    let broken = "{\n  \"version\": 1,\n  \"files\": {\n    \"a.md\": [\n      {\"code\": \"N104\" \"text\": \"x\"}\n"
    let error = try #require(WaiverFile.parse(Data(broken.utf8)).failure)
    #expect(error.message == "不是有效的 JSON，第 5 行第 23 列：缺少逗号或 }，此处是“\"”")
  }
}

extension Result {
  /// The error of a failure, nil for a success.
  var failure: Failure? {
    if case .failure(let error) = self { return error }
    return nil
  }
}

@Suite struct JSONTextTests {
  @Test(arguments: [
    ("{\"a\": 1,}", "第 1 行第 9 列：最后一项后面多了逗号"),
    ("{\"a\" 1}", "第 1 行第 6 列：键 a 后应有冒号，此处是“1”"),
    ("{'a': 1}", "第 1 行第 2 列：对象的键应为双引号括起的字符串，此处是“'”"),
    ("[1, 2", "第 1 行第 1 列：数组没有结束（缺少 ]）"),
    ("{\"甲\": \"乙\n\"}", "第 1 行第 9 列：字符串没有结束（缺少右引号）"),
    ("{\"a\": 01}", "第 1 行第 7 列：数字不能以 0 开头"),
    ("{} x", "第 1 行第 4 列：之后还有多余的内容"),
    ("", "第 1 行第 1 列：缺少值，文件就结束了"),
  ])
  func syntaxErrorsNameTheirLineAndColumn(text: String, expected: String) throws {
    let error = try #require(JSONText.parse(Array(text.utf8)).failure)
    #expect(error.description == expected)
  }

  @Test func valuesKeepTheirPlaceAndDecodeLikeFoundation() throws {
    let text = "\u{FEFF}{\"甲\": [true, null, -1.5e2, \"\\u4e59\\ud83d\\ude00\\n\"], \"b\": {}}"
    let parsed = try JSONText.parse(Array(text.utf8)).get()
    let member = try #require(JSONText.member("甲", of: parsed.root))
    #expect(String(decoding: parsed.bytes[member.value.span], as: UTF8.self).hasPrefix("[true"))
    #expect(JSONText.jsonValue(parsed.root) == ["甲": [true, nil, -150, "乙😀\n"], "b": [:]])
    #expect(JSONText.quoted("a\"b\\\u{1}") == #""a\"b\\\u0001""#)
    // Nesting deeper than the limit is an error, not a stack overflow.
    let deep = String(repeating: "[", count: 100_000)
    #expect(JSONText.parse(Array(deep.utf8)).failure?.problem == "：嵌套层数太多")
  }
}

@Suite struct RuleLinkConversionTests {
  @Test func diagnosticsLinkToTheirRuleDocumentationUnderTheConfiguredBase() {
    let document = Document(text: "依据丙财绩[2021]6号。")
    let found = Linter().diagnostics(for: document)
    let base = "https://example.org/report-lsp/docs/rules.md"
    let converted = found.map {
      Conversion.diagnostic($0, in: document, uri: "file:///r.md", encoding: .utf16, ruleDocsURL: base)
    }
    #expect(converted.first?.codeDescription?.href == base + "#n104-document-number-brackets")
    #expect(RuleLinks.url(for: "Z999", base: base) == nil)
  }

  @Test func withoutABaseThereIsNoLink() {
    let document = Document(text: "依据丙财绩[2021]6号。")
    let found = Linter().diagnostics(for: document)
    #expect(!found.isEmpty)
    for diagnostic in found {
      #expect(
        Conversion.diagnostic(diagnostic, in: document, uri: "file:///r.md", encoding: .utf16, ruleDocsURL: nil)
          .codeDescription == nil)
    }
    #expect(RuleLinks.url(for: "N104", base: nil) == nil && RuleLinks.url(for: "N104", base: "") == nil)
    #expect(Settings.default.ruleDocsURL == nil)
  }
}
