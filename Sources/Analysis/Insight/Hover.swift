/// What the editor shows when the cursor rests on a place in the report.
public struct HoverContent: Hashable, Sendable {
  /// Markdown, in Chinese.
  public var markdown: String
  /// The text the hover is about.
  public var range: TextRange

  public init(markdown: String, range: TextRange) {
    self.markdown = markdown
    self.range = range
  }
}

extension Linter {
  /// The hover at `offset`: the recomputation of a stated ratio, total or difference under the cursor
  /// (shown whether or not it holds), then an explanation of each finding that covers it.
  ///
  /// `diagnostics` are this document's findings, so a hover never re-runs the rules; `claims` may be
  /// passed when the caller keeps the document's `ClaimSet`, and is computed otherwise.
  public func hover(
    at offset: Int, in document: Document, diagnostics: [Diagnostic], claims: ClaimSet? = nil
  ) -> HoverContent? {
    var sections: [String] = []
    var range: TextRange?
    // A direction that agrees with the figures says nothing the difference does not.
    let claimsHere = (claims ?? ClaimSet(document: document)).claims(at: offset).filter {
      $0.kind != .direction || $0.verdict != .consistent
    }
    for claim in claimsHere {
      sections.append(Self.explanation(of: claim))
      let covered = claim.keywordRange.map { $0.contains(offset) ? $0 : claim.stated.range } ?? claim.stated.range
      range = range.map { $0.union(covered) } ?? covered
    }
    let covering = diagnostics.filter { $0.range.contains(offset) || ($0.range.isEmpty && $0.range.start == offset) }
    for diagnostic in covering {
      let title = RuleRegistry.rule(code: diagnostic.code).map { $0.title } ?? diagnostic.code
      var section = "**\(title)**（\(diagnostic.code)）\n\n\(diagnostic.message)"
      for fix in diagnostic.fixes { section += "\n\n- 建议：\(fix.title)" }
      sections.append(section)
      range = range.map { $0.union(diagnostic.range) } ?? diagnostic.range
    }
    guard let range, !sections.isEmpty else { return nil }
    return HoverContent(markdown: sections.joined(separator: "\n\n---\n\n"), range: range)
  }

  /// "**节约比**：节约比 = (预算数 − 决算数) ÷ 预算数" and "按本文数据：(16−14.41)÷16 = 9.94%，文中为 8.6%".
  static func explanation(of claim: Claim) -> String {
    var lines = ["**\(claim.name)**" + (claim.definition.isEmpty ? "" : "：\(claim.definition)")]
    if claim.kind == .direction {
      let verdict = claim.verdict == .consistent ? "与文中所述方向一致" : "与文中所述方向相反"
      lines.append("按本文数据：\(claim.formula) = \(claim.expectedDetail)，\(verdict)")
    } else {
      lines.append(claim.explanation)
    }
    let inputs = claim.inputs.prefix(8).map { "\($0.role) \($0.quantity.digits)\($0.quantity.unit?.symbol ?? "")" }
    if !inputs.isEmpty { lines.append("所用数据：" + inputs.joined(separator: "，") + (claim.inputs.count > 8 ? "等" : "")) }
    for alternative in claim.alternatives { lines.append("- \(alternative.explanation)") }
    return lines.joined(separator: "\n\n")
  }
}
