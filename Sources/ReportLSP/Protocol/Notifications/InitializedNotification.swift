/// `initialized`: the client got the initialize result.
struct InitializedNotification: NotificationType {
  static let method = "initialized"
}
