/// The author's decision that one finding is not a problem, with the reason.
///
/// A waiver names the finding by what it is, not where it is: the rule code, the flagged text and a
/// little text on each side (within the line). An edit elsewhere in the report leaves it in force;
/// an edit to the flagged text or right next to it retires it, since the finding then needs a new look.
/// The engine only matches waivers; the executable stores them in a side file, never in the report.
public struct Waiver: Hashable, Sendable {
  /// The code of the rule whose finding is waived.
  public var code: String
  /// The text the finding covers.
  public var text: String
  /// Up to `contextLength` scalars before the flagged text, on the same line.
  public var before: String
  /// Up to `contextLength` scalars after the flagged text, on the same line.
  public var after: String
  /// Why the finding is not a problem, in the author's words.
  public var reason: String

  /// How many scalars of context on each side identify the place.
  public static let contextLength = 8

  public init(code: String, text: String, before: String, after: String, reason: String) {
    self.code = code
    self.text = text
    self.before = before
    self.after = after
    self.reason = reason
  }

  /// The waiver that silences `diagnostic` in `document`.
  public init(for diagnostic: Diagnostic, in document: Document, reason: String) {
    let anchor = Anchor(diagnostic, in: document)
    self.init(code: anchor.code, text: anchor.text, before: anchor.before, after: anchor.after, reason: reason)
  }

  /// What identifies a finding's place: a waiver matches a finding with the same anchor.
  struct Anchor: Hashable {
    var code: String
    var text: String
    var before: String
    var after: String

    init(code: String, text: String, before: String, after: String) {
      self.code = code
      self.text = text
      self.before = before
      self.after = after
    }

    init(_ diagnostic: Diagnostic, in document: Document) {
      let scalars = document.scalars
      let start = min(max(diagnostic.range.start, 0), scalars.count)
      let end = min(max(diagnostic.range.end, start), scalars.count)
      var first = start
      while first > 0, start - first < Waiver.contextLength, !scalars[first - 1].isLineBreak { first -= 1 }
      var last = end
      while last < scalars.count, last - end < Waiver.contextLength, !scalars[last].isLineBreak { last += 1 }
      self.init(
        code: diagnostic.code, text: scalars.string(in: TextRange(start, end)),
        before: scalars.string(in: TextRange(first, start)), after: scalars.string(in: TextRange(end, last)))
    }
  }

  var anchor: Anchor { Anchor(code: code, text: text, before: before, after: after) }
}

/// A finding that a waiver silences.
public struct WaivedDiagnostic: Hashable, Sendable {
  public var diagnostic: Diagnostic
  public var waiver: Waiver
}

extension Waiver {
  /// Splits findings into those still reported and those a waiver silences, keeping their order.
  ///
  /// Linear in the number of findings and waivers.
  public static func partition(
    _ diagnostics: [Diagnostic], in document: Document, waivers: [Waiver]
  ) -> (reported: [Diagnostic], waived: [WaivedDiagnostic]) {
    guard !waivers.isEmpty else { return (diagnostics, []) }
    var byAnchor: [Anchor: Waiver] = [:]
    for waiver in waivers where byAnchor[waiver.anchor] == nil { byAnchor[waiver.anchor] = waiver }
    var reported: [Diagnostic] = []
    var waived: [WaivedDiagnostic] = []
    for diagnostic in diagnostics {
      if let waiver = byAnchor[Anchor(diagnostic, in: document)] {
        waived.append(WaivedDiagnostic(diagnostic: diagnostic, waiver: waiver))
      } else {
        reported.append(diagnostic)
      }
    }
    return (reported, waived)
  }

  /// The waivers that silence none of `diagnostics`: left over after the text they named changed.
  public static func unused(_ waivers: [Waiver], by diagnostics: [Diagnostic], in document: Document) -> [Waiver] {
    let anchors = Set(diagnostics.map { Anchor($0, in: document) })
    return waivers.filter { !anchors.contains($0.anchor) }
  }
}
