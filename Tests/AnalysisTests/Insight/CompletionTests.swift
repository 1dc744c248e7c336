import Testing

@testable import Analysis

@Suite struct CompletionTests {
  func completions(_ text: String) -> [CompletionItem] {
    Linter().completions(at: text.unicodeScalars.count, in: Document(text: text))
  }

  @Test func completesIndicatorNamesFromTheTypedSuffix() throws {
    let text = "一、概况\n甲乙镇在职人"
    let items = completions(text)
    #expect(items.map(\.label) == ["在职人员控制率"])
    let item = try #require(items.first)
    #expect(item.kind == .indicator)
    #expect(item.detail == "投入 › 预算配置")
    #expect(covered(item.edit.range, in: text) == "在职人")
    #expect(item.documentation?.hasPrefix("**在职人员控制率**") == true)
  }

  @Test func aliasesCompleteToThemselvesAndNameTheIndicator() {
    let items = completions("本年预算执")
    #expect(items.map(\.label) == ["预算执行率"])
    #expect(items.first?.detail == "过程 › 预算执行（即预算完成率）")
  }

  @Test func completesSectionTitlesAfterANumberingMarker() {
    #expect(completions("一、部门概况\n二、部门整体").map(\.label) == ["部门整体支出管理及使用情况", "部门整体支出绩效情况"])
    #expect(completions("（一）").map(\.label).contains("“三公”经费情况"))
    #expect(completions("（一）").allSatisfy { $0.kind == .heading })
    #expect(completions("1.资金").map(\.label) == ["资金到位情况分析", "资金执行情况分析", "资金管理情况分析"])
  }

  @Test func offersNothingWithoutAPrefix() {
    #expect(completions("").isEmpty)
    #expect(completions("甲乙镇").isEmpty)
    #expect(completions("共计95").isEmpty)
    #expect(completions("预").isEmpty)
    #expect(Linter().completions(at: 99, in: Document(text: "abc")).isEmpty)
    #expect(Linter().completions(at: -1, in: Document(text: "abc")).isEmpty)
  }
}
