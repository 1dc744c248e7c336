/// A heading together with the extent of its section, for outlines and folding.
public struct OutlineSection: Hashable, Sendable {
  /// Index into `Document.headings`.
  public var heading: Int
  /// From the start of the heading's line to the end of the section's last non-blank line.
  public var range: TextRange
  /// The section's last non-blank line (the heading's own line when the section is empty).
  public var lastLine: Int
  /// The sections of the headings nested under this one.
  public var children: [OutlineSection]
}

extension Document {
  /// The heading tree with section extents: a section runs until the next heading that is not nested
  /// under it. Linear in the number of lines.
  public var outline: [OutlineSection] {
    guard !headings.isEmpty else { return [] }
    var lastLines = [Int](repeating: lineIndex.lineCount - 1, count: headings.count)
    var open: [Int] = []
    for (index, heading) in headings.enumerated() {
      while let top = open.last, headings[top].level >= heading.level {
        lastLines[top] = heading.line - 1
        open.removeLast()
      }
      open.append(index)
    }
    var children = [[Int]](repeating: [], count: headings.count)
    var roots: [Int] = []
    for (index, heading) in headings.enumerated() {
      if let parent = heading.parent, parent < index { children[parent].append(index) } else { roots.append(index) }
    }
    // Children come after their parent, so building from the end finds every child already built.
    var built = [OutlineSection?](repeating: nil, count: headings.count)
    for index in headings.indices.reversed() {
      let line = headings[index].line
      var last = max(lastLines[index], line)
      while last > line, scalars.trimmed(lineIndex.contentRange(ofLine: last)).isEmpty { last -= 1 }
      built[index] = OutlineSection(
        heading: index, range: TextRange(lineIndex.lineStarts[line], lineIndex.lineEnds[last]), lastLine: last,
        children: children[index].compactMap { built[$0] })
    }
    return roots.compactMap { built[$0] }
  }
}
