import Testing

@testable import Analysis

@Suite struct LineIndexTests {
  @Test func linesAndTerminators() {
    let index = LineIndex(scalars: Array("ab\r\ncd\ref\n".unicodeScalars))
    #expect(index.lineCount == 4)
    #expect(index.contentRange(ofLine: 0) == TextRange(0, 2))
    #expect(index.contentRange(ofLine: 1) == TextRange(4, 6))
    #expect(index.contentRange(ofLine: 2) == TextRange(7, 9))
    #expect(index.contentRange(ofLine: 3) == TextRange(10, 10))
  }

  @Test func astralCharactersCountTwiceInUTF16() {
    // 𠀋 is outside the BMP: two UTF-16 units, four UTF-8 bytes.
    let scalars = Array("节约𠀋比9.9%".unicodeScalars)
    let index = LineIndex(scalars: scalars)
    let percentOffset = 6  // 节 约 𠀋 比 9 . → the second 9
    #expect(index.lineColumn(of: percentOffset, in: .utf32) == LineColumn(line: 0, column: 6))
    #expect(index.lineColumn(of: percentOffset, in: .utf16) == LineColumn(line: 0, column: 7))
    #expect(index.lineColumn(of: percentOffset, in: .utf8) == LineColumn(line: 0, column: 3 + 3 + 4 + 3 + 2))
    for unit in ColumnUnit.allCases {
      let position = index.lineColumn(of: percentOffset, in: unit)
      #expect(index.offset(of: position, in: unit) == percentOffset)
    }
  }

  @Test func positionInsideASurrogatePairSnapsToTheCharacter() {
    let index = LineIndex(scalars: Array("a𠀋b".unicodeScalars))
    #expect(index.offset(of: LineColumn(line: 0, column: 2), in: .utf16) == 1)
    #expect(index.offset(of: LineColumn(line: 0, column: 3), in: .utf16) == 2)
  }

  @Test func outOfRangePositionsAreClamped() {
    let index = LineIndex(scalars: Array("一行\n二行".unicodeScalars))
    #expect(index.offset(of: LineColumn(line: 0, column: 99), in: .utf16) == 2)
    #expect(index.offset(of: LineColumn(line: 9, column: 0), in: .utf16) == 5)
    #expect(index.offset(of: LineColumn(line: -1, column: 0), in: .utf16) == 0)
  }

  @Test func longLinesConvertBothWays() {
    let text = String(repeating: "报告😀", count: 3000) + "\r\n尾"
    let scalars = Array(text.unicodeScalars)
    let index = LineIndex(scalars: scalars)
    for offset in stride(from: 0, through: scalars.count, by: 997) {
      for unit in ColumnUnit.allCases {
        let position = index.lineColumn(of: offset, in: unit)
        #expect(index.offset(of: position, in: unit) == offset)
      }
    }
    #expect(index.lineColumn(of: scalars.count, in: .utf16) == LineColumn(line: 1, column: 1))
  }

  /// `Document` decodes the scalars and finds lines and checkpoints in one pass over the UTF-8:
  /// it must agree with `Array(text.unicodeScalars)` and `LineIndex(scalars:)`.
  @Test(arguments: [
    "",
    "a",
    "\r\n\n\r\r\n",
    String(repeating: "ab\r\ncd\ref\n", count: 200),
    String(repeating: "报告😀é·", count: 700) + "\r\n尾\r",
    String(repeating: "节", count: 512),
    String(repeating: "x", count: 1024),
    String(repeating: "一二三\n", count: 900) + "😀",
  ])
  func documentDecodingAgreesWithLineIndex(text: String) {
    let document = Document(text: text)
    let scalars = Array(text.unicodeScalars)
    let reference = LineIndex(scalars: scalars)
    #expect(document.scalars == scalars)
    #expect(document.lineIndex.lineStarts == reference.lineStarts)
    #expect(document.lineIndex.lineEnds == reference.lineEnds)
    #expect(document.lineIndex.scalarCount == reference.scalarCount)
    for offset in stride(from: 0, through: scalars.count, by: 7) {
      for unit in ColumnUnit.allCases {
        #expect(document.lineIndex.absoluteOffset(offset, in: unit) == reference.absoluteOffset(offset, in: unit))
      }
    }
    #expect(document.lineIndex.absoluteOffset(scalars.count, in: .utf8) == text.utf8.count)
    #expect(document.lineIndex.absoluteOffset(scalars.count, in: .utf16) == text.utf16.count)
  }
}
