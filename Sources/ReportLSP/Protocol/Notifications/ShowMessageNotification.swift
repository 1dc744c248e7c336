/// `window/showMessage` (server → client): a message for the user, such as a bad setting.
struct ShowMessageNotification: NotificationType {
  static let method = "window/showMessage"
  var type: MessageType
  var message: String
}
