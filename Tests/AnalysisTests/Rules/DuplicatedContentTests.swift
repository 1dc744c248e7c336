import Testing

@testable import Analysis

@Suite struct DuplicatedContentTests {
  static let roads =
    "甲乙镇围绕乡村振兴总体部署，全年新修村组道路十二公里，完成农村危房改造四十户，新建文化广场三处，群众满意度持续提升，各项民生实事全部按期完成并通过县级验收。"
  static let rivers =
    "全面落实河长制，聘请河道保洁员二十名，定期打捞河面漂浮物，开展非法采砂专项整治行动五次，辖区主要河流断面水质稳定达到三类以上标准，人居环境明显改善。"
  static let funds =
    "强化财政资金监管，严格执行公务卡结算制度，三公经费较上年下降百分之十二，全年未发生违规使用资金问题，内部控制制度得到有效执行，资金使用效益稳步提高。"

  @Test func flagsARepeatedParagraphAndDeletesTheLaterCopy() throws {
    let text = "一、部门概况\n\n\(Self.roads)\n\n\(Self.funds)\n\n二、绩效情况\n\n\(Self.roads)\n\n三、存在问题\n"
    let found = findings(DuplicatedContent.self, in: text)
    let only = try #require(found.first)
    #expect(found.count == 1)
    #expect(covered(only.range, in: text) == Self.roads)
    #expect(only.range.start > text.unicodeScalars.count / 2)
    #expect(only.related.count == 1)
    #expect(only.related.first?.range.start == 8)
    #expect(only.message.contains("第3行"))
    #expect(only.fixes.first?.applicability == .unsafe)
    let fixed = applyingFixes(found, to: text, minimum: .unsafe)
    #expect(fixed == "一、部门概况\n\n\(Self.roads)\n\n\(Self.funds)\n\n二、绩效情况\n\n三、存在问题\n")
    #expect(findings(DuplicatedContent.self, in: fixed).isEmpty)
    expectFixesConverge(DuplicatedContent.self, text)
  }

  @Test func aRunWithOtherNumberingAndPunctuationIsOneFinding() throws {
    let first = "4、年度重点工作\n（1）脱贫攻坚成效显著。\n\(Self.roads)\n（2）河长制落实到位。\(Self.rivers)\n5、其他\n"
    let copy =
      "2、脱贫攻坚成效显著\n" + Self.roads.replacingOccurrences(of: "，", with: ", ") + "\n3、河长制落实到位："
      + Self.rivers + "\n"
    let text = first + "四、部门整体支出绩效情况\n" + copy + "6、社会大局和谐稳定。\n"
    let found = findings(DuplicatedContent.self, in: text)
    let only = try #require(found.first)
    #expect(found.count == 1)
    // Only the copy's first line is marked; the message says where the copy ends.
    #expect(covered(only.range, in: text) == "2、脱贫攻坚成效显著")
    #expect(only.message.hasPrefix("从此处到第9行的3段"))
    let fixed = applyingFixes(found, to: text, minimum: .unsafe)
    #expect(fixed == first + "四、部门整体支出绩效情况\n6、社会大局和谐稳定。\n")
  }

  @Test func aNearCopyWithChangedFiguresIsFlaggedWithoutAFix() throws {
    let original = Self.roads + Self.rivers
    let changed = original.replacingOccurrences(of: "十二公里", with: "十五公里")
      .replacingOccurrences(of: "二十名", with: "三十名")
    let text = "\(original)\n\(Self.funds)\n\(changed)\n"
    let found = findings(DuplicatedContent.self, in: text)
    let only = try #require(found.first)
    #expect(found.count == 1)
    #expect(covered(only.range, in: text) == changed)
    #expect(only.message.contains("基本相同"))
    #expect(only.fixes.isEmpty)
  }

  @Test func aCopyThatSharesTooLittleIsNotReported() {
    // Every eighth character changed: no k-gram survives.
    var scalars = Array(Self.roads.unicodeScalars)
    for index in stride(from: 4, to: scalars.count, by: 8) { scalars[index] = "某" }
    let changed = String(String.UnicodeScalarView(scalars))
    #expect(findings(DuplicatedContent.self, in: "\(Self.roads)\n\(changed)\n").isEmpty)
  }

