import Testing

@testable import Analysis

/// The layouts conversions leave behind: PDF text hard-wrapped at the page width, tables flattened
/// onto lines, fragments and tables of contents. All fixtures are invented.
@Suite struct HardWrapTests {
  /// A page of a 决算说明 converted from PDF: cut every 25 characters or so, in words and numbers.
  static let wrapped = """
    —3—
    （一）甲乙站2022年度收入合计456.78万元，其中本年收
    入321.09万元，比上年减少12.34万元，降幅为3.7%。
    分项目说明如下。
    1.财政拨款收入300.12万元，全部来源于县财政当年安排
    的预算资金。比上年减少10.05万元，降幅为3.2%，减少
    的原因：一是按照“过紧日子”的要求压减了公用经
    费；二是“三公”经费预算比上年减少，离休人员费用也随
    之减少。
    2.其他收入20.97万元，是本站开展技术服务取得的收入，
    主要用于“农机安全示范点建设”项目的前期准备工
    作，比上年减少2.29万元，降幅为9.8%。
    """

  @Test func wrappedLinesAreOneParagraph() throws {
    let document = Document(text: Self.wrapped)
    let width = try #require(document.wrapWidth)
    #expect((44...56).contains(width))
    #expect(document.paragraphs.map { "\($0.line + 1)-\($0.lastLine + 1)" } == ["1-1", "2-3", "4-4", "5-9", "10-12"])
    // Headings open paragraphs; a wrapped heading paragraph is not a title.
    #expect(document.headings.map(\.line) == [1, 4, 9])
    #expect(document.headings.allSatisfy { !$0.isTitle })
  }

  @Test func positionsStayThoseOfTheLines() throws {
    let document = Document(text: Self.wrapped)
    let paragraph = try #require(document.paragraph(onLine: 6))
    #expect(paragraph.line == 4)
    // The sentence that runs over the break between lines 7 and 8 is one sentence, and its end is on line 9.
    let sentence = try #require(paragraph.sentences.first { document.string(in: $0.range).contains("公用经") })
    #expect(document.lineIndex.line(containing: sentence.range.end - 1) == 8)
    #expect(document.string(in: sentence.range).contains("公用经\n费"))
  }

  @Test func numbersSplitByAWrapAreRead() {
    let document = Document(text: Self.wrapped)
    #expect(document.quantities.contains { $0.digits == "321.09" && $0.unit?.symbol == "万元" })
  }

  @Test func wordParagraphsAreNotJoined() {
    // A pasted Word document: one paragraph per line, lines of any length, titles in between.
    let text = """
      一、部门概况
      本镇辖12个行政村，户籍人口3.2万人，设党政综合办公室等内设机构6个，年末实有在职人员58人。
      二、部门整体支出管理及使用情况
      2022年度部门整体支出1,234.56万元，其中基本支出800.12万元，项目支出434.44万元，
      万元以下的零星支出由分管领导审批。
      各项工作具体成效
      全年完成农村公路提质改造15公里，新建村级活动中心2个，改造危房36户。
      """
    let document = Document(text: text)
    #expect(document.wrapWidth == nil)
    #expect(document.paragraphs.allSatisfy { !$0.isWrapped })
  }

  @Test func aFewShortWrappedLinesAreNotAPage() {
    // Titles followed by text: short lines that end in a character, but the text runs far wider.
    let text = """
      各项工作具体成效
      全年完成农村公路提质改造15公里，新建村级活动中心2个，改造危房36户，群众满意度明显提升，得到上级肯定。
      乡域经济稳步发展
      全年完成财政收入任务，税源结构持续优化，特色产业规模不断扩大，带动农户增收。
      社会事业全面进步
      教育、卫生、文化等社会事业协调发展，民生保障水平稳步提高，群众获得感不断增强。
      """
    #expect(Document(text: text).wrapWidth == nil)
  }
}

