import Analysis
import Testing

@testable import ReportLSP

@Suite struct ExplainCommandTests {
  @Test func checklistListsIndicatorsWithTheirStatedValues() {
    let text = """
      一、部门整体支出绩效情况
      丙丁县甲乙镇在职人员控制率为96.5%，预算执行率：99.27%，“三公经费”变动率为-5%。
      固定资产利用率反映资产使用效率。

      \t指标
      \t实际值

      \t财政供养人员控制率
      \t98%
      """
    let rendered = ExplainCommand.render(path: "甲乙镇.txt", document: Document(text: text), linter: Linter())
    #expect(
      rendered == """
        甲乙镇.txt：审阅清单

        文中给出数值的指标（4 项）
          行  指标                文中值  公式
          2   在职人员控制率      96.5%   在职人员数 ÷ 编制数 × 100%
          2   预算执行率          99.27%  预算完成数 ÷ 预算数 × 100%（预算数为财政部门批复的预算）
          2   “三公经费”变动率    -5%     （本年度“三公经费” − 上年度“三公经费”）÷ 上年度“三公经费” × 100%
          8   财政供养人员控制率  98%     在职人员数 ÷ 编制数 × 100%

        """)
  }

  @Test func emptyChecklistSaysSo() {
    let rendered = ExplainCommand.render(path: "a.txt", document: Document(text: "没有指标。"), linter: Linter())
    #expect(rendered == "a.txt：审阅清单\n\n文中给出数值的指标（0 项）\n  （无）\n")
  }

  @Test func displayWidthCountsWideCharactersTwice() {
    #expect(ExplainCommand.displayWidth("ab") == 2)
    #expect(ExplainCommand.displayWidth("指标") == 4)
    #expect(ExplainCommand.displayWidth("“三”") == 4)
    #expect(ExplainCommand.displayWidth("９５％") == 6)
  }

  @Test func commandLineRejectsMissingFilesAndUnknownOptions() {
    #expect(ExplainCommand.run(arguments: []) == 2)
    #expect(ExplainCommand.run(arguments: ["--bogus", "x.txt"]) == 2)
    #expect(ExplainCommand.run(arguments: ["/nonexistent/report.txt"]) == 2)
  }
}
