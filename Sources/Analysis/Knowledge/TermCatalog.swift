/// Terms of budgeting and of report arithmetic that readers stumble on, as data.
///
/// Facts come from the domain notes (../shared/domain.md §1.4–1.6); the confidence tags are theirs.
/// No logic here: matching lives in `KnowledgeBase`.
public enum TermCatalog {
  /// Every term: the ratios of report prose first, then budget categories.
  public static let all: [Term] = [
    Term(
      name: "增长率",
      aliases: ["增幅", "增长比", "上升比", "上升率"],
      definition: "本期比基期增加的幅度。",
      formulas: [Formula("（本期数 − 基期数）÷ 基期数 × 100%")],
      note: "“上升比”不是规范用语，宜写“增长”或“增幅”。“增加了2倍”指1变为3，“增加到2倍”指1变为2。",
      sources: [Source.numbers]),
    Term(
      name: "下降率",
      aliases: ["降幅", "降低率", "下降比", "减少比"],
      definition: "本期比基期减少的幅度。",
      formulas: [Formula("（基期数 − 本期数）÷ 基期数 × 100%")],
      note: "“降低了80%”指100变为20，“降低到80%”指100变为80。不能说“降低N倍”。",
      sources: [Source.numbers]),
    Term(
      name: "百分点",
      aliases: ["个百分点"],
      definition: "两个百分数之差的单位。",
      formulas: [Formula("百分点 = 百分数甲 − 百分数乙，例如 18.2% − 21.8% = −3.6个百分点")],
      note: "比率之间的增减应写“个百分点”，不要写成“%”：由21.8%降到18.2%是下降3.6个百分点，不是下降3.6%。",
      sources: [Source.numbers]),
    Term(
      name: "完成率",
      aliases: ["完成比例"],
      definition: "实际完成数相对计划（预算）数的比例，也写作“完成年初预算的X%”。",
      formulas: [Formula("实际数 ÷ 计划（预算）数 × 100%")],
      note: "产出指标的完成率可以超过100%；预算的完成率一般不超过100%。",
      sources: [Source.numbers]),
    Term(
      name: "执行率",
      aliases: ["执行比例"],
      definition: "执行数相对预算数的比例。",
      formulas: [
        Formula("执行数 ÷ 预算数 × 100%"),
        Formula("执行数 ÷ 到位资金 × 100%", basis: "项目支出"),
      ],
      sources: [Source.chongqingForm]),
    Term(
      name: "节约率",
      aliases: ["节约比", "节约比例", "节支率"],
      definition: "决算比预算节约的比例，以预算数为基数。",
      formulas: [Formula("（预算数 − 决算数）÷ 预算数 × 100%", confidence: .partial)],
      note: "基数是预算数，不是决算数；节约额与节约率应出自同一组预算数、决算数。",
      sources: [Source.numbers],
      confidence: .partial),
    Term(
      name: "超支率",
      aliases: ["超支比", "超支比例", "超支节约比率", "超支节约率"],
      definition: "决算超出预算的比例，以预算数为基数。",
      formulas: [Formula("（决算数 − 预算数）÷ 预算数 × 100%", confidence: .unconfirmed)],
      note: "“超支节约比率”一栏带正负号时，符号应与“金额差异”一栏一致（超支为正、节约为负）。",
      sources: [Source.numbers],
      confidence: .unconfirmed),
    Term(
      name: "占比",
      aliases: ["比重", "所占比例", "所占比重"],
      definition: "部分占总体的比例。",
      formulas: [Formula("部分 ÷ 总体 × 100%")],
      note: "同一总体的各部分占比之和应在舍入误差内等于100%。",
      sources: [Source.numbers]),
    Term(
      name: "“三公”经费",
      definition: "因公出国（境）费、公务用车购置及运行维护费、公务接待费三项之和。"
        + "决算数只统计一般公共预算财政拨款（含上年结转和当年预算）。",
      formulas: [
        Formula("“三公”经费合计 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费"),
        Formula("公务用车购置及运行维护费 = 公务用车购置费 + 公务用车运行维护费"),
      ],
      includes: ["因公出国（境）费", "公务用车购置及运行维护费（含车辆购置税、燃料、维修、过路过桥、保险等）", "公务接待费"],
      excludes: ["会议费", "培训费", "办公费", "国内差旅费", "印刷费", "水电费", "机关运行经费（范围更大，包含“三公”）"],
      note: "常见错误：把会议费、培训费列在“三公”经费情况下。公开时应说明因公出国团组数和人数、"
        + "公务用车购置数和保有量、国内公务接待批次和人数，以及增减变化原因。",
      sources: [Source.sanGong, Source.framework2013]),
    Term(
      name: "因公出国（境）费",
      aliases: ["因公出国费", "因公出国（境）经费"],
      definition: "单位工作人员公务出国（境）的国际旅费、国外城市间交通费、住宿费、伙食费、培训费、公杂费等支出。"
        + "属于“三公”经费。",
      sources: [Source.sanGong]),
    Term(
      name: "公务用车购置及运行维护费",
      aliases: ["公务用车购置及运行费", "公务车辆购置及运行费", "公务用车运行维护费", "公务车运行维护费", "公务用车购置费"],
      definition: "公务用车购置费（含车辆购置税）与公务用车运行维护费（燃料、维修、过路过桥、保险、安全奖励等）之和。"
        + "属于“三公”经费。旧口径“公务用车购置及运行费”还包括租用费。",
      formulas: [Formula("公务用车购置及运行维护费 = 公务用车购置费 + 公务用车运行维护费")],
      sources: [Source.sanGong]),
    Term(
      name: "公务接待费",
      aliases: ["公务招待费", "国内公务接待费"],
      definition: "按规定开支的各类公务接待（含外宾接待）支出。属于“三公”经费。",
      sources: [Source.sanGong]),
    Term(
      name: "会议费",
      definition: "召开会议发生的支出。不属于“三公”经费，决算表中与培训费一起单列（“三公”经费及会议费、培训费支出决算表）。",
      sources: [Source.sanGong]),
    Term(
      name: "培训费",
      definition: "开展培训发生的支出。不属于“三公”经费，决算表中与会议费一起单列。",
      sources: [Source.sanGong]),
    Term(
      name: "机关运行经费",
      definition: "为保障机关运行用于购买货物和服务的各项资金，包括办公及印刷费、邮电费、差旅费、会议费、培训费、福利费、"
        + "日常维修费、专用材料及一般设备购置费、水电费、物业管理费，以及“三公”经费各项。",
      note: "范围比“三公”经费大，两者不能混用。",
      sources: [Source.sanGong]),
    Term(
      name: "基本支出",
      definition: "保障机构正常运转和完成日常工作任务所需的支出，包括人员经费和公用经费。",
      formulas: [
        Formula("基本支出 = 人员经费 + 公用经费", confidence: .unconfirmed),
        Formula("支出合计 = 基本支出 + 项目支出"),
      ],
      sources: [Source.finalAccounts],
      confidence: .unconfirmed),
    Term(
      name: "项目支出",
      definition: "在基本支出之外，为完成特定行政任务和事业发展目标而发生的支出。",
      formulas: [Formula("支出合计 = 基本支出 + 项目支出")],
      sources: [Source.finalAccounts],
      confidence: .unconfirmed),
    Term(
      name: "人员经费",
      definition: "基本支出中用于人员的部分：工资福利支出和对个人和家庭的补助。",
      formulas: [Formula("基本支出 = 人员经费 + 公用经费", confidence: .unconfirmed)],
      sources: [Source.finalAccounts],
      confidence: .unconfirmed),
    Term(
      name: "公用经费",
      definition: "基本支出中用于机构日常运转的部分，主要是商品和服务支出及相关资本性支出。",
      formulas: [Formula("基本支出 = 人员经费 + 公用经费", confidence: .unconfirmed)],
      sources: [Source.finalAccounts],
      confidence: .unconfirmed),
    Term(
      name: "结转结余",
      aliases: ["结转和结余", "结余结转"],
      definition: "结转资金指当年预算已执行但未完成、或因故未执行而下年需按原用途继续使用的资金；"
        + "结余资金指项目完成后剩余、或因故终止后剩余的资金。结转结余按决算数计。",
      formulas: [Formula("年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出")],
      sources: [Source.finalAccounts],
      confidence: .partial),
    Term(
      name: "一般公共预算",
      aliases: ["一般公共预算财政拨款", "公共财政预算"],
      definition: "以税收为主体的财政收入，安排用于保障和改善民生、推动经济社会发展、维护国家安全、"
        + "维持国家机构正常运转等方面的收支预算。“三公”经费决算只统计一般公共预算财政拨款。",
      sources: ["《中华人民共和国预算法》", Source.finalAccounts],
      confidence: .unconfirmed),
    Term(
      name: "政府性基金",
      aliases: ["政府性基金预算", "政府性基金预算财政拨款"],
      definition: "依照法律法规在一定期限内向特定对象征收、收取或以其他方式筹集的资金，专项用于特定公共事业发展，"
        + "以收定支、专款专用，单独编制政府性基金预算，不列入一般公共预算。",
      sources: ["《中华人民共和国预算法》", Source.finalAccounts],
      confidence: .unconfirmed),
    Term(
      name: "预决算",
      aliases: ["决算", "预算", "决算数", "预算数", "年初预算", "年初预算数", "调整预算", "全年预算数"],
      definition: "预算是年初经批准的收支计划（年初预算数；年中追加、调减后为调整预算数）；"
        + "决算是年度终了后实际收支的结果（决算数）。对比两者可得执行率、节约率或超支率，基数都是预算数。",
      note: "预决算应在批复后20日内公开。",
      sources: ["《中华人民共和国预算法》", Source.finalAccounts]),
    Term(
      name: "绩效等级",
      aliases: ["评价等级", "绩效评价等级"],
      definition: "按评价总分划分的等级。财政部预算司统一口径：90（含）～100分为优，80（含）～90分为良，"
        + "60（含）～80分为中，60分以下为差。也有地方或旧材料使用优秀、良好、合格、不合格。",
      note: "等级应与总分在报告所引用的标准下一致；地方标准可能不同。",
      sources: ["财政部预算司评价等级口径", "财政部《项目支出绩效评价管理办法》（财预〔2020〕10号）"]),
  ]
}