@Suite struct FlattenedTableTests {
  @Test func pipeRowsAreATable() throws {
    let text = "说明如下：\n项目 | 年初预算 | 调整后预算 | 执行数\n公用经费 | 12.50 | 13.00 | 12.80\n差旅费 | 3 | 3 | 2.6\n以上数据为决算数。"
    let document = Document(text: text)
    let table = try #require(document.tables.first)
    #expect(table.layout == .flattened)
    #expect(table.lineRange == 1...3)
    #expect(table.rows.map { $0.map(\.text) }[1] == ["公用经费", "12.50", "13.00", "12.80"])
    #expect(table.rows[1][3].quantity?.digits == "12.80")
    #expect(document.paragraphs.map(\.line) == [0, 4])
    // The numbers of the rows are in the document's stream, in order.
    #expect(document.quantities.map(\.digits).prefix(3) == ["12.50", "13.00", "12.80"])
  }

  @Test func spaceSeparatedRowsAreATable() throws {
    let text = "年初预算数 全年预算数 全年执行数 分值 执行率 得分\n年度资金总额：60 58.5 58.5 10 100% 10"
    let document = Document(text: text)
    let table = try #require(document.tables.first)
    #expect(table.layout == .flattened)
    #expect(table.rows.count == 2)
    #expect(table.header.map(\.text) == ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
    #expect(document.paragraphs.isEmpty)
  }

  @Test(arguments: [
    // PDF prose: spaces around numbers, a unit written apart from its number.
    "2024 年一般公共预算拨款 987654.32 元，全部用于基本支出。",
    "专项业务经费 51200 元，占全年支出的 4.7%，比上年略有",
    // A letter-spaced title and a numbered heading with spaces.
    "绩 效 评 价 报 告",
    "（一） 部门 基本 情况",
    "甲乙镇人民政府 2023年4月",
  ])
  func proseWithSpacesIsNotATable(line: String) {
    let document = Document(text: line)
    #expect(document.tables.isEmpty)
    #expect(document.paragraphs.count == 1)
  }

  @Test func aCellWrappedBetweenRowsBelongsToTheTable() {
    let text = "4 4 合规性 （制度健全）\n3 2 （\n效益指标）\n5 5 资金到位 及时性"
    let document = Document(text: text)
    #expect(document.tables.map(\.lineRange) == [0...3])
    #expect(document.paragraphs.isEmpty)
  }

  @Test func oneCellPerLine() throws {
    let text = "一、收入支出决算总表\n\n项目\n\n预算数\n\n决算数\n\n办公费\n\n12\n\n11.5\n\n1、差旅费\n\n3\n\n2.8\n\n二、情况说明\n\n本年度办公费、差旅费均控制在预算以内。"
    let document = Document(text: text)
    let table = try #require(document.tables.first)
    #expect(table.layout == .cellPerLine)
    #expect(table.rows.count == 1)
    #expect(table.rows[0].map(\.text) == ["项目", "预算数", "决算数", "办公费", "12", "11.5", "1、差旅费", "3", "2.8"])
    // The section headings around the run stay headings; the row label inside it is a cell.
    #expect(document.headings.map { document.string(in: $0.markerRange) } == ["一、", "二、"])
  }

  @Test func cellsBetweenPipeLines() throws {
    let text = "年度\n|\n合计\n|\n公务接待费\n|\n2022年\n|\n15\n|\n6\n|\n2023年\n|\n12\n|\n5"
    let table = try #require(Document(text: text).tables.first)
    #expect(table.layout == .cellPerLine)
    #expect(table.rows[0].count == 9)
  }
}

@Suite struct GenreTests {
  @Test(arguments: [
    ("甲乙镇人民政府2022年度部门整体支出绩效评价报告", Genre.departmentEvaluation),
    ("丙丁县农业农村局2023年度项目支出绩效自评报告", .projectEvaluation),
    ("2023年甲乙乡人民政府部门决算说明", .finalAccounts),
    ("甲乙镇2021年度“三公”经费决算情况说明", .threePublicExpenses),
    ("某某中心2025年部门预算说明", .budget),
    ("绩效评价报告", .unknown),
  ])
  func genreComesFromTheTitle(title: String, genre: Genre) {
    let document = Document(text: "\(title)\n一、基本情况\n本单位为财政全额拨款单位。")
    #expect(document.genre == genre)
    #expect(document.titleLine.map { document.string(in: $0) } == title)
    #expect(!document.isFragment)
  }

