/// Where each character of a document is, found in one pass and shared by the rules
/// (`RuleContext.characters`). Most of a report is basic Han text: the rules that look for marks,
/// digits or letters walk `others` instead of every scalar, and those that look for a few Han
/// characters follow those characters' chains of occurrences.
///
/// Offsets are kept as `Int32`; a text of more than `Int32.max` scalars (which no report comes near)
/// is indexed up to that length only.
struct CharacterIndex: Sendable {
  /// The offsets of the scalars outside the basic Han block (U+4E00–U+9FFF), in order: punctuation,
  /// digits, letters, spaces, line breaks and the rarer Han characters.
  let others: [Int32]
  /// For each offset of a basic Han character, the offset of the character's next occurrence; -1 after
  /// its last one and at every other scalar.
  let nextSame: [Int32]
  /// For each basic Han character, the offset of its first occurrence, or -1.
  private let firstOffsets: [Int32]
  private let text: [Unicode.Scalar]

  private static let hanBase: UInt32 = 0x4E00
  private static let hanCount: UInt32 = 0xA000 - 0x4E00

  init(_ text: [Unicode.Scalar]) {
    let count = min(text.count, Int(Int32.max) - 1)
    var first = [Int32](repeating: -1, count: Int(Self.hanCount))
    // Backwards, so that each character's slot in `first` holds its next occurrence. The other
    // scalars are written from the end of `listed` down, so that they come out in order.
    let listed = UnsafeMutableBufferPointer<Int32>.allocate(capacity: count)
    defer { listed.deallocate() }
    var listedStart = count
    let next = [Int32](unsafeUninitializedCapacity: count) { next, initialized in
      text.withUnsafeBufferPointer { text in
        first.withUnsafeMutableBufferPointer { first in
          var index = count - 1
          while index >= 0 {
            let slot = text[index].value &- Self.hanBase
            if slot < Self.hanCount {
              next[index] = first[Int(slot)]
              first[Int(slot)] = Int32(truncatingIfNeeded: index)
            } else {
              next[index] = -1
              listedStart -= 1
              listed[listedStart] = Int32(truncatingIfNeeded: index)
            }
            index -= 1
          }
        }
      }
      initialized = count
    }
    others = Array(listed[listedStart...])
    nextSame = next
    firstOffsets = first
    self.text = text
  }

  /// Whether `scalar` is chained (a basic Han character) rather than listed in `others`.
  @inline(__always)
  private static func isChained(_ scalar: Unicode.Scalar) -> Bool { scalar.value &- hanBase < hanCount }

  /// The first offset of a basic Han character, or nil (also for any other scalar).
  func firstOffset(of scalar: Unicode.Scalar) -> Int? {
    let slot = scalar.value &- Self.hanBase
    guard slot < Self.hanCount, firstOffsets[Int(slot)] >= 0 else { return nil }
    return Int(firstOffsets[Int(slot)])
  }

  /// The offsets where any of `scalars` occurs, in order.
  func offsets(ofAny scalars: [Unicode.Scalar]) -> [Int] {
    var result: [Int] = []
    var listed: [Unicode.Scalar] = []
    for scalar in scalars {
      guard Self.isChained(scalar) else {
        listed.append(scalar)
        continue
      }
      var offset = firstOffset(of: scalar) ?? -1
      while offset >= 0 {
        result.append(offset)
        offset = Int(nextSame[offset])
      }
    }
    if !listed.isEmpty {
      for offset in others where listed.contains(text[Int(offset)]) { result.append(Int(offset)) }
    }
    return scalars.count > 1 ? result.sorted() : result
  }

  /// The offsets where `word` starts, in order.
  func offsets(of word: [Unicode.Scalar]) -> [Int] {
    guard let first = word.first else { return [] }
    let starts = offsets(ofAny: [first])
    return word.count == 1 ? starts : starts.filter { text.matches(word, at: $0) }
  }
}
