import Testing

@testable import WordFile

@Suite struct ListNumberFormatTests {
  @Test(arguments: [
    (1, "一"), (9, "九"), (10, "十"), (11, "十一"), (20, "二十"), (21, "二十一"), (99, "九十九"), (100, "一百"),
    (101, "一百零一"), (110, "一百一十"), (1005, "一千零五"),
  ])
  func chineseCounting(value: Int, expected: String) {
    #expect(ListNumberFormat.render(value, format: "chineseCounting") == expected)
    #expect(ListNumberFormat.render(value, format: "taiwaneseCountingThousand") == expected)
  }

  @Test func otherFormats() {
    #expect(ListNumberFormat.render(3, format: "decimalEnclosedCircle") == "③")
    #expect(ListNumberFormat.render(21, format: "decimalEnclosedCircle") == "21")
    #expect(ListNumberFormat.render(2, format: "ideographTraditional") == "乙")
    #expect(ListNumberFormat.render(12, format: "chineseLegalSimplified") == "拾贰")
    #expect(ListNumberFormat.render(2024, format: "ideographDigital") == "二〇二四")
    #expect(ListNumberFormat.render(28, format: "upperLetter") == "BB")
    #expect(ListNumberFormat.render(14, format: "lowerRoman") == "xiv")
    #expect(ListNumberFormat.render(7, format: "decimalZero") == "07")
    #expect(ListNumberFormat.render(12, format: "decimalFullWidth") == "１２")
    #expect(ListNumberFormat.render(5, format: "bullet") == "")
    #expect(ListNumberFormat.render(5, format: "someFutureFormat") == "5")
  }
}
