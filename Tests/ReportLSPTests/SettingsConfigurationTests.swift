import Analysis
import Foundation
import Testing

@testable import ReportLSP

/// Settings JSON → `Settings.configuration` → what the rules report.
@Suite struct SettingsConfigurationTests {
  /// The findings of `code` in `text` under the settings `json`, which must parse cleanly.
  private func findings(_ code: String, in text: String, settings json: JSONValue) -> [Analysis.Diagnostic] {
    let (settings, problems) = Settings.parse(json)
    #expect(problems == [])
    return Linter(configuration: settings.configuration).diagnostics(for: Document(text: text)).filter {
      $0.code == code
    }
  }

  private func findings(_ code: String, in text: String) -> [Analysis.Diagnostic] {
    findings(code, in: text, settings: [:])
  }

  @Test func aCustomGradeScaleChangesTheVerdictOfA108() throws {
    let text = "自评得分92分，财政支出绩效为“优”。"
    #expect(findings("A108", in: text).isEmpty)
    let strict: JSONValue = ["gradeScale": ["优": 95, "良": 85, "中": 70, "差": 0]]
    let found = try #require(findings("A108", in: text, settings: strict).first)
    #expect(found.message.contains("应为“良”"))
    // The custom scale replaces the built-in one: 优秀 is no longer a grade label.
    #expect(findings("A108", in: "自评得分62分，绩效等级为优秀。", settings: strict).isEmpty)
    #expect(findings("A108", in: "自评得分62分，绩效等级为优秀。").count == 1)
    let configuration = Settings.parse(strict).0.configuration
    #expect(configuration.gradeScale == ["优": 95, "良": 85, "中": 70, "差": 0])
    #expect(Settings.default.configuration.gradeScale == Configuration.defaultGradeScale)
  }

  @Test func extraConfusablesInTheObjectFormFireL102WithAFix() throws {
    let text = "全面开展绩效自平工作。"
    #expect(findings("L102", in: text).isEmpty)
    let found = try #require(findings("L102", in: text, settings: ["extraConfusables": ["绩效自平": "绩效自评"]]).first)
    #expect(found.message == "“绩效自平”应为“绩效自评”")
    #expect(found.fixes.first?.edits.first?.replacement == "绩效自评")
    #expect(found.fixes.first?.applicability == .safe)
  }

  @Test func extraConfusablesInTheEntryFormKeepTheirContext() throws {
    let settings: JSONValue = [
      "extraConfusables": [
        [
          "wrong": "权利", "right": "权力", "before": ["清单", "运行"], "notAfter": ["公民"], "reason": "指职权时用“权力”",
          "source": "本单位用语规范",
        ]
      ]
    ]
    let found = try #require(findings("L102", in: "编制权利清单并公开。", settings: settings).first)
    #expect(found.message == "“权利”应为“权力”（指职权时用“权力”）")
    #expect(findings("L102", in: "保障群众合法权利。", settings: settings).isEmpty)
    #expect(findings("L102", in: "公布公民权利清单。", settings: settings).isEmpty)
    let entry = try #require(Settings.parse(settings).0.extraConfusables.first)
    #expect(entry.before == ["清单", "运行"] && entry.notAfter == ["公民"] && entry.source == "本单位用语规范")
  }

  @Test func extraTermsAreReportedWhereverTheWrongFormAppears() throws {
    let text = "落实“六稳六护”工作要求。"
    #expect(findings("L102", in: text).isEmpty)
    let found = try #require(findings("L102", in: text, settings: ["extraTerms": ["六稳六护": "六稳六保"]]).first)
    #expect(found.message == "“六稳六护”应为“六稳六保”（固定用语）")
    #expect(found.fixes.first?.edits.first?.replacement == "六稳六保")
  }

  private let outline = "一、部门概况\n正文。\n二、资金使用\n正文。\n三、绩效分析\n正文。\n四、工作中的不足\n正文。\n"

