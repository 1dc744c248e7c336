/// The genre's own words, added to the general lexicon so that the wrong-character detector segments them
/// as words and never "corrects" them: the names and aliases of the indicator and term catalogues, the
/// standard section titles, the words that end an organisation's name and the ethnic groups of 民族乡
/// names. Only runs of basic Han characters of two or more count (“三公”经费
/// gives 三公经费).
struct DomainVocabulary: Sendable {
  /// The catalogues shipped with the engine.
  static let standard = DomainVocabulary(
    KnowledgeBase.standard.entries.flatMap { [$0.name] + $0.aliases }
      + StandardSectionCatalog.all.map(\.title) + SubjectParser.organisationSuffixes
      + EthnicGroups.names.map { $0 + "族" })

  /// The cost given to a domain word: that of a word seen about once in ten thousand words.
  static let wordCost = 4 * 9

  /// The longest word, in characters.
  let longestWord: Int
  /// Words by first character.
  private let wordsByFirst: [[[Unicode.Scalar]]]
  private let firstIndex: ScalarMap
  /// Adjacent pairs inside the words, hashed into 2¹⁶ bits: one load per pair, and a pair that is no
  /// domain pair answers true about once in a hundred (which only makes the detector look closer).
  private let pairBits: [UInt64]

  init(_ names: [String]) {
    var words = Set<[Unicode.Scalar]>()
    for name in names {
      var run: [Unicode.Scalar] = []
      for scalar in KnowledgeBase.folded(name) + [" "] {
        if Lexicon.character(scalar) != nil {
          run.append(scalar)
        } else {
          if run.count >= 2 { words.insert(run) }
          run = []
        }
      }
    }
    var byFirst: [Unicode.Scalar: [[Unicode.Scalar]]] = [:]
    var pairBits = [UInt64](repeating: 0, count: 1 << 10)
    for word in words {
      byFirst[word[0], default: []].append(word)
      for index in 1..<word.count {
        let bit = Self.pairBit(word[index - 1], word[index])
        pairBits[bit >> 6] |= 1 << UInt64(bit & 63)
      }
    }
    let firsts = byFirst.keys.sorted { $0.value < $1.value }
    wordsByFirst = firsts.map { byFirst[$0]!.sorted { $0.count > $1.count } }
    firstIndex = ScalarMap(firsts.enumerated().map { ($0.element, $0.offset) })
    self.pairBits = pairBits
    longestWord = words.map(\.count).max() ?? 0
  }

  @inline(__always)
  private static func pairBit(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Int {
    Int(truncatingIfNeeded: ((UInt64(first.value) << 32 | UInt64(second.value)) &* 0x9E37_79B9_7F4A_7C15) >> 48)
  }

  /// Whether `first` followed by `second` may occur inside a domain word.
  @inline(__always)
  func pairOccurs(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Bool {
    let bit = Self.pairBit(first, second)
    return pairBits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
  }

  /// The lengths of the domain words that `text` has at `start` (not reading at or past `end`).
  func forEachWord(in text: UnsafeBufferPointer<Unicode.Scalar>, at start: Int, end: Int, _ body: (Int) -> Void) {
    guard start < end, let group = firstIndex.value(of: text[start]) else { return }
    for word in wordsByFirst[group] where start + word.count <= end {
      var offset = 1
      while offset < word.count, text[start + offset] == word[offset] { offset += 1 }
      if offset == word.count { body(word.count) }
    }
  }
}
