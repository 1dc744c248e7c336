import Testing

@testable import WordFile

@Suite struct InflaterTests {
  @Test func storedBlock() throws {
    // BFINAL=1, BTYPE=00, LEN=5, NLEN=~5, "hello".
    let data: [UInt8] = [0x01, 0x05, 0x00, 0xFA, 0xFF] + Array("hello".utf8)
    #expect(try Inflater.inflate(data, limit: 100) == Array("hello".utf8))
  }

  @Test func fixedHuffmanBlock() throws {
    // zlib's raw deflate of "abc" (fixed codes).
    #expect(try Inflater.inflate([0x4B, 0x4C, 0x4A, 0x06, 0x00], limit: 100) == Array("abc".utf8))
  }

  @Test func emptyFixedBlock() throws {
    #expect(try Inflater.inflate([0x03, 0x00], limit: 100) == [])
  }

  @Test func failures() {
    #expect(throws: InflateError.truncated) { try Inflater.inflate([], limit: 100) }
    #expect(throws: InflateError.truncated) { try Inflater.inflate([0x4B, 0x4C], limit: 100) }
    #expect(throws: InflateError.malformed("未定义的块类型 3")) { try Inflater.inflate([0x07], limit: 100) }
    #expect(throws: InflateError.malformed("存储块的长度校验不符")) {
      try Inflater.inflate([0x01, 0x05, 0x00, 0x00, 0x00] + Array("hello".utf8), limit: 100)
    }
    #expect(throws: InflateError.outputLimit(2)) { try Inflater.inflate([0x4B, 0x4C, 0x4A, 0x06, 0x00], limit: 2) }
  }

  @Test func aDistanceBeforeTheStartIsRejected() {
    // Fixed block: length code 257 (3 bytes) at distance 1 with nothing decoded yet.
    // Bits (LSB first): BFINAL 1, BTYPE 01, code 257 = 0000001 (7 bits, MSB first), distance code 0 = 00000.
    #expect(throws: InflateError.malformed("回溯距离 1 超出已解压的数据")) {
      try Inflater.inflate([0x03, 0x02, 0x00], limit: 100)
    }
  }

  @Test func overSubscribedCodeLengthsAreMalformed() {
    #expect(throws: InflateError.malformed("哈夫曼码长度过度分配")) { try HuffmanTable(lengths: [1, 1, 1]) }
  }
}
