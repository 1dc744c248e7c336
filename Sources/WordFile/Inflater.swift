/// Why raw DEFLATE data could not be decompressed.
enum InflateError: Error, Equatable {
  /// The data ends before the final block does.
  case truncated
  /// Block type 3, a stored block whose length fails its check, an invalid Huffman code, a symbol or
  /// distance the format does not define, or a distance reaching before the start of the output.
  case malformed(String)
  /// The output would exceed the caller's limit (a decompression bomb, or a part too large to be a report).
  case outputLimit(Int)
}

/// Decompresses raw DEFLATE data (RFC 1951), as ZIP method 8 stores it.
///
/// Huffman codes are decoded through a table indexed by the next `maxLength` bits of input (the longest
/// code of the table), so each symbol costs one look-up.
struct Inflater {
  private let input: [UInt8]
  private var position = 0
  private var bitBuffer: UInt64 = 0
  private var bitCount = 0
  private var output: [UInt8] = []
  private let limit: Int

  /// Decompresses `input`; the output may not exceed `limit` bytes. Bytes after the final block are ignored.
  static func inflate(_ input: [UInt8], limit: Int, expectedSize: Int? = nil) throws(InflateError) -> [UInt8] {
    var inflater = Inflater(input: input, limit: limit)
    if let expectedSize, expectedSize <= limit { inflater.output.reserveCapacity(expectedSize) }
    try inflater.run()
    return inflater.output
  }

  private init(input: [UInt8], limit: Int) {
    self.input = input
    self.limit = limit
  }

  private mutating func run() throws(InflateError) {
    var isFinal = false
    while !isFinal {
      isFinal = try bits(1) == 1
      switch try bits(2) {
      case 0: try storedBlock()
      case 1: try compressedBlock(literals: Self.fixedLiterals, distances: Self.fixedDistances)
      case 2:
        let (literals, distances) = try dynamicTables()
        try compressedBlock(literals: literals, distances: distances)
      default: throw .malformed("未定义的块类型 3")
      }
    }
  }

  // MARK: Bits

  /// Loads bytes until at least `count` bits are buffered, or the input ends.
  private mutating func fill(_ count: Int) {
    while bitCount < count, position < input.count {
      bitBuffer |= UInt64(input[position]) << UInt64(bitCount)
      position += 1
      bitCount += 8
    }
  }

  /// The next `count` bits (at most 32), least significant first.
  private mutating func bits(_ count: Int) throws(InflateError) -> Int {
    guard count > 0 else { return 0 }
    fill(count)
    guard bitCount >= count else { throw .truncated }
    let value = Int(bitBuffer & ((1 << UInt64(count)) - 1))
    bitBuffer >>= UInt64(count)
    bitCount -= count
    return value
  }

  // MARK: Blocks

  private mutating func storedBlock() throws(InflateError) {
    // Skip to the byte boundary; whole bytes still buffered are read before the input.
    let drop = bitCount % 8
    bitBuffer >>= UInt64(drop)
    bitCount -= drop
    let length = try bits(16)
    let complement = try bits(16)
    guard length == ~complement & 0xFFFF else { throw .malformed("存储块的长度校验不符") }
    try reserve(length)
    var remaining = length
    while remaining > 0, bitCount >= 8 {
      output.append(UInt8(truncatingIfNeeded: try bits(8)))
      remaining -= 1
    }
    guard input.count - position >= remaining else { throw .truncated }
    output.append(contentsOf: input[position..<(position + remaining)])
    position += remaining
  }

  private mutating func compressedBlock(literals: HuffmanTable, distances: HuffmanTable) throws(InflateError) {
    while true {
      let symbol = try decode(literals)
      if symbol < 256 {
        try reserve(1)
        output.append(UInt8(symbol))
        continue
      }
      if symbol == 256 { return }
      let lengthIndex = symbol - 257
      guard lengthIndex < Self.lengthBase.count else { throw .malformed("未定义的长度码 \(symbol)") }
      let length = Self.lengthBase[lengthIndex] + (try bits(Self.lengthExtra[lengthIndex]))
      let distanceSymbol = try decode(distances)
      guard distanceSymbol < Self.distanceBase.count else { throw .malformed("未定义的距离码 \(distanceSymbol)") }
      let distance = Self.distanceBase[distanceSymbol] + (try bits(Self.distanceExtra[distanceSymbol]))
      guard distance <= output.count else { throw .malformed("回溯距离 \(distance) 超出已解压的数据") }
      try reserve(length)
      var from = output.count - distance
      for _ in 0..<length {
        output.append(output[from])
        from += 1
      }
    }
  }