  @Test func aParagraphContainedInAnEarlierOneIsACopy() throws {
    let longer = "基本支出八百万元。" + Self.funds
    let text = "\(longer)\n\(Self.roads)\n\(Self.funds)\n"
    let found = findings(DuplicatedContent.self, in: text)
    let only = try #require(found.first)
    #expect(covered(only.range, in: text) == Self.funds)
    #expect(only.message.contains("重复"))
    #expect(only.fixes.count == 1)
  }

  @Test func everyLaterCopyPointsAtTheFirst() {
    let text = "\(Self.roads)\n\(Self.funds)\n\(Self.roads)\n\(Self.rivers)\n\(Self.roads)\n"
    let found = findings(DuplicatedContent.self, in: text)
    #expect(found.count == 2)
    #expect(found.allSatisfy { $0.related.first?.range.start == 0 })
  }

  @Test(arguments: [
    // Short boilerplate repeated.
    "具体情况列表如下：\n\(rivers)\n具体情况列表如下：\n\(funds)\n具体情况列表如下：\n",
    // Different paragraphs that share phrases.
    "\(roads)\n甲乙镇围绕乡村振兴总体部署，全年新修村组道路八公里，并对辖区内的桥梁进行了安全检查，排除隐患六处，确保群众出行安全，交通秩序良好。\n",
    // Table cells.
    "\t项目\n\t说明\n\n\t道路\n\t\(roads)\n\n\t桥梁\n\t\(roads)\n",
    // A short repeated item inside different sections.
    "1、目前工程部分已完工，工程进度100%。\n\(roads)\n2、目前工程部分已完工，工程进度100%。\n\(rivers)\n",
  ])
  func staysSilentOnShortOrDifferentContent(text: String) {
    #expect(findings(DuplicatedContent.self, in: text).isEmpty)
  }

  @Test func aTableBetweenCopiesEndsTheRun() {
    let table = "\t项目\n\t金额\n\n\t合计\n\t16\n\n"
    let text = "\(Self.roads)\n\(Self.rivers)\n说明\n\(Self.roads)\n" + table + "\(Self.rivers)\n"
    let found = findings(DuplicatedContent.self, in: text)
    #expect(found.count == 2)
    let fixed = applyingFixes(found, to: text, minimum: .unsafe)
    #expect(fixed.contains("\t合计"))
  }

  @Test func emptyAndTinyDocumentsAreSilent() {
    #expect(findings(DuplicatedContent.self, in: "").isEmpty)
    #expect(findings(DuplicatedContent.self, in: Self.roads).isEmpty)
    #expect(findings(DuplicatedContent.self, in: "\n\n\t\n").isEmpty)
  }

  @Test func seedsFlagTheSectionsPastedTwice() {
    let seeds = seedReports()
    guard !seeds.isEmpty else { return }
    for seed in seeds {
      let found = findings(DuplicatedContent.self, in: seed.text)
      let document = Document(text: seed.text)
      let copied = found.map { document.lineIndex.line(containing: $0.range.start) + 1 }
      let sources = found.map { document.lineIndex.line(containing: $0.related[0].range.start) + 1 }
      switch seed.name.prefix(3) {
      case "000":  // 年度重点工作 pasted again under 抓牢脱贫攻坚主业: one run of six paragraphs.
        #expect(found.count == 1)
        #expect(found.first?.message.contains("的6段") == true)
      case "004":  // 年度重点工作 (1)–(4) pasted again as 2、–5、 under 绩效情况.
        #expect(found.count == 1)
        #expect(found.first?.message.contains("的8段") == true)
      case "001":  // 基本支出 and 项目支出 explanations and the 满意度 survey written twice.
        #expect(found.count == 3)
      default:
        #expect(found.isEmpty, "\(seed.name): \(copied) from \(sources)")
      }
      #expect(zip(copied, sources).allSatisfy { $0 > $1 })
    }
  }
}
