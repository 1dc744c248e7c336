import Foundation

/// Any JSON value: the shape of JSON-RPC params, ids and settings whose type is not fixed.
enum JSONValue: Hashable, Sendable, Codable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(Double.self) {
      self = .number(value)
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else if let value = try? container.decode([JSONValue].self) {
      self = .array(value)
    } else {
      self = .object(try container.decode([String: JSONValue].self))
    }
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .null: try container.encodeNil()
    case .bool(let value): try container.encode(value)
    case .number(let value):
      if value.rounded() == value, abs(value) < 9e15 { try container.encode(Int64(value)) } else { try container.encode(value) }
    case .string(let value): try container.encode(value)
    case .array(let value): try container.encode(value)
    case .object(let value): try container.encode(value)
    }
  }

  subscript(key: String) -> JSONValue? {
    if case .object(let object) = self { return object[key] }
    return nil
  }

  var stringValue: String? { if case .string(let value) = self { value } else { nil } }
  var boolValue: Bool? { if case .bool(let value) = self { value } else { nil } }
  var doubleValue: Double? { if case .number(let value) = self { value } else { nil } }
  var intValue: Int? {
    if case .number(let value) = self, value.rounded() == value, abs(value) < 9e15 { return Int(value) }
    return nil
  }
  var arrayValue: [JSONValue]? { if case .array(let value) = self { value } else { nil } }
  var objectValue: [String: JSONValue]? { if case .object(let value) = self { value } else { nil } }

  /// Decodes a Codable value from this JSON value.
  func decode<T: Decodable>(_ type: T.Type) throws -> T {
    try JSONDecoder().decode(T.self, from: JSONEncoder().encode(self))
  }

  /// Encodes a Codable value as a JSON value.
  static func encode<T: Encodable>(_ value: T) throws -> JSONValue {
    try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(value))
  }
}
