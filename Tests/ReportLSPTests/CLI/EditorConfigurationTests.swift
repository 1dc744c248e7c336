import Foundation
import Testing

@testable import ReportLSP

/// The VS Code extension's settings are the keys `Settings.parse` accepts, and their defaults parse cleanly.
@Suite struct EditorConfigurationTests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static func packageJSON() throws -> JSONValue {
    let data = try Data(contentsOf: repository.appendingPathComponent("editors/vscode/package.json"))
    return try JSONDecoder().decode(JSONValue.self, from: data)
  }

  static func settingProperties() throws -> [String: JSONValue] {
    try #require(packageJSON()["contributes"]?["configuration"]?["properties"]?.objectValue)
  }

  @Test func vscodeSettingsAreExactlyTheServerKeys() throws {
    let keys = try Self.settingProperties().keys.map { key -> String in
      #expect(key.hasPrefix("reportLSP."), "\(key) is outside the reportLSP section")
      return String(key.dropFirst("reportLSP.".count).split(separator: ".").first ?? "")
    }
    #expect(Set(keys) == Settings.knownKeys)
  }

  @Test func vscodeDefaultsParseWithoutProblems() throws {
    // The object VS Code sends for the section: dotted names nest, null defaults are left out by the client.
    var section: [String: JSONValue] = [:]
    for (key, property) in try Self.settingProperties() {
      guard let value = property["default"], value != .null else { continue }
      let path = key.dropFirst("reportLSP.".count).split(separator: ".").map(String.init)
      if path.count == 2 {
        var inner = section[path[0]]?.objectValue ?? [:]
        inner[path[1]] = value
        section[path[0]] = .object(inner)
      } else {
        section[path[0]] = value
      }
    }
    let (settings, problems) = Settings.parse(.object(["reportLSP": .object(section)]))
    #expect(problems == [])
    #expect(settings == Settings.default)
  }

  @Test func vscodeActivatesOnReportsAndOffersTheCommands() throws {
    let manifest = try Self.packageJSON()
    let events = manifest["activationEvents"]?.arrayValue?.compactMap(\.stringValue) ?? []
    #expect(events == ["onLanguage:plaintext", "onLanguage:markdown"])
    let commands = manifest["contributes"]?["commands"]?.arrayValue?.compactMap { $0["command"]?.stringValue } ?? []
    #expect(commands == ["reportLSP.restartServer", "reportLSP.lintWorkspace"])
    let source = try String(
      contentsOf: Self.repository.appendingPathComponent("editors/vscode/src/extension.ts"), encoding: .utf8)
    for key in Settings.knownKeys.subtracting(Settings.clientOnlyKeys) {
      #expect(source.contains("'\(key)'"), "extension.ts does not send \(key)")
    }
  }
}
