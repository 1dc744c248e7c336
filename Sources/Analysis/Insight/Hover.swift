/// What the editor shows when the cursor rests on a place in the report.
public struct HoverContent: Hashable, Sendable {
  /// Markdown, in Chinese.
  public var markdown: String
  /// The text the hover is about.
  public var range: TextRange
  /// Other places the hover speaks of: the inputs of a check, the first copy of a duplicate.
  public var related: [RelatedInformation]

  public init(markdown: String, range: TextRange, related: [RelatedInformation] = []) {
    self.markdown = markdown
    self.range = range
    self.related = related
  }
}

extension Linter {
  /// The hover at `offset`: the recomputation of a stated ratio, total or difference under the cursor
  /// (shown whether or not it holds), each finding that covers it, then what the number or the indicator
  /// name under the cursor is (its reading and the checks it took part in, or its definition, formula and
  /// value by this report's data, in which case the definition comes first).
  ///
  /// `diagnostics` are this document's findings, so a hover never re-runs the rules; `claims` may be
  /// passed when the caller keeps the document's `ClaimSet`, and is computed otherwise.
  public func hover(
    at offset: Int, in document: Document, diagnostics: [Diagnostic], claims: ClaimSet? = nil
  ) -> HoverContent? {
    guard offset >= 0, offset <= document.scalars.count else { return nil }
    var sections: [String] = []
    var range: TextRange?
    var related: [RelatedInformation] = []
    func add(_ section: String, _ sectionRange: TextRange) {
      sections.append(section)
      range = range.map { $0.union(sectionRange) } ?? sectionRange
    }

    let quantity = Self.quantity(at: offset, in: document)
    let match = quantity == nil ? KnowledgeBase.standard.match(at: offset, in: document) : nil
    let claimSet = claims ?? ClaimSet(document: document)
    // A direction that agrees with the figures says nothing the difference does not.
    let claimsHere = claimSet.claims(at: offset).filter { $0.kind != .direction || $0.verdict != .consistent }
    func addClaimsHere() {
      for claim in claimsHere {
        let claimRange = claim.keywordRange.map { $0.contains(offset) ? $0 : claim.stated.range } ?? claim.stated.range
        add(Self.explanation(of: claim, in: document), claimRange)
        related.append(contentsOf: claim.inputs.map { RelatedInformation(range: $0.quantity.range, message: $0.role) })
      }
    }

    // The recomputation under the cursor comes first, whether or not it holds; on a name, the
    // definition comes first and the recomputation after it.
    if match == nil { addClaimsHere() }
    let covering = diagnostics.filter { $0.range.contains(offset) || ($0.range.isEmpty && $0.range.start == offset) }
    for diagnostic in covering {
      let title = RuleRegistry.rule(code: diagnostic.code).map { $0.title } ?? diagnostic.code
      var section = "**\(title)**（\(diagnostic.code)）\n\n\(diagnostic.message)"
      for fix in diagnostic.fixes { section += "\n\n- 建议：\(fix.title)" }
      add(section, diagnostic.range)
      related.append(contentsOf: diagnostic.related)
    }

    if let quantity {
      var section = QuantityMarkdown.render(quantity, in: document)
      if let mention = indicatorMentions(in: document, range: quantity.range).first(where: {
        $0.value.range == quantity.range
      }) {
        section += "\n- 是“\(mention.indicator.name)”的值"
        if let standard = mention.indicator.standard { section += "；标准：\(standard)" }
      } else if let fact = claimSet.fact(at: offset), let reading = Self.reading(of: fact) {
        section += "\n- \(reading)"
      }
      var checks: [String] = []
      var listed = Set(claimsHere.map(\.stated.range))
      // Claims this number is an input of.
      for claim in claimSet.claims where claim.inputs.contains(where: { $0.quantity.range == quantity.range }) {
        guard !claimsHere.contains(claim) else { continue }
        listed.insert(claim.stated.range)
        let line = document.lineIndex.line(containing: claim.stated.range.start) + 1
        checks.append("- \(Self.mark(claim.verdict)) \(claim.name)（第\(line)行）：\(Self.verdictLine(of: claim))")
        related.append(
          RelatedInformation(range: claim.stated.range, message: "\(claim.name)：\(Self.verdictLine(of: claim))"))
      }
      // Findings about this number that do not cover the cursor, or that name it as an input.
      for diagnostic in diagnostics
      where !covering.contains(diagnostic) && !listed.contains(diagnostic.range)
        && (diagnostic.range.overlaps(quantity.range)
          || diagnostic.related.contains { $0.range.overlaps(quantity.range) })
      {
        let line = document.lineIndex.line(containing: diagnostic.range.start) + 1
        checks.append("- ✗ \(diagnostic.code)（第\(line)行）：\(diagnostic.message)")
        related.append(RelatedInformation(range: diagnostic.range, message: diagnostic.message))
      }
      if !checks.isEmpty { section += "\n\n**相关核对**\n\n" + checks.joined(separator: "\n") }
      add(section, quantity.range)
    } else if let match {
      var section = KnowledgeMarkdown.render(KnowledgeBase.standard.entries[match.entryIndex])
      let recomputed = Self.claims(namedBy: match.range, in: document, claims: claimSet).filter {
        !claimsHere.contains($0)
      }
      for claim in recomputed {
        section += "\n\n**\(Self.verdictLine(of: claim))**"
        related.append(
          RelatedInformation(range: claim.stated.range, message: "\(claim.name)：\(Self.verdictLine(of: claim))"))
      }
      add(section, match.range)
      addClaimsHere()
    }

    guard let range else { return nil }
    // One entry per place: the first message (the finding's own, or the input's role) wins.
    var seen = Set<TextRange>()
    related = related.filter { seen.insert($0.range).inserted }
    return HoverContent(markdown: sections.joined(separator: "\n\n---\n\n"), range: range, related: related)
  }

