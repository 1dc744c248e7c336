import Analysis
import Foundation

/// Debounced analysis stamped with generations (rust-analyzer's scheme):
///
/// - every edit or settings change gives the document a new generation and restarts its debounce timer,
///   so a burst of keystrokes costs one analysis;
/// - the analysis runs in a detached task, never on the actor, so messages keep flowing;
/// - its result is stored and published only if the document still has that generation, so a stale
///   result is never published over a newer one;
/// - a request that needs the analysis (hover, code actions, symbols) skips the debounce and waits.
extension LanguageServer {
  /// A fresh generation.
  func makeGeneration() -> Int {
    lastGeneration += 1
    return lastGeneration
  }

  /// Marks the document changed and schedules its analysis after the debounce delay.
  func documentChanged(_ uri: String) {
    guard var document = documents[uri] else { return }
    let generation = makeGeneration()
    document.generation = generation
    document.debounce?.cancel()
    document.debounce = nil
    let delay = configuration(for: uri).settings.debounceMs
    if delay > 0 {
      document.debounce = Task {
        try? await Task.sleep(nanoseconds: UInt64(delay) * 1_000_000)
        guard !Task.isCancelled else { return }
        self.startAnalysis(uri, generation: generation)
      }
    }
    documents[uri] = document
    if delay == 0 { startAnalysis(uri, generation: generation) }
  }

  /// Starts analysing the document's current text unless that generation is done or already running.
  func startAnalysis(_ uri: String, generation: Int) {
    guard var document = documents[uri], document.generation == generation,
      document.analyzingGeneration != generation, document.snapshot?.generation != generation
    else { return }
    document.analyzingGeneration = generation
    document.debounce?.cancel()
    document.debounce = nil
    documents[uri] = document
    let scalars = document.scalars
    let version = document.version
    let configuration = configuration(for: uri)
    let analyze = analyzer.analyze
    Task.detached(priority: .userInitiated) {
      var text = String.UnicodeScalarView()
      text.append(contentsOf: scalars)
      let (analysed, result) = await analyze(String(text), configuration.linter)
      await self.finishAnalysis(
        uri,
        AnalysisSnapshot(
          version: version, generation: generation, document: analysed, configuration: configuration,
          findings: result.diagnostics, diagnostics: result.diagnostics, claims: result.claims))
    }
  }

  /// Stores and publishes a finished analysis with the waivers in force, and answers the requests that
  /// waited for it.
  func finishAnalysis(_ uri: String, _ snapshot: AnalysisSnapshot) {
    guard lifecycle == .running, documents[uri]?.generation == snapshot.generation else {
      return  // Stale, closed or shut down: dropped.
    }
    // The side file may have changed on disk since it was read; re-reading it may re-publish the other
    // open reports of the folder, never this one, whose snapshot is not current yet.
    if let sidePath = Self.waiverFilePath(for: uri) { refreshWaiverFile(sidePath) }
    var snapshot = snapshot
    snapshot.diagnostics = reportedFindings(snapshot.findings, in: snapshot.document, uri: uri)
    guard var document = documents[uri] else { return }
    document.snapshot = snapshot
    document.analyzingGeneration = nil
    let waiting = document.waiting
    document.waiting = []
    documents[uri] = document
    publishDiagnostics(uri, snapshot)
    for request in waiting { request.answer(snapshot) }
  }

  /// Sends the snapshot's findings, unless the client pulls them.
  func publishDiagnostics(_ uri: String, _ snapshot: AnalysisSnapshot) {
    guard !usesPullDiagnostics else { return }
    let diagnostics = snapshot.diagnostics.map {
      Conversion.diagnostic(
        $0, in: snapshot.document, uri: uri, encoding: encoding, ruleDocsURL: snapshot.configuration.settings.ruleDocsURL)
    }
    send(PublishDiagnosticsNotification(uri: uri, version: snapshot.version, diagnostics: diagnostics))
  }

  /// Runs `answer` with the analysis of the document's current version: at once when it is complete,
  /// otherwise when it completes (the debounce is skipped). A later edit fails the request with
  /// ContentModified; an unknown document gets `empty`.
  func withCurrentSnapshot<Response>(
    _ uri: String, reply: Reply<Response>, empty: Response, _ answer: @escaping (AnalysisSnapshot) -> Void
  ) {
    guard var document = documents[uri] else {
      reply(empty)
      return
    }
    if let snapshot = document.currentSnapshot {
      answer(snapshot)
      return
    }
    document.waiting.append(
      WaitingRequest(id: reply.id, version: document.version, answer: answer, fail: { reply.fail($0) }))
    documents[uri] = document
    startAnalysis(uri, generation: document.generation)
  }

  /// The snapshot's claim set; when no rule built it, it is built here once and kept with the snapshot.
  func claims(of snapshot: AnalysisSnapshot, uri: String) -> ClaimSet {
    if let claims = snapshot.claims { return claims }
    let claims = ClaimSet(document: snapshot.document)
    if documents[uri]?.snapshot?.generation == snapshot.generation { documents[uri]?.snapshot?.claims = claims }
    return claims
  }

  /// Fails the requests waiting on an older version of the document.
  func failWaitingRequests(_ uri: String, _ error: ResponseError) {
    guard let waiting = documents[uri]?.waiting, !waiting.isEmpty else { return }
    documents[uri]?.waiting = []
    for request in waiting { request.fail(error) }
  }
}

/// The analysis the server runs on a document version: the engine, off the server actor.
struct Analyzer: Sendable {
  var analyze: @Sendable (_ text: String, _ linter: Linter) async -> (Document, LintResult)

  static let standard = Analyzer { text, linter in
    let document = Document(text: text)
    return (document, linter.analysis(of: document))
  }
}
