/// ## 检查内容
/// 查找与报告前文完全或几乎完全重复的段落或连续多个段落——至少60个字，只比较汉字、数字和字母，使空白、编号
/// （（1）、2、）和标点掩盖不了抄写。在后出现的一份的第一行报告，注明其结束的行，并指向第一份。在经 PDF 转换
/// 硬换行的文本中，比较的是逻辑段落，而不是行。
///
/// 较短的重复短语（不足60个字，如“详见下表：”）和表格单元格从不报告。
///
/// ## 为什么要改
/// 一节内容粘贴了两遍——典型的是把“年度重点工作”又抄到“部门整体支出绩效情况”之下——报告变长了却没有多说什么，
/// 审核人员会认为报告是拼凑而成、没有通读过的。
///
/// ## 示例
/// ```
/// 3、年度重点工作
/// （1）村级公共服务提档升级。全乡新建垃圾分类收集点12个……
/// 四、部门整体支出绩效情况
/// 1、村级公共服务提档升级。全乡新建垃圾分类收集点12个……
/// ```
/// 应改为：保留一份，并在“绩效情况”下写明取得的绩效。
///
/// ## 修复安全性
/// 修复删除后出现的一份（整行删除），属于不安全修复：删除内容总要看一眼，而且可能后一份放对了地方、第一份反而没有。
/// 只有当重复部分的每个段落都与原文相同或包含在原文之中时才提供修复；改动了部分数字的近似重复不提供修复。
///
/// ## 性能
/// 段落通过存入哈希表的 winnowing k-gram 指纹进行比较（Schleimer、Wilkerson 和 Aiken，2003）：只需扫描文本一遍，
/// 无须对所有段落两两比较。
public struct DuplicatedContent: Rule {
  public static let code = "S101"
  public static let name = "duplicated-content"
  public static let title = "内容重复"
  public static let defaultSeverity = Severity.warning

  public init() {}

  /// Characters per k-gram: eight Chinese characters are specific enough to be shared by copies only.
  static let gramLength = 8
  /// Winnowing window: any common run of `gramLength + window - 1` characters shares a fingerprint.
  static let window = 4
  /// The shortest copy reported, in compared characters.
  static let minimumLength = 60
  /// The share of a paragraph's fingerprints that must come from one earlier paragraph.
  static let minimumSimilarity = 0.6

  private enum Kind {
    /// The same characters.
    case exact
    /// All its characters appear, in order and together, in the earlier paragraph.
    case contained
    /// Most of its fingerprints appear in the earlier paragraph.
    case near(similarity: Double)
  }

  private struct Match {
    var source: Int
    var kind: Kind
  }

  public func check(_ context: RuleContext) -> [Diagnostic] {
    let document = context.document
    let paragraphs = document.paragraphs
    guard paragraphs.count >= 2 else { return [] }
    let index = Fingerprints(document, characters: context.characters)
    var matches = [Match?](repeating: nil, count: paragraphs.count)
    for paragraph in paragraphs.indices { matches[paragraph] = index.match(of: paragraph) }

    var result: [Diagnostic] = []
    var paragraph = 0
    while paragraph < paragraphs.count {
      guard let first = matches[paragraph] else {
        paragraph += 1
        continue
      }
      // The run of copies: consecutive paragraphs copying consecutive paragraphs, ending before it.
      var copies = [(paragraph, first)]
      var next = paragraph + 1
      while next < paragraphs.count, let last = copies.last {
        let expected = last.1.source + 1
        guard expected < copies[0].0, !Self.hasTable(between: paragraphs[next - 1], paragraphs[next], document)
        else { break }
        if let match = matches[next], match.source >= expected, match.source <= expected + 1,
          match.source < copies[0].0
        {
          copies.append((next, match))
        } else if index.isEqual(next, expected),
          !Self.hasTable(between: paragraphs[expected - 1], paragraphs[expected], document)
        {
          copies.append((next, Match(source: expected, kind: .exact)))
        } else {
          break
        }
        next += 1
      }
      // Short identical lines just before the run (a heading such as 村级公共服务提档升级。) belong to it.
      let lastSource = copies[copies.count - 1].1.source
      let previousEnd = result.last?.range.end ?? 0
      var heads: [(Int, Match)] = []
      var head = (copy: paragraph - 1, source: first.source - 1)
      while head.copy > lastSource, head.source >= 0, paragraphs[head.copy].range.start >= previousEnd,
        index.isEqual(head.copy, head.source),
        !Self.hasTable(between: paragraphs[head.copy], paragraphs[head.copy + 1], document),
        !Self.hasTable(between: paragraphs[head.source], paragraphs[head.source + 1], document)
      {
        heads.append((head.copy, Match(source: head.source, kind: .exact)))
        head = (head.copy - 1, head.source - 1)
      }
      copies = heads.reversed() + copies
      let length = copies.reduce(0) { $0 + index.length(of: $1.0) }
      // What is shared, not what is written, must reach the minimum: a near copy counts its share.
      let shared = copies.reduce(0.0) { total, copy in
        guard case .near(let similarity) = copy.1.kind else { return total + Double(index.length(of: copy.0)) }
        return total + similarity * Double(index.length(of: copy.0))
      }
      let hasLongCopy = copies.contains { index.length(of: $0.0) >= Self.gramLength }
      if shared >= Double(Self.minimumLength), hasLongCopy {
        result.append(diagnostic(for: copies, length: length, document: document))
      }
      paragraph = next
    }
    return result
  }

