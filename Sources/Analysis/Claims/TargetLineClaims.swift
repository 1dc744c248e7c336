/// Indicator lines and their results: "1) 油菜种植面积2万亩。" followed by "…2.3万亩，指标完成率115%".
enum TargetLineClaims {
  /// Words saying a result beats its target.
  static let exceedWords = ["超出年初预期", "超出预期", "超过预期", "超额完成", "超出目标", "超过目标", "超出年度目标"]

  static func find(_ builder: ClaimBuilder) -> [Claim] {
    var found: [Claim] = []
    // The facts of each paragraph: a paragraph's facts are read one after another.
    let paragraphs = builder.document.paragraphs
    var factsOfParagraph = [Range<Int>?](repeating: nil, count: paragraphs.count)
    for span in builder.spans where !span.facts.isEmpty {
      guard let paragraph = span.paragraph, paragraph < paragraphs.count else { continue }
      let known = factsOfParagraph[paragraph]
      factsOfParagraph[paragraph] = (known?.lowerBound ?? span.facts.lowerBound)..<span.facts.upperBound
    }
    for index in paragraphs.indices.dropLast() {
      let line = paragraphs[index]
      let next = paragraphs[index + 1]
      guard let targets = factsOfParagraph[index], targets.count == 1, let target = targets.first,
        builder.facts[target].isExact, line.range.length <= 60, line.sentences.count <= 1 || line.heading != nil,
        next.line - line.line <= 3, next.heading == nil || !(builder.document.headings[next.heading!].isTitle),
        builder.blockOfParagraph[index + 1] == builder.blockOfParagraph[index] + 1,
        let results = factsOfParagraph[index + 1]
      else { continue }
      let targetFact = builder.facts[target]
      // Completion: 指标完成率X% = 实际 ÷ 指标.
      if targetFact.quantity.unit?.dimension != .percent,
        let rate = results.first(where: {
          builder.facts[$0].quantity.unit?.dimension == .percent && builder.labelContains($0, "完成率")
            && builder.facts[$0].isExact
        }),
        let actual = results.last(where: {
          $0 < rate && builder.sameUnit($0, target) && builder.facts[$0].isExact
            && (builder.facts[$0].role == .value || builder.facts[$0].role == .newValue) && !builder.facts[$0].isPerUnit
        }),
        var claim = builder.makeClaim(
          kind: .ratio, name: "指标完成率", stated: rate, keyword: builder.readings[rate].keywordRange,
          inputs: [.init(role: "实际完成值", fact: actual), .init(role: "指标值", fact: target)],
          definition: "完成率 = 实际完成值 ÷ 指标值", formula: { "\($0[0])÷\($0[1])" },
          isInferred: true, compute: { $0[1] == 0 ? nil : $0[0] / $0[1] * 100 })
      {
        if builder.facts[actual].quantity.digits == targetFact.quantity.digits, claim.verdict != .consistent {
          claim.alternatives.append(
            ClaimAlternative(
              explanation: "指标行与完成情况写的是同一数值\(targetFact.quantity.digits)\(targetFact.quantity.unit?.symbol ?? "")，"
                + "若完成率无误，则指标行写成了实际完成值，应改为指标值", range: targetFact.quantity.numberRange, replacement: nil))
        }
        found.append(claim)
      }
      // 超出年初预期 with a result below the target (every such phrase contains 超).
      guard builder.text[next.range.start..<next.range.end].contains("超") else { continue }
      for word in exceedWords {
        guard let offset = builder.text.firstOffset(of: word, in: next.range) else { continue }
        let keyword = TextRange(offset, offset + word.unicodeScalars.count)
        let candidates = results.filter {
          builder.facts[$0].quantity.range.end <= offset && builder.facts[$0].isExact
            && builder.sameUnit($0, target)
            && !builder.labelContains($0, "完成率")
        }
        if let actual = candidates.last,
          let claim = ProseClaims.directionClaim(
            builder, stated: actual, keyword: keyword, current: actual, reference: target, direction: .increase)
        {
          var exceed = claim
          exceed.name = "超出预期"
          exceed.isInferred = true
          exceed.definition = "实际值应高于指标值"
          exceed.inputs[0].role = "实际值"
          exceed.inputs[1].role = "指标值"
          found.append(exceed)
        }
        break
      }
    }
    return found
  }
}