  @Test func requiredSectionsBecomeTheOutlineS103Checks() throws {
    let settings: JSONValue = [
      "requiredSections": [
        "部门概况", "资金使用", "绩效分析", ["title": "存在的主要问题", "keywords": ["问题", "不足"]], "整改情况",
      ]
    ]
    let found = try #require(findings("S103", in: outline, settings: settings).first)
    #expect(found.message == "按“自定义（requiredSections）”提纲，报告缺少以下部分：整改情况")
    let complete = outline + "五、整改情况\n正文。\n"
    #expect(findings("S103", in: complete, settings: settings).isEmpty)
    let configuration = Settings.parse(settings).0.configuration
    #expect(configuration.sectionTemplate == "custom")
    #expect(configuration.customSectionTemplates.first?.sections.map(\.keywords) == [
      ["部门概况"], ["资金使用"], ["绩效分析"], ["问题", "不足"], ["整改情况"],
    ])
  }

  @Test func sectionTemplateSelectsABuiltInOutline() throws {
    let hunan =
      "一、部门概况\n正文。\n二、部门整体支出管理及使用情况\n正文。\n三、绩效评价工作情况\n正文。\n四、部门整体支出绩效情况\n正文。\n"
    let chosen = try #require(findings("S103", in: hunan).first)
    #expect(chosen.message.contains("湖南"))
    let forced = try #require(findings("S103", in: hunan, settings: ["sectionTemplate": "hubei-self-evaluation"]).first)
    #expect(forced.message.contains("湖北") && forced.message.contains("绩效自评结果拟应用情况"))
    // sectionTemplate wins over the custom outline when both are given.
    let both: JSONValue = ["sectionTemplate": "hunan-department", "requiredSections": ["部门概况"]]
    #expect(Settings.parse(both).0.configuration.sectionTemplate == "hunan-department")
  }

  @Test(
    arguments: [
      (["gradeScale": [:]] as JSONValue, "设置项 gradeScale 应为“等级: 最低分”对象"),
      (["gradeScale": ["优": 120]], "设置项 gradeScale.优 应为 0 到 100 之间的分数"),
      (["gradeScale": ["优": "九十"]], "设置项 gradeScale.优 应为 0 到 100 之间的分数"),
      (["extraConfusables": "布署"], "设置项 extraConfusables 应为对象或数组"),
      (["extraConfusables": ["布署": "布署"]], "设置项 extraConfusables 应为“错误写法: 正确写法”对象"),
      (["extraConfusables": [["wrong": "布署"]]], "设置项 extraConfusables 第 1 项须有不同且非空的 wrong"),
      (["extraConfusables": [["wrong": "布署", "right": "部署", "after": "在"]]], "设置项 extraConfusables 第 1 项的 after"),
      (["extraConfusables": [["wrong": "布署", "right": "部署", "context": "x"]]], "设置项 extraConfusables 第 1 项有未知的字段 context"),
      (["extraConfusables": [5]], "设置项 extraConfusables 第 1 项应为对象"),
      (["extraTerms": ["六稳六护": 6]], "设置项 extraTerms 应为“错误写法: 正确写法”对象"),
      (["sectionTemplate": "guangdong"], "设置项 sectionTemplate 应为 hunan-department、hubei-self-evaluation、custom 之一"),
      (["sectionTemplate": "custom"], "设置项 sectionTemplate 为 custom 时须同时设置 requiredSections"),
      (["requiredSections": []], "设置项 requiredSections 应为章节组成的非空数组"),
      (["requiredSections": [["title": "问题", "keywords": []]]], "设置项 requiredSections 应为章节组成的非空数组"),
      (["ruleDocsURL": "rules.md"], "设置项 ruleDocsURL 应为 http(s) 或 file 地址"),
      (["tolerance": 1], "未知的设置项 tolerance，已忽略"),
    ] as [(JSONValue, String)])
  func invalidValuesAreNamedInChineseAndLeaveTheDefaults(json: JSONValue, message: String) {
    let (settings, problems) = Settings.parse(json)
    #expect(problems.count == 1)
    #expect(problems.first?.hasPrefix(message) == true, "\(problems)")
    #expect(settings == Settings.default)
    #expect(settings.configuration == Configuration.default)
  }

  @Test func nullAndEmptyValuesResetToTheDefaults() {
    let (base, _) = Settings.parse([
      "gradeScale": ["优": 95], "sectionTemplate": "hunan-department", "requiredSections": ["部门概况"],
      "ruleDocsURL": "https://example.org/rules.md",
    ])
    let (reset, problems) = Settings.parse(
      ["gradeScale": nil, "sectionTemplate": "", "requiredSections": nil, "ruleDocsURL": ""], base: base)
    #expect(problems == [])
    #expect(reset == Settings.default)
  }
}
