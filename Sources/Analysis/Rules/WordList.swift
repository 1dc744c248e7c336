/// A set of scalars of the basic Han block, as bits, so that most positions of a text are rejected
/// without hashing; any other scalar in the set makes every lookup pass (the dictionary decides).
struct HanBits: Sendable {
  private var bits = [UInt64](repeating: 0, count: Int(hanCount / 64) + 1)
  private var hasOther = false

  private static let hanBase: UInt32 = 0x4E00
  private static let hanCount: UInt32 = 0x5200

  init<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
    for scalar in scalars {
      let offset = scalar.value &- Self.hanBase
      if offset < Self.hanCount {
        bits[Int(offset >> 6)] |= 1 << UInt64(offset & 63)
      } else {
        hasOther = true
      }
    }
  }

  @inline(__always)
  func mayContain(_ scalar: Unicode.Scalar) -> Bool {
    let offset = scalar.value &- Self.hanBase
    guard offset < Self.hanCount else { return hasOther }
    return hasOther || bits[Int(offset >> 6)] & (1 << UInt64(offset & 63)) != 0
  }
}

/// A fixed list of words, matched on scalar arrays without building strings (the phrase reader runs
/// for every number of the document).
struct WordList: Sendable {
  /// The words by their first scalar, longest first.
  private let byFirst: [Unicode.Scalar: [[Unicode.Scalar]]]
  /// The words by their last scalar, longest first.
  private let byLast: [Unicode.Scalar: [[Unicode.Scalar]]]
  private let firstBits: HanBits
  private let lastBits: HanBits
  let words: [String]

  init(_ words: [String]) {
    self.words = words
    let arrays = words.map { Array($0.unicodeScalars) }.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
    byFirst = Dictionary(grouping: arrays) { $0[0] }
    byLast = Dictionary(grouping: arrays) { $0[$0.count - 1] }
    firstBits = HanBits(arrays.map { $0[0] })
    lastBits = HanBits(arrays.map { $0[$0.count - 1] })
  }

  /// Whether `word` is one of the list.
  func contains(_ word: String) -> Bool { words.contains(word) }

  /// The length of the longest word starting at `offset` and ending by `end`.
  func longestMatch(in text: [Unicode.Scalar], at offset: Int, end: Int) -> Int? {
    guard offset < end, firstBits.mayContain(text[offset]), let candidates = byFirst[text[offset]] else {
      return nil
    }
    for word in candidates where offset + word.count <= end {
      var index = 1
      while index < word.count, text[offset + index] == word[index] { index += 1 }
      if index == word.count { return word.count }
    }
    return nil
  }

  /// The length of the longest word ending at `end` and starting at or after `start`.
  func longestMatch(in text: [Unicode.Scalar], endingAt end: Int, start: Int) -> Int? {
    guard end > start, end <= text.count, lastBits.mayContain(text[end - 1]),
      let candidates = byLast[text[end - 1]]
    else { return nil }
    for word in candidates where end - word.count >= start {
      let offset = end - word.count
      var index = 0
      while index < word.count - 1, text[offset + index] == word[index] { index += 1 }
      if index == word.count - 1 { return word.count }
    }
    return nil
  }

  /// `text` without any of the words.
  func removing(from text: [Unicode.Scalar]) -> [Unicode.Scalar] {
    var result: [Unicode.Scalar] = []
    result.reserveCapacity(text.count)
    var offset = 0
    while offset < text.count {
      if let length = longestMatch(in: text, at: offset, end: text.count) {
        offset += length
      } else {
        result.append(text[offset])
        offset += 1
      }
    }
    return result
  }
}

/// Several word lists searched together: which of them have a word anywhere in a text, in one pass
/// instead of one per list.
struct WordSets: Sendable {
  private let byFirst: [Unicode.Scalar: [(word: [Unicode.Scalar], sets: UInt32)]]
  private let firstBits: HanBits

  /// `lists` pairs each list with its bit; a word in several lists carries all their bits.
  init(_ lists: [(WordList, UInt32)]) {
    var sets: [[Unicode.Scalar]: UInt32] = [:]
    for (list, bit) in lists {
      for word in list.words where !word.isEmpty { sets[Array(word.unicodeScalars), default: 0] |= bit }
    }
    byFirst = Dictionary(grouping: sets.map { (word: $0.key, sets: $0.value) }) { $0.word[0] }
    firstBits = HanBits(sets.keys.map { $0[0] })
  }

  /// The union of the bits of the lists that have a word in `text`.
  func sets(in text: [Unicode.Scalar]) -> UInt32 {
    var result: UInt32 = 0
    for offset in text.indices where firstBits.mayContain(text[offset]) {
      guard let candidates = byFirst[text[offset]] else { continue }
      for candidate in candidates where result & candidate.sets != candidate.sets {
        if text.matches(candidate.word, at: offset) { result |= candidate.sets }
      }
    }
    return result
  }
}
