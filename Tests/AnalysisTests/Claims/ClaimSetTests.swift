import Testing

@testable import Analysis

@Suite struct ClaimSetTests {
  @Test func factsCarryItemStandingScopeAndInheritedTopic() throws {
    let text = "全年决算支出“三公”经费21.36万元，其中会议费7.25万元。较上年决算支出增加3.18万元，较年初预算减少1.64万元。"
    let facts = ClaimSet(document: Document(text: text)).facts
    #expect(facts.map(\.item) == ["三公经费", "会议费", "三公经费", "三公经费"])
    #expect(facts.map(\.standing.measure) == [.actual, .actual, .unstated, .unstated])
    #expect(facts.map(\.role) == [.value, .value, .change, .change])
    #expect(facts.map(\.isItemInherited) == [false, false, true, true])
    #expect(facts.map(\.reference) == [nil, nil, Standing(.actual, .previous), Standing(.budget, .unstated)])
    #expect(facts.map(\.direction) == [nil, nil, .increase, .decrease])
    #expect(facts.map(\.partOf) == [nil, 0, nil, nil])
  }

  @Test func periodsAreReadAgainstTheReportYear() {
    let text = "甲乙镇2022年度部门整体支出绩效自评报告\n2021年会议费决算8.5万元，2022年会议费决算9.2万元，上年培训费3万元。"
    let facts = ClaimSet(document: Document(text: text)).facts
    #expect(facts.map(\.standing.period) == [.previous, .current, .previous])
    #expect(facts.map(\.standing.measure) == [.actual, .actual, .unstated])
  }

  @Test func bracketsInNamesAndBracketedParts() {
    let text = "因公出国（境）费支出0.6万元。国内公务接待共41批次（其中外事接待6批次），387人次（其中外事接待52人次）。"
    let facts = ClaimSet(document: Document(text: text)).facts
    #expect(facts.map(\.item) == ["因公出国境费", "公务接待", "外事接待", "公务接待", "外事接待"])
    #expect(facts.map(\.partOf) == [nil, nil, 1, nil, 3])
  }

  @Test func traditionalScriptIsReadAsSimplified() {
    let facts = ClaimSet(document: Document(text: "公務接待費支出6.35萬元，與年初預算相比，減少1.2萬元。")).facts
    #expect(facts.map(\.item) == ["公务接待费", "公务接待费"])
    #expect(facts.last?.reference == Standing(.budget, .unstated))
    #expect(facts.last?.direction == .decrease)
  }

  @Test func ratioKeywordsAreRead() {
    let text = "节约比为8.6%，上升25.3%，占比为0.26%，资金到位率121%，完成年初预算的90%，下降3个百分点。"
    let facts = ClaimSet(document: Document(text: text)).facts
    #expect(facts.map(\.ratioKind) == [.saving, .growth, .share, .rate, .shareOf, nil])
    #expect(facts.last?.role == .percentagePoint)
    #expect(facts[3].rateStem == "到位")
  }

  @Test func claimRecordsInputsFormulaAndVerdict() throws {
    let document = Document(text: "年初预算16万元，全年决算支出14.41万元，节约比为8.6%。")
    let set = ClaimSet(document: document)
    let claim = try #require(set.claims.first { $0.kind == .ratio })
    #expect(claim.name == "节约比")
    #expect(claim.inputs.map(\.role) == ["预算数", "决算数"])
    #expect(claim.inputs.map(\.text) == ["16", "14.41"])
    // 16 beside 14.41 is read as 16.00.
    #expect(claim.inputs[0].range == ValueRange(15.995, 16.005))
    #expect(claim.formula == "(16−14.41)÷16")
    #expect(abs(claim.computed - 9.9375) < 1e-9)
    #expect(claim.expected == "9.9")
    #expect(claim.expectedDetail == "9.94")
    #expect(claim.verdict == .mismatch)
    #expect(claim.explanation == "按本文数据：(16−14.41)÷16 = 9.94%，文中为 8.6%，不符")
    let offset = document.string(in: TextRange(0, claim.stated.range.start)).unicodeScalars.count
    #expect(set.claims(at: offset).first == claim)
    #expect(set.fact(at: claim.inputs[1].quantity.range.start)?.quantity.digits == "14.41")
  }

  @Test(arguments: [
    // (stated, computed interval) pairs around rounding.
    ("9.9", 9.9375, true), ("9.94", 9.9375, true), ("8.6", 9.9375, false), ("99.74", 99.746, false),
  ])
  func decimalRounding(written: String, value: Double, matches: Bool) {
    let decimals = written.split(separator: ".").last.map(\.count) ?? 0
    #expect(DecimalText.equal(value, Double(written)!, decimals: decimals) == matches)
  }

  @Test func roundingIsHalfAwayFromZeroAsWritten() {
    #expect(DecimalText.string(3.625, decimals: 2) == "3.63")
    #expect(DecimalText.string(-0.575, decimals: 2) == "-0.58")
    #expect(DecimalText.string(1849.891, decimals: 2, thousands: true) == "1,849.89")
    #expect(DecimalText.display(-5.58, decimals: 2) == "−5.58")
    #expect(DecimalText.truncated(99.746, decimals: 2) == 99.74)
  }

  @Test func precisionOfDroppedTrailingZeros() throws {
    func quantity(_ text: String) throws -> Quantity { try #require(Document(text: text).quantities.first) }
    let sixteen = try quantity("16万元")
    let twoDecimals = try quantity("14.41万元")
    let fourDecimals = try quantity("682.1442万元")
    let oneDecimal = try quantity("1274.3万元")
    let percent = try quantity("95%")
    let decimalPercent = try quantity("95.5%")
    #expect(ClaimBuilder.effectiveDecimals(sixteen, peers: [twoDecimals]) == 2)
    #expect(ClaimBuilder.effectiveDecimals(sixteen, peers: [fourDecimals]) == 4)
    #expect(ClaimBuilder.effectiveDecimals(oneDecimal, peers: [twoDecimals]) == 2)
    // A two-decimal amount is not read finer beside a four-decimal one: it may be rounded.
    #expect(ClaimBuilder.effectiveDecimals(twoDecimals, peers: [fourDecimals]) == 2)
    #expect(ClaimBuilder.effectiveDecimals(percent, peers: [decimalPercent]) == 0)
    // Counts of people are exact.
    #expect(ClaimBuilder.range(try quantity("22名"), decimals: 0) == ValueRange(point: 22))
  }

  @Test func intervalsOverlapOnlyBeyondAPoint() {
    #expect(ValueRange(1, 2).overlaps(ValueRange(1.5, 3)))
    #expect(!ValueRange(1, 2).overlaps(ValueRange(2, 3)))
    #expect(ValueRange(point: 2).overlaps(ValueRange(1, 3)))
    #expect((ValueRange(1, 2) - ValueRange(0.5, 1)) == ValueRange(0, 1.5))
  }

  @Test func theYueOfJieYueIsNotAbout() {
    let quantities = Document(text: "较年初预算节约1.38万元，节约1.38%，制约3项，约30人，大约5次").quantities
    #expect(quantities.map(\.qualifier) == [.exact, .exact, .exact, .approximate, .approximate])
  }

  @Test func buildsOnAnyText() {
    for text in ["", "%", "其中", "合计。其中：", "\t合计\n\t1\n\n\t2\n", "较上年增加万元，上升%。", String(repeating: "其中1万元，", count: 200)] {
      _ = ClaimSet(document: Document(text: text))
    }
  }
}
