/// `workspace/executeCommand`: one of the commands listed in `executeCommandProvider`.
struct ExecuteCommandRequest: RequestType {
  static let method = "workspace/executeCommand"
  /// Each command answers with its own small JSON object (or null).
  typealias Response = JSONValue

  var command: String
  var arguments: [JSONValue]?
  /// A progress token the client created for this request, if any.
  var workDoneToken: JSONValue?
}

/// The commands the server executes.
enum ServerCommand {
  /// "忽略此处…" sent to the server directly by a client without its own handler: records the waiver with
  /// a placeholder reason. Argument: `{uri, code, text, before, after}`.
  static let waive = "reportLSP.waive"
  /// Records a waiver with the reason the user typed. Argument: `{uri, code, text, before, after, reason}`.
  static let recordWaiver = "reportLSP.recordWaiver"
  /// Lints every report under the workspace folders. No arguments.
  static let lintWorkspace = "reportLSP.lintWorkspace"

  /// The reviewer's checklist of an open document, as Markdown. Argument: the document's URI.
  static let showChecklist = "reportLSP.showChecklist"

  static let all = [waive, recordWaiver, lintWorkspace, showChecklist]
}

/// A command attached to a code lens or code action: the client runs it when it is chosen.
struct Command: Codable, Hashable, Sendable {
  var title: String
  var command: String
  var arguments: [JSONValue]?
}
