import Analysis

/// GitHub Actions workflow commands, one per finding:
/// `::warning file=a.md,line=3,col=6,endLine=3,endColumn=12,title=N104 …::message`.
/// Columns count characters, 1-based; paths are relative to the current folder. A finding in a Word document
/// has no line and column; its message starts with the paragraph and a quote (`第12段「…」：`).
enum GitHubFormatter {
  static func format(_ report: LintCommand.Report) -> String {
    var output = ""
    for result in report.results {
      guard let document = result.document else {
        if let error = result.error {
          output += "::error file=\(property(result.relativePath)),title=\(property("无法检查"))::\(data(error))\n"
        }
        continue
      }
      for diagnostic in result.diagnostics {
        let title = RuleRegistry.rule(code: diagnostic.code).map { "\(diagnostic.code) \($0.title)" } ?? diagnostic.code
        output += "::\(command(for: diagnostic.severity)) file=\(property(result.relativePath))"
        var message = diagnostic.message
        if let place = result.word?.place(of: diagnostic.range, in: document) {
          // Lines of the converted text mean nothing in a Word file: the place and a quote go in the message.
          message = "\(place.location)「\(place.quote)」：\(message)"
        } else {
          let start = document.lineIndex.lineColumn(of: diagnostic.range.start, in: .utf32)
          let end = document.lineIndex.lineColumn(of: diagnostic.range.end, in: .utf32)
          output +=
            ",line=\(start.line + 1),col=\(start.column + 1),endLine=\(end.line + 1),endColumn=\(end.column + 1)"
        }
        output += ",title=\(property(title))::\(data(message))\n"
      }
    }
    return output
  }

  static func command(for severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .information, .hint: "notice"
    }
  }

  /// Escapes a message (the part after `::`).
  static func data(_ text: String) -> String {
    text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
      .replacingOccurrences(of: "\n", with: "%0A")
  }

  /// Escapes a property value, where `:` and `,` separate.
  static func property(_ text: String) -> String {
    data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
  }
}
