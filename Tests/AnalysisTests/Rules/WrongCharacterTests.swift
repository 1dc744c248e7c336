import Testing

@testable import Analysis

/// L102's lexicon findings (`WrongCharacterDetector`): one suite per mechanism, then correct text that must
/// stay silent. Every sentence is invented.
@Suite struct WrongCharacterTests {
  /// The lexicon's findings of L102 (information, unsafe fix), without the table's.
  private func lexiconFindings(_ text: String, gazetteer: Gazetteer? = nil) -> [Diagnostic] {
    findings(ConfusableWord.self, in: text, gazetteer: gazetteer).filter { $0.severity == .information }
  }

  private func expectOne(
    _ text: String, covering written: String, message: String, fixed: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let found = lexiconFindings(text)
    #expect(found.count == 1, "\(found.map(\.message))", sourceLocation: sourceLocation)
    let only = try #require(found.first, sourceLocation: sourceLocation)
    #expect(covered(only.range, in: text) == written, sourceLocation: sourceLocation)
    #expect(only.message == message, sourceLocation: sourceLocation)
    #expect(only.fixes.map(\.applicability) == [.unsafe], sourceLocation: sourceLocation)
    #expect(applyingFixes(found, to: text, minimum: .unsafe) == fixed, sourceLocation: sourceLocation)
    // Applied, the fix leaves nothing for the rule to say.
    #expect(lexiconFindings(fixed).isEmpty, sourceLocation: sourceLocation)
  }

  @Test(arguments: [
    ("进一步健全财务管理制渡", "管理制渡", "“管理制渡”疑为“管理制度”（音近或形近的别字）", "进一步健全财务管理制度"),
    ("不断提高工作效律", "工作效律", "“工作效律”疑为“工作效率”（音近或形近的别字）", "不断提高工作效率"),
    ("全年共召开人民代表大汇一次", "代表大汇", "“代表大汇”疑为“代表大会”（音近或形近的别字）", "全年共召开人民代表大会一次"),
    ("认真开展绩效评阶工作", "绩效评阶", "“绩效评阶”疑为“绩效评价”（音近或形近的别字）", "认真开展绩效评价工作"),
    ("对群众反映的问题及时予以答腹", "答腹", "“答腹”疑为“答复”（音近或形近的别字）", "对群众反映的问题及时予以答复"),
    // The slip is the ordinary character beside the rare one that stands alone (挪).
    ("项目资金不得挪做他用", "挪做他用", "“挪做他用”疑为“挪作他用”（音近或形近的别字）", "项目资金不得挪作他用"),
  ])
  func flagsSimilarCharacters(text: String, written: String, message: String, fixed: String) throws {
    try expectOne(text, covering: written, message: message, fixed: fixed)
  }

  @Test(arguments: [
    ("为残疾人发放生活补助助金3.2万元", "补助助", "“补助助”疑为“补助”（多了一个“助”）", "为残疾人发放生活补助金3.2万元")
  ])
  func flagsDoubledCharacters(text: String, written: String, message: String, fixed: String) throws {
    try expectOne(text, covering: written, message: message, fixed: fixed)
  }

  @Test(arguments: [
    ("统计人员一丝苟地核对台账", "一丝苟", "“一丝苟”疑为“一丝不苟”（固定词语少了“不”）", "统计人员一丝不苟地核对台账"),
    ("各项工作有条紊地推进", "有条紊", "“有条紊”疑为“有条不紊”（固定词语少了“不”）", "各项工作有条不紊地推进"),
    ("全镇上下齐协力抗击洪灾", "齐协力", "“齐协力”疑为“齐心协力”（固定词语少了“心”）", "全镇上下齐心协力抗击洪灾"),
  ])
  func flagsFixedPhrasesMissingACharacter(text: String, written: String, message: String, fixed: String) throws {
    try expectOne(text, covering: written, message: message, fixed: fixed)
  }

  @Test(arguments: [
    ("干部职工认真的把好审核关", "认真的", "“认真的”疑为“认真地”（修饰动词的状语后用“地”）", "干部职工认真地把好审核关"),
    ("及时积极的向上级报告", "积极的", "“积极的”疑为“积极地”（修饰动词的状语后用“地”）", "及时积极地向上级报告"),
    ("全体人员较好的完成了全年任务", "较好的", "“较好的”疑为“较好地”（修饰动词的状语后用“地”）", "全体人员较好地完成了全年任务"),
    ("要切实的将资金用到实处", "切实的", "“切实的”疑为“切实地”（修饰动词的状语后用“地”）", "要切实地将资金用到实处"),
  ])
  func flagsDeBeforeAVerb(text: String, written: String, message: String, fixed: String) throws {
    try expectOne(text, covering: written, message: message, fixed: fixed)
  }