  /// The number whose text (number, unit and qualifiers) covers `offset`.
  static func quantity(at offset: Int, in document: Document) -> Quantity? {
    let line = document.lineIndex.contentRange(ofLine: document.lineIndex.line(containing: offset))
    return document.quantities(in: line).last { $0.range.contains(offset) }
  }

  /// The claims a name in the text stands for: its keyword overlaps the name, or its stated figure follows
  /// the name closely on the same line (节约比为7.3%).
  static func claims(namedBy name: TextRange, in document: Document, claims: ClaimSet) -> [Claim] {
    let line = document.lineIndex.contentRange(ofLine: document.lineIndex.line(containing: name.start))
    return claims.claims.filter { claim in
      guard claim.kind != .direction else { return false }
      if let keyword = claim.keywordRange, keyword.overlaps(name) { return true }
      let start = claim.stated.range.start
      return start >= name.end && start <= name.end + 6 && line.contains(claim.stated.range)
    }
  }

  /// "**节约比**：节约比 = (预算数 − 决算数) ÷ 预算数", the recomputation, and the inputs with their lines.
  static func explanation(of claim: Claim, in document: Document) -> String {
    var blocks = ["**\(claim.name)**" + (claim.definition.isEmpty ? "" : "：\(claim.definition)")]
    blocks.append(verdictLine(of: claim))
    let inputs = claim.inputs.prefix(8).map { input in
      let line = document.lineIndex.line(containing: input.quantity.range.start) + 1
      return "\(input.role) \(document.string(in: input.quantity.range))（第\(line)行）"
    }
    if !inputs.isEmpty {
      blocks.append("所用数据：" + inputs.joined(separator: "，") + (claim.inputs.count > 8 ? "等" : ""))
    }
    if claim.isInferred { blocks.append("*数据间的对应关系系推断得出，仅供参考。*") }
    if !claim.alternatives.isEmpty {
      blocks.append(claim.alternatives.map { "- \($0.explanation)" }.joined(separator: "\n"))
    }
    return blocks.joined(separator: "\n\n")
  }

  /// "按本文数据：(32−29.07)÷32 = 9.16%，文中为 7.3%，不符".
  static func verdictLine(of claim: Claim) -> String {
    guard claim.kind == .direction else { return claim.explanation }
    let verdict = claim.verdict == .consistent ? "与文中所述方向一致" : "与文中所述方向相反"
    return "按本文数据：\(claim.formula) = \(claim.expectedDetail)，\(verdict)"
  }

  static func mark(_ verdict: Verdict) -> String {
    switch verdict {
    case .consistent: "✓"
    case .probableMismatch: "?"
    case .mismatch: "✗"
    }
  }

  /// "读作：三公经费的决算数", from the words before the number. An item taken from the paragraph's
  /// topic is a guess that may not fit (300余亩 after a sentence on 三公经费), so it is not shown.
  static func reading(of fact: Fact) -> String? {
    guard !fact.isItemInherited, !fact.item.isEmpty || !fact.standing.isUnstated else { return nil }
    var text = "读作："
    if !fact.item.isEmpty { text += fact.item }
    if !fact.standing.isUnstated { text += (fact.item.isEmpty ? "" : "的") + fact.standing.chineseName }
    if let whole = fact.partOf, whole >= 0 { text += "（分项）" }
    return text
  }
}
