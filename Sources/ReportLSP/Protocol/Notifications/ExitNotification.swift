/// `exit`: end the process, with code 0 after `shutdown` and 1 otherwise.
struct ExitNotification: NotificationType {
  static let method = "exit"
}
