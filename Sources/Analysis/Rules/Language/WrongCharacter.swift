/// Wrong characters found with the general lexicon (`Lexicon`) rather than a list of known pairs; L102
/// reports them beside its table's findings.
///
/// Each run of Han characters is segmented against the lexicon (jieba's unigram model: the cheapest
/// sequence of words, a word's cost being −ln of its frequency). Where the segmentation falls apart into
/// rare single characters — a character that forms no word with either neighbour and is seldom a word
/// on its own — the detector tries one edit at a time and keeps it when the text then reads as common
/// words and the cost drops by far more than chance allows:
/// - a character replaced by one that sounds or looks like it (`管理制渡` → `管理制度`);
/// - a doubled character that is one too many (`补助助金` → `补助金`);
/// - the missing inner character of a four-character fixed phrase put back (`一丝苟` → `一丝不苟`);
/// - and 的 between an adverbial and the verb or preposition it modifies, which should be 地
///   (`认真的把好关` → `认真地把好关`).
///
/// A false alarm costs more than a miss, so the detector stays silent where the text may be a word the
/// lexicon lacks: a form the document uses twice or more is deliberate; names are left alone (after a
/// surname, before 镇/村/公司/同志 …, the report's own unit and township, the gazetteer's townships and
/// counties); the catalogues' terms (`DomainVocabulary`) are words; and a correction into a two-character
/// word must be a very large gain to a frequent word.
struct WrongCharacterDetector: Sendable {
  enum Kind: Sendable {
    case similarCharacter, doubledCharacter, missingCharacter, structuralParticle
  }

  struct Finding: Sendable {
    let kind: Kind
    /// The words as written, shown in the message.
    let written: TextRange
    /// What `written` should read.
    let suggestion: String
    /// The edit that makes `written` read `suggestion`.
    let edit: TextEdit
    /// How much cheaper the text reads with the edit, in the lexicon's cost units.
    let gain: Int
  }

  let vocabulary: DomainVocabulary

  init(vocabulary: DomainVocabulary = .standard) {
    self.vocabulary = vocabulary
  }

  // Thresholds, in the lexicon's cost units (a quarter of a nat: 4 units is a factor of e).

  /// A character whose frequency as a word on its own is at least about 3,000 in 60 million (的, 在, 村
  /// …) is an ordinary single-character word, not a sign that the segmentation fell apart.
  private static let commonCharacterCost = 40
  /// A correction into a word of three or more characters: the text becomes 55 times likelier.
  private static let longWordGain = 16
  /// A correction into a two-character word: the text becomes 8,000 times likelier, into a word at least
  /// as frequent as one in 60,000. Two characters that form no word are often a word the lexicon lacks
  /// (an abbreviation, a new term), so these need much more than long words do.
  private static let shortWordGain = 36
  private static let shortWordCost = 44
  /// A doubled character: the copy on its own is rarer than about 3,000 in 60 million, and deleting it makes
  /// the text 400 times likelier.
  private static let doubledCharacterCost = 40
  private static let doubledGain = 24
  /// A fixed phrase restored: 150 times likelier.
  private static let phraseGain = 20
  /// Characters on each side of an edit that take part in the segmentation compared.
  private static let reach = 4

  /// What is not corrected because it is a name: the words that follow a place, an organisation or a person's
  /// name (镇, 公司, 同志 …), within three characters of the edit.
  private static let nameEndings: [[Unicode.Scalar]] = [
    "镇", "乡", "村", "县", "市", "区", "州", "省", "街道", "社区", "河", "湖", "山", "桥", "路", "街", "公司", "集团",
    "合作社", "同志", "书记", "主任", "镇长", "乡长", "县长", "局长", "组长", "所长", "站长", "委员",
  ].map { Array($0.unicodeScalars) }

  /// What a township's or a county's name may end with in the gazetteer, when the text leaves it out.
  private static let townshipLevels = ["", "镇", "乡", "街道"]
  private static let countyLevels = ["", "县", "区", "市"]