  private func diagnostic(for copies: [(Int, Match)], length: Int, document: Document) -> Diagnostic {
    let paragraphs = document.paragraphs
    // The finding marks the copy's first line only (a copied block can run over many), and says where
    // the copy ends.
    let firstCopy = paragraphs[copies[0].0]
    let firstLineEnd = document.scalars.trimmed(document.lineIndex.contentRange(ofLine: firstCopy.line)).end
    let copyRange = TextRange(firstCopy.range.start, min(firstCopy.range.end, firstLineEnd))
    let lastLine = paragraphs[copies[copies.count - 1].0].lastLine
    // Sources increase along the run, so its first and last copies give the source's extent.
    let firstSource = copies[0].1.source
    let lastSource = copies[copies.count - 1].1.source
    let sourceRange = paragraphs[firstSource].range.union(paragraphs[lastSource].range)
    let sourceLines = Self.lines(firstSource, lastSource, paragraphs)
    var similarities: [Double] = []
    for (_, match) in copies {
      if case .near(let similarity) = match.kind { similarities.append(similarity) }
    }
    let what =
      lastLine == firstCopy.line
      ? "本段" : "从此处到第\(lastLine + 1)行的\(copies.count == 1 ? "这一段" : "\(copies.count)段")"
    let message: String
    if let lowest = similarities.min() {
      message = "\(what)与第\(sourceLines)行的内容基本相同（\(length)字，至少\(Int(lowest * 100))%相同），可能是重复粘贴"
    } else {
      message = "\(what)与第\(sourceLines)行的内容重复（\(length)字），可能是重复粘贴"
    }
    let fixes: [Fix] =
      similarities.isEmpty
      ? [Fix(title: "删除重复的内容", edits: [Self.deletion(of: copies, in: document)], applicability: .unsafe)] : []
    return diagnostic(
      copyRange, message, related: [RelatedInformation(range: sourceRange, message: "首次出现在这里")], fixes: fixes)
  }

  /// 12 or 12–18: one-based line numbers of a run of paragraphs.
  private static func lines(_ first: Int, _ last: Int, _ paragraphs: [Paragraph]) -> String {
    let from = paragraphs[first].line + 1
    let to = paragraphs[last].lastLine + 1
    return from == to ? "\(from)" : "\(from)–\(to)"
  }

  /// Deletes the lines of the copy; when blank lines surround it, the blank lines after it go too.
  private static func deletion(of copies: [(Int, Match)], in document: Document) -> TextEdit {
    let lines = document.lineIndex
    let text = document.scalars
    let firstLine = document.paragraphs[copies[0].0].line
    let lastLine = document.paragraphs[copies[copies.count - 1].0].lastLine
    func isBlank(_ line: Int) -> Bool { text.trimmed(lines.contentRange(ofLine: line)).isEmpty }
    func start(of line: Int) -> Int { line < lines.lineCount ? lines.lineStarts[line] : text.count }
    var end = lastLine + 1
    if firstLine == 0 || isBlank(firstLine - 1) {
      while end < lines.lineCount, isBlank(end) { end += 1 }
    }
    return TextEdit(range: TextRange(start(of: firstLine), start(of: end)), replacement: "")
  }

