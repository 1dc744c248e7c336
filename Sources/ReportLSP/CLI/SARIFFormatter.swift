import Analysis
import Foundation

/// SARIF 2.1.0 for code-scanning services: every rule in `tool.driver.rules` with its documentation,
/// one result per finding, waived findings with a `suppressions` entry carrying the author's reason.
/// Columns count Unicode code points (`columnKind`), lines and columns 1-based.
enum SARIFFormatter {
  struct Log: Encodable {
    var schema = "https://json.schemastore.org/sarif-2.1.0.json"
    var version = "2.1.0"
    var runs: [Run]
    enum CodingKeys: String, CodingKey {
      case schema = "$schema"
      case version, runs
    }
  }

  struct Run: Encodable {
    var tool: Tool
    var invocations: [Invocation]
    var originalUriBaseIds: [String: ArtifactLocation]
    var columnKind = "unicodeCodePoints"
    var results: [Result]
  }

  struct Tool: Encodable { var driver: Driver }

  struct Driver: Encodable {
    var name = "report-lsp"
    var version = reportLSPVersion
    var semanticVersion = reportLSPVersion
    var informationUri: String?
    var rules: [ReportingDescriptor]
  }

  struct ReportingDescriptor: Encodable {
    var id: String
    var name: String
    var shortDescription: Message
    var fullDescription: Message
    var help: Message
    var helpUri: String?
    var defaultConfiguration: Configuration
    var properties: Properties
  }

  struct Configuration: Encodable { var level: String }
  struct Properties: Encodable { var tags: [String] }

  struct Message: Encodable {
    var text: String
    var markdown: String?
  }

  struct Invocation: Encodable {
    var executionSuccessful: Bool
    var toolExecutionNotifications: [Notification]
  }

  struct Notification: Encodable {
    var level = "error"
    var message: Message
  }

  struct ArtifactLocation: Encodable {
    var uri: String
    var uriBaseId: String?
  }

  struct Region: Encodable {
    var startLine: Int
    var startColumn: Int
    var endLine: Int
    var endColumn: Int
    var snippet: Message?
  }

  struct PhysicalLocation: Encodable {
    var artifactLocation: ArtifactLocation
    /// Absent in a Word document, where lines and columns of the converted text mean nothing.
    var region: Region?
  }

  /// A paragraph or table cell of a Word document ("第12段").
  struct LogicalLocation: Encodable {
    var name: String
  }

  struct Location: Encodable {
    var id: Int?
    var physicalLocation: PhysicalLocation
    var logicalLocations: [LogicalLocation]?
    var message: Message?
  }

  struct Replacement: Encodable {
    var deletedRegion: Region
    var insertedContent: Message
  }

  struct ArtifactChange: Encodable {
    var artifactLocation: ArtifactLocation
    var replacements: [Replacement]
  }

  struct Fix: Encodable {
    var description: Message
    var artifactChanges: [ArtifactChange]
  }

  struct Suppression: Encodable {
    var kind = "external"
    var status = "accepted"
    var justification: String
  }

  struct Result: Encodable {
    var ruleId: String
    var ruleIndex: Int?
    var level: String
    var message: Message
    var locations: [Location]
    var relatedLocations: [Location]?
    var partialFingerprints: [String: String]
    var fixes: [Fix]?
    var suppressions: [Suppression]?
  }

  static let sourceRoot = "%SRCROOT%"

