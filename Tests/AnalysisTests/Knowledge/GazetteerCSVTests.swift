import Testing

@testable import Analysis

@Suite struct GazetteerCSVTests {
  @Test func readsRFC4180QuotedFieldsWithBOMAndCRLF() {
    let csv =
      "\u{FEFF}code,province,city,county,township\r\n"
      + "\"430101001\",\"甲省\",\"乙市\",\"丙县\",\"丁镇\"\r\n"
      + "430101002,甲省,乙市,丙县,\"戊\"\"己\"\"乡\"\r\n"
      + "430101003,\"甲省\",\"乙,市\",丙县,\"庚\n街道\"\r\n"
      + " 430101004 , 甲省 ,乙市, 丙县 ,　辛镇　\r\n"
    let gazetteer = Gazetteer(csv: csv)
    #expect(gazetteer.problems == [])
    #expect(gazetteer.entries.map(\.township) == ["丁镇", "戊\"己\"乡", "庚\n街道", "辛镇"])
    #expect(gazetteer.entries[2].city == "乙,市")
    #expect(gazetteer.townships(named: "丁镇").first?.county == "丙县")
  }

  @Test func badRowsAreSkippedAndNamedByLine() {
    let csv = "code,province,city,county,township\n1,甲省,乙市,丙县,丁镇\n2,甲省,乙市\n\n3,甲省,乙市,丙县,\n"
      + "4,甲省,乙市,丙县,\"戊镇\"x\n5,甲省,乙市,丙县,庚镇\n6,甲省,乙市,丙县,\"辛镇\n"
    let gazetteer = Gazetteer(csv: csv)
    #expect(gazetteer.entries.map(\.township) == ["丁镇", "庚镇"])
    #expect(gazetteer.problems.count == 4)
    #expect(gazetteer.problems[0].hasPrefix("第3行字段不全"))
    #expect(gazetteer.problems[1].hasPrefix("第5行字段不全"))
    #expect(gazetteer.problems[2] == "第6行的引号字段后有多余的字符")
    #expect(gazetteer.problems[3] == "第8行的引号没有闭合，其后的内容都无法读取")
  }
}
