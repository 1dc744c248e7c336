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

/// A set of scalars of the Basic Multilingual Plane as bits: membership is one load, for the tests a
/// rule runs at every character of the text.
struct ScalarBits: Sendable {
  private var words = [UInt64](repeating: 0, count: 1024)

  init<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
    for scalar in scalars where scalar.value < 0x10000 { words[Int(scalar.value >> 6)] |= 1 << UInt64(scalar.value & 63) }
  }

  @inline(__always)
  func contains(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return value < 0x10000 && words[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0
  }
}

/// Scalars mapped to small integers by open addressing on the scalar's value: the word lists are
/// looked up at nearly every character of a phrase, where `Dictionary` would run its hasher each time.
struct ScalarMap: Sendable {
  /// The scalar's value plus one; 0 marks an empty slot.
  private var keys: [UInt32]
  private var values: [Int32]
  private let shift: UInt32
  private let mask: Int

  init(_ pairs: [(Unicode.Scalar, Int)]) {
    var bits: UInt32 = 3
    while (1 << bits) < 2 * pairs.count { bits += 1 }
    shift = 32 - bits
    mask = (1 << Int(bits)) - 1
    keys = [UInt32](repeating: 0, count: mask + 1)
    values = [Int32](repeating: 0, count: mask + 1)
    for (scalar, value) in pairs {
      let key = scalar.value &+ 1
      var slot = Self.slot(key, shift)
      while keys[slot] != 0, keys[slot] != key { slot = (slot + 1) & mask }
      keys[slot] = key
      values[slot] = Int32(truncatingIfNeeded: value)
    }
  }

  @inline(__always)
  private static func slot(_ key: UInt32, _ shift: UInt32) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B1) >> shift) }

  /// The value stored for `scalar`, or nil.
  @inline(__always)
  func value(of scalar: Unicode.Scalar) -> Int? {
    let key = scalar.value &+ 1
    var slot = Self.slot(key, shift)
    while true {
      let stored = keys[slot]
      if stored == key { return Int(values[slot]) }
      if stored == 0 { return nil }
      slot = (slot + 1) & mask
    }
  }
}

/// Words grouped by one of their scalars (the first or the last), longest first in each group, as
/// offsets into one array of scalars: no nested arrays to retain while matching.
private struct WordGroups: Sendable {
  private let groupOf: ScalarMap
  /// Group `g` is `members[bounds[g]..<bounds[g + 1]]`.
  private let bounds: [Int]
  /// Each member: where its word starts in the scalars, its length, and a payload (WordSets' bits).
  let starts: [Int]
  let lengths: [Int]
  let payloads: [UInt32]

  /// Groups `words` (with their payloads) by the scalar `key` picks, keeping their order within a group.
  init(_ words: [(start: Int, length: Int, payload: UInt32)], key: (Int, Int) -> Unicode.Scalar) {
    var order: [Unicode.Scalar] = []
    var members: [Unicode.Scalar: [(start: Int, length: Int, payload: UInt32)]] = [:]
    for word in words {
      let scalar = key(word.start, word.length)
      if members[scalar] == nil { order.append(scalar) }
      members[scalar, default: []].append(word)
    }
    var bounds = [0]
    var starts: [Int] = []
    var lengths: [Int] = []
    var payloads: [UInt32] = []
    for scalar in order {
      for member in members[scalar]! {
        starts.append(member.start)
        lengths.append(member.length)
        payloads.append(member.payload)
      }
      bounds.append(starts.count)
    }
    groupOf = ScalarMap(order.enumerated().map { ($0.element, $0.offset) })
    self.bounds = bounds
    self.starts = starts
    self.lengths = lengths
    self.payloads = payloads
  }

  /// The members keyed by `scalar`, as a range of member indices (empty when there are none).
  @inline(__always)
  func members(_ scalar: Unicode.Scalar) -> Range<Int> {
    guard let group = groupOf.value(of: scalar) else { return 0..<0 }
    return bounds[group]..<bounds[group + 1]
  }
}

/// A fixed list of words, matched on scalar arrays without building strings (the phrase reader runs
/// for every number of the document). A class: the lists are static, and passing one must not copy it.
final class WordList: Sendable {
  /// All the words' scalars, one after another.
  private let scalars: [Unicode.Scalar]
  /// The words by their first scalar, longest first.
  private let byFirst: WordGroups
  /// The words by their last scalar, longest first.
  private let byLast: WordGroups
  let words: [String]

