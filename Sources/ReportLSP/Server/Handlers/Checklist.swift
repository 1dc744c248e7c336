import Analysis
import Foundation

/// The reviewer's checklist in the editor: a code lens at the top of the report with the counts, running
/// `reportLSP.showChecklist`, which answers with the whole checklist in Markdown (`report-lsp explain`'s).
extension LanguageServer {
  func codeLenses(_ request: CodeLensRequest, reply: Reply<[CodeLens]>) {
    let uri = request.textDocument.uri
    withCurrentSnapshot(uri, reply: reply, empty: []) { snapshot in
      let checklist = snapshot.configuration.linter.checklist(for: snapshot.document, claims: self.claims(of: snapshot, uri: uri))
      // A text with no figure to check gets no lens: it is probably not a report.
      guard !checklist.checks.isEmpty else {
        reply([])
        return
      }
      let top = Range(start: Position(line: 0, character: 0), end: Position(line: 0, character: 0))
      let command = Command(
        title: "核对清单：" + Self.counts(of: checklist), command: ServerCommand.showChecklist,
        arguments: [.string(uri)])
      reply([CodeLens(range: top, command: command)])
    }
  }

  /// `reportLSP.showChecklist [uri]`: the checklist of an open document, as a Markdown string.
  func showChecklist(_ arguments: [JSONValue]?, reply: Reply<JSONValue>) {
    guard let uri = arguments?.first?.stringValue else {
      reply.fail(ResponseError(.invalidParams, "\(ServerCommand.showChecklist) 的参数应为 [文档 URI]"))
      return
    }
    guard documents[uri] != nil else {
      reply.fail(ResponseError(.invalidParams, "文档 \(uri) 未打开"))
      return
    }
    withCurrentSnapshot(uri, reply: reply, empty: .null) { snapshot in
      let checklist = snapshot.configuration.linter.checklist(for: snapshot.document, claims: self.claims(of: snapshot, uri: uri))
      reply(.string(Self.markdown(checklist, in: snapshot.document)))
    }
  }

  /// "相符 3，不符 1，无法核对 2"; 存疑 only when there is some.
  static func counts(of checklist: Checklist) -> String {
    let counts = Dictionary(grouping: checklist.checks, by: \.status).mapValues(\.count)
    return ChecklistStatus.allCases.compactMap { status in
      let count = counts[status] ?? 0
      return status == .doubtful && count == 0 ? nil : "\(status.label) \(count)"
    }.joined(separator: "，")
  }

  /// The checklist as two Markdown tables: the figures checked, then the indicators given a value.
  static func markdown(_ checklist: Checklist, in document: Document) -> String {
    func line(_ range: TextRange) -> String { String(document.lineIndex.line(containing: range.start) + 1) }
    var output = "# 核对清单\n\n**数字核对**（\(checklist.checks.count) 项：\(counts(of: checklist))）\n\n"
    if checklist.checks.isEmpty {
      output += "（无）\n"
    } else {
      output += table(
        header: ["结果", "行", "项目", "文中", "按本文数据"],
        rows: checklist.checks.map { check in
          [
            "\(check.status.mark) \(check.status.label)", line(check.range), check.name, check.stated,
            check.recomputed ?? "—",
          ]
        })
    }
    output += "\n**文中给出数值的指标**（\(checklist.indicators.count) 项）\n\n"
    if checklist.indicators.isEmpty {
      output += "（无）\n"
    } else {
      output += table(
        header: ["行", "指标", "文中值", "公式"],
        rows: checklist.indicators.map { mention in
          [
            line(mention.range), document.string(in: mention.range), document.string(in: mention.value.range),
            mention.indicator.formulas.first?.expression ?? "",
          ]
        })
    }
    return output
  }

  private static func table(header: [String], rows: [[String]]) -> String {
    markdownRow(header) + markdownRow(header.map { _ in "---" }) + rows.map(markdownRow).joined()
  }

  /// One row of a Markdown table; a `|` or line break inside a cell would end it, so it is escaped or flattened.
  static func markdownRow(_ cells: [String]) -> String {
    let escaped = cells.map {
      $0.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\r\n", with: " ")
        .replacingOccurrences(of: "\n", with: " ")
    }
    return "| " + escaped.joined(separator: " | ") + " |\n"
  }
}