  /// Prepositions that introduce what a verb acts on, and so never head a noun phrase after 的: after an
  /// adverbial they show the 的 should be 地. 将 is tagged an adverb but here works like 把. Left out: 为 and
  /// 在, which are also verbs (最多的为…, the largest is …), 与/同/跟, also conjunctions, and 于, 以, 由, 比.
  private static let objectPrepositions: Set<String> = [
    "将", "把", "对", "向", "从", "给", "按照", "通过", "根据", "针对", "对于", "关于", "被",
  ]
  private static let objectPrepositionFirsts = Set(objectPrepositions.compactMap(\.unicodeScalars.first))
  /// Degree adverbs (jieba tags 较 and 很 otherwise).
  private static let degreeAdverbs: Set<Unicode.Scalar> = ["较", "很", "更", "最", "极", "太", "挺", "越"]
  /// Aspect particles: a verb followed by one is a predicate, not a noun.
  private static let aspectParticles: Set<Unicode.Scalar> = ["了", "着", "过"]

  // MARK: Finding

  func findings(in context: RuleContext) -> [Finding] {
    let text = context.document.scalars
    var scan = Scan(context: context, vocabulary: vocabulary)
    var result: [Finding] = []
    text.withUnsafeBufferPointer { buffer in
      scan.text = buffer
      // Runs of basic Han characters lie between the other scalars, which the shared index lists in order.
      var runStart = 0
      let others = context.characters.others
      for index in 0...others.count {
        let runEnd = index < others.count ? Int(others[index]) : buffer.count
        if runEnd - runStart >= 2, !Self.isDocumentNumberPrefix(buffer, end: runEnd) {
          result += scan.run(runStart, runEnd)
        }
        runStart = runEnd + 1
      }
      for offset in context.characters.offsets(ofAny: ["的"]) {
        if let finding = scan.structuralParticle(at: offset) { result.append(finding) }
      }
    }
    return result.sorted { $0.written < $1.written }
  }

  /// Whether the run ending at `end` is the abbreviation that opens a document number (湘财预〔2021〕5号):
  /// such codes are made of abbreviations, not words.
  private static func isDocumentNumberPrefix(_ text: UnsafeBufferPointer<Unicode.Scalar>, end: Int) -> Bool {
    guard end + 5 < text.count, ["〔", "[", "［", "【", "（", "("].contains(text[end]) else { return false }
    return (end + 1...end + 4).allSatisfy { text[$0].isDigit }
  }

  /// The state of one pass over a document: reusable buffers and the checks that need the document.
  private struct Scan {
    let context: RuleContext
    let vocabulary: DomainVocabulary
    var text = UnsafeBufferPointer<Unicode.Scalar>(start: nil, count: 0)
    private enum PairState: UInt8 { case unknown, unpaired, paired }
    /// Whether each adjacent pair of the document (at the offset of its first character) occurs inside a
    /// word, looked up when first needed.
    private var pairs: [PairState] = []
    private var window: [Unicode.Scalar] = []
    /// Whether each adjacent pair of the window occurs inside a word.
    private var windowPaired: [Bool] = []
    private var segmentation = LexiconSegmentation()
    /// The report's own names, found once.
    private lazy var subjectNames: [TextRange] = findSubjectNames()

    init(context: RuleContext, vocabulary: DomainVocabulary) {
      self.context = context
      self.vocabulary = vocabulary
      pairs = [PairState](repeating: .unknown, count: context.document.scalars.count)
    }

    // MARK: Runs

    /// The findings of the run of Han characters `start..<end`, the best of any that overlap.
    mutating func run(_ start: Int, _ end: Int) -> [Finding] {
      let run = start..<end
      var found: [Finding] = []
      var triedNeighbour = start - 1
      // Whether each of the next three characters is rare as a word on its own.
      var rare = (false, isRare(start), start + 1 < end && isRare(start + 1))
      for index in run {
        rare = (rare.1, rare.2, index + 2 < end && isRare(index + 2))
        // Most characters are ordinary words on their own: only the rarer ones are looked at, and only their
        // pairs are looked up.
        if rare.0, isIsolated(index, run: run) {
          if let finding = similarCharacter(at: index, run: run) { found.append(finding) }
          // The slip may be the ordinary character beside it that stands alone too (贯切落实: 切 for 彻).
          for neighbour in [index - 1, index + 1] where run.contains(neighbour) && neighbour > triedNeighbour {
            guard !isRare(neighbour), isIsolated(neighbour, run: run) else { continue }
            triedNeighbour = neighbour
            if let finding = similarCharacter(at: neighbour, run: run) { found.append(finding) }
          }
        }
        if index + 1 < end, text[index] == text[index + 1], let finding = doubledCharacter(at: index, run: run) {
          found.append(finding)
        }
        // A phrase missing its second character leaves its first unjoined to what follows, and the rest joined;
        // one missing its third, the reverse.
        if index + 2 < end, rare.0 || rare.1 || rare.2,
          Lexicon.mayBePhraseGap(text[index], text[index + 1], text[index + 2])
        {
          let first = isPaired(index)
          let second = isPaired(index + 1)
          if first != second, let finding = missingCharacter(at: index, position: first ? 2 : 1, run: run) {
            found.append(finding)
          }
        }
      }
      guard found.count > 1 else { return found }
      // Overlapping findings explain the same slip: keep the likeliest.
      var kept: [Finding] = []
      for finding in found.sorted(by: { $0.gain > $1.gain })
      where !kept.contains(where: { $0.written.overlaps(finding.written) }) {
        kept.append(finding)
      }
      return kept
    }

