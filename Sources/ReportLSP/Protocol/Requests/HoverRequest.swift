/// `textDocument/hover`: the explanation of the findings under the cursor.
struct HoverRequest: RequestType {
  static let method = "textDocument/hover"
  typealias Response = Hover?

  var textDocument: TextDocumentIdentifier
  var position: Position
}

struct Hover: Codable, Hashable, Sendable {
  var contents: MarkupContent
  var range: Range?
}
