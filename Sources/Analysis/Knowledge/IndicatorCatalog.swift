/// The performance indicators of the evaluation frameworks, as data.
///
/// Facts come from the domain notes (../shared/domain.md §1.1–1.3); the confidence tags are theirs.
/// The 2013 framework sets no numeric standards: a `standard` is what local scoring tables use.
/// No logic here: matching lives in `KnowledgeBase`.
public enum IndicatorCatalog {
  /// Every indicator, the 部门整体支出 framework first, then the project-level ones.
  public static let all: [Indicator] = [
    Indicator(
      name: "绩效目标合理性",
      groups: [.init("投入", "目标设定"), .init("决策", "绩效目标", framework: "项目支出")],
      definition: "整体绩效目标是否依据充分、符合客观实际，是否与本单位职能职责和年度工作任务相匹配。",
      standard: "定性指标。要点：符合法律法规和经济社会发展规划；符合“三定”职责；与中长期规划相符。"
        + "新邵县2017年评分表按三个要点分别计1分、0.5分、0.5分（共2分）。",
      sources: [Source.framework2013]),
    Indicator(
      name: "绩效指标明确性",
      groups: [.init("投入", "目标设定"), .init("决策", "绩效目标", framework: "项目支出")],
      definition: "由绩效目标细化出的绩效指标是否清晰、细化、可衡量。",
      standard: "定性指标。要点：目标已分解为具体任务；指标值可衡量；与年度任务数相对应；与预算相匹配。"
        + "新邵县2017年评分表计3分。",
      sources: [Source.framework2013, Source.project2020]),
    Indicator(
      name: "在职人员控制率",
      aliases: ["财政供养人员控制率"],
      groups: [.init("投入", "预算配置")],
      definition: "实际在职人员数相对核定编制数的比例，反映部门（单位）对人员成本的控制程度。"
        + "在职人员数按部门决算口径统计，编制数为机构编制部门核定的编制。",
      formulas: [Formula("在职人员数 ÷ 编制数 × 100%")],
      standard: "≤100% 得满分；每超过1个百分点扣0.5分（有的评分表扣0.1分）。",
      sources: [Source.framework2013, Source.hunanTable]),
    Indicator(
      name: "“三公经费”变动率",
      aliases: ["三公变动率"],
      groups: [.init("投入", "预算配置")],
      definition: "本年度“三公经费”预算数与上年度“三公经费”预算数的变动比例，反映压缩“三公经费”的努力程度。"
        + "定义用的是预算数，有的评分表公式写作总额。",
      formulas: [Formula("（本年度“三公经费” − 上年度“三公经费”）÷ 上年度“三公经费” × 100%")],
      standard: "≤0 得满分；每高出1个百分点扣0.5分或0.8分（各评分表不同）。",
      sources: [Source.framework2013, Source.hunanTable]),
    Indicator(
      name: "重点支出安排率",
      groups: [.init("投入", "预算配置")],
      definition: "重点项目支出相对项目总支出的比例，反映对履行主要职责、完成重点任务的保障程度。"
        + "重点项目指与本部门职能密切相关、具有明显社会或经济影响、党委政府或社会关注的项目。",
      formulas: [Formula("重点项目支出 ÷ 项目总支出 × 100%", confidence: .unconfirmed)],
      sources: [Source.framework2013],
      confidence: .partial),
    Indicator(
      name: "预算完成率",
      aliases: ["预算执行率"],
      groups: [.init("过程", "预算执行"), .init("过程", "资金管理", framework: "项目支出")],
      definition: "部门（单位）本年度预算完成的程度。",
      formulas: [
        Formula("预算完成数 ÷ 预算数 × 100%（预算数为财政部门批复的预算）", basis: "财预〔2013〕53号", confidence: .partial),
        Formula(
          "（上年结转 + 年初预算 + 本年追加预算 − 年末结余）÷（上年结转 + 年初预算 + 本年追加预算）× 100%",
          basis: "湖南评分表"),
        Formula("全年执行数 ÷ 全年（调整）预算数 × 100%", basis: "重庆部门整体绩效自评表"),
        Formula("实际支出资金 ÷ 实际到位资金 × 100%", basis: "项目支出", confidence: .unconfirmed),
      ],
      standard: "湖南评分表：100% 得满分，每低5% 扣2分。",
      sources: [Source.framework2013, Source.hunanTable]),
    Indicator(
      name: "预算调整率",
      aliases: ["支出预算调整率"],
      groups: [.init("过程", "预算执行")],
      definition: "本年度预算调整数相对预算数的比例，反映预算的调整程度。预算调整数包括追加、追减和结构调整，"
        + "不含因国家政策变化、突发事件等不可抗力、上级部门或本级党委政府临时交办而产生的调整（此排除范围未经核实）。",
      formulas: [Formula("预算调整数 ÷ 预算数 × 100%")],
      standard: "重庆自评表目标值：≤3%。",
      sources: [Source.framework2013, Source.chongqingForm]),
    Indicator(
      name: "预算控制率",
      groups: [.init("过程", "预算执行")],
      definition: "本年追加预算相对年初预算的比例，反映年中追加的规模。湖南地方评分表增设的指标。",
      formulas: [Formula("本年追加预算 ÷ 年初预算 × 100%")],
      standard: "为0 得满分；0～10%（含）得4/5分（或6/8分）；10%～20% 得3分（或4分）；20%～30% 得2分；30%以上不得分。",
      sources: [Source.hunanTable]),
    Indicator(
      name: "支付进度率",
      groups: [.init("过程", "预算执行")],
      definition: "实际支付进度相对既定支付进度的比例，反映预算执行的及时性和均衡性。"
        + "实际支付进度为某一时点实际支付数占预算数的比例；既定支付进度为编制预算时确定的该时点进度。",
      formulas: [Formula("实际支付进度 ÷ 既定支付进度 × 100%", confidence: .unconfirmed)],
      sources: [Source.framework2013],
      confidence: .unconfirmed),
    Indicator(
      name: "结转结余率",
      groups: [.init("过程", "预算执行")],
      definition: "本年度结转结余总额相对支出预算数的比例，反映对闲置资金的控制程度。结转结余总额为结转与结余之和，按决算数计。",
      formulas: [
        Formula("结转结余总额 ÷ 支出预算数 × 100%"),
        Formula("结转结余总额 ÷ 本年一般公共预算支出完成数 × 100%", basis: "地方评分表"),
      ],
      standard: "重庆自评表目标值：≤2%。",
      sources: [Source.framework2013, Source.chongqingForm]),
    Indicator(
      name: "结转结余变动率",
      groups: [.init("过程", "预算执行")],
      definition: "本年度结转结余总额相对上年度的变动比例，反映压减结转结余的努力程度。",
      formulas: [Formula("（本年结转结余总额 − 上年结转结余总额）÷ 上年结转结余总额 × 100%", confidence: .partial)],
      sources: [Source.framework2013]),
    Indicator(
      name: "公用经费控制率",
      groups: [.init("过程", "预算执行")],
      definition: "实际支出的公用经费相对预算安排的公用经费的比例，反映对机构运转成本的控制程度。",
      formulas: [Formula("实际支出公用经费总额 ÷ 预算安排公用经费总额 × 100%", confidence: .unconfirmed)],
      standard: "重庆自评表目标值：≤100%。",
      sources: [Source.framework2013, Source.chongqingForm]),
    Indicator(
      name: "“三公经费”控制率",
      groups: [.init("过程", "预算执行")],
      definition: "“三公经费”实际支出数相对预算安排数的比例。",
      formulas: [Formula("“三公经费”实际支出数 ÷ “三公经费”预算安排数 × 100%", confidence: .unconfirmed)],
      standard: "重庆自评表目标值：≤100%。",
      sources: [Source.framework2013, Source.chongqingForm]),
    Indicator(
      name: "政府采购执行率",
      groups: [.init("过程", "预算执行")],
      definition: "实际政府采购金额相对政府采购预算数的比例。",
      formulas: [Formula("实际政府采购金额 ÷ 政府采购预算数 × 100%", confidence: .unconfirmed)],
      standard: "重庆自评表目标值：100%。",
      sources: [Source.framework2013, Source.chongqingForm]),
    Indicator(
      name: "管理制度健全性",
      groups: [
        .init("过程", "预算管理"), .init("过程", "资产管理"), .init("过程", "组织实施", framework: "项目支出"),
      ],
      definition: "预算管理下：是否有健全的预算和财务管理制度（资金管理办法、内部财务管理制度、会计核算制度），"
        + "制度是否合法合规、完整，并得到执行。资产管理下：是否有健全的资产管理制度并得到执行。",
      standard: "定性指标。",
      sources: [Source.framework2013],
      confidence: .partial),
    Indicator(
      name: "资金使用合规性",
      groups: [.init("过程", "预算管理"), .init("过程", "资金管理", framework: "项目支出")],
      definition: "资金使用是否符合财务管理制度。要点：符合法律法规和资金管理办法；审批程序完整；"
        + "重大开支经过评估论证；按批准的用途使用；无截留、挤占、挪用、虚列支出。",
      standard: "定性指标。",
      sources: [Source.framework2013, Source.project2020],
      confidence: .partial),
    Indicator(
      name: "预决算信息公开性",
      groups: [.init("过程", "预算管理")],
      definition: "是否按规定公开预决算信息，内容是否完整、及时。法律规定预决算应在批复后20日内公开；"
        + "“三公经费”公开应说明因公出国团组数和人数、公务用车购置数和保有量、国内公务接待批次、人数和费用，以及增减原因。",
      standard: "定性指标。",
      sources: [Source.framework2013, "《中华人民共和国预算法》"],
      confidence: .partial),
    Indicator(
      name: "基础信息完善性",
      groups: [.init("过程", "预算管理")],
      definition: "基础数据信息和会计信息资料是否真实、完整、准确。",
      standard: "定性指标。",
      sources: [Source.framework2013],
      confidence: .partial),
    Indicator(
      name: "资产管理安全性",
      groups: [.init("过程", "资产管理")],
      definition: "资产是否保存完整、使用合规、配置合理、处置规范，收入是否及时足额上缴。"
        + "要点：资产保存完整；配置合理；处置规范；账务处理正确、账实相符；有偿使用和处置收入及时上缴。",
      standard: "定性指标。",
      sources: [Source.framework2013],
      confidence: .partial),
    Indicator(
      name: "固定资产利用率",
      groups: [.init("过程", "资产管理")],
      definition: "实际在用的固定资产相对全部固定资产的比例，反映资产的使用效率。",
      formulas: [Formula("实际在用固定资产总额 ÷ 所有固定资产总额 × 100%", confidence: .unconfirmed)],
      standard: "重庆自评表目标值：≥90%。",
      sources: [Source.framework2013, Source.chongqingForm]),
    Indicator(
      name: "实际完成率",
      groups: [.init("产出", "职责履行"), .init("产出", "数量", framework: "项目支出")],
      definition: "实际完成的工作（产出）相对计划工作（产出）的比例。产出指标的完成率可以超过100%。",
      formulas: [
        Formula("实际完成工作数 ÷ 计划工作数 × 100%", basis: "部门整体支出", confidence: .unconfirmed),
        Formula("实际产出数 ÷ 计划产出数 × 100%", basis: "项目支出", confidence: .unconfirmed),
      ],
      sources: [Source.framework2013, Source.project2020],
      confidence: .unconfirmed),
    Indicator(
      name: "完成及时率",
      groups: [.init("产出", "职责履行")],
      definition: "在规定时限内完成的工作相对计划工作的比例。",
      formulas: [Formula("及时完成实际工作数 ÷ 计划工作数 × 100%", confidence: .unconfirmed)],
      sources: [Source.framework2013],
      confidence: .unconfirmed),
    Indicator(
      name: "质量达标率",
      groups: [.init("产出", "职责履行"), .init("产出", "质量", framework: "项目支出")],
      definition: "达到质量标准的工作（产出）所占的比例。",
      formulas: [
        Formula("质量达标实际工作数 ÷ 计划工作数 × 100%", basis: "部门整体支出", confidence: .unconfirmed),
        Formula("质量达标产出数 ÷ 实际产出数 × 100%", basis: "项目支出", confidence: .unconfirmed),
      ],
      sources: [Source.framework2013, Source.project2020],
      confidence: .unconfirmed),
    Indicator(
      name: "重点工作办结率",
      groups: [.init("产出", "职责履行")],
      definition: "实际完成的重点工作相对党委、政府、人大及上级部门交办或下达的重点工作的比例。",
      formulas: [Formula("重点工作实际完成数 ÷ 交办或下达数 × 100%", confidence: .unconfirmed)],
      sources: [Source.framework2013],
      confidence: .unconfirmed),
    Indicator(
      name: "经济效益",
      groups: [.init("效果", "履职效益"), .init("效益", "项目效益", framework: "项目支出")],
      definition: "部门履职对经济发展带来的直接或间接影响。",
      standard: "定性指标。",
      sources: [Source.framework2013]),
    Indicator(
      name: "社会效益",
      groups: [.init("效果", "履职效益"), .init("效益", "项目效益", framework: "项目支出")],
      definition: "部门履职对社会发展带来的直接或间接影响。",
      standard: "定性指标。",
      sources: [Source.framework2013]),
    Indicator(
      name: "生态效益",
      groups: [.init("效果", "履职效益"), .init("效益", "项目效益", framework: "项目支出")],
      definition: "部门履职对生态环境带来的直接或间接影响。",
      standard: "定性指标。",
      sources: [Source.framework2013]),
    Indicator(
      name: "可持续影响",
      groups: [.init("效果", "履职效益"), .init("效益", "项目效益", framework: "项目支出")],
      definition: "为持续发挥效益而建立的长效机制、提高效率的措施等。",
      standard: "定性指标。",
      sources: [Source.framework2013]),
    Indicator(
      name: "社会公众或服务对象满意度",
      aliases: ["服务对象满意度", "社会公众满意度", "满意度"],
      groups: [.init("效果", "履职效益"), .init("效益", "满意度", framework: "项目支出")],
      definition: "社会公众或部门服务对象对部门履职效果的满意程度，一般通过问卷调查取得（以满意人数占比或平均分表示）。",
      formulas: [Formula("满意（含基本满意）的受访人数 ÷ 有效受访人数 × 100%", confidence: .unconfirmed)],
      sources: [Source.framework2013]),
    Indicator(
      name: "立项依据充分性",
      groups: [.init("决策", "项目立项", framework: "项目支出")],
      definition: "项目立项是否符合法律法规、相关政策、发展规划以及部门职责。",
      standard: "定性指标。",
      sources: [Source.project2020],
      confidence: .unconfirmed),
    Indicator(
      name: "立项程序规范性",
      groups: [.init("决策", "项目立项", framework: "项目支出")],
      definition: "项目的申请、设立过程是否符合相关规定，审批文件、材料是否完备。",
      standard: "定性指标。",
      sources: [Source.project2020],
      confidence: .unconfirmed),
    Indicator(
      name: "预算编制科学性",
      groups: [.init("决策", "资金投入", framework: "项目支出")],
      definition: "项目预算编制是否经过科学论证、有明确标准，资金额度与年度目标是否相适应。",
      standard: "定性指标。",
      sources: [Source.project2020],
      confidence: .unconfirmed),
    Indicator(
      name: "资金分配合理性",
      groups: [.init("决策", "资金投入", framework: "项目支出")],
      definition: "项目预算资金分配是否有测算依据，与补助单位或地方的实际是否相适应。",
      standard: "定性指标。",
      sources: [Source.project2020],
      confidence: .unconfirmed),
    Indicator(
      name: "制度执行有效性",
      groups: [.init("过程", "组织实施", framework: "项目支出")],
      definition: "项目实施是否符合相关管理规定，合同、验收等资料是否齐全并及时归档。",
      standard: "定性指标。",
      sources: [Source.project2020],
      confidence: .unconfirmed),
    Indicator(
      name: "资金到位率",
      groups: [.init("过程", "资金管理", framework: "项目支出")],
      definition: "实际到位的资金相对计划投入（预算）资金的比例，反映资金落实情况。",
      formulas: [
        Formula("实际到位资金 ÷ 计划投入资金 × 100%", basis: "2013年项目支出共性指标框架"),
        Formula("实际到位资金 ÷ 预算资金 × 100%", basis: "财预〔2020〕10号", confidence: .unconfirmed),
      ],
      sources: [Source.project2013, Source.project2020]),
    Indicator(
      name: "成本节约率",
      aliases: ["项目成本降低率", "成本降低率"],
      groups: [.init("产出", "成本", framework: "项目支出")],
      definition: "实际成本比计划成本节约的比例。",
      formulas: [Formula("（计划成本 − 实际成本）÷ 计划成本 × 100%", confidence: .unconfirmed)],
      sources: [Source.project2020],
      confidence: .unconfirmed),
  ]
}

/// The documents cited as sources, spelled once.
enum Source {
  static let framework2013 = "财政部《预算绩效评价共性指标体系框架》（财预〔2013〕53号）部门整体支出部分"
  static let project2013 = "财政部《预算绩效评价共性指标体系框架》（财预〔2013〕53号）项目支出部分"
  static let project2020 = "财政部《项目支出绩效评价管理办法》（财预〔2020〕10号）附件"
  static let hunanTable = "湖南省部门整体支出绩效评价指标表（地方评分表）"
  static let chongqingForm = "重庆市部门整体绩效自评表"
  static let finalAccounts = "部门决算名词解释"
  static let sanGong = "各级部门“三公”经费决算公开说明"
  static let numbers = "统计用语规范（百分比、百分点、增长率）"
}