    /// Whether the character at `index` is seldom a word on its own (where a segmentation falls apart).
    private func isRare(_ index: Int) -> Bool {
      (Lexicon.standaloneCost(text[index]) ?? Lexicon.unknownCost) >= WrongCharacterDetector.commonCharacterCost
    }

    /// Whether `text[index]` and `text[index + 1]` (both in the current run) occur together inside a word,
    /// looked up once.
    private mutating func isPaired(_ index: Int) -> Bool {
      switch pairs[index] {
      case .paired: return true
      case .unpaired: return false
      case .unknown:
        let paired = pairOccurs(text[index], text[index + 1])
        pairs[index] = paired ? .paired : .unpaired
        return paired
      }
    }

    /// Whether the character at `index` forms a word with neither neighbour.
    private mutating func isIsolated(_ index: Int, run: Range<Int>) -> Bool {
      !(index > run.lowerBound && isPaired(index - 1)) && !(index + 1 < run.upperBound && isPaired(index))
    }

    private func pairOccurs(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Bool {
      Lexicon.pairOccurs(first, second) || vocabulary.pairOccurs(first, second)
    }

    /// Whether `first` and `second` make a two-character word frequent enough to be a correction.
    private func isFrequentWord(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Bool {
      guard let word = Lexicon.word([first, second]) else { return false }
      return word.cost <= WrongCharacterDetector.shortWordCost
    }

    // MARK: Similar characters

    private mutating func similarCharacter(at index: Int, run: Range<Int>) -> Finding? {
      let scalar = text[index]
      // A number's unit or measure word reads oddly out of context: not judged.
      if index == run.lowerBound, index > 0, text[index - 1].isDigit { return nil }
      if mayBeName(at: index, run: run) { return nil }
      // Only a character that can make a word here is tried: a word of three or more needs two joined pairs, a
      // word of two must be a frequent one.
      let joinedBefore = index - 2 >= run.lowerBound && isPaired(index - 2)
      let joinedAfter = index + 2 < run.upperBound && isPaired(index + 1)
      var candidates: [(scalar: Unicode.Scalar, before: Bool, after: Bool)] = []
      Lexicon.forEachConfusable(of: scalar) { candidate in
        let before = index > run.lowerBound && pairOccurs(text[index - 1], candidate)
        let after = index + 1 < run.upperBound && pairOccurs(candidate, text[index + 1])
        guard before || after else { return }
        let long = (before && (after || joinedBefore)) || (after && joinedAfter)
        if long || (before && isFrequentWord(text[index - 1], candidate))
          || (after && isFrequentWord(candidate, text[index + 1]))
        {
          candidates.append((candidate, before, after))
        }
      }
      guard !candidates.isEmpty else { return nil }
      let bounds = windowBounds(around: index, run: run)
      load(bounds, run: run)
      let written = cost()
      let position = index - bounds.lowerBound
      var best: (gain: Int, candidate: Unicode.Scalar, word: Range<Int>)?
      for candidate in candidates {
        window[position] = candidate.scalar
        if position > 0 { windowPaired[position - 1] = candidate.before }
        if position + 1 < window.count { windowPaired[position] = candidate.after }
        let gain = written - cost(changedAt: position)
        guard gain >= WrongCharacterDetector.longWordGain, gain > best?.gain ?? Int.min,
          let word = segmentation.token(covering: position), word.count >= 2
        else { continue }
        if word.count == 2 {
          guard gain >= WrongCharacterDetector.shortWordGain,
            segmentation.cost(of: word.lowerBound) <= WrongCharacterDetector.shortWordCost
          else { continue }
        }
        best = (gain, candidate.scalar, word)
      }
      window[index - bounds.lowerBound] = scalar
      guard let best else { return nil }
      let span = TextRange(bounds.lowerBound + best.word.lowerBound, bounds.lowerBound + best.word.upperBound)
      guard !isRecurring(span), !isProtectedName(span) else { return nil }
      var suggestion = Array(text[span.start..<span.end])
      suggestion[index - span.start] = best.candidate
      return Finding(
        kind: .similarCharacter, written: span, suggestion: String(scalars: suggestion[...]),
        edit: TextEdit(range: TextRange(index, index + 1), replacement: String(Character(best.candidate))),
        gain: best.gain)
    }

    /// Whether the character at `index` may be part of a name: right after a surname or two, a surname
    /// itself unless it follows a character as isolated as it, or a few characters before a word that ends
    /// names (镇, 公司, 同志 …).
    private mutating func mayBeName(at index: Int, run: Range<Int>) -> Bool {
      if Lexicon.character(text[index])?.isSurname == true, !(index > run.lowerBound && isIsolated(index - 1, run: run))
      {
        return true
      }
      for back in 1...2 where index - back >= run.lowerBound {
        if Lexicon.character(text[index - back])?.isSurname == true { return true }
      }
      for ahead in 1...3 where index + ahead < run.upperBound {
        let start = index + ahead
        for ending in WrongCharacterDetector.nameEndings where start + ending.count <= run.upperBound {
          if ending.indices.allSatisfy({ text[start + $0] == ending[$0] }) { return true }
        }
      }
      return false
    }

    // MARK: Doubled characters

    private mutating func doubledCharacter(at index: Int, run: Range<Int>) -> Finding? {
      let scalar = text[index]
      guard let entry = Lexicon.character(scalar),
        (entry.cost ?? Lexicon.unknownCost) >= WrongCharacterDetector.doubledCharacterCost,
        Lexicon.word([scalar, scalar]) == nil
      else { return nil }
      let bounds = windowBounds(around: index, run: run, after: 1)
      load(bounds, run: run)
      let written = cost()
      guard let first = segmentation.token(covering: index - bounds.lowerBound),
        let second = segmentation.token(covering: index + 1 - bounds.lowerBound)
      else { return nil }
      // One copy stands alone, the other belongs to a word: 补助|助, 肇|肇事.
      let firstAlone = first.count == 1
      guard firstAlone != (second.count == 1) else { return nil }
      // A verb or adjective standing alone before itself is reduplication (看看书, 慢慢走).
      if firstAlone, [.verb, .modifier, .numeral].contains(entry.wordClass) { return nil }
      let alone = firstAlone ? index : index + 1
      window.remove(at: alone - bounds.lowerBound)
      pairWindow()
      let gain = written - cost()
      guard gain >= WrongCharacterDetector.doubledGain else { return nil }
      let span = TextRange(
        bounds.lowerBound + min(first.lowerBound, second.lowerBound),
        bounds.lowerBound + max(first.upperBound, second.upperBound))
      guard !isRecurring(span), !isProtectedName(span) else { return nil }
      var suggestion = Array(text[span.start..<span.end])
      suggestion.remove(at: alone - span.start)
      return Finding(
        kind: .doubledCharacter, written: span, suggestion: String(scalars: suggestion[...]),
        edit: TextEdit(range: TextRange(alone, alone + 1), replacement: ""), gain: gain)
    }

    // MARK: Fixed phrases

    /// A four-character fixed phrase whose character at `position` (1 or 2) is missing from the three
    /// characters written at `start`.
    private mutating func missingCharacter(at start: Int, position: Int, run: Range<Int>) -> Finding? {
      guard start >= run.lowerBound, start + 3 <= run.upperBound else { return nil }
      let gaps = Lexicon.phraseGaps(in: text, at: start).filter { $0.position == position }
      guard !gaps.isEmpty else { return nil }
      let bounds = windowBounds(around: start + 1, run: run)
      load(bounds, run: run)
      let written = cost()
      var best: (gain: Int, missing: Unicode.Scalar)?
      let insertion = start + position - bounds.lowerBound
      for gap in gaps {
        window.insert(gap.missing, at: insertion)
        pairWindow()
        let gain = written - cost()
        window.remove(at: insertion)
        guard gain >= WrongCharacterDetector.phraseGain, gain > best?.gain ?? Int.min,
          let word = segmentation.token(covering: insertion), word.lowerBound <= start - bounds.lowerBound,
          word.upperBound >= start - bounds.lowerBound + 4
        else { continue }
        best = (gain, gap.missing)
      }
      guard let best else { return nil }
      let span = TextRange(start, start + 3)
      guard !isRecurring(span), !isProtectedName(span) else { return nil }
      var suggestion = Array(text[start..<(start + 3)])
      suggestion.insert(best.missing, at: position)
      return Finding(
        kind: .missingCharacter, written: span, suggestion: String(scalars: suggestion[...]),
        edit: TextEdit(
          range: TextRange(start + position, start + position), replacement: String(Character(best.missing))),
        gain: best.gain)
    }

    // MARK: 的 and 地

    /// 的 between an adverbial and the verb or preposition it modifies: 认真的把 → 认真地把, 较好的完成了 →
    /// 较好地完成了.
    mutating func structuralParticle(at offset: Int) -> Finding? {
      // What follows must be able to be a predicate: a preposition, or a verb with an aspect particle.
      guard offset + 2 < text.count,
        WrongCharacterDetector.objectPrepositionFirsts.contains(text[offset + 1])
          || (offset + 2..<min(text.count, offset + 6)).contains(where: {
            WrongCharacterDetector.aspectParticles.contains(text[$0])
          })
      else { return nil }
      var start = offset
      while start > 0, offset - start < 5, Lexicon.character(text[start - 1]) != nil { start -= 1 }
      var end = offset + 1
      while end < text.count, end - offset < 6, Lexicon.character(text[end]) != nil { end += 1 }
      guard start < offset, offset + 1 < end else { return nil }
      load(start..<end)
      _ = cost()
      let particle = offset - start
      guard let modifier = segmentation.token(endingAt: particle),
        segmentation.token(covering: particle) == particle..<(particle + 1),
        let head = segmentation.token(covering: particle + 1), head.lowerBound == particle + 1,
        segmentation.wordClass(of: modifier.lowerBound) == .modifier
      else { return nil }
      let headText = String(scalars: window[head])
      var isPredicate = WrongCharacterDetector.objectPrepositions.contains(headText)
      if !isPredicate, segmentation.wordClass(of: head.lowerBound) == .verb, head.upperBound < window.count {
        let next = segmentation.token(covering: head.upperBound)
        isPredicate = next?.count == 1 && WrongCharacterDetector.aspectParticles.contains(window[head.upperBound])
      }
      guard isPredicate else { return nil }
      // A degree adverb before the modifier belongs to it in the message: 较|好 reads 较好.
      var modifierStart = modifier.lowerBound
      if let degree = segmentation.token(endingAt: modifierStart), degree.count == 1,
        WrongCharacterDetector.degreeAdverbs.contains(window[degree.lowerBound])
      {
        modifierStart = degree.lowerBound
      }
      let span = TextRange(start + modifierStart, offset + 1)
      guard !isProtectedName(span) else { return nil }
      return Finding(
        kind: .structuralParticle, written: span,
        suggestion: String(scalars: window[modifierStart..<modifier.upperBound]) + "地",
        edit: TextEdit(range: TextRange(offset, offset + 1), replacement: "地"), gain: 0)
    }

    // MARK: Windows

    /// The characters of the run within `reach` of `index` (and of `index + after`).
    private func windowBounds(around index: Int, run: Range<Int>, after: Int = 0) -> Range<Int> {
      max(
        run.lowerBound, index - WrongCharacterDetector.reach)..<min(
          run.upperBound, index + after + WrongCharacterDetector.reach + 1)
    }

    /// Loads the text of `bounds` into the window, with its pairs: from the current run's when `run` is given.
    private mutating func load(_ bounds: Range<Int>, run: Range<Int>? = nil) {
      window.removeAll(keepingCapacity: true)
      window.append(contentsOf: text[bounds])
      windowPaired.removeAll(keepingCapacity: true)
      if run != nil {
        for index in bounds.lowerBound..<(bounds.upperBound - 1) { windowPaired.append(isPaired(index)) }
      } else {
        pairWindow()
      }
    }

    /// Computes the window's pairs again (after an insertion or a deletion).
    private mutating func pairWindow() {
      windowPaired.removeAll(keepingCapacity: true)
      for index in window.indices.dropLast() { windowPaired.append(pairOccurs(window[index], window[index + 1])) }
    }

    /// The cost of the window's cheapest segmentation, which is left in `segmentation`; with `changed`, the
    /// window differs from the one last segmented only in its character at `changed`.
    private mutating func cost(changedAt changed: Int? = nil) -> Int {
      let vocabulary = vocabulary
      return window.withUnsafeBufferPointer { text in
        windowPaired.withUnsafeBufferPointer { paired in
          if let changed {
            return segmentation.resegment(changedAt: changed, text, paired: paired, vocabulary: vocabulary)
          }
          return segmentation.segment(text, paired: paired, vocabulary: vocabulary)
        }
      }
    }

    // MARK: Silence

    /// Whether the text of `span` occurs elsewhere in the document too: a form written twice is meant.
    private func isRecurring(_ span: TextRange) -> Bool {
      let word = Array(text[span.start..<span.end])
      var count = 0
      for _ in context.characters.offsets(of: word) {
        count += 1
        if count > 1 { return true }
      }
      return false
    }

    /// Whether `span` overlaps the report's own names or a township or county of the gazetteer.
    private mutating func isProtectedName(_ span: TextRange) -> Bool {
      if subjectNames.contains(where: { $0.overlaps(span) }) { return true }
      guard let gazetteer = context.gazetteer else { return false }
      // Names of two to eight characters around the span, written with or without their level (镇, 县 …).
      let from = max(0, span.start - 6)
      let to = min(text.count, span.end + 6)
      for start in from..<span.end {
        var end = max(span.start + 1, start + 2)
        while end <= to, end - start <= 8 {
          let name = String(scalars: Array(text[start..<end])[...])
          if WrongCharacterDetector.townshipLevels.contains(where: { !gazetteer.townships(named: name + $0).isEmpty })
            || WrongCharacterDetector.countyLevels.contains(where: {
              !gazetteer.townships(inCountyNamed: name + $0).isEmpty
            })
          {
            return true
          }
          end += 1
        }
      }
      return false
    }

    private func findSubjectNames() -> [TextRange] {
      let subject = context.document.subject
      let names = ([subject.unitName, subject.county].compactMap { $0 } + subject.townshipAliases)
        .map { Array($0.unicodeScalars) }.filter { $0.count >= 2 }
      return names.flatMap { name in context.characters.offsets(of: name).map { TextRange($0, $0 + name.count) } }
    }
  }
}

/// The cheapest segmentation of a short text into words of the lexicon (and the domain vocabulary) and
/// single characters: jieba's dynamic programming from the end of the text. The words found at each
/// position are kept, so that after one character changes only the positions whose words can include it
/// are looked up again, and only the positions before it are solved again.
struct LexiconSegmentation {
  /// Words kept per position: one character, lengths 2 to 4 from the lexicon, and the domain's.
  private static let slots = 12
  private var count = 0
  /// For each position, the number of words found there (the lexicon's first, then the domain's) and of the
  /// lexicon's; their length, cost and class in `slots` slots.
  private var wordCount: [Int] = []
  private var lexiconCount: [Int] = []
  private var wordLength: [Int] = []
  private var wordCost: [Int] = []
  private var wordClass: [Lexicon.WordClass] = []
  /// For each position, the cost of the cheapest segmentation of the rest of the text and its first word.
  private var rest: [Int] = []
  private var length: [Int] = []
  private var chosenCost: [Int] = []
  private var chosenClass: [Lexicon.WordClass] = []

