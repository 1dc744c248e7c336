import Analysis
import Foundation

/// `report-lsp lint`: checks reports and prints the findings, or fixes them.
enum LintCommand {
  /// One report's outcome.
  struct FileResult: Sendable {
    var input: LintInput
    /// `file:///abs/path` (or `untitled:stdin` for unnamed standard input).
    var uri: String
    /// The path relative to the current folder when inside it, for SARIF and GitHub annotations.
    var relativePath: String
    /// The analysed text (after fixes, with `--fix`); nil when the report could not be read.
    var document: Document?
    var diagnostics: [Analysis.Diagnostic] = []
    var waived: [WaivedDiagnostic] = []
    var error: String?
    /// Fixes applied (or, with `--diff`, that would be), per rule code.
    var appliedFixes: [String: Int] = [:]
    /// With `--diff`: the unified diff of the fixes.
    var diff: String = ""
    /// The `ruleDocsURL` setting that applies to the report; nil means no documentation links.
    var ruleDocsURL: String?
    /// For a Word document: where each line of the analysed text came from.
    var word: WordReport?
    /// The stated figures of the report and how their recomputation fared.
    var figures = CheckSummary()
  }

  /// Everything a formatter needs.
  struct Report: Sendable {
    var results: [FileResult]
    /// Problems that concern no single report (configuration, missing paths).
    var errors: [String]
  }

  /// One report to lint, with the configuration and waivers that apply to it.
  struct Job: Sendable {
    var input: LintInput
    var absolutePath: String?
    var configuration: ResolvedConfiguration
    var waivers: [Waiver]
    var standardInput: Data?
  }

  static func run(arguments: [String], console: Console) -> Int32 {
    let options: LintOptions
    switch LintOptions.parse(arguments) {
    case .success(let parsed): options = parsed
    case .failure(let error):
      console.writeError("report-lsp lint: \(error.message)\n\n运行 report-lsp --help 查看用法\n")
      return 2
    }
    let (inputs, inputErrors) = InputCollector(options: options).collect(
      options, currentDirectory: console.currentDirectory)
    let resolver = ConfigurationResolver(options: options, currentDirectory: console.currentDirectory)
    let (jobs, jobErrors) = Self.jobs(
      for: inputs, currentDirectory: console.currentDirectory, usesWaivers: options.usesWaivers,
      readInput: console.readInput, configuration: resolver.configuration(forDirectory:))
    var errors = inputErrors + jobErrors
    errors.append(contentsOf: resolver.problems)

    let progress = ProgressLine.make(total: jobs.count, console: console)
    let currentDirectory = console.currentDirectory
    let results = parallelMap(jobs) { job in
      defer { progress?.advance() }
      return lint(job, options: options, currentDirectory: currentDirectory)
    }
    progress?.finish()
    let report = Report(results: results, errors: errors)
    return finish(report, options: options, console: console)
  }

  /// Prints the report and returns the exit code: 2 on any error, else 1 on findings (or, with `--diff`,
  /// on changes), else 0.
  private static func finish(_ report: Report, options: LintOptions, console: Console) -> Int32 {
    let results = report.results
    let hasErrors = !report.errors.isEmpty || results.contains { $0.error != nil }
    let fixCount = results.reduce(0) { $0 + $1.appliedFixes.values.reduce(0, +) }
    let changedFiles = results.filter { !$0.appliedFixes.isEmpty }.count
    if options.isShowingDiff {
      console.write(results.map(\.diff).joined())
      if fixCount > 0 { console.writeError("可自动修复 \(fixCount) 处（\(changedFiles) 个文件）；用 --fix 写回\n") }
    } else if options.isFixing, results.count == 1, case .standardInput = results[0].input, results[0].word == nil {
      // `lint --fix -` is a filter: the fixed text goes to standard output.
      if let document = results[0].document { console.write(document.text) }
    } else {
      switch options.format {
      case .text: console.write(TextFormatter(usesColor: console.usesColor).format(report))
      case .json: console.write(JSONFormatter.format(report) + "\n")
      case .sarif: console.write(SARIFFormatter.format(report, currentDirectory: console.currentDirectory) + "\n")
      case .github: console.write(GitHubFormatter.format(report))
      }
      // Machine formats keep standard output to the format; the summary goes beside it.
      if options.format != .text, results.contains(where: { $0.document != nil }) {
        for line in CheckSummary(results).lines { console.writeError(line + "\n") }
      }
    }
    if options.isFixing, fixCount > 0 {
      let byCode = results.reduce(into: [String: Int]()) { total, result in
        total.merge(result.appliedFixes, uniquingKeysWith: +)
      }
      let detail = byCode.keys.sorted().map { "\($0) ×\(byCode[$0]!)" }.joined(separator: "，")
      console.writeError("已修复 \(fixCount) 处（\(changedFiles) 个文件）：\(detail)\n")
    }
    for message in report.errors { console.writeError("report-lsp lint: \(message)\n") }
    for result in results { if let error = result.error { console.writeError("report-lsp lint: \(error)\n") } }
    if hasErrors { return 2 }
    if options.isShowingDiff { return fixCount > 0 ? 1 : 0 }
    return results.contains { !$0.diagnostics.isEmpty } ? 1 : 0
  }

