import Analysis
import Testing

@testable import ReportLSP

@Suite struct ExplainCommandTests {
  @Test func checklistGolden() {
    let text = """
      一、部门整体支出情况
      2023年初批复预算的“三公”经费为20万元，全年决算支出“三公”经费17.5万元，较年初预算减少2.5万元，节约比为10%。
      甲乙镇在职人员控制率为96.5%，预算执行率：99.27%。
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

        数字核对（6 项：相符 2，存疑 0，不符 1，无法核对 3）
          结果        行  项目                文中     按本文数据
          ✓ 相符      2   减少                减少     17.5−20 = −2.5万元，方向一致
          ✓ 相符      2   减少额              2.5万元  20−17.5 = 2.5万元
          ✗ 不符      2   节约比              10%      (20−17.5)÷20 = 12.50%
          · 无法核对  3   在职人员控制率      96.5%    —
          · 无法核对  3   预算执行率          99.27%   —
          · 无法核对  10  财政供养人员控制率  98%      —

        文中给出数值的指标（3 项）
          行  指标                文中值  公式
          3   在职人员控制率      96.5%   在职人员数 ÷ 编制数 × 100%
          3   预算执行率          99.27%  预算完成数 ÷ 预算数 × 100%（预算数为财政部门批复的预算）
          9   财政供养人员控制率  98%     在职人员数 ÷ 编制数 × 100%

        """)
  }

  @Test func emptyChecklistSaysSo() {
    let rendered = ExplainCommand.render(path: "a.txt", document: Document(text: "没有数字。"), linter: Linter())
    #expect(
      rendered == """
        a.txt：审阅清单

        数字核对（0 项：相符 0，存疑 0，不符 0，无法核对 0）
          （无）

        文中给出数值的指标（0 项）
          （无）

        """)
  }

  @Test func displayWidthCountsWideCharactersTwice() {
    #expect(ExplainCommand.displayWidth("ab") == 2)
    #expect(ExplainCommand.displayWidth("指标") == 4)
    #expect(ExplainCommand.displayWidth("“三”") == 4)
    #expect(ExplainCommand.displayWidth("９５％") == 6)
  }

  @Test func commandLineRejectsMissingFilesAndUnknownOptions() {
    let console = Console(
      writeOutput: { _ in }, writeErrorOutput: { _ in }, readInput: { .init() }, isOutputTerminal: false,
      isErrorTerminal: false, environment: [:], currentDirectory: "/")
    #expect(ExplainCommand.run(arguments: [], console: console) == 2)
    #expect(ExplainCommand.run(arguments: ["--bogus", "x.txt"], console: console) == 2)
    #expect(ExplainCommand.run(arguments: ["/nonexistent/report.txt"], console: console) == 2)
  }
}