  /// Segments `text`; `paired[j]` tells whether `text[j]` and `text[j + 1]` occur together inside a word, so
  /// that no word is looked for where none can start.
  mutating func segment(
    _ text: UnsafeBufferPointer<Unicode.Scalar>, paired: UnsafeBufferPointer<Bool>, vocabulary: DomainVocabulary
  ) -> Int {
    count = text.count
    resize(&wordCount, count, 0)
    resize(&lexiconCount, count, 0)
    resize(&wordLength, count * Self.slots, 0)
    resize(&wordCost, count * Self.slots, 0)
    resize(&wordClass, count * Self.slots, .other)
    resize(&rest, count + 1, 0)
    resize(&length, count, 1)
    resize(&chosenCost, count, 0)
    resize(&chosenClass, count, .other)
    for position in 0..<count { collect(at: position, text, paired, vocabulary) }
    solve(from: count - 1)
    return rest[0]
  }

  /// Segments again after the character at `changed` was replaced (the text keeps its length): the words
  /// of the lexicon are looked up again where they can include it, the domain's where theirs can, and the
  /// positions after it keep their solution.
  mutating func resegment(
    changedAt changed: Int, _ text: UnsafeBufferPointer<Unicode.Scalar>, paired: UnsafeBufferPointer<Bool>,
    vocabulary: DomainVocabulary
  ) -> Int {
    let near = max(0, changed - Lexicon.longestWord + 1)
    for position in max(0, changed - vocabulary.longestWord + 1)..<near {
      wordCount[position] = lexiconCount[position]
      collectDomain(at: position, text, paired, vocabulary)
    }
    for position in near...changed { collect(at: position, text, paired, vocabulary) }
    solve(from: changed)
    return rest[0]
  }

