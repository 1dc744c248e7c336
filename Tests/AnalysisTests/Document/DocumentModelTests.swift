import Testing

@testable import Analysis

@Suite struct HeadingTests {
  @Test(arguments: [
    ("一、部门概况", NumberingStyle.chineseComma, 1),
    ("（三）“三公”经费情况", .chineseParen, 3),
    ("(二) 项目支出", .chineseParen, 2),
    ("12、其他事项", .arabicComma, 12),
    ("1.抓好基础设施建设，提高群众满意度。", .arabicDot, 1),
    ("（10）制定和组织实施新农村建设规划", .arabicParen, 10),
    ("3) 加紧项目建设工作", .arabicHalfParen, 3),
    ("②核实数据。", .circled, 2),
    ("第二部分 绩效情况", .part, 2),
    ("成绩四：稳步推进民生工程", .labelled, 4),
  ])
  func recognisesNumberingStyles(line: String, style: NumberingStyle, number: Int) {
    let document = Document(text: line)
    #expect(document.headings.count == 1)
    #expect(document.headings.first?.style == style)
    #expect(document.headings.first?.number == number)
  }

  @Test(arguments: ["2020年预算收入为682万元", "1.5万元用于培训", "一是加强领导", "目标一致"])
  func numbersThatAreNotHeadings(line: String) {
    #expect(Document(text: line).headings.isEmpty)
  }

  @Test func nestingFollowsTheStyleRank() {
    let document = Document(text: "一、概况\n（一）基本情况\n1、职能\n（二）支出\n二、管理")
    #expect(document.headings.map(\.level) == [1, 2, 3, 2, 1])
    #expect(document.headings.map(\.parent) == [nil, 0, 1, 0, nil])
  }
}

@Suite struct QuantityTests {
  @Test func amountWithUnitAndPrecision() throws {
    let quantity = try #require(Document(text: "结余为9.90万元").quantities.first)
    #expect(quantity.value == 9.9)
    #expect(quantity.decimals == 2)
    #expect(quantity.digits == "9.90")
    #expect(quantity.unit?.symbol == "万元")
    #expect(quantity.baseValue == 99000)
  }

  @Test func percentageAndThousandsSeparator() {
    let quantities = Document(text: "支出总额1,531.23万元，节约比为8.6%").quantities
    #expect(quantities.map(\.value) == [1531.23, 8.6])
    #expect(quantities[0].hasThousandsSeparator)
    #expect(quantities[1].unit?.dimension == .percent)
    #expect(quantities[1].decimals == 1)
  }

  @Test func severalThousandsSeparators() {
    let quantities = Document(text: "收入12,345,678.90元，另有1,234,56元").quantities
    #expect(quantities.first?.value == 12_345_678.9)
    #expect(quantities.first?.digits == "12345678.90")
    // A last group of two digits ends the number at the comma before it.
    #expect(quantities.dropFirst().first?.value == 1234)
  }

  @Test func hugeIntegerBeforeYearCharacter() {
    // Once crashed converting the value to Int.
    let quantities = Document(text: "（99999999999999999999）与99999999999999999999年").quantities
    #expect(quantities.allSatisfy { $0.kind != .year })
  }

  @Test func yearsDatesAndCodesAreNotAmounts() {
    let quantities = Document(text: "2021年4月20日，根据绥财绩〔2021〕6号文件，省道S248").quantities
    #expect(quantities.map(\.kind) == [.year, .date, .date, .year, .identifier, .identifier])
  }

  @Test func chineseNumeralCounts() {
    let quantities = Document(text: "共有两个机构，设立十二个办公室，走访做到四个100%").quantities
    #expect(quantities.filter(\.isChineseNumeral).map(\.value) == [2, 12, 4])
  }

  @Test func approximateAndListUnits() {
    let quantities = Document(text: "栽植1.57万与5.3万株，基地500余亩，发放2万余份").quantities
    #expect(quantities[0].unit?.base == "株")
    #expect(quantities[0].baseValue == 15700)
    #expect(quantities[0].isUnitInherited)
    #expect(quantities[2].qualifier == .approximate)
    #expect(quantities[3].baseValue == 20000)
  }

  @Test func rangesAndNegativeNumbers() {
    let quantities = Document(text: "亩产收益3500-5000元，差额-39.5").quantities
    #expect(quantities[0].isRangeBound && quantities[1].isRangeBound)
    #expect(quantities[0].unit?.symbol == "元")
    #expect(quantities[2].value == -39.5)
  }

  @Test func digitsAsWritten() {
    let longest = "-" + String(repeating: "9", count: 31)
    let quantities = Document(text: "差额－１２.５０万元，编号\(longest)，共1,234,567.8901234567元，两个").quantities
    #expect(quantities.map(\.digits) == ["-12.50", longest, "1234567.8901234567", "2"])
    #expect(quantities[0].value == -12.5)
    #expect(quantities[1].value == Double(longest))
    #expect(quantities[2].value == Double("1234567.8901234567"))
    let printed = String(describing: quantities[0])
    #expect(printed.contains("digits: \"-12.50\", decimals: 2, unit: Optional(Analysis.Unit(symbol: \"万元\""))
  }

  @Test func runsOfMoreThan32DigitsAreNoNumbers() {
    let quantities = Document(text: "码\(String(repeating: "1", count: 33))元，另12元").quantities
    #expect(quantities.map(\.digits) == ["12"])
  }

  @Test func tenThousandsWithApproximationInside() {
    let quantity = Document(text: "发放2万余份").quantities.first
    #expect(quantity?.unit?.symbol == "万份")
    #expect(quantity?.unit?.base == "份")
    #expect(quantity?.unit == Unit(symbol: "万份"))
    #expect(quantity?.unit?.isCommensurable(with: Unit(symbol: "份")!) == true)
  }

