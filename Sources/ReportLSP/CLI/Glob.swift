/// Shell-style path patterns for `--include` and `--exclude`.
///
/// `*` matches within one path segment, `?` one character, `[abc]`/`[a-z]`/`[!a]` a class, and `**`
/// any number of segments. A pattern without `/` is matched against the name alone (`*.md`, `drafts`);
/// one with `/` against the path relative to the folder being walked (`drafts/**/*.md`).
struct Glob: Equatable, Sendable {
  let pattern: String
  private let characters: [Character]
  private let matchesNameOnly: Bool

  init(_ pattern: String) {
    var trimmed = pattern
    if trimmed.hasPrefix("./") { trimmed.removeFirst(2) }
    while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
    self.pattern = trimmed
    self.characters = Array(trimmed)
    self.matchesNameOnly = !trimmed.contains("/")
  }

  /// Whether `relativePath` (segments separated by `/`) matches.
  func matches(_ relativePath: String) -> Bool {
    let subject = matchesNameOnly ? String(relativePath.split(separator: "/").last ?? "") : relativePath
    return Self.match(characters[...], Array(subject)[...])
  }

  private static func match(_ pattern: ArraySlice<Character>, _ text: ArraySlice<Character>) -> Bool {
    var pattern = pattern
    var text = text
    while let head = pattern.first {
      switch head {
      case "*":
        if pattern.dropFirst().first == "*" {
          // `**/` matches zero or more whole segments; a bare `**` matches anything, `/` included.
          var rest = pattern.dropFirst(2)
          let isSegments = rest.first == "/"
          if isSegments { rest = rest.dropFirst() }
          var candidate = text
          while true {
            if match(rest, candidate) { return true }
            guard !candidate.isEmpty else { return false }
            if isSegments {
              guard let slash = candidate.firstIndex(of: "/") else { return false }
              candidate = candidate[(slash + 1)...]
            } else {
              candidate = candidate.dropFirst()
            }
          }
        }
        let rest = pattern.dropFirst()
        var candidate = text
        while true {
          if match(rest, candidate) { return true }
          guard let next = candidate.first, next != "/" else { return false }
          candidate = candidate.dropFirst()
        }
      case "?":
        guard let next = text.first, next != "/" else { return false }
        pattern = pattern.dropFirst()
        text = text.dropFirst()
      case "[":
        guard let next = text.first, next != "/", let (isMatch, rest) = matchClass(pattern.dropFirst(), next) else {
          return false
        }
        guard isMatch else { return false }
        pattern = rest
        text = text.dropFirst()
      default:
        guard text.first == head else { return false }
        pattern = pattern.dropFirst()
        text = text.dropFirst()
      }
    }
    return text.isEmpty
  }

  /// Matches `character` against a class body after `[`; nil when the class is not closed.
  private static func matchClass(
    _ body: ArraySlice<Character>, _ character: Character
  ) -> (Bool, ArraySlice<Character>)? {
    var rest = body
    let isNegated = rest.first == "!" || rest.first == "^"
    if isNegated { rest = rest.dropFirst() }
    var isMatch = false
    var isFirst = true
    while let current = rest.first {
      if current == "]", !isFirst { return (isMatch != isNegated, rest.dropFirst()) }
      isFirst = false
      let afterCurrent = rest.dropFirst()
      if afterCurrent.first == "-", let upper = afterCurrent.dropFirst().first, upper != "]" {
        if current <= character, character <= upper { isMatch = true }
        rest = afterCurrent.dropFirst(2)
      } else {
        if current == character { isMatch = true }
        rest = afterCurrent
      }
    }
    return nil
  }
}
