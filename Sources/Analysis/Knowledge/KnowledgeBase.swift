/// An indicator or a term: what a hover can explain.
public enum KnowledgeEntry: Hashable, Sendable {
  case indicator(Indicator)
  case term(Term)

  /// The name used by the framework or the glossary.
  public var name: String {
    switch self {
    case .indicator(let indicator): indicator.name
    case .term(let term): term.name
    }
  }

  /// Other names for the same thing.
  public var aliases: [String] {
    switch self {
    case .indicator(let indicator): indicator.aliases
    case .term(let term): term.aliases
    }
  }

  public var definition: String {
    switch self {
    case .indicator(let indicator): indicator.definition
    case .term(let term): term.definition
    }
  }

  public var formulas: [Formula] {
    switch self {
    case .indicator(let indicator): indicator.formulas
    case .term(let term): term.formulas
    }
  }

  public var sources: [String] {
    switch self {
    case .indicator(let indicator): indicator.sources
    case .term(let term): term.sources
    }
  }

  public var confidence: Confidence {
    switch self {
    case .indicator(let indicator): indicator.confidence
    case .term(let term): term.confidence
    }
  }
}

/// An occurrence of an indicator or term name in the text.
public struct KnowledgeMatch: Hashable, Sendable {
  /// The name as written, quotation marks inside it included.
  public var range: TextRange
  /// Index into `KnowledgeBase.entries`.
  public var entryIndex: Int
}

/// The indicator catalog and the glossary, indexed for matching names in text.
///
/// Names are compared after folding: quotation marks are skipped (“三公”经费 = 三公经费) and
/// ASCII brackets equal full-width ones. Matching is leftmost-longest, linear in the text.
public struct KnowledgeBase: Sendable {
  /// The catalog shipped with the engine.
  public static let standard = KnowledgeBase(indicators: IndicatorCatalog.all, terms: TermCatalog.all)

  /// Indicators first, then terms.
  public let entries: [KnowledgeEntry]

  private struct Key: Sendable {
    let scalars: [Unicode.Scalar]
    let entryIndex: Int
  }

  /// Folded names and aliases by their first scalar, longest first.
  private let keysByFirstScalar: [Unicode.Scalar: [Key]]

  public init(indicators: [Indicator], terms: [Term]) {
    let entries = indicators.map(KnowledgeEntry.indicator) + terms.map(KnowledgeEntry.term)
    self.entries = entries
    var keys: [Unicode.Scalar: [Key]] = [:]
    for (index, entry) in entries.enumerated() {
      for name in [entry.name] + entry.aliases {
        let folded = Self.folded(name)
        guard let first = folded.first else { continue }
        keys[first, default: []].append(Key(scalars: folded, entryIndex: index))
      }
    }
    for first in keys.keys { keys[first]!.sort { $0.scalars.count > $1.scalars.count } }
    self.keysByFirstScalar = keys
  }

  /// A name as the index stores it: without quotation marks, with full-width brackets.
  public static func folded(_ name: String) -> [Unicode.Scalar] {
    name.unicodeScalars.compactMap { isSkipped($0) ? nil : fold($0) }
  }

  /// The names in `range`, leftmost-longest, not overlapping.
  public func matches(in text: [Unicode.Scalar], range: TextRange) -> [KnowledgeMatch] {
    var result: [KnowledgeMatch] = []
    var index = max(range.start, 0)
    let end = min(range.end, text.count)
    while index < end {
      if let match = longestMatch(in: text, at: index, end: end) {
        result.append(match)
        index = match.range.end
      } else {
        index += 1
      }
    }
    return result
  }

  /// The name covering `offset` on its line, if any.
  public func match(at offset: Int, in document: Document) -> KnowledgeMatch? {
    guard offset >= 0, offset <= document.scalars.count else { return nil }
    let line = document.lineIndex.contentRange(ofLine: document.lineIndex.line(containing: offset))
    return matches(in: document.scalars, range: line).first { $0.range.contains(offset) }
  }

  /// The entry named `name` (or with that alias).
  public func entry(named name: String) -> KnowledgeEntry? {
    let scalars = Array(name.unicodeScalars)
    guard let match = longestMatch(in: scalars, at: 0, end: scalars.count), match.range.end == scalars.count else {
      return nil
    }
    return entries[match.entryIndex]
  }

  private func longestMatch(in text: [Unicode.Scalar], at start: Int, end: Int) -> KnowledgeMatch? {
    // An opening quote before the name belongs to the match (“三公”经费); other skipped marks do not start one.
    var first = start
    while first < end, Self.isOpeningQuote(text[first]) { first += 1 }
    guard first < end, !Self.isSkipped(text[first]), let candidates = keysByFirstScalar[Self.fold(text[first])] else {
      return nil
    }
    for key in candidates {
      var cursor = first
      var matched = 0
      while matched < key.scalars.count, cursor < end {
        let scalar = text[cursor]
        if Self.isSkipped(scalar) {
          cursor += 1
          continue
        }
        if Self.fold(scalar) != key.scalars[matched] { break }
        matched += 1
        cursor += 1
      }
      guard matched == key.scalars.count else { continue }
      // Take the closing quote of a quote opened inside the match: “三公经费” rather than “三公经费.
      var balance = 0
      for index in start..<cursor {
        if Self.isOpeningQuote(text[index]) { balance += 1 } else if Self.isClosingQuote(text[index]) { balance -= 1 }
      }
      while balance > 0, cursor < end, Self.isClosingQuote(text[cursor]) {
        balance -= 1
        cursor += 1
      }
      return KnowledgeMatch(range: TextRange(start, cursor), entryIndex: key.entryIndex)
    }
    return nil
  }

  /// Quotation marks, which authors put around 三公 or around a whole name.
  private static func isSkipped(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "“", "”", "‘", "’", "\"", "'", "「", "」": true
    default: false
    }
  }

  private static func isOpeningQuote(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "“" || scalar == "‘" || scalar == "「"
  }

  private static func isClosingQuote(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "”" || scalar == "’" || scalar == "」"
  }

  private static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    switch scalar {
    case "(": "（"
    case ")": "）"
    default: scalar
    }
  }
}
