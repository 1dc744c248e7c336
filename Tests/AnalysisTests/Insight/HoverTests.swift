import Testing

@testable import Analysis

/// The offset of the first scalar of `marker` in `text`.
func offset(of marker: String, in text: String) -> Int {
  let scalars = Array(text.unicodeScalars)
  return scalars.firstOffset(of: marker, in: TextRange(0, scalars.count)) ?? -1
}

@Suite struct HoverTests {
  let text = """
    一、部门概况
    甲乙镇在职人员控制率为95%，“三公”经费决算14.41万元，约500余亩。
    根据丙财绩[2021]6号文件开展自评。
    """

  func hovering(_ marker: String, diagnostics: [Diagnostic] = []) -> HoverContent? {
    Linter().hover(at: offset(of: marker, in: text), in: Document(text: text), diagnostics: diagnostics)
  }

  @Test func indicatorNameShowsDefinitionFormulaStandardAndSource() throws {
    let hover = try #require(hovering("控制率"))
    #expect(covered(hover.range, in: text) == "在职人员控制率")
    #expect(
      hover.markdown == """
        **在职人员控制率**（又称：财政供养人员控制率）

        *部门整体支出 · 投入 › 预算配置*

        实际在职人员数相对核定编制数的比例，反映部门（单位）对人员成本的控制程度。在职人员数按部门决算口径统计，编制数为机构编制部门核定的编制。

        **公式**：在职人员数 ÷ 编制数 × 100%

        **标准**：≤100% 得满分；每超过1个百分点扣0.5分（有的评分表扣0.1分）。

        *出处：财政部《预算绩效评价共性指标体系框架》（财预〔2013〕53号）部门整体支出部分；湖南省部门整体支出绩效评价指标表（地方评分表）*
        """)
  }

  @Test func quotedTermShowsWhatItIncludesAndExcludes() throws {
    let hover = try #require(hovering("三公"))
    #expect(covered(hover.range, in: text) == "“三公”经费")
    #expect(hover.markdown.hasPrefix("**“三公”经费**\n\n因公出国（境）费、公务用车购置及运行维护费、公务接待费三项之和。"))
    #expect(hover.markdown.contains("**不包括**：会议费；培训费；"))
  }

  @Test func unconfirmedFactsSaySo() throws {
    let entry = try #require(KnowledgeBase.standard.entry(named: "支付进度率"))
    let markdown = KnowledgeMarkdown.render(entry)
    #expect(markdown.contains("**公式**：实际支付进度 ÷ 既定支付进度 × 100%（未经核实）"))
    #expect(markdown.hasSuffix("（未经核实，请对照原文）*"))
  }

  @Test func severalFormulasAreListedWithTheirBasis() throws {
    let entry = try #require(KnowledgeBase.standard.entry(named: "预算执行率"))
    #expect(
      KnowledgeMarkdown.render(entry).contains(
        "**公式**\n\n- 财预〔2013〕53号：预算完成数 ÷ 预算数 × 100%（预算数为财政部门批复的预算）（部分核实）\n- 湖南评分表："))
  }

  @Test func numberShowsWhatItWasReadAs() throws {
    let hover = try #require(hovering("14.41"))
    #expect(covered(hover.range, in: text) == "14.41万元")
    #expect(
      hover.markdown == """
        **14.41万元**

        - 数值 14.41（2位小数，舍入误差 ±0.005）
        - 单位 万元（金额，即 144100 元）
        - 读作：三公经费的决算数
        """)
    let approximate = try #require(hovering("500"))
    #expect(
      approximate.markdown == """
        **500余亩**

        - 数值 500（整数）
        - 单位 亩（面积）
        - 约数（余、多、约、左右等）：不作精确核对
        """)
  }

  @Test func numberListsTheChecksItTookPartIn() throws {
    let document = Document(text: text)
    let stated = TextRange(offset(of: "95%", in: text), offset(of: "95%", in: text) + 3)
    let input = TextRange(offset(of: "14.41", in: text), offset(of: "14.41", in: text) + 7)
    let finding = Diagnostic(
      code: "A101", severity: .warning, range: stated, message: "比率与金额不符",
      related: [RelatedInformation(range: input, message: "分子")])
    let hover = try #require(Linter().hover(at: input.start + 1, in: document, diagnostics: [finding]))
    #expect(hover.markdown.hasSuffix("**相关核对**\n\n- ✗ A101（第2行）：比率与金额不符"))
    #expect(hover.related == [RelatedInformation(range: stated, message: "比率与金额不符")])
  }

  @Test func findingAndNumberAreBothShown() throws {
    let document = Document(text: text)
    let findings = Linter().diagnostics(for: document)
    let hover = try #require(Linter().hover(at: offset(of: "2021", in: text), in: document, diagnostics: findings))
    #expect(hover.markdown.hasPrefix("**发文字号年份括号不规范**（N104）\n\n"))
    #expect(hover.markdown.contains("---\n\n**2021**\n\n- 读作年份 2021"))
    #expect(covered(hover.range, in: text) == "[2021]")
  }

  @Test func statedRatioNameShowsDefinitionThenRecomputationFromThisReport() throws {
    let text = "2020年初批复预算的“三公”经费为16万元。\n全年决算支出“三公”经费14.41万元，较年初预算减少1.59万元，节约比为8.6%。"
    let document = Document(text: text)
    let hover = try #require(
      Linter().hover(at: offset(of: "节约比", in: text), in: document, diagnostics: Linter().diagnostics(for: document)))
    #expect(covered(hover.range, in: text) == "节约比")
    #expect(hover.markdown.hasPrefix("**节约率**（又称：节约比、节约比例、节支率）\n\n决算比预算节约的比例，以预算数为基数。"))
    #expect(
      hover.markdown.hasSuffix(
        """
        ---

        **节约比**：节约比 = (预算数 − 决算数) ÷ 预算数

        按本文数据：(16−14.41)÷16 = 9.94%，文中为 8.6%，不符

        所用数据：预算数 16万元（第1行），决算数 14.41万元（第2行）
        """))
    #expect(hover.related.map { covered($0.range, in: text) } == ["16万元", "14.41万元"])
    #expect(hover.related.map(\.message) == ["预算数", "决算数"])
  }

  @Test func inputNumberListsEveryCheckItTookPartIn() throws {
    let text = "2020年初批复预算的“三公”经费为16万元。\n全年决算支出“三公”经费14.41万元，较年初预算减少1.59万元，节约比为8.6%。"
    let document = Document(text: text)
    let hover = try #require(
      Linter().hover(at: offset(of: "14.41", in: text), in: document, diagnostics: Linter().diagnostics(for: document)))
    #expect(
      hover.markdown == """
        **14.41万元**

        - 数值 14.41（2位小数，舍入误差 ±0.005）
        - 单位 万元（金额，即 144100 元）
        - 读作：三公经费的决算数

        **相关核对**

        - ✓ 减少额（第2行）：按本文数据：16−14.41 = 1.59万元，文中为 1.59万元，相符
        - ✓ 减少（第2行）：按本文数据：14.41−16 = −1.59万元，与文中所述方向一致
        - ✗ 节约比（第2行）：按本文数据：(16−14.41)÷16 = 9.94%，文中为 8.6%，不符
        """)
    #expect(hover.related.map { covered($0.range, in: text) } == ["1.59万元", "8.6%"])
  }

  @Test func plainTextAndOutOfRangeOffsetsHaveNoHover() {
    let document = Document(text: text)
    #expect(Linter().hover(at: offset(of: "部门概况", in: text) + 2, in: document, diagnostics: []) == nil)
    #expect(Linter().hover(at: -5, in: document, diagnostics: []) == nil)
    #expect(Linter().hover(at: 10_000, in: document, diagnostics: []) == nil)
    #expect(Linter().hover(at: 0, in: Document(text: ""), diagnostics: []) == nil)
  }
}

