

/// Renders what the engine read a number as, for the hover on that number.
enum QuantityMarkdown {
  static func render(_ quantity: Quantity, in document: Document) -> String {
    let written = document.string(in: quantity.range)
    var items: [String] = []
    switch quantity.kind {
    case .year: items.append("读作年份 \(quantity.digits)")
    case .date: items.append("读作日期或时刻，不参与计算")
    case .identifier: items.append("读作编号或代码，不参与计算")
    case .bare, .quantity:
      var value = "数值 \(quantity.digits)"
      value += quantity.decimals > 0 ? "（\(quantity.decimals)位小数，舍入误差 ±\(number(quantity.roundingError))）" : "（整数）"
      if quantity.isChineseNumeral { value += "，以汉字数字书写" }
      items.append(value)
      items.append(unitLine(quantity, in: document))
    }
    switch quantity.qualifier {
    case .exact: break
    case .approximate: items.append("约数（余、多、约、左右等）：不作精确核对")
    case .atLeast: items.append("下限（以上、不少于等）：实际值不小于此数")
    case .atMost: items.append("上限（以下、以内、不超过等）：实际值不大于此数")
    }
    if quantity.isRangeBound { items.append("是一个范围的端点") }
    if let place = tablePlace(of: quantity, in: document) { items.append(place) }
    return "**\(written)**\n\n" + items.map { "- \($0)" }.joined(separator: "\n")
  }

  private static func unitLine(_ quantity: Quantity, in document: Document) -> String {
    guard let unit = quantity.unit else { return "无单位" }
    var line = "单位 \(unit.symbol)（\(dimensionName(unit.dimension))"
    if unit.scale != 1 {
      line += "，即 \(number(quantity.baseValue)) \(unit.base)"
    }
    line += "）"
    if quantity.isUnitInherited {
      line +=
        quantity.unitRange == nil && document.tables.contains(where: { $0.range.contains(quantity.range) })
        ? "，沿用表格注明的单位" : "，沿用后文写出的单位"
    }
    return line
  }

  /// 表格“行标题”行、“列标题”列, for a number in a table cell.
  private static func tablePlace(of quantity: Quantity, in document: Document) -> String? {
    guard let table = document.tables.first(where: { $0.range.contains(quantity.range) }) else { return nil }
    for (rowIndex, row) in table.rows.enumerated() {
      guard let column = row.firstIndex(where: { $0.range.contains(quantity.range) }) else { continue }
      var place = "表格中"
      if column > 0, let rowTitle = row.first, rowTitle.quantity == nil { place += "“\(rowTitle.text)”行" }
      if rowIndex > 0, column < table.header.count, table.header[column].quantity == nil {
        place += "“\(table.header[column].text)”列"
      }
      return place == "表格中" ? nil : place
    }
    return nil
  }

  private static func dimensionName(_ dimension: Dimension) -> String {
    switch dimension {
    case .money: "金额"
    case .percent: "百分比"
    case .percentagePoint: "百分点，两个百分比之差"
    case .area: "面积"
    case .length: "长度"
    case .weight: "重量"
    case .volume: "体积"
    case .time: "时间"
    case .count: "计数"
    case .score: "分值"
    case .multiple: "仅写了万或亿，缺计量单位"
    }
  }

  /// A number in plain decimal notation, at most six decimals, without trailing zeros.
  static func number(_ value: Double) -> String {
    guard value.isFinite else { return "—" }
    var text = DecimalText.string(value, decimals: 6)
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text == "-0" ? "0" : text
  }
}
