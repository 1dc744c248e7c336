/// A set of names found by walking backwards from where they end.
///
/// Place names in these reports end in a small set of characters (镇, 乡, 街道). Walking the trie
/// backwards from each such character finds every name ending there in one pass, so matching all
/// names costs the text length times the longest name, whatever the number of names.
struct ReverseNameTrie<Value> {
  private var children: [[Unicode.Scalar: Int]] = [[:]]
  private var values: [Int: Value] = [:]
  /// The length of the longest name, in scalars.
  private(set) var maxLength = 0

  /// Whether no name was inserted.
  var isEmpty: Bool { values.isEmpty }

  /// Adds `name`; a name inserted twice keeps its first value.
  mutating func insert(_ name: String, value: Value) {
    let scalars = Array(name.unicodeScalars)
    guard !scalars.isEmpty else { return }
    var node = 0
    for scalar in scalars.reversed() {
      if let next = children[node][scalar] {
        node = next
      } else {
        children.append([:])
        children[node][scalar] = children.count - 1
        node = children.count - 1
      }
    }
    if values[node] == nil { values[node] = value }
    maxLength = max(maxLength, scalars.count)
  }

  /// The longest name that ends right before `end` and starts at or after `lowerBound`.
  func longestMatch(in text: [Unicode.Scalar], endingAt end: Int, lowerBound: Int) -> (start: Int, value: Value)? {
    var node = 0
    var index = min(end, text.count)
    var best: (start: Int, value: Value)?
    let floor = max(lowerBound, 0)
    while index > floor, let next = children[node][text[index - 1]] {
      node = next
      index -= 1
      if let value = values[node] { best = (index, value) }
    }
    return best
  }
}