  static func format(_ report: LintCommand.Report, currentDirectory: String) -> String {
    let rules = RuleRegistry.all
    let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.code, $0) })
    let docsBase = report.results.first?.ruleDocsURL
    let descriptors = rules.map { rule in
      let documentation = RuleDocumentation.markdown(for: rule.code) ?? rule.title
      return ReportingDescriptor(
        id: rule.code, name: rule.name, shortDescription: Message(text: rule.title),
        fullDescription: Message(text: RuleDocumentation.summary(of: documentation) ?? rule.title),
        help: Message(text: documentation, markdown: documentation),
        helpUri: RuleLinks.url(for: rule.code, base: docsBase),
        defaultConfiguration: Configuration(level: level(rule.defaultSeverity)),
        properties: Properties(tags: ["report"]))
    }
    var results: [Result] = []
    for file in report.results {
      guard let document = file.document else { continue }
      let artifact = artifactLocation(file)
      var seen: [String: Int] = [:]
      let all = file.diagnostics.map { ($0, nil as Waiver?) } + file.waived.map { ($0.diagnostic, $0.waiver) }
      for (diagnostic, waiver) in all {
        let anchor = Waiver(for: diagnostic, in: document, reason: "")
        let key = [anchor.code, anchor.before, anchor.text, anchor.after].joined(separator: "\u{1F}")
        let occurrence = seen[key, default: 0]
        seen[key] = occurrence + 1
        let word = file.word
        func location(_ range: TextRange, id: Int? = nil, message: Message? = nil, withSnippet: Bool) -> Location {
          guard let word else {
            return Location(
              id: id,
              physicalLocation: PhysicalLocation(
                artifactLocation: artifact, region: region(range, in: document, withSnippet: withSnippet)),
              message: message)
          }
          let place = word.place(of: range, in: document)
          return Location(
            id: id, physicalLocation: PhysicalLocation(artifactLocation: artifact, region: nil),
            logicalLocations: [LogicalLocation(name: place.location)], message: message ?? Message(text: place.quote))
        }
        let related = diagnostic.related.enumerated().map { index, info in
          location(info.range, id: index, message: Message(text: info.message), withSnippet: false)
        }
        // Fixes edit text; a Word document is not edited.
        let fixes =
          word != nil
          ? []
          : diagnostic.fixes.map { fix in
            Fix(
              description: Message(text: fix.title),
              artifactChanges: [
                ArtifactChange(
                  artifactLocation: artifact,
                  replacements: fix.edits.map {
                    Replacement(
                      deletedRegion: region($0.range, in: document, withSnippet: false),
                      insertedContent: Message(text: $0.replacement))
                  })
              ])
          }
        let place = word?.place(of: diagnostic.range, in: document)
        results.append(
          Result(
            ruleId: diagnostic.code, ruleIndex: ruleIndex[diagnostic.code], level: level(diagnostic.severity),
            message: Message(text: (place.map { "\($0.location)「\($0.quote)」：" } ?? "") + diagnostic.message),
            locations: [location(diagnostic.range, withSnippet: true)],
            relatedLocations: related.isEmpty ? nil : related,
            partialFingerprints: ["reportLsp/v1": fingerprint(key) + ":\(occurrence)"],
            fixes: fixes.isEmpty ? nil : fixes,
            suppressions: waiver.map { [Suppression(justification: $0.reason)] }))
      }
    }
    let notifications =
      report.errors.map { Notification(message: Message(text: $0)) }
      + report.results.compactMap { $0.error }.map { Notification(message: Message(text: $0)) }
    let base =
      LintCommand.fileURI(currentDirectory).hasSuffix("/")
      ? LintCommand.fileURI(currentDirectory) : LintCommand.fileURI(currentDirectory) + "/"
    let run = Run(
      tool: Tool(driver: Driver(informationUri: docsBase, rules: descriptors)),
      invocations: [Invocation(executionSuccessful: notifications.isEmpty, toolExecutionNotifications: notifications)],
      originalUriBaseIds: [sourceRoot: ArtifactLocation(uri: base)], results: results)
    return JSONFormatter.encode(Log(runs: [run]))
  }

  static func level(_ severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .information, .hint: "note"
    }
  }

  /// The report relative to `%SRCROOT%` (the current folder) when inside it, else its absolute URI.
  static func artifactLocation(_ file: LintCommand.FileResult) -> ArtifactLocation {
    guard file.uri.hasPrefix("file:"), !file.relativePath.hasPrefix("/") else { return ArtifactLocation(uri: file.uri) }
    let encoded = file.relativePath.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? file.relativePath
    return ArtifactLocation(uri: encoded, uriBaseId: sourceRoot)
  }

  static func region(_ range: TextRange, in document: Document, withSnippet: Bool) -> Region {
    let start = document.lineIndex.lineColumn(of: range.start, in: .utf32)
    let end = document.lineIndex.lineColumn(of: range.end, in: .utf32)
    return Region(
      startLine: start.line + 1, startColumn: start.column + 1, endLine: end.line + 1, endColumn: end.column + 1,
      snippet: withSnippet ? Message(text: document.scalars.string(in: range)) : nil)
  }

  /// FNV-1a, 64 bits, in hex: stable across runs and platforms (Swift's `Hasher` is seeded per process).
  static func fingerprint(_ key: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in key.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