  /// The code lengths of a dynamic block (RFC 1951 §3.2.7), as two tables.
  private mutating func dynamicTables() throws(InflateError) -> (HuffmanTable, HuffmanTable) {
    let literalCount = try bits(5) + 257
    let distanceCount = try bits(5) + 1
    let lengthCodeCount = try bits(4) + 4
    guard literalCount <= 286, distanceCount <= 30 else { throw .malformed("码表过大") }
    var lengthCodeLengths = [UInt8](repeating: 0, count: 19)
    for index in 0..<lengthCodeCount { lengthCodeLengths[Self.lengthCodeOrder[index]] = UInt8(try bits(3)) }
    let lengthCodes = try HuffmanTable(lengths: lengthCodeLengths)
    var lengths: [UInt8] = []
    lengths.reserveCapacity(literalCount + distanceCount)
    while lengths.count < literalCount + distanceCount {
      let symbol = try decode(lengthCodes)
      var repeated: UInt8 = 0
      var times: Int
      switch symbol {
      case 0..<16:
        lengths.append(UInt8(symbol))
        continue
      case 16:
        guard let previous = lengths.last else { throw .malformed("重复码前没有码长") }
        repeated = previous
        times = 3 + (try bits(2))
      case 17: times = 3 + (try bits(3))
      default: times = 11 + (try bits(7))
      }
      guard lengths.count + times <= literalCount + distanceCount else { throw .malformed("码长重复超出码表") }
      lengths.append(contentsOf: repeatElement(repeated, count: times))
    }
    guard lengths[256] != 0 else { throw .malformed("缺少块结束码") }
    return (
      try HuffmanTable(lengths: Array(lengths[..<literalCount])),
      try HuffmanTable(lengths: Array(lengths[literalCount...]))
    )
  }

  private mutating func decode(_ table: HuffmanTable) throws(InflateError) -> Int {
    fill(table.maxLength)
    let entry = table.lookup[Int(bitBuffer & UInt64(table.mask))]
    let length = Int(entry & 0xF)
    guard length > 0 else {
      if bitCount < table.maxLength { throw .truncated }
      throw .malformed("无效的哈夫曼码")
    }
    guard length <= bitCount else { throw .truncated }
    bitBuffer >>= UInt64(length)
    bitCount -= length
    return Int(entry >> 4)
  }

  private func reserve(_ count: Int) throws(InflateError) {
    if output.count + count > limit { throw .outputLimit(limit) }
  }

  // MARK: Tables of RFC 1951 §3.2.5–3.2.7

  private static let lengthBase = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
  ]
  private static let lengthExtra = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
  ]
  private static let distanceBase = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
    6145, 8193, 12289, 16385, 24577,
  ]
  private static let distanceExtra = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
  ]
  private static let lengthCodeOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

  private static let fixedLiterals = try! HuffmanTable(
    lengths: [UInt8](repeating: 8, count: 144) + [UInt8](repeating: 9, count: 112) + [UInt8](repeating: 7, count: 24)
      + [UInt8](repeating: 8, count: 8))
  private static let fixedDistances = try! HuffmanTable(lengths: [UInt8](repeating: 5, count: 30))
}

/// A canonical Huffman code as a table indexed by the next `maxLength` input bits (least significant bit
/// first, as DEFLATE packs codes): each entry is `symbol << 4 | length`, or 0 where no code matches.
struct HuffmanTable {
  let lookup: [UInt16]
  let maxLength: Int
  var mask: Int { (1 << maxLength) - 1 }

  /// The code with these lengths (0: symbol unused). Over-subscribed lengths are malformed; incomplete
  /// codes are allowed (RFC 1951 permits a single distance code), their unused patterns decode as errors.
  init(lengths: [UInt8]) throws(InflateError) {
    var counts = [Int](repeating: 0, count: 16)
    for length in lengths { counts[Int(length)] += 1 }
    counts[0] = 0
    var left = 1
    for length in 1...15 {
      left = left * 2 - counts[length]
      guard left >= 0 else { throw .malformed("哈夫曼码长度过度分配") }
    }
    maxLength = max(1, lengths.max().map(Int.init) ?? 1)
    var nextCode = [Int](repeating: 0, count: 16)
    var code = 0
    for length in 1...15 {
      code = (code + counts[length - 1]) << 1
      nextCode[length] = code
    }
    var lookup = [UInt16](repeating: 0, count: 1 << maxLength)
    for (symbol, length) in lengths.enumerated() where length > 0 {
      let length = Int(length)
      let canonical = nextCode[length]
      nextCode[length] += 1
      var reversed = 0
      for bit in 0..<length where canonical & (1 << bit) != 0 { reversed |= 1 << (length - 1 - bit) }
      let entry = UInt16(symbol << 4 | length)
      var index = reversed
      while index < lookup.count {
        lookup[index] = entry
        index += 1 << length
      }
    }
    self.lookup = lookup
  }
}
