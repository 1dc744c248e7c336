import Testing

@testable import Analysis

@Suite struct UnitNameVariantTests {
  static let townTitle = "丙丁县甲乙镇人民政府2020年度部门整体支出绩效评价报告\n"
  static let townshipTitle = "丙丁县庚辛苗族乡人民政府2020年度部门整体支出绩效评价报告\n"

  @Test(arguments: [
    ("营造全街道上下齐心战“疫”的良好氛围。", "街道", "营造全镇上下齐心战“疫”的良好氛围。", Applicability.safe),
    ("我乡高度重视，立即组织力量。", "乡", "我镇高度重视，立即组织力量。", .safe),
    ("本乡共有低保户321户。", "乡", "本镇共有低保户321户。", .safe),
    ("乡党委、政府成立了专项工作领导小组。", "乡", "镇党委、政府成立了专项工作领导小组。", .unsafe),
    ("经书记、乡长同意后购买。", "乡", "经书记、镇长同意后购买。", .unsafe),
    ("项目支出按规定经过乡里开会研究。", "乡", "项目支出按规定经过镇里开会研究。", .unsafe),
  ])
  func flagsAnotherLevelInATownReport(sentence: String, flagged: String, fixed: String, applicability: Applicability)
    throws
  {
    let text = Self.townTitle + sentence + "\n"
    let found = findings(UnitNameVariant.self, in: text)
    let only = try #require(found.first)
    #expect(found.count == 1)
    #expect(covered(only.range, in: text) == flagged)
    #expect(only.severity == .warning)
    #expect(only.fixes.first?.applicability == applicability)
    #expect(applyingFixes(found, to: text, minimum: .unsafe) == Self.townTitle + fixed + "\n")
    expectFixesConverge(UnitNameVariant.self, text)
  }

  @Test func flagsTownWordsInATownshipReport() {
    let text = Self.townshipTitle + "我镇高度重视，全镇上下齐心。\n"
    let found = findings(UnitNameVariant.self, in: text)
    #expect(found.count == 2)
    #expect(applyingFixes(found, to: text) == Self.townshipTitle + "我乡高度重视，全乡上下齐心。\n")
  }

  @Test(arguments: [
    "乡镇机关财务实行定期公开。",  // 乡镇
    "全面推进乡村振兴。",  // 乡村
    "全县各乡镇均已完成。",  // 乡镇 after 各
    "推进新型城镇化建设。",  // 城镇
    "维持街道交通秩序。",  // streets, not a 街道
    "乡里乡亲都来帮忙。",  // an idiom
    "加强乡级财政的监督和管理。",  // the legal term for township finance
    "丙戊乡全乡共有耕地三万亩。",  // another township named before 全乡
    "我镇高度重视，全镇上下齐心。",  // the right level
  ])
  func staysSilentInATownReport(sentence: String) {
    #expect(findings(UnitNameVariant.self, in: Self.townTitle + sentence + "\n").isEmpty)
  }

  @Test func shortFormOfAnEthnicTownshipIsInformation() throws {
    let text = Self.townshipTitle + "2020年丙丁县庚辛乡人民政府整体支出情况如下。\n制定庚辛乡2020年奖补办法。\n"
    let found = findings(UnitNameVariant.self, in: text)
    #expect(found.map { covered($0.range, in: text) } == ["庚辛乡", "庚辛乡"])
    #expect(found.allSatisfy { $0.severity == .information })
    // Before 人民政府 the legal name is certain; elsewhere the short form may be deliberate.
    #expect(found.map { $0.fixes.first?.applicability } == [.safe, .unsafe])
    #expect(applyingFixes(found, to: text).contains("丙丁县庚辛苗族乡人民政府整体支出"))
    expectFixesConverge(UnitNameVariant.self, text)
  }

  @Test func shortTitleWithTheFullNameInTheBody() {
    let text = "庚辛乡人民政府2020年度部门整体支出绩效评价报告\n庚辛苗族乡位于丙丁县西部。\n"
    let found = findings(UnitNameVariant.self, in: text)
    #expect(found.map { covered($0.range, in: text) } == ["庚辛乡"])
    #expect(found.first?.fixes.first?.edits.first?.replacement == "庚辛苗族乡")
  }

  @Test(arguments: [
    "庚辛苗族乡人民政府2020年度部门整体支出绩效评价报告\n全乡共有低保户321户。\n",  // the full name only
    "庚辛乡人民政府2020年度部门整体支出绩效评价报告\n全乡共有低保户321户。\n",  // the short name only
    "庚辛苗族乡人民政府2020年度部门整体支出绩效评价报告\n推进庚辛乡村振兴示范带。\n",  // 乡村
  ])
  func consistentNamesStaySilent(text: String) {
    #expect(findings(UnitNameVariant.self, in: text).isEmpty)
  }

  @Test func aLongerTownshipNameIsNotTheShortForm() {
    let gazetteer = Gazetteer(
      csv: "code,province,city,county,township\n1,甲省,乙市,丙丁县,庚辛苗族乡\n2,甲省,乙市,丙丁县,大庚辛乡\n")
    let text = Self.townshipTitle + "学习大庚辛乡的经验。\n"
    #expect(findings(UnitNameVariant.self, in: text, gazetteer: gazetteer).isEmpty)
    #expect(findings(UnitNameVariant.self, in: text).count == 1)
  }

  @Test func noSubjectNoFindings() {
    #expect(findings(UnitNameVariant.self, in: "我乡高度重视。全街道上下齐心。").isEmpty)
  }

  @Test func seedsFlagOnlyLeftOverLevelWordsAndShortForms() {
    let seeds = seedReports()
    guard !seeds.isEmpty else { return }
    for seed in seeds {
      let found = findings(UnitNameVariant.self, in: seed.text)
      let words = Set(found.map { covered($0.range, in: seed.text) })
      switch seed.name.prefix(3) {
      case "000":  // A 镇 report written on a 乡 template: 乡机关, 乡长, 乡里, 全街道, 乡党委.
        #expect(found.count == 7)
        #expect(words == ["乡", "街道"])
      case "003":  // 经过乡里开会 in a 镇 report.
        #expect(found.count == 1)
      case "004":  // 河口乡 beside 河口苗族乡.
        #expect(found.allSatisfy { $0.severity == .information })
        #expect(words == ["河口乡"])
      default:
        #expect(found.isEmpty, "\(seed.name)")
      }
    }
  }
}
