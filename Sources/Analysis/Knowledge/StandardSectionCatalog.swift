/// A section title of a report outline, with its level (1 for 一、, 2 for （一）, 3 for 1.).
public struct StandardSection: Hashable, Sendable {
  public var title: String
  public var level: Int
  /// The outline it comes from.
  public var template: String
  public var confidence: Confidence

  public init(_ title: String, level: Int, template: String, confidence: Confidence = .confirmed) {
    self.title = title
    self.level = level
    self.template = template
    self.confidence = confidence
  }
}

/// The standard section titles of the report outlines (../shared/domain.md §3), as data, for completion.
public enum StandardSectionCatalog {
  /// Every title, outline by outline, in outline order.
  public static let all: [StandardSection] = hunan + hubei

  private static let hunanName = "湖南部门整体支出绩效评价（自评）报告"
  private static let hubeiName = "湖北部门整体支出绩效自评报告"

  private static let hunan: [StandardSection] = [
    StandardSection("部门概况", level: 1, template: hunanName),
    StandardSection("部门基本情况", level: 2, template: hunanName),
    StandardSection("部门整体支出情况", level: 2, template: hunanName),
    StandardSection("部门整体支出管理及使用情况", level: 1, template: hunanName),
    StandardSection("基本支出", level: 2, template: hunanName),
    StandardSection("项目支出", level: 2, template: hunanName),
    StandardSection("“三公”经费情况", level: 2, template: hunanName),
    StandardSection("绩效评价工作情况", level: 1, template: hunanName),
    StandardSection("部门整体支出绩效情况", level: 1, template: hunanName),
    StandardSection("存在的主要问题", level: 1, template: hunanName),
    StandardSection("改进措施和有关建议", level: 1, template: hunanName),
  ]

  private static let hubei: [StandardSection] = [
    StandardSection("绩效自评得分情况及绩效等级", level: 1, template: hubeiName, confidence: .unconfirmed),
    StandardSection("基本情况", level: 1, template: hubeiName, confidence: .unconfirmed),
    StandardSection("部门支出情况及当年政府下达的重点工作", level: 2, template: hubeiName, confidence: .unconfirmed),
    StandardSection("年度绩效目标概述", level: 2, template: hubeiName, confidence: .unconfirmed),
    StandardSection("绩效评价情况", level: 1, template: hubeiName, confidence: .unconfirmed),
    StandardSection("资金投入情况分析", level: 2, template: hubeiName, confidence: .unconfirmed),
    StandardSection("资金到位情况分析", level: 3, template: hubeiName, confidence: .unconfirmed),
    StandardSection("资金执行情况分析", level: 3, template: hubeiName, confidence: .unconfirmed),
    StandardSection("资金管理情况分析", level: 3, template: hubeiName, confidence: .unconfirmed),
    StandardSection("绩效目标完成情况分析", level: 2, template: hubeiName, confidence: .unconfirmed),
    StandardSection("产出指标完成情况分析", level: 3, template: hubeiName, confidence: .unconfirmed),
    StandardSection("效益指标完成情况分析", level: 3, template: hubeiName, confidence: .unconfirmed),
    StandardSection("绩效自评结果拟应用情况", level: 1, template: hubeiName, confidence: .unconfirmed),
    StandardSection("下一步改进措施", level: 2, template: hubeiName, confidence: .unconfirmed),
    StandardSection("拟与预算安排相结合情况", level: 2, template: hubeiName, confidence: .unconfirmed),
    StandardSection("拟公开情况", level: 2, template: hubeiName, confidence: .unconfirmed),
  ]
}
