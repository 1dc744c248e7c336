import Testing

@testable import Analysis

/// The packed tables of `LexiconData` as `Lexicon` reads them: their layout, a few known entries, and the
/// Bloom filters' one promise (no false negatives).
@Suite struct LexiconTests {
  private static let hanCount = 0xA000 - 0x4E00

  /// The UTF-8 bytes of a table.
  private func bytes(_ table: StaticString) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: table.utf8Start, count: table.utf8CodeUnitCount)
  }

  private func offsets(_ index: StaticString) -> [Int] {
    let raw = bytes(index)
    return stride(from: 0, to: raw.count, by: LexiconData.indexWidth).map { start in
      (0..<LexiconData.indexWidth).reduce(0) { $0 << 6 | Int(raw[start + $1] - 0x30) }
    }
  }

  @Test func characterTableCoversTheHanBlock() {
    #expect(LexiconData.characters.utf8CodeUnitCount == 2 * Self.hanCount)
    #expect(Lexicon.character("的")?.cost != nil)
    #expect(Lexicon.character("王")?.isSurname == true)
    #expect(Lexicon.character("的")?.isSurname == false)
    #expect(Lexicon.character("a") == nil)
    #expect(Lexicon.character("𠀀") == nil)
  }

  /// Every line-per-character table: the index points at lines in code point order, each opening with its
  /// character and ending with a line break, and the entries of a line are sorted.
  @Test(arguments: [
    ("words", LexiconData.words, LexiconData.wordIndex),
    ("confusables", LexiconData.confusables, LexiconData.confusableIndex),
    ("phrases", LexiconData.phrases, LexiconData.phraseIndex),
  ])
  func blockTablesAreIndexedAndSorted(name: String, table: StaticString, index: StaticString) {
    let raw = bytes(table)
    let lines = offsets(index)
    #expect(lines.count == Self.hanCount + 1, "\(name)")
    #expect(lines.last == raw.count, "\(name)")
    #expect(zip(lines, lines.dropFirst()).allSatisfy { $0 <= $1 }, "\(name)")
    for slot in 0..<Self.hanCount where lines[slot] < lines[slot + 1] {
      let line = Array(raw[lines[slot]..<lines[slot + 1]])
      let first = String(decoding: line.prefix(3), as: UTF8.self).unicodeScalars.first?.value
      #expect(
        first == UInt32(0x4E00 + slot) && line.last == 0x0A, "\(name): line of U+\(String(0x4E00 + slot, radix: 16))")
      guard name != "words" else { continue }
      // Fixed-length entries: one character, or second, third, position and missing character.
      let width = name == "confusables" ? 3 : 10
      let entries = stride(from: 3, to: line.count - 1, by: width).map { Array(line[$0..<($0 + width)]) }
      #expect((line.count - 4) % width == 0, "\(name)")
      #expect(zip(entries, entries.dropFirst()).allSatisfy { $0.lexicographicallyPrecedes($1) }, "\(name)")
    }
  }

  @Test func knownWordsAreFound() throws {
    let people = try #require(Lexicon.word(Array("人民".unicodeScalars)))
    let congress = try #require(Lexicon.word(Array("代表大会".unicodeScalars)))
    #expect(people.length == 2 && congress.length == 4)
    // A frequent word costs less than a rare one.
    let rare = try #require(Lexicon.word(Array("一丝不苟".unicodeScalars)))
    #expect(people.cost < rare.cost)
    #expect(rare.wordClass == .phrase)
    #expect(Lexicon.word(Array("管理制渡".unicodeScalars)) == nil)
    #expect(Lexicon.word(Array("制渡".unicodeScalars)) == nil)
  }

  @Test func similarCharactersAndPhraseGaps() {
    var similar: [Unicode.Scalar] = []
    Lexicon.forEachConfusable(of: "渡") { similar.append($0) }
    #expect(similar.contains("度"))
    #expect(!similar.contains("渡"))
    let written = Array("一丝苟".unicodeScalars)
    let gaps = written.withUnsafeBufferPointer { Lexicon.phraseGaps(in: $0, at: 0) }
    #expect(gaps.contains { $0.position == 2 && $0.missing == "不" })
    #expect(Lexicon.mayBePhraseGap("一", "丝", "苟"))
  }

  /// The filters answer true for every pair inside, and every beginning of, a sample of the lexicon's words.
  @Test func filtersHaveNoFalseNegatives() {
    let raw = bytes(LexiconData.words)
    let lines = offsets(LexiconData.wordIndex)
    var checked = 0
    for slot in stride(from: 0, to: Self.hanCount, by: 7) where lines[slot] < lines[slot + 1] {
      let line = Array(raw[lines[slot]..<lines[slot + 1] - 1])
      // Entries: Han characters, then a cost byte and a class byte.
      var word = Array(String(decoding: line.prefix(3), as: UTF8.self).unicodeScalars)
      var position = 3
      var rest: [UInt8] = []
      while position < line.count {
        if line[position] >= 0x80 {
          rest.append(line[position])
          position += 1
          continue
        }
        word += String(decoding: rest, as: UTF8.self).unicodeScalars
        #expect(Lexicon.mayBeginWord(word[0], word[1]), "\(String(String.UnicodeScalarView(word)))")
        if word.count >= 3 { #expect(Lexicon.mayBeginWord(word[0], word[1], word[2])) }
        for index in 1..<word.count { #expect(Lexicon.pairOccurs(word[index - 1], word[index])) }
        #expect(Lexicon.word(word)?.length == word.count)
        checked += 1
        word = [word[0]]
        rest = []
        position += 2
      }
    }
    #expect(checked > 10_000)
  }

  @Test func domainWordsAreWords() {
    let vocabulary = DomainVocabulary.standard
    let text = Array("全面落实三公经费管理和预算执行率考核".unicodeScalars)
    var lengths: [Int] = []
    text.withUnsafeBufferPointer { buffer in
      vocabulary.forEachWord(in: buffer, at: 4, end: buffer.count) { lengths.append($0) }
    }
    #expect(lengths.contains(4))
    #expect(vocabulary.pairOccurs("经", "费"))
  }
}