  init(_ words: [String]) {
    self.words = words
    let arrays = words.map { Array($0.unicodeScalars) }.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
    var scalars: [Unicode.Scalar] = []
    var spans: [(start: Int, length: Int, payload: UInt32)] = []
    for word in arrays {
      spans.append((scalars.count, word.count, 0))
      scalars.append(contentsOf: word)
    }
    self.scalars = scalars
    byFirst = WordGroups(spans) { start, _ in scalars[start] }
    byLast = WordGroups(spans) { start, length in scalars[start + length - 1] }
  }

  /// Whether `word` is one of the list.
  func contains(_ word: String) -> Bool { words.contains(word) }

  /// Whether a word of the list occurs in `range` of `text`.
  func occurs(in text: [Unicode.Scalar], _ range: TextRange) -> Bool {
    var offset = max(0, range.start)
    let end = min(range.end, text.count)
    while offset < end {
      if !byFirst.members(text[offset]).isEmpty, longestMatch(in: text, at: offset, end: end) != nil { return true }
      offset += 1
    }
    return false
  }

  /// The length of the longest word starting at `offset` and ending by `end`.
  func longestMatch(in text: [Unicode.Scalar], at offset: Int, end: Int) -> Int? {
    guard offset < end else { return nil }
    for member in byFirst.members(text[offset]) {
      let length = byFirst.lengths[member]
      guard offset + length <= end else { continue }
      let start = byFirst.starts[member]
      var index = 1
      while index < length, text[offset + index] == scalars[start + index] { index += 1 }
      if index == length { return length }
    }
    return nil
  }

  /// The length of the longest word ending at `end` and starting at or after `start`.
  func longestMatch(in text: [Unicode.Scalar], endingAt end: Int, start: Int) -> Int? {
    guard end > start, end <= text.count else { return nil }
    for member in byLast.members(text[end - 1]) {
      let length = byLast.lengths[member]
      guard end - length >= start else { continue }
      let offset = end - length
      let wordStart = byLast.starts[member]
      var index = 0
      while index < length - 1, text[offset + index] == scalars[wordStart + index] { index += 1 }
      if index == length - 1 { return length }
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
  private let scalars: [Unicode.Scalar]
  private let byFirst: WordGroups
  /// The words' first scalars, tested before the groups are looked up: most characters start no word.
  private let firsts: ScalarBits

  /// `lists` pairs each list with its bit; a word in several lists carries all their bits.
  init(_ lists: [(WordList, UInt32)]) {
    var sets: [[Unicode.Scalar]: UInt32] = [:]
    var order: [[Unicode.Scalar]] = []
    for (list, bit) in lists {
      for word in list.words where !word.isEmpty {
        let scalars = Array(word.unicodeScalars)
        if sets[scalars] == nil { order.append(scalars) }
        sets[scalars, default: 0] |= bit
      }
    }
    var scalars: [Unicode.Scalar] = []
    var spans: [(start: Int, length: Int, payload: UInt32)] = []
    for word in order {
      spans.append((scalars.count, word.count, sets[word]!))
      scalars.append(contentsOf: word)
    }
    self.scalars = scalars
    byFirst = WordGroups(spans) { start, _ in scalars[start] }
    firsts = ScalarBits(order.compactMap(\.first))
  }

  /// The union of the bits of the lists that have a word in `text`.
  func sets(in text: [Unicode.Scalar]) -> UInt32 {
    var result: UInt32 = 0
    for offset in text.indices where firsts.contains(text[offset]) || text[offset].value >= 0x10000 {
      for member in byFirst.members(text[offset]) {
        let bits = byFirst.payloads[member]
        let length = byFirst.lengths[member]
        guard result & bits != bits, offset + length <= text.count else { continue }
        let start = byFirst.starts[member]
        var index = 1
        while index < length, text[offset + index] == scalars[start + index] { index += 1 }
        if index == length { result |= bits }
      }
    }
    return result
  }
}

extension String {
  /// Byte-wise equality, for strings of the engine's own tables (unit symbols and bases, measure
  /// words), which are all in NFC: `==` runs Unicode normalisation whenever two non-ASCII strings differ.
  func hasSameUTF8(as other: String) -> Bool {
    utf8.count == other.utf8.count && utf8.elementsEqual(other.utf8)
  }
}
