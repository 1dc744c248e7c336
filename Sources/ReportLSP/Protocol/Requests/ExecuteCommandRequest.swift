/// `workspace/executeCommand`: one of the commands listed in `executeCommandProvider`.
struct ExecuteCommandRequest: RequestType {
  static let method = "workspace/executeCommand"
  /// Each command answers with its own JSON value.
  typealias Response = JSONValue

  var command: String
  var arguments: [JSONValue]?
}

/// The commands the server executes.
enum ServerCommand {
  /// The reviewer's checklist of an open document, as Markdown. Argument: the document's URI.
  static let showChecklist = "reportLSP.showChecklist"

  static let all = [showChecklist]
}

/// A command attached to a code lens or code action: the client runs it when it is chosen.
struct Command: Codable, Hashable, Sendable {
  var title: String
  var command: String
  var arguments: [JSONValue]?
}
