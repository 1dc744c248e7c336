// Generated from the rules' doc comments by Tests/AnalysisTests/RuleDocumentationTests.swift. Do not edit:
// run `UPDATE_SNAPSHOTS=1 swift test --filter RuleDocumentationTests` after changing a rule's doc comment.

extension RuleDocumentation {
  static let generated: [String: String] = {
    var documentation: [String: String] = [:]
    documentation["N104"] = #"""
      ## What it does
      Finds the year of a document number (发文字号) written in square, lenticular or round brackets,
      such as `绥财绩[2021]6号`, `湘财绩【2020】7号` or `财预(2020)10号`.

      ## Why is this bad?
      GB/T 9704-2012 (7.2.5) writes the year of a document number in hexagonal brackets 〔〕. Reviewers
      mark every other bracket, and reports are checked against the cited documents by their number.

      ## Example
      ```
      根据绥财绩[2021]6号文件
      ```
      Use instead:
      ```
      根据绥财绩〔2021〕6号文件
      ```

      ## Fix safety
      The fix replaces the two brackets by 〔〕 and is safe: it only fires when a four-digit year in
      brackets is followed by a number and 号, which is the shape of a document number.
      """#
    return documentation
  }()
}
