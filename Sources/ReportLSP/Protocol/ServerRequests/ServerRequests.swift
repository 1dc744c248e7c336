/// A request the server sends to the client, answered with `Response`.
protocol ServerRequestType: Encodable, Sendable {
  static var method: String { get }
  associatedtype Response: Decodable & Sendable
}

/// `workspace/applyEdit`: asks the client to apply a workspace edit (the waiver side file).
struct ApplyWorkspaceEditRequest: ServerRequestType {
  static let method = "workspace/applyEdit"

  struct Result: Codable, Hashable, Sendable {
    var applied: Bool
    var failureReason: String?
  }
  typealias Response = Result

  var label: String?
  var edit: WorkspaceEdit
}

/// `window/workDoneProgress/create`: asks the client to show a progress with this token.
struct WorkDoneProgressCreateRequest: ServerRequestType {
  static let method = "window/workDoneProgress/create"
  typealias Response = JSONValue

  var token: JSONValue
}

/// `client/registerCapability`: dynamic registration, used to watch the waiver side files.
struct RegistrationRequest: ServerRequestType {
  static let method = "client/registerCapability"
  typealias Response = JSONValue

  struct Registration: Encodable, Sendable {
    var id: String
    var method: String
    var registerOptions: JSONValue?
  }

  var registrations: [Registration]
}

/// `workspace/configuration`: asks the client for the settings of the given sections.
struct ConfigurationRequest: ServerRequestType {
  static let method = "workspace/configuration"
  typealias Response = [JSONValue]

  struct Item: Encodable, Sendable {
    var scopeUri: String?
    var section: String?
  }

  var items: [Item]
}
