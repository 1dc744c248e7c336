import Testing

@testable import Analysis

/// An invented county: 丙丁县 has 甲乙镇, 丙戊镇, 庚辛苗族乡, 石门乡 and 壬癸街道; 甲乙镇 and 子丑镇 also
/// exist in 戊己县 of another city; 大丙戊镇 lies in a third county.
let inventedGazetteer = Gazetteer(
  csv: """
    code,province,city,county,township
    100000101,甲省,乙市,丙丁县,甲乙镇
    100000102,甲省,乙市,丙丁县,丙戊镇
    100000201,甲省,乙市,丙丁县,庚辛苗族乡
    100000202,甲省,乙市,丙丁县,石门乡
    100000001,甲省,乙市,丙丁县,壬癸街道
    200000101,甲省,丑市,戊己县,甲乙镇
    200000102,甲省,丑市,戊己县,子丑镇
    300000101,丁省,寅市,卯辰县,大丙戊镇
    """)

@Suite struct ForeignTownshipTests {
  static let title = "丙丁县甲乙镇人民政府2020年度部门整体支出绩效评价报告\n"

  @Test func flagsAnotherTownshipOfTheCountyWithAFix() throws {
    let text = Self.title + "一、部门概况\n全年工作稳步推进，保障了丙戊镇社会管理与发展的基本稳定。\n"
    let found = findings(ForeignTownship.self, in: text, gazetteer: inventedGazetteer)
    let only = try #require(found.first)
    #expect(found.count == 1)
    #expect(covered(only.range, in: text) == "丙戊镇")
    #expect(only.severity == .warning)
    #expect(only.message.contains("丙丁县"))
    #expect(only.fixes.first?.applicability == .unsafe)
    #expect(applyingFixes(found, to: text, minimum: .unsafe).contains("保障了甲乙镇社会管理"))
    expectFixesConverge(ForeignTownship.self, text, gazetteer: inventedGazetteer)
  }

  @Test(arguments: [
    "我镇与丙戊镇接壤，两镇往来密切。",  // neighbour
    "今年联合丙戊镇开展了河道整治。",  // joint work
    "配合丙戊镇完成了道路建设。",  // joint work, no 与
    "丙戊镇、庚辛苗族乡等兄弟乡镇均已完成。",  // a list
    "我镇财政收入较丙戊镇高出两成。",  // a comparison
    "全县各乡镇均完成了目标任务。",  // no name at all
    "子丑镇的做法值得学习。",  // a township of another county
    "与戊己县子丑镇相邻。",  // another county, written out
    "推进石门乡村振兴示范带建设。",  // 乡村, not 石门乡
    "参观了大丙戊镇的产业园。",  // a longer name of another county
    "甲乙镇全体干部职工共同努力。",  // the subject itself
  ])
  func staysSilentOnLegitimateMentions(sentence: String) {
    let text = Self.title + sentence + "\n"
    #expect(findings(ForeignTownship.self, in: text, gazetteer: inventedGazetteer).isEmpty)
  }

  @Test func subjectShortFormIsNotAnotherTownship() {
    let text = "丙丁县庚辛苗族乡人民政府2020年度部门整体支出绩效评价报告\n制定庚辛乡2020年自主产业奖补实施办法。\n"
    #expect(findings(ForeignTownship.self, in: text, gazetteer: inventedGazetteer).isEmpty)
  }

  @Test func shortFormOfAnotherTownshipIsAnsweredWithTheSubjectsShortForm() throws {
    let text = "丙丁县庚辛苗族乡人民政府2020年度部门整体支出绩效评价报告\n甲乙镇全年完成任务。\n"
    let found = findings(ForeignTownship.self, in: text, gazetteer: inventedGazetteer)
    #expect(found.map { covered($0.range, in: text) } == ["甲乙镇"])
    #expect(found.first?.fixes.first?.edits.first?.replacement == "庚辛苗族乡")
  }

  @Test func subdistrictNamesAreMatchedToo() {
    let text = Self.title + "壬癸街道全年完成财政收入任务。\n"
    let found = findings(ForeignTownship.self, in: text, gazetteer: inventedGazetteer)
    #expect(found.map { covered($0.range, in: text) } == ["壬癸街道"])
  }

  @Test func countyLeftOutIsFoundFromOtherPlaceNames() {
    // 甲乙镇 exists in two counties: the mention of 丙丁县 settles which.
    let text = "甲乙镇人民政府2020年度部门整体支出绩效评价报告\n根据丙丁县财政局的通知，保障了丙戊镇社会稳定。\n"
    let found = findings(ForeignTownship.self, in: text, gazetteer: inventedGazetteer)
    #expect(found.map { covered($0.range, in: text) } == ["丙戊镇"])
  }

