/// `workspace/didChangeConfiguration`: new settings, under `reportLSP` or as the whole object.
struct DidChangeConfigurationNotification: NotificationType {
  static let method = "workspace/didChangeConfiguration"
  var settings: JSONValue?
}