  /// Whether a table lies between two paragraphs (tables are not paragraphs, so they would be
  /// deleted with the run unseen).
  private static func hasTable(between earlier: Paragraph, _ later: Paragraph, _ document: Document) -> Bool {
    guard later.line > earlier.lastLine + 1 else { return false }
    return document.isTableLine[(earlier.lastLine + 1)..<later.line].contains(true)
  }

  /// The compared characters of each paragraph and their fingerprints, indexed once per document.
  private struct Fingerprints {
    /// Every paragraph's compared characters, one after another.
    private var characters: [UInt32] = []
    /// Each paragraph's slice of `characters`.
    private var spans: [Range<Int>] = []
    /// Each paragraph's hash of all its characters.
    private var wholeHashes: [UInt64] = []
    /// The first paragraph with the same characters, when an earlier one has them.
    private var equalTo: [Int?] = []
    /// The best earlier source of each paragraph by fingerprint votes, with its share of the votes.
    private var votes: [(source: Int, similarity: Double)?] = []

    /// `index` is the document's character index.
    init(_ document: Document, characters index: CharacterIndex) {
      let text = document.scalars
      let paragraphs = document.paragraphs
      let others = index.others
      // The compared characters of every paragraph, written straight into one buffer (paragraphs do
      // not overlap, so the text's length is enough). Between the scalars the index lists, all are
      // basic Han characters, which are compared as they are; only the listed ones are classified.
      var spans: [Range<Int>] = []
      spans.reserveCapacity(paragraphs.count)
      var nextOther = 0
      characters = [UInt32](unsafeUninitializedCapacity: text.count) { buffer, written in
        text.withUnsafeBufferPointer { text in
          for paragraph in paragraphs {
            // The numbering marker is not content: （1）村级公共服务 and 2、村级公共服务 are the same paragraph.
            let start = max(0, paragraph.heading.map { document.headings[$0].markerRange.end } ?? paragraph.range.start)
            let end = max(0, min(paragraph.range.end, text.count))
            let begin = written
            while nextOther < others.count, Int(others[nextOther]) < start { nextOther += 1 }
            var offset = start
            while offset < end, written < buffer.count {
              let listed = nextOther < others.count ? min(Int(others[nextOther]), end) : end
              while offset < listed, written < buffer.count {
                buffer[written] = text[offset].value
                written += 1
                offset += 1
              }
              guard offset < end, written < buffer.count else { break }
              if let value = Self.compared(text[offset]) {
                buffer[written] = value
                written += 1
              }
              offset += 1
              nextOther += 1
            }
            spans.append(begin..<written)
          }
        }
      }
      self.spans = spans
      var firstWithHash: [UInt64: Int] = [:]
      // Every paragraph's fingerprints, one after another.
      var fingerprints: [UInt64] = []
      fingerprints.reserveCapacity(characters.count * 2 / (DuplicatedContent.window + 1) + paragraphs.count)
      var fingerprintSpans: [Range<Int>] = []
      fingerprintSpans.reserveCapacity(paragraphs.count)
      for (position, span) in spans.enumerated() {
        let whole = Self.hash(characters[span])
        wholeHashes.append(whole)
        if let earlier = firstWithHash[whole], characters[spans[earlier]] == characters[span] {
          equalTo.append(earlier)
        } else {
          equalTo.append(nil)
          if !span.isEmpty, firstWithHash[whole] == nil { firstWithHash[whole] = position }
        }
        let begin = fingerprints.count
        Self.winnow(characters[span], into: &fingerprints)
        fingerprintSpans.append(begin..<fingerprints.count)
      }
      // Each fingerprint's first and latest paragraph, voted for by later paragraphs sharing it.
      let seen = FingerprintTable(capacity: fingerprints.count)
      defer { seen.deallocate() }
      var counts = [Int](repeating: 0, count: paragraphs.count)
      var voted: [Int] = []
      var votes: [(source: Int, similarity: Double)?] = []
      votes.reserveCapacity(paragraphs.count)
      fingerprints.withUnsafeBufferPointer { fingerprints in
        for (position, span) in fingerprintSpans.enumerated() {
          for index in span {
            guard let places = seen.places(of: fingerprints[index]) else { continue }
            if counts[places.first] == 0 { voted.append(places.first) }
            counts[places.first] += 1
            if places.last != places.first {
              if counts[places.last] == 0 { voted.append(places.last) }
              counts[places.last] += 1
            }
          }
          // The most voted source; on a tie the earliest, which is the one a reader should see.
          var best: (source: Int, count: Int)?
          for place in voted {
            if let current = best,
              counts[place] < current.count || (counts[place] == current.count && place > current.source)
            {
              continue
            }
            best = (place, counts[place])
          }
          for place in voted { counts[place] = 0 }
          voted.removeAll(keepingCapacity: true)
          if let best, span.count >= 2 {
            votes.append((best.source, Double(best.count) / Double(span.count)))
          } else {
            votes.append(nil)
          }
          for index in span { seen.record(fingerprints[index], in: position) }
        }
      }
      self.votes = votes
    }