  private func resize<T>(_ array: inout [T], _ size: Int, _ value: T) {
    array.removeAll(keepingCapacity: true)
    array.append(contentsOf: repeatElement(value, count: size))
  }

  private mutating func collect(
    at position: Int, _ text: UnsafeBufferPointer<Unicode.Scalar>, _ paired: UnsafeBufferPointer<Bool>,
    _ vocabulary: DomainVocabulary
  ) {
    let entry = Lexicon.character(text[position])
    wordCount[position] = 0
    add(at: position, 1, entry?.cost ?? Lexicon.unknownCost, entry?.wordClass ?? .other)
    if position + 1 < count, paired[position] {
      Lexicon.forEachWord(in: text, at: position, end: count) { add(at: position, $0.length, $0.cost, $0.wordClass) }
    }
    lexiconCount[position] = wordCount[position]
    collectDomain(at: position, text, paired, vocabulary)
  }

  private mutating func collectDomain(
    at position: Int, _ text: UnsafeBufferPointer<Unicode.Scalar>, _ paired: UnsafeBufferPointer<Bool>,
    _ vocabulary: DomainVocabulary
  ) {
    guard position + 1 < count, paired[position] else { return }
    vocabulary.forEachWord(in: text, at: position, end: count) {
      add(at: position, $0, DomainVocabulary.wordCost, .other)
    }
  }