  /// Correct prose of the genre: budgets, indicators, names, numbers, reduplication, 的 before nouns.
  @Test(arguments: [
    "根据《中华人民共和国预算法》和上级有关要求，现将本单位部门整体支出绩效自评情况报告如下。",
    "本年度一般公共预算财政拨款收入合计856.32万元，较上年增加12.5%。",
    "其中基本支出623.18万元，项目支出233.14万元，“三公”经费支出4.2万元。",
    "严格执行中央八项规定精神，厉行节约，公务接待费较上年下降18.6%。",
    "加强预算绩效管理，提高财政资金使用效益，预算执行率达到97.8%。",
    "镇财政所按时拨付专项资金，确保资金专款专用。",
    "组织干部职工学习习近平新时代中国特色社会主义思想。",
    "全面落实党风廉政建设主体责任，层层签订目标责任书。",
    "乡村振兴战略深入实施，群众满意度达到98%。",
    "由王晓红同志负责日常工作，李建国同志协助。",
    "我们将进一步加强内部控制，规范财务管理。",
    "其中占比最大的为教育支出，最多的在村级。",
    "有效的管理是取得成绩的关键，取得的成绩将得到巩固。",
    "积极的财政政策更加积极有为，政府的将来取决于群众的支持。",
    "大家常常讨论讨论，人人参与，天天坚持，看看书，聊聊天。",
    "一项项工作落到实处，一张张笑脸洋溢在群众脸上。",
    "研究究竟采用哪种方案，工作作风明显转变。",
    "实现目的的手段多种多样，坚持实事求是、与时俱进。",
    "全镇共有行政村12个、社区2个，户籍人口3.6万人。",
    "对照绩效目标，项目完成率100%，质量达标率100%，受益群众满意度95%。",
    "固定资产总额1,234.56万元，资产管理规范，账实相符。",
    "聘请第三方机构开展绩效评价，评价等级为优。",
    "存在的主要问题：部分项目前期论证不充分，绩效目标设置不够细化。",
    "改进措施：进一步完善预算编制，强化绩效运行监控，加强结果应用。",
    "2023年共召开党委会18次，研究重大事项45项。",
    "完成农村公路建设12.5公里，新建桥梁2座。",
    "防汛抗旱、森林防火、安全生产等工作扎实推进，全年未发生重大安全事故。",
    "开展“双随机、一公开”监管，抽查企业36家。",
    "落实耕地地力保护补贴资金235.6万元，惠及农户3,412户。",
  ])
  func staysSilentOnCorrectProse(text: String) {
    #expect(lexiconFindings(text).isEmpty, "\(lexiconFindings(text).map(\.message))")
  }

  /// The report's own names and the gazetteer's are never corrected, nor is a form the report writes twice.
  @Test func leavesNamesAndRecurringFormsAlone() {
    // 制渡 written twice is taken as meant (a name, a term the lexicon lacks).
    #expect(lexiconFindings("健全管理制渡。完善管理制渡。").isEmpty)
    // A township of the gazetteer whose name happens to read like a slip, with or without its level.
    let gazetteer = Gazetteer(entries: [
      Gazetteer.Entry(code: "1", province: "甲省", city: "乙市", county: "丙县", township: "制渡镇")
    ])
    #expect(lexiconFindings("健全管理制渡", gazetteer: gazetteer).isEmpty)
    #expect(!lexiconFindings("健全管理制渡").isEmpty)
  }

  /// Every name of the catalogues, alone and inside a sentence, is read as a word.
  @Test func neverCorrectsTheCataloguesTerms() {
    let names =
      KnowledgeBase.standard.entries.flatMap { [$0.name] + $0.aliases } + StandardSectionCatalog.all.map(\.title)
    for name in names {
      for text in [name, "全面做好\(name)相关工作", "关于\(name)的说明"] {
        #expect(lexiconFindings(text).isEmpty, "\(text): \(lexiconFindings(text).map(\.message))")
      }
    }
  }

  /// The table's findings win where both would speak: one finding, the table's safe fix.
  @Test func tableFindingsComeFirst() {
    let found = findings(ConfusableWord.self, in: "开展安全生产风险稳患大排查")
    #expect(found.count == 1)
    #expect(found.first?.fixes.first?.applicability == .safe)
  }
}

/// The detector's segmentation: re-segmenting after one character changed gives what segmenting the changed
/// text from scratch gives.
@Suite struct LexiconSegmentationTests {
  @Test func resegmentingAgreesWithSegmentingAgain() {
    let texts = [
      "全面落实预算绩效管理提高财政资金使用效益", "镇财政所按时拨付专项资金确保专款专用", "进一步健全财务管理制度规范公务接待",
      "三公经费支出较上年下降群众满意度达到", "统计人员一丝不苟地核对台账数据",
    ].map { Array($0.unicodeScalars) }
    var generator = SystemRandomNumberGenerator()
    let replacements = Array("的度率贴彻致作务一二管理制渡效律经费".unicodeScalars)
    let vocabulary = DomainVocabulary.standard
    for text in texts {
      for _ in 0..<40 {
        var window = text
        let paired = { (window: [Unicode.Scalar]) in
          window.indices.dropLast().map {
            Lexicon.pairOccurs(window[$0], window[$0 + 1]) || vocabulary.pairOccurs(window[$0], window[$0 + 1])
          }
        }
        var incremental = LexiconSegmentation()
        _ = window.withUnsafeBufferPointer { text in
          paired(window).withUnsafeBufferPointer { incremental.segment(text, paired: $0, vocabulary: vocabulary) }
        }
        // Several replacements in a row at one place, as the detector tries candidates.
        let changed = Int.random(in: 0..<window.count, using: &generator)
        for _ in 0..<3 {
          window[changed] = replacements.randomElement(using: &generator)!
          let pairs = paired(window)
          var fresh = LexiconSegmentation()
          let expected = window.withUnsafeBufferPointer { text in
            pairs.withUnsafeBufferPointer { fresh.segment(text, paired: $0, vocabulary: vocabulary) }
          }
          let actual = window.withUnsafeBufferPointer { text in
            pairs.withUnsafeBufferPointer {
              incremental.resegment(changedAt: changed, text, paired: $0, vocabulary: vocabulary)
            }
          }
          #expect(actual == expected, "\(String(String.UnicodeScalarView(window))) at \(changed)")
          for offset in window.indices {
            #expect(incremental.token(covering: offset) == fresh.token(covering: offset))
          }
        }
      }
    }
  }
}