@Suite struct TableHoverTests {
  @Test func tableNumberNamesItsRowAndColumnAndTheTableUnit() throws {
    let text = "                金额单位：万元\n\n\t项目\n\t年初预算数\n\t年末决算数\n\n\t公务接待费\n\t12\n\t10.2\n"
    let document = Document(text: text)
    let hover = try #require(Linter().hover(at: offset(of: "10.2", in: text), in: document, diagnostics: []))
    #expect(
      hover.markdown == """
        **10.2**

        - 数值 10.2（1位小数，舍入误差 ±0.05）
        - 单位 万元（金额，即 102000 元），沿用表格注明的单位
        - 表格中“公务接待费”行“年末决算数”列
        - 读作：公务接待费的决算数
        """)
  }
}

@Suite struct IndicatorValueHoverTests {
  @Test func percentageStatedForAnIndicatorNamesItAndItsStandard() throws {
    let text = "甲乙镇在职人员控制率为95%，固定资产利用率反映使用效率，完成率达到90%。"
    let hover = try #require(Linter().hover(at: offset(of: "95", in: text), in: Document(text: text), diagnostics: []))
    #expect(
      hover.markdown.hasSuffix(
        "- 单位 %（百分比）\n- 是“在职人员控制率”的值；标准：≤100% 得满分；每超过1个百分点扣0.5分（有的评分表扣0.1分）。"))
    let other = try #require(Linter().hover(at: offset(of: "90", in: text), in: Document(text: text), diagnostics: []))
    #expect(!other.markdown.contains("的值"))
  }
}