  @Test func unitBrokenOntoTheNextLine() {
    let quantities = Document(text: "预算收入为682.1442\n万元，预算支出").quantities
    #expect(quantities.first?.unit?.symbol == "万元")
    #expect(quantities.first?.decimals == 4)
  }
}

@Suite struct TableTests {
  static let pasted = """
                                       金额单位：万元

    \t项目
    \t年初预算数
    \t年末决算数

    \t公务接待费
    \t10
    \t8.62

    \t合计
    \t16
    \t14.41

    后文
    """

  @Test func wordPasteLayout() throws {
    let document = Document(text: Self.pasted)
    let table = try #require(document.tables.first)
    #expect(table.rows.count == 3)
    #expect(table.header.map(\.text) == ["项目", "年初预算数", "年末决算数"])
    #expect(table.unit?.symbol == "万元")
    #expect(table.rows[2][2].quantity?.value == 14.41)
    #expect(table.rows[2][2].quantity?.unit?.symbol == "万元")
    #expect(document.paragraphs.map { document.string(in: $0.range) } == ["金额单位：万元", "后文"])
  }

  @Test func markdownPipeTable() throws {
    let document = Document(text: "| 项目 | 预算 |\n|---|---|\n| 合计 | 16% |\n")
    let table = try #require(document.tables.first)
    #expect(table.layout == .markdown)
    #expect(table.rows.map { $0.map(\.text) } == [["项目", "预算"], ["合计", "16%"]])
  }

  @Test func tableStartsAfterItsLastOneCellRow() throws {
    // A one-cell row cannot belong to a table; the rows after it still form one.
    let document = Document(text: "\t说明\n\n\t项目\n\t金额\n\n\t甲\n\t1\n\n\t乙\n\t2")
    let table = try #require(document.tables.first)
    #expect(document.tables.count == 1)
    #expect(table.rows.map { $0.map(\.text) } == [["项目", "金额"], ["甲", "1"], ["乙", "2"]])
    #expect(table.lineRange == 2...9)
  }

  @Test func oneCellRowsEverywhereMakeNoTable() {
    let text = (0..<50).map { "\t项目\($0)\($0 % 2 == 0 ? "" : "\n\t\($0)")" }.joined(separator: "\n\n")
    #expect(Document(text: text).tables.isEmpty)
  }
}

@Suite struct SentenceTests {
  @Test func sentencesAndClauses() throws {
    let text = "较上年增加2.91万元，上升25.3%；节约比为8.6%。完成“一支笔，两审批”制度！"
    let paragraph = try #require(Document(text: text).paragraphs.first)
    #expect(paragraph.sentences.count == 2)
    #expect(paragraph.sentences[0].clauses.count == 3)
    #expect(paragraph.sentences[1].clauses.count == 1)
  }
}

@Suite struct SubjectTests {
  @Test func titleWithCountyAndYear() {
    let subject = Document(text: "附件1：\n某某县甲乙镇人民政府2020年度\n\n部门整体支出绩效评价报告\n一、部门概况").subject
    #expect(subject.unitName == "某某县甲乙镇人民政府")
    #expect(subject.township == "甲乙镇")
    #expect(subject.county == "某某县")
    #expect(subject.level == .town)
    #expect(subject.year == 2020)
  }

  @Test func signatureAndCountyFromBody() {
    let text = " 部门整体支出绩效评价报告\n一、概况\n丙丁县丙戊乡人民政府在职人员91人。\n2021年度预算总收入为100万元。\n丙戊乡人民政府\n2022年4月26日"
    let subject = Document(text: text).subject
    #expect(subject.township == "丙戊乡")
    #expect(subject.county == "丙丁县")
    #expect(subject.year == 2021)
  }

  @Test func shortNameDropsTheEthnicPart() {
    #expect(Subject.shortName(of: "河湾苗族乡") == "河湾乡")
    #expect(Subject.shortName(of: "石岩侗族苗族乡") == "石岩乡")
    #expect(Subject.shortName(of: "土家族乡") == nil)
    #expect(Subject.shortName(of: "甲乙镇") == nil)
  }
}

@Suite struct HeadingNestingTests {
  @Test func aReportNumbered1Then一StillNestsItsSubsections() {
    let document = Document(text: "1、部门概况\n（一）基本情况\n1、职能职责\n2、人员编制\n（二）支出情况\n二、支出管理")
    #expect(document.headings.map(\.level) == [1, 2, 3, 3, 2, 1])
  }

  @Test func theDocumentsOwnOrderWinsOverTheStandardOne() {
    let document = Document(text: "1、基本情况\n(1) 部门支出\n1. 预算资金\n2. 重点工作\n1) 学习\n(2) 年度目标\n2、评价")
    #expect(document.headings.map(\.level) == [1, 2, 3, 3, 4, 2, 1])
  }

  @Test func aListUnderAnAnnouncingItemNestsUnderIt() {
    let document = Document(text: "一、概况\n4、年度重点工作为：\n1.抓好基础设施建设。\n2.落实民生政策。\n二、支出")
    #expect(document.headings.map(\.level) == [1, 2, 3, 3, 1])
  }

  @Test func bracketedMarkersMayPrecedeANumber() {
    let document = Document(text: "（一）2020年我镇编制数共计223人\n1) 6.26国际禁毒日宣传\n3、4月份完成")
    #expect(document.headings.map(\.style) == [.chineseParen, .arabicHalfParen])
  }
}
