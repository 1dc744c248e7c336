/// The one table of rules: every rule appears here and nowhere else, in code order.
public enum RuleRegistry {
  /// All rules, in code order.
  public static let all: [any Rule.Type] = [
    RatioMismatch.self,
    TotalMismatch.self,
    DifferenceMismatch.self,
    DirectionContradiction.self,
    CountMismatch.self,
    ConflictingValues.self,
    UnitMismatch.self,
    GradeMismatch.self,
    DoubledWord.self,
    ConfusableWord.self,
    MisusedFixedTerm.self,
    UnbalancedPair.self,
    DoubledPunctuation.self,
    HalfWidthPunctuation.self,
    MixedPercentSign.self,
    ConversionResidue.self,
    BrokenLine.self,
    TraditionalCharacter.self,
    ForeignTownship.self,
    UnitNameVariant.self,
    YearMismatch.self,
    DocumentNumberBrackets.self,
    DuplicatedContent.self,
    HeadingNumbering.self,
    MissingSection.self,
    IncompleteTitle.self,
  ]

  /// Codes that were renamed, old → new, so old configuration keeps working.
  public static let redirects: [String: String] = [:]

  /// The rule with `code` (after redirects), if any.
  public static func rule(code: String) -> (any Rule.Type)? {
    let resolved = redirects[code] ?? code
    return all.first { $0.code == resolved }
  }
}
