/// `$/progress` (server → client): one step of a work-done progress.
struct ProgressNotification: NotificationType {
  static let method = "$/progress"
  var token: JSONValue
  var value: WorkDoneProgress
}

/// The value of a work-done `$/progress`: `begin`, then `report`s, then `end`.
struct WorkDoneProgress: Codable, Hashable, Sendable {
  var kind: String
  var title: String?
  var cancellable: Bool?
  var message: String?
  var percentage: Int?

  static func begin(_ title: String) -> WorkDoneProgress {
    WorkDoneProgress(kind: "begin", title: title, cancellable: false, message: nil, percentage: 0)
  }

  static func report(_ message: String, percentage: Int) -> WorkDoneProgress {
    WorkDoneProgress(kind: "report", title: nil, cancellable: nil, message: message, percentage: percentage)
  }

  static func end(_ message: String) -> WorkDoneProgress {
    WorkDoneProgress(kind: "end", title: nil, cancellable: nil, message: message, percentage: nil)
  }
}