    /// The number of compared characters of a paragraph.
    func length(of paragraph: Int) -> Int { spans[paragraph].count }

    /// Whether two paragraphs have the same compared characters (and at least one).
    func isEqual(_ paragraph: Int, _ other: Int) -> Bool {
      guard paragraph >= 0, other >= 0, paragraph < spans.count, other < spans.count, !spans[paragraph].isEmpty
      else { return false }
      return wholeHashes[paragraph] == wholeHashes[other] && characters[spans[paragraph]] == characters[spans[other]]
    }

    /// The earlier paragraph this one copies, if any.
    func match(of paragraph: Int) -> Match? {
      if let earlier = equalTo[paragraph] { return Match(source: earlier, kind: .exact) }
      guard let vote = votes[paragraph], vote.similarity >= DuplicatedContent.minimumSimilarity else { return nil }
      let copy = spans[paragraph]
      let source = spans[vote.source]
      // Containment is checked only against a source at most four times longer, which keeps the
      // total work linear however many paragraphs copy the same one.
      if source.count <= 4 * copy.count, Self.contains(characters[source], characters[copy]) {
        return Match(source: vote.source, kind: .contained)
      }
      return Match(source: vote.source, kind: .near(similarity: min(1, vote.similarity)))
    }

    /// Han characters, digits and letters are compared (full-width folded to ASCII, letters to
    /// lower case); white space and punctuation are not.
    private static func compared(_ scalar: Unicode.Scalar) -> UInt32? {
      if (0x4E00...0x9FFF).contains(scalar.value) || scalar.isHan { return scalar.value }
      if let digit = scalar.digitValue { return 0x30 + UInt32(digit) }
      if scalar.isLatinLetter {
        let value = scalar.value >= 0xFF21 ? scalar.value - 0xFF21 + 0x41 : scalar.value
        return value | 0x20
      }
      return nil
    }

    private static func hash(_ characters: ArraySlice<UInt32>) -> UInt64 {
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325
      for character in characters { hash = (hash ^ UInt64(character)) &* 0x100_0000_01b3 }
      return hash
    }

    /// A 64-bit mix so that the smallest hash of a window is not biased by the characters' values.
    private static func mix(_ value: UInt64) -> UInt64 {
      var z = value &+ 0x9e37_79b9_7f4a_7c15
      z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
      z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
      return z ^ (z >> 31)
    }

