/// `$/cancelRequest`: the client no longer wants the answer to request `id`.
struct CancelRequestNotification: NotificationType {
  static let method = "$/cancelRequest"
  var id: JSONValue
}