  /// The jobs for `inputs`: each report's configuration is looked up by its folder, its waivers read from
  /// the side file beside it (each side file once; a broken one is reported in `errors` and waives nothing).
  static func jobs(
    for inputs: [LintInput], currentDirectory: String, usesWaivers: Bool, readInput: () -> Data?,
    configuration: (_ directory: String) -> ResolvedConfiguration
  ) -> (jobs: [Job], errors: [String]) {
    var errors: [String] = []
    var waiverFiles: [String: Result<WaiverFile, WaiverFileError>] = [:]
    var jobs: [Job] = []
    for input in inputs {
      var absolutePath: String?
      var standardInput: Data?
      switch input {
      case .file(let path): absolutePath = InputCollector.absolute(path, in: currentDirectory)
      case .standardInput(let name):
        absolutePath = name.map { InputCollector.absolute($0, in: currentDirectory) }
        standardInput = readInput()
      }
      let directory = absolutePath.map { ($0 as NSString).deletingLastPathComponent } ?? currentDirectory
      var waivers: [Waiver] = []
      if usesWaivers, let absolutePath {
        let sidePath = WaiverFile.path(forReport: absolutePath)
        if waiverFiles[sidePath] == nil {
          waiverFiles[sidePath] = WaiverFile.load(at: sidePath)
          if case .failure(let error) = waiverFiles[sidePath] { errors.append(error.message) }
        }
        if case .success(let file) = waiverFiles[sidePath] { waivers = file.waivers(forReport: absolutePath) }
      }
      jobs.append(
        Job(
          input: input, absolutePath: absolutePath, configuration: configuration(directory), waivers: waivers,
          standardInput: standardInput))
    }
    return (jobs, errors)
  }

  /// Reads, optionally fixes, and lints one report.
  static func lint(_ job: Job, options: LintOptions, currentDirectory: String) -> FileResult {
    let uri = job.absolutePath.map(fileURI) ?? "untitled:stdin"
    var result = FileResult(
      input: job.input, uri: uri,
      relativePath: job.absolutePath.map { relativePath($0, to: currentDirectory) } ?? job.input.displayPath,
      ruleDocsURL: job.configuration.settings.ruleDocsURL)
    let source: Result<SourceText, SourceReadError>
    if let data = job.standardInput {
      source = SourceReader.decode(data, name: job.input.displayPath)
    } else {
      source = SourceReader.read(path: job.absolutePath ?? job.input.displayPath).mapError {
        SourceReadError($0.message.replacingOccurrences(of: job.absolutePath ?? "", with: job.input.displayPath))
      }
    }
    let original: SourceText
    switch source {
    case .success(let text): original = text
    case .failure(let error):
      result.error = error.message
      return result
    }
    let linter = job.configuration.linter
    var text = original.text
    result.word = original.word
    if original.word != nil, options.isFixing || options.isShowingDiff {
      result.error =
        "\(job.input.displayPath): 是 Word 文档，\(options.isFixing ? "--fix" : "--diff") 不能修改 .docx；"
        + "请在 Word 中按提示修改，或用 report-lsp convert 转为文本后再修复"
    } else if options.isFixing || options.isShowingDiff {
      let outcome = linter.fixingSafely(text, waivers: job.waivers)
      result.appliedFixes = outcome.appliedFixes
      if options.isShowingDiff {
        let name = job.input.displayPath
        result.diff = UnifiedDiff.render(old: text, new: outcome.text, oldName: "a/" + name, newName: "b/" + name)
      } else if outcome.isChanged, job.standardInput == nil, let path = job.absolutePath {
        if case .failure(let error) = AtomicFile.write(original.encoded(outcome.text), to: path) {
          result.error = error.message.replacingOccurrences(of: path, with: job.input.displayPath)
          result.appliedFixes = [:]
        } else {
          text = outcome.text
        }
      } else {
        text = outcome.text
      }
    }
    let document = Document(text: text)
    let analysis = linter.analysis(of: document)
    let split = Waiver.partition(analysis.diagnostics, in: document, waivers: job.waivers)
    result.figures = CheckSummary(checklist: linter.checklist(for: document, claims: analysis.claims))
    result.document = document
    result.diagnostics = split.reported
    result.waived = split.waived
    if let word = original.word {
      result.diagnostics = result.diagnostics.map(word.presenting)
      for index in result.waived.indices {
        result.waived[index].diagnostic = word.presenting(result.waived[index].diagnostic)
      }
    }
    return result
  }

  /// `file:///abs/path` for an absolute path.
  static func fileURI(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.absoluteString }

  /// `path` relative to `directory` when inside it, else `path` unchanged.
  static func relativePath(_ path: String, to directory: String) -> String {
    let base = directory.hasSuffix("/") ? directory : directory + "/"
    return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
  }
}
