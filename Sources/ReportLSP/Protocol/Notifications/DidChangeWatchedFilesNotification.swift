/// `workspace/didChangeWatchedFiles`: files the server asked to watch (the waiver side files) changed.
struct DidChangeWatchedFilesNotification: NotificationType {
  static let method = "workspace/didChangeWatchedFiles"

  struct FileEvent: Codable, Hashable, Sendable {
    var uri: String
    /// 1 created, 2 changed, 3 deleted.
    var type: Int
  }

  var changes: [FileEvent]
}
