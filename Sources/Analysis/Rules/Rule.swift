/// A check that reads a document and reports what is wrong with it.
///
/// Rules are stateless: everything they need comes through `RuleContext`. A rule never throws and
/// never does I/O. Each rule lives in its own file, opening with a doc comment in four sections
/// (检查内容 / 为什么要改 / 示例 / 修复安全性, named in `RuleDocumentation`), and is listed in `RuleRegistry`.
public protocol Rule: Sendable {
  /// The stable code, a category letter and three digits (`A101`). Never reused.
  static var code: String { get }
  /// A kebab-case English name for the pattern flagged (`ratio-mismatch`).
  static var name: String { get }
  /// The rule's title in Chinese, shown in rule lists.
  static var title: String { get }
  /// The severity its findings get unless configuration says otherwise.
  static var defaultSeverity: Severity { get }

  init()

  /// The rule's findings in a document.
  func check(_ context: RuleContext) -> [Diagnostic]
}

extension Rule {
  /// A diagnostic with this rule's code and, unless given, its default severity.
  public func diagnostic(
    _ range: TextRange, _ message: String, severity: Severity? = nil, related: [RelatedInformation] = [],
    fixes: [Fix] = []
  ) -> Diagnostic {
    Diagnostic(
      code: Self.code, severity: severity ?? Self.defaultSeverity, range: range, message: message, related: related,
      fixes: fixes)
  }
}

/// What a rule may look at: the document, the configuration, the gazetteer, and analyses shared
/// between rules (computed once, on first use).
public final class RuleContext {
  public let document: Document
  public let configuration: Configuration
  public let gazetteer: Gazetteer?

  /// Where each character of the document is: the marks, digits and letters in order, and each Han
  /// character's occurrences (the rules that would otherwise walk every character).
  lazy var characters = CharacterIndex(document.scalars)

  public init(document: Document, configuration: Configuration, gazetteer: Gazetteer?) {
    self.document = document
    self.configuration = configuration
    self.gazetteer = gazetteer
  }

  /// The report's arithmetic (facts and recomputable claims), read once and shared by the A1xx rules.
  public var claims: ClaimSet {
    if let builtClaims { return builtClaims }
    let claims = ClaimSet(document: document)
    builtClaims = claims
    return claims
  }

  /// The claim set if a rule has read it; nil when none did (the arithmetic rules are off).
  public private(set) var builtClaims: ClaimSet?
}

extension Document {
  /// The indices of the quantities whose number starts in `range`, as `quantities(in:)` finds them, for
  /// ranges visited in document order: `cursor` starts at 0 and is moved along, so the whole document
  /// costs one pass. Read through the buffer: a subscript returns a copy of a quantity, retaining its
  /// strings.
  func quantityIndices(in range: TextRange, from cursor: inout Int) -> Range<Int> {
    quantities.withUnsafeBufferPointer { all in
      while cursor < all.count, all[cursor].numberRange.start < range.start { cursor += 1 }
      var end = cursor
      while end < all.count, all[end].numberRange.start < range.end { end += 1 }
      return cursor..<end
    }
  }
}