  @Test func aTitleOnTwoLines() {
    let document = Document(text: "甲乙镇人民政府\n2022年决算报告\n一、预算收支决算情况")
    #expect(document.genre == .finalAccounts)
    #expect(document.titleBlock.map { document.string(in: $0) } == "甲乙镇人民政府\n2022年决算报告")
  }

  @Test(arguments: [
    "（二）项目支出情况\n全年项目支出120万元。\n（三）“三公”经费情况\n全年未发生因公出国（境）费用。",
    "三、绩效评价结论\n项目达到了预期目标。\n四、存在的问题\n资金拨付进度偏慢。",
    "支出总预算的95%，同比减少4万元。\n二、收入预算情况\n收入预算100万元。",
    "—5—\n（一）本单位2021年度总收入612万元。",
  ])
  func textsWithoutATitleAreFragments(text: String) {
    let document = Document(text: text)
    #expect(document.isFragment)
    #expect(document.titleLine == nil)
  }

  @Test func aDraftStartingAtItsFirstHeadingIsWhole() {
    #expect(!Document(text: "一、部门概况\n本镇辖12个行政村。\n二、绩效情况").isFragment)
  }

  @Test func aFileNameIsNotATitle() {
    let document = Document(text: "乡村道路项目绩效评价报告.docx\n\n项目资金实际到位860万元，到位率96%，其中县级配套资金120万元，全部按期拨付。")
    #expect(document.titleLine == nil)
    #expect(document.isFragment)
  }

  @Test func aSentenceIsNotATitle() {
    let document = Document(text: "按照县政府关于信息公开的要求，现将甲乙镇2022年度“三公”经费决算情况公布如下：\n一、总体情况")
    #expect(document.titleLine == nil)
  }
}

@Suite struct ContentsTests {
  @Test func aTableOfContentsIsNotHeadings() {
    let text = """
      甲乙中心2022年部门决算
      目  录
      第一部分 甲乙中心概况
      第二部分 2022年部门决算表
      第三部分 2022年部门决算情况说明
      第一部分 甲乙中心概况
      一、部门职能
      负责全县农机推广的组织实施。
      第二部分 2022年部门决算表
      """
    let document = Document(text: text)
    #expect(document.headings.map { $0.line + 1 } == [6, 7, 9])
  }

  @Test func contentsWithoutTheirTitleLine() {
    let text = "第一部分 概况\n第二部分 决算表\n第三部分 名词解释\n\n第一部分 概况……1\n一、部门职能\n负责全县的农机推广。"
    #expect(Document(text: text).headings.map { $0.line + 1 } == [5, 6])
  }

  @Test func anOutlineIsNotContents() {
    let text = "一、部门概况\n二、支出情况\n三、绩效情况\n本年度各项工作均按计划完成。"
    #expect(Document(text: text).headings.count == 3)
  }
}

@Suite struct SubjectLayoutTests {
  @Test func aYearComparedWithIsNotTheYearReportedOn() {
    // A page of a 决算说明 without its title: the base year of every comparison is written most often.
    let text = """
      （一）本单位2022年度总收入300万元，较2021年度决算数减少20万元。
      1.财政拨款收入280万元，较2021年度决算数减少15万元。
      2.其他收入20万元，较2021年度决算数减少5万元。
      （二）本单位2022年度总支出300万元，与2021年度相比减少20万元。
      """
    #expect(Document(text: text).subject.year == 2022)
  }

  @Test func aYearBeforeTheUnitIsNotPartOfIt() {
    let subject = Document(text: "2023年甲乙乡人民政府部门决算说明\n一、部门职能").subject
    #expect(subject.township == "甲乙乡")
    #expect(subject.unitName == "甲乙乡人民政府")
    #expect(subject.year == 2023)
  }
}
