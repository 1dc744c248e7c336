import Testing

@testable import Analysis

@Suite struct KnowledgeBaseTests {
  let base = KnowledgeBase.standard

  @Test func everyNameAndAliasIsUniqueAfterFolding() {
    var seen: [String: String] = [:]
    for entry in base.entries {
      for name in [entry.name] + entry.aliases {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: KnowledgeBase.folded(name))
        let key = String(view)
        #expect(seen[key] == nil, "\(name) of \(entry.name) is already a name of \(seen[key] ?? "")")
        seen[key] = entry.name
      }
    }
  }

  @Test func everyEntryHasADefinitionAndASource() {
    for entry in base.entries {
      #expect(!entry.definition.isEmpty, "\(entry.name) has no definition")
      #expect(!entry.sources.isEmpty && entry.sources.allSatisfy { !$0.isEmpty }, "\(entry.name) has no source")
      for formula in entry.formulas { #expect(!formula.expression.isEmpty, "\(entry.name) has an empty formula") }
    }
  }

  @Test func everyIndicatorHasAGroupAndQuantitativeOnesAFormula() {
    for indicator in IndicatorCatalog.all {
      #expect(!indicator.groups.isEmpty, "\(indicator.name) has no group")
      for group in indicator.groups {
        #expect(["投入", "过程", "产出", "效果", "决策", "效益"].contains(group.level1), "\(indicator.name): \(group.level1)")
        #expect(!group.level2.isEmpty)
      }
      if indicator.name.hasSuffix("率") { #expect(!indicator.formulas.isEmpty, "\(indicator.name) has no formula") }
    }
  }

  @Test func catalogCoversTheFrameworkAndTheGlossary() {
    for name in [
      "在职人员控制率", "财政供养人员控制率", "预算完成率", "预算执行率", "预算调整率", "支出预算调整率", "预算控制率",
      "结转结余率", "“三公经费”变动率", "三公经费控制率", "固定资产利用率", "资金到位率", "三公经费", "基本支出",
      "项目支出", "结转结余", "政府性基金", "一般公共预算", "决算", "百分点", "节约率", "超支率", "增长率", "占比",
    ] {
      #expect(base.entry(named: name) != nil, "\(name) is missing")
    }
    #expect(base.entry(named: "预算执行率")?.name == "预算完成率")
    #expect(base.entry(named: "财政供养人员控制率")?.name == "在职人员控制率")
    #expect(base.entry(named: "预算执行") == nil)
  }

  @Test func matchesAreLeftmostLongestAndSkipQuotes() {
    let text = "本年“三公”经费变动率为-5%，预算执行率99.27%，三公经费决算数14.41万元。"
    let scalars = Array(text.unicodeScalars)
    let found = base.matches(in: scalars, range: TextRange(0, scalars.count))
    #expect(found.map { scalars.string(in: $0.range) } == ["“三公”经费变动率", "预算执行率", "三公经费", "决算数"])
    #expect(found.map { base.entries[$0.entryIndex].name } == ["“三公经费”变动率", "预算完成率", "“三公”经费", "预决算"])
  }

  @Test func foldsAsciiBrackets() {
    let scalars = Array("因公出国(境)费0元".unicodeScalars)
    let found = base.matches(in: scalars, range: TextRange(0, scalars.count))
    #expect(found.count == 1)
    #expect(found.first.map { base.entries[$0.entryIndex].name } == "因公出国（境）费")
  }

  @Test func matchAtOffsetFindsTheNameOnItsLine() {
    let document = Document(text: "一、概况\n在职人员控制率为95%。\n")
    let offset = Array(document.text.unicodeScalars).firstOffset(of: "控制", in: TextRange(0, document.scalars.count))!
    let match = base.match(at: offset, in: document)
    #expect(match.map { document.string(in: $0.range) } == "在职人员控制率")
    #expect(base.match(at: 0, in: document) == nil)
    #expect(base.match(at: -3, in: document) == nil)
    #expect(base.match(at: document.scalars.count, in: document) == nil)
  }
}