  @Test func ambiguousCountyStaysSilent() {
    let text = "甲乙镇人民政府2020年度部门整体支出绩效评价报告\n保障了丙戊镇社会稳定。\n"
    #expect(findings(ForeignTownship.self, in: text, gazetteer: inventedGazetteer).isEmpty)
  }

  @Test func uniqueTownshipNeedsNoCounty() {
    let text = "庚辛苗族乡人民政府2020年度部门整体支出绩效评价报告\n保障了丙戊镇社会稳定。\n"
    let found = findings(ForeignTownship.self, in: text, gazetteer: inventedGazetteer)
    #expect(found.map { covered($0.range, in: text) } == ["丙戊镇"])
  }

  @Test func tablesAreNotSearched() {
    let text = Self.title + "\t项目\n\t单位\n\n\t道路\n\t丙戊镇\n"
    #expect(findings(ForeignTownship.self, in: text, gazetteer: inventedGazetteer).isEmpty)
  }

  // MARK: Without a gazetteer

  @Test func signatureOfAnotherUnitWithoutGazetteer() throws {
    let text = Self.title + "一、部门概况\n全年工作稳步推进。\n\n丙丁县丙戊镇人民政府\n2021年4月20日\n"
    let found = findings(ForeignTownship.self, in: text)
    let only = try #require(found.first)
    #expect(found.count == 1)
    #expect(covered(only.range, in: text) == "丙戊镇")
    #expect(only.severity == .information)
    #expect(applyingFixes(found, to: text, minimum: .unsafe).contains("丙丁县甲乙镇人民政府\n2021"))
    expectFixesConverge(ForeignTownship.self, text)
  }

  @Test func repeatedTitleInTheBodyWithoutGazetteer() {
    let text = Self.title + "一、部门概况\n\n丙丁县某某镇人民政府2020年度整体支出9224.79万元。\n"
    let found = findings(ForeignTownship.self, in: text)
    #expect(found.map { covered($0.range, in: text) } == ["某某镇"])
    #expect(found.first?.fixes.isEmpty == false)
  }

  @Test func uncertainNameStartGivesNoFix() {
    for sentence in ["报告经某某镇人民政府2020年度会议通过。", "某某镇人民政府2020年度整体支出9224.79万元。"] {
      let text = Self.title + "一、部门概况\n\n" + sentence + "\n"
      let found = findings(ForeignTownship.self, in: text)
      #expect(found.count == 1)
      #expect(found.first?.fixes.isEmpty == true)
    }
  }

  @Test(arguments: [
    "保障了丙戊镇社会管理与发展的基本稳定。",  // needs the gazetteer to know 丙戊镇
    "丙戊镇人民政府对我镇工作给予了支持。",  // a body mention, not a title
    "丙丁县人民政府2020年度工作报告提出。",  // the county government
    "关于甲乙镇人民政府2020年度工作的说明。",  // words before the subject's own name
  ])
  func bodyMentionsStaySilentWithoutGazetteer(sentence: String) {
    let text = Self.title + "一、部门概况\n" + sentence + "\n"
    #expect(findings(ForeignTownship.self, in: text).isEmpty)
  }

  @Test func withGazetteerTheUnitPositionIsOneWarning() {
    let text = Self.title + "一、部门概况\n全年工作稳步推进。\n\n丙丁县丙戊镇人民政府\n"
    let found = findings(ForeignTownship.self, in: text, gazetteer: inventedGazetteer)
    #expect(found.map(\.severity) == [.warning])
  }

  @Test func reportWithoutSubjectIsSilent() {
    #expect(findings(ForeignTownship.self, in: "保障了丙戊镇社会稳定。", gazetteer: inventedGazetteer).isEmpty)
  }

  // MARK: Seeds

  @Test func seedsFlagOnlyTheLeftOverTownship() throws {
    let seeds = seedReports()
    guard let gazetteer = sharedGazetteer, !seeds.isEmpty else { return }
    var flagged: [String] = []
    for seed in seeds {
      let found = findings(ForeignTownship.self, in: seed.text, gazetteer: gazetteer)
      flagged += found.map { "\(seed.name.prefix(3)):\(covered($0.range, in: seed.text))" }
      #expect(findings(ForeignTownship.self, in: seed.text).isEmpty, "\(seed.name) without gazetteer")
    }
    // Seed 001 is a 灰山港镇 report that kept a neighbour's name from the copy.
    #expect(flagged.count == 1)
    #expect(flagged.first?.hasPrefix("001:") == true)
  }
}
