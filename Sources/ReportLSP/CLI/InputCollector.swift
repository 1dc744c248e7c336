import Foundation

/// One report to lint.
enum LintInput: Equatable, Sendable {
  /// A file; `path` is as the user wrote it (or joined to the folder it was found in).
  case file(path: String)
  /// Standard input, optionally named by `--stdin-filename`.
  case standardInput(name: String?)

  /// The name shown in output.
  var displayPath: String {
    switch self {
    case .file(let path): path
    case .standardInput(let name): name ?? "-"
    }
  }
}

/// Expands the command line's paths into reports: files as given, folders walked recursively.
struct InputCollector {
  var includes: [Glob]
  var excludes: [Glob]

  init(options: LintOptions) {
    includes = (options.includes.isEmpty ? LintOptions.defaultIncludes : options.includes).map(Glob.init)
    excludes = options.excludes.map(Glob.init)
  }

  /// The reports, in the order given; each folder's files sorted by path. Paths that do not exist
  /// are reported as errors (in Chinese) and skipped.
  func collect(_ options: LintOptions, currentDirectory: String) -> (inputs: [LintInput], errors: [String]) {
    var inputs: [LintInput] = []
    var errors: [String] = []
    var seen: Set<String> = []
    for argument in options.inputs {
      if argument == "-" {
        inputs.append(.standardInput(name: options.stdinFilename))
        continue
      }
      let absolute = Self.absolute(argument, in: currentDirectory)
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory) else {
        errors.append("\(argument): 文件或文件夹不存在")
        continue
      }
      var found = [argument]
      if isDirectory.boolValue {
        let walked = walk(root: argument, absoluteRoot: absolute)
        found = walked.files
        if found.isEmpty {
          errors.append(
            emptyFolderMessage(argument, others: walked.others, excluded: walked.excluded, options: options))
        }
      }
      for path in found where seen.insert(Self.absolute(path, in: currentDirectory)).inserted {
        inputs.append(.file(path: path))
      }
    }
    return (inputs, errors)
  }

  /// Files under a folder that match the includes and no exclude; hidden entries and symbolic links to
  /// folders are skipped (no loops, no .git). Also counts the other files by extension and the excluded
  /// ones, to say what a folder without reports holds instead.
  private func walk(root: String, absoluteRoot: String) -> (files: [String], others: [String: Int], excluded: Int) {
    var result: [String] = []
    var others: [String: Int] = [:]
    var excluded = 0
    var pending: [String] = [""]
    while let relativeDirectory = pending.popLast() {
      let directory = relativeDirectory.isEmpty ? absoluteRoot : absoluteRoot + "/" + relativeDirectory
      guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { continue }
      for name in names.sorted().reversed() where !name.hasPrefix(".") && name != "node_modules" {
        let relative = relativeDirectory.isEmpty ? name : relativeDirectory + "/" + name
        let attributes = try? FileManager.default.attributesOfItem(atPath: directory + "/" + name)
        let type = attributes?[.type] as? FileAttributeType
        if type == .typeDirectory {
          if !isExcluded(relative) && !isExcluded(relative + "/") { pending.append(relative) }
        } else if type == .typeRegular || type == .typeSymbolicLink && isRegularFile(directory + "/" + name) {
          if !includes.contains(where: { $0.matches(relative) }) {
            others[(name as NSString).pathExtension.lowercased(), default: 0] += 1
          } else if isExcluded(relative) {
            excluded += 1
          } else {
            result.append(relative)
          }
        }
      }
    }
    let prefix = root.hasSuffix("/") ? root : root + "/"
    return (result.sorted().map { prefix == "./" ? $0 : prefix + $0 }, others, excluded)
  }

  /// "报告/: 文件夹中没有报告文件（.txt、.md、.docx）；其中有 3 个 .xlsx、1 个 .png 文件".
  private func emptyFolderMessage(_ folder: String, others: [String: Int], excluded: Int, options: LintOptions)
    -> String
  {
    let wanted =
      options.includes.isEmpty
      ? "没有报告文件（.txt、.md、.docx）" : "没有与 --include \(options.includes.joined(separator: " ")) 匹配的文件"
    var details: [String] = []
    if excluded > 0 { details.append("\(excluded) 个文件被 --exclude 排除") }
    if !others.isEmpty {
      let kinds = others.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
      var shown = kinds.prefix(5).map { "\($0.value) 个\($0.key.isEmpty ? "无扩展名的" : " ." + $0.key + " ")文件" }
      if kinds.count > 5 { shown.append("另有 \(kinds.dropFirst(5).reduce(0) { $0 + $1.value }) 个其他文件") }
      details.append("其中有 " + shown.joined(separator: "、"))
    }
    if others.isEmpty && excluded == 0 { details.append("文件夹是空的") }
    return "\(folder): 文件夹中\(wanted)；" + details.joined(separator: "；")
  }

  private func isExcluded(_ relative: String) -> Bool { excludes.contains { $0.matches(relative) } }

  private func isRegularFile(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
  }

  static func absolute(_ path: String, in directory: String) -> String {
    let joined = path.hasPrefix("/") ? path : directory + "/" + path
    return URL(fileURLWithPath: joined).standardizedFileURL.path
  }
}
