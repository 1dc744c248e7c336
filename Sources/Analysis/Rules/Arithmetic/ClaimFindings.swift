/// What the arithmetic rules (A101–A104) share: how sure a finding is, where its inputs are, and
/// when a recomputed number may be written in without asking.
enum ClaimFindings {
  /// Warning when no rounding reconciles the figures and the inputs were not guessed; information
  /// when only a round figure taken as exact, or a guessed pairing of numbers, makes it a mismatch.
  static func severity(_ claim: Claim) -> Severity {
    claim.verdict == .mismatch && !claim.isInferred ? .warning : .information
  }

  /// The inputs as related information: "预算数 16万元".
  static func related(_ claim: Claim) -> [RelatedInformation] {
    claim.inputs.map {
      RelatedInformation(range: $0.quantity.range, message: "\($0.role) \($0.quantity.digits)\($0.quantity.unit?.symbol ?? "")")
    }
  }

  /// The stated figures of claims that do not hold: a claim resting on one of them is not sure.
  static func disputed(_ claims: [Claim]) -> Set<TextRange> {
    Set(claims.filter { $0.verdict != .consistent }.map(\.stated.numberRange))
  }

  /// Whether writing the recomputed value in is certainly right: a certain mismatch, inputs in the
  /// same sentence that no other finding disputes, no other reading, a plausible value, and the
  /// rounding at the author's precision is the same whichever way the inputs were rounded.
  static func isSafe(_ claim: Claim, disputed: Set<TextRange>) -> Bool {
    guard claim.verdict == .mismatch, !claim.isInferred, claim.alternatives.isEmpty,
      claim.inputs.allSatisfy({ !$0.isFromContext && !disputed.contains($0.quantity.numberRange) })
    else { return false }
    if claim.kind == .ratio, !(0...200).contains(claim.computed) { return false }
    let decimals = claim.expected.split(separator: ".").dropFirst().first?.count ?? 0
    let low = DecimalText.rounded(abs(claim.computedRange.lower), decimals: decimals)
    let high = DecimalText.rounded(abs(claim.computedRange.upper), decimals: decimals)
    return claim.computedRange.lower * claim.computedRange.upper >= 0 && low == high
  }

  /// The fix that writes the recomputed value over the stated number.
  static func replaceFix(_ claim: Claim, disputed: Set<TextRange>) -> Fix {
    Fix.replace(
      claim.stated.numberRange, with: claim.expected, title: "改为\(claim.expected)\(claim.unitText)",
      applicability: isSafe(claim, disputed: disputed) ? .safe : .unsafe)
  }

  /// Other readings as one sentence for the message.
  static func alternativesText(_ claim: Claim) -> String {
    claim.alternatives.isEmpty ? "" : "。" + claim.alternatives.map(\.explanation).joined(separator: "；")
  }
}
