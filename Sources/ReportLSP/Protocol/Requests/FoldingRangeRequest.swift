/// `textDocument/foldingRange`: one fold per heading section.
struct FoldingRangeRequest: RequestType {
  static let method = "textDocument/foldingRange"
  typealias Response = [FoldingRange]

  var textDocument: TextDocumentIdentifier
}

struct FoldingRange: Codable, Hashable, Sendable {
  var startLine: Int
  var endLine: Int
  var kind: String?
}
