/// A short label the editor shows inline after a stated figure: the value recomputed from the report.
public struct InlayHint: Hashable, Sendable {
  /// Scalar offset the label is shown at (just after the stated figure).
  public var position: Int
  /// "≈9.16%" after a ratio, "=2.5万元" after a total or difference.
  public var label: String
  /// The full recomputation, shown when hovering the label.
  public var tooltip: String
  public var verdict: Verdict
}

extension Linter {
  /// One hint after each stated ratio, total and difference that was recomputed, in document order.
  /// With `range`, only the figures that start inside it. Direction words get none: a hover says more.
  public func inlayHints(in document: Document, range: TextRange? = nil, claims: ClaimSet? = nil) -> [InlayHint] {
    let claimSet = claims ?? ClaimSet(document: document)
    var seen = Set<Int>()
    var hints: [InlayHint] = []
    for claim in claimSet.claims where claim.kind != .direction {
      let figure = claim.stated.range
      if let range, !range.contains(figure.start) { continue }
      // A figure that is both a difference and a total gets one hint: the first claim's.
      guard seen.insert(figure.end).inserted else { continue }
      let sign = claim.kind == .ratio ? "≈" : "="
      hints.append(
        InlayHint(
          position: figure.end, label: claim.isUndefined ? "无法计算" : sign + claim.expectedDetail + claim.unitText,
          tooltip: Self.verdictLine(of: claim), verdict: claim.verdict))
    }
    return hints
  }
}