  private mutating func add(at position: Int, _ length: Int, _ cost: Int, _ wordClass: Lexicon.WordClass) {
    guard wordCount[position] < Self.slots else { return }
    let slot = position * Self.slots + wordCount[position]
    wordLength[slot] = length
    wordCost[slot] = cost
    self.wordClass[slot] = wordClass
    wordCount[position] += 1
  }

  private mutating func solve(from last: Int) {
    var position = last
    while position >= 0 {
      let base = position * Self.slots
      var best = -1
      var bestTotal = Int.max
      for slot in base..<(base + wordCount[position]) {
        let total = wordCost[slot] + rest[position + wordLength[slot]]
        // Ties go to the longer word, found later.
        if total <= bestTotal {
          bestTotal = total
          best = slot
        }
      }
      rest[position] = bestTotal
      length[position] = wordLength[best]
      chosenCost[position] = wordCost[best]
      chosenClass[position] = wordClass[best]
      position -= 1
    }
  }

  /// The word of the segmentation that covers `offset`.
  func token(covering offset: Int) -> Range<Int>? {
    var position = 0
    while position < count {
      let end = position + length[position]
      if offset < end { return offset >= position ? position..<end : nil }
      position = end
    }
    return nil
  }

  /// The word of the segmentation that ends just before `offset`.
  func token(endingAt offset: Int) -> Range<Int>? {
    var position = 0
    while position < offset {
      let end = position + length[position]
      if end == offset { return position..<end }
      position = end
    }
    return nil
  }

  /// The cost of the word that starts at `start`.
  func cost(of start: Int) -> Int { chosenCost[start] }

  /// The class of the word that starts at `start`.
  func wordClass(of start: Int) -> Lexicon.WordClass { chosenClass[start] }
}