    /// Winnowing: the rolling hashes of all k-grams, then the smallest of every window of `window`
    /// consecutive hashes (the rightmost on a tie), each position recorded once, appended to
    /// `fingerprints`. Runs on every keystroke over the whole text: one pass, the last `window`
    /// hashes kept in a ring, the window's minimum kept as it slides (while it stays inside, only the
    /// hash entering can replace it; once it leaves, the ring is scanned again).
    private static func winnow(_ characters: ArraySlice<UInt32>, into fingerprints: inout [UInt64]) {
      let k = DuplicatedContent.gramLength
      let w = DuplicatedContent.window
      let count = characters.count - k + 1
      guard count > 0 else { return }
      let base: UInt64 = 1_000_003
      var power: UInt64 = 1
      for _ in 1..<k { power = power &* base }
      withUnsafeTemporaryAllocation(of: UInt64.self, capacity: w) { ring in
        characters.withUnsafeBufferPointer { input in
          var rolling: UInt64 = 0
          var chosen = -1
          var lastChosen = -1
          for offset in 0..<input.count {
            if offset >= k { rolling = rolling &- UInt64(input[offset - k]) &* power }
            rolling = rolling &* base &+ UInt64(input[offset])
            guard offset >= k - 1 else { continue }
            // The k-gram at `position`, and the window it completes.
            let position = offset - k + 1
            let hash = mix(rolling)
            ring[position % w] = hash
            guard position >= w - 1 else { continue }
            let windowStart = position - w + 1
            if chosen < windowStart {
              chosen = windowStart
              for candidate in windowStart...position where ring[candidate % w] <= ring[chosen % w] {
                chosen = candidate
              }
            } else if hash <= ring[chosen % w] {
              chosen = position
            }
            if chosen != lastChosen {
              fingerprints.append(ring[chosen % w])
              lastChosen = chosen
            }
          }
          // Fewer k-grams than a window: the one window holds them all.
          if count < w {
            chosen = 0
            for candidate in 0..<count where ring[candidate] <= ring[chosen] { chosen = candidate }
            fingerprints.append(ring[chosen])
          }
        }
      }
    }

    /// Whether `needle` occurs in `haystack` as one run (Rabin–Karp, checked on a hash hit).
    private static func contains(_ haystack: ArraySlice<UInt32>, _ needle: ArraySlice<UInt32>) -> Bool {
      let n = needle.count
      guard n > 0, haystack.count >= n else { return false }
      let base: UInt64 = 1_000_003
      var power: UInt64 = 1
      for _ in 1..<max(n, 1) { power = power &* base }
      var target: UInt64 = 0
      for character in needle { target = target &* base &+ UInt64(character) }
      var rolling: UInt64 = 0
      let start = haystack.startIndex
      for offset in 0..<haystack.count {
        if offset >= n { rolling = rolling &- UInt64(haystack[start + offset - n]) &* power }
        rolling = rolling &* base &+ UInt64(haystack[start + offset])
        if offset >= n - 1, rolling == target,
          haystack[(start + offset - n + 1)...(start + offset)].elementsEqual(needle)
        {
          return true
        }
      }
      return false
    }

    /// An open-addressing hash table from fingerprints to the first and latest paragraph holding
    /// them. Fingerprints are already well-mixed 64-bit hashes, so they index the table directly,
    /// without the cost of `Hasher`. Sized for all the fingerprints of the document, it never grows;
    /// its memory is held by the initialiser that made it and freed there.
    private struct FingerprintTable {
      /// 0 marks an empty slot (a fingerprint of 0 is stored as 1). Only the keys are cleared: the
      /// paragraphs of a slot are written with its key.
      private let keys: UnsafeMutableBufferPointer<UInt64>
      /// The first and latest paragraph of each slot's fingerprint.
      private let places: UnsafeMutableBufferPointer<(first: Int32, last: Int32)>
      private let mask: Int

      /// A table for at most `capacity` fingerprints, at most two-thirds full.
      init(capacity: Int) {
        var size = 64
        while 2 * size < 3 * capacity { size <<= 1 }
        keys = .allocate(capacity: size)
        keys.initialize(repeating: 0)
        places = .allocate(capacity: size)
        mask = size - 1
      }

      func deallocate() {
        keys.deallocate()
        places.deallocate()
      }

      private func slot(of key: UInt64) -> Int {
        var slot = Int(truncatingIfNeeded: key) & mask
        while keys[slot] != 0, keys[slot] != key { slot = (slot + 1) & mask }
        return slot
      }

      func places(of fingerprint: UInt64) -> (first: Int, last: Int)? {
        let slot = slot(of: fingerprint == 0 ? 1 : fingerprint)
        return keys[slot] == 0 ? nil : (Int(places[slot].first), Int(places[slot].last))
      }

      func record(_ fingerprint: UInt64, in paragraph: Int) {
        let key = fingerprint == 0 ? 1 : fingerprint
        let index = slot(of: key)
        let position = Int32(truncatingIfNeeded: paragraph)
        if keys[index] == key {
          places[index].last = position
        } else {
          keys[index] = key
          places[index] = (position, position)
        }
      }
    }
  }
}
