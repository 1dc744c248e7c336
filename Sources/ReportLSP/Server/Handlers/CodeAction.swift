import Analysis

/// textDocument/codeAction: a quick fix per fix of each finding in the range, then "忽略此处…" per finding
/// (file: documents only), and one `source.fixAll` applying the safe fixes `SafeFixSelection` chooses (the
/// engine's one selector, which `lint --fix` uses too). Edits are tied to the analysed
/// version, which is the document's current one.
extension LanguageServer {
  func codeActions(_ request: CodeActionRequest, reply: Reply<[CodeAction]>) {
    let uri = request.textDocument.uri
    withCurrentSnapshot(uri, reply: reply, empty: []) { [encoding, supportsVersionedEdits] snapshot in
      let document = snapshot.document
      let selection = Conversion.textRange(request.range, in: document, encoding: encoding)
      let only = request.context.only
      func wanted(_ kind: String) -> Bool {
        only.map { $0.contains { kind == $0 || kind.hasPrefix($0 + ".") } } ?? true
      }
      func edit(_ edits: [Analysis.TextEdit]) -> WorkspaceEdit {
        Conversion.workspaceEdit(
          edits, in: document, uri: uri, version: snapshot.version, encoding: encoding,
          versioned: supportsVersionedEdits)
      }
      var actions: [CodeAction] = []
      if wanted(CodeAction.quickFix) {
        var waivers: [CodeAction] = []
        for diagnostic in snapshot.diagnostics
        where diagnostic.range.start <= selection.end && selection.start <= diagnostic.range.end {
          let lspDiagnostic = Conversion.diagnostic(
            diagnostic, in: document, uri: uri, encoding: encoding,
            ruleDocsURL: snapshot.configuration.settings.ruleDocsURL)
          let preferred = diagnostic.fixes.firstIndex { $0.applicability == .safe }
          for (index, fix) in diagnostic.fixes.enumerated() where fix.applicability != .displayOnly {
            actions.append(
              CodeAction(
                title: fix.title, kind: CodeAction.quickFix, diagnostics: [lspDiagnostic],
                isPreferred: index == preferred ? true : nil, edit: edit(fix.edits), command: nil))
          }
          if let waive = Self.waiveAction(for: diagnostic, lspDiagnostic: lspDiagnostic, in: document, uri: uri) {
            waivers.append(waive)
          }
        }
        // Fixes first: silencing a finding is the last resort.
        actions += waivers
      }
      let safeEdits = SafeFixSelection(snapshot.diagnostics).edits
      if wanted(CodeAction.sourceFixAll), !safeEdits.isEmpty {
        actions.append(
          CodeAction(
            title: "修复所有可安全修复的问题（\(safeEdits.count) 处修改）", kind: CodeAction.sourceFixAll,
            diagnostics: nil, isPreferred: nil, edit: edit(safeEdits), command: nil))
      }
      reply(actions)
    }
  }
}
