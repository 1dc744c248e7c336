/// The options of `report-lsp lint`.
struct LintOptions: Equatable {
  enum Format: String, CaseIterable {
    case text
    case json
    case sarif
    case github
  }

  var format = Format.text
  /// Write safe fixes back to the files.
  var isFixing = false
  /// Show the safe fixes as a unified diff instead of writing them.
  var isShowingDiff = false
  /// Globs of files to lint inside folders; empty means `defaultIncludes`.
  var includes: [String] = []
  /// Globs of files and folders to skip inside folders.
  var excludes: [String] = []
  /// One configuration file for every input, instead of looking up `.reportlsp.json`.
  var configPath: String?
  var usesConfigFiles = true
  var gazetteerPath: String?
  /// The name standard input goes by (for configuration lookup, waivers and output).
  var stdinFilename: String?
  var usesWaivers = true
  /// Files, folders, and `-` for standard input, in the order given.
  var inputs: [String] = []

  /// The text reports an editor opens.
  static let textIncludes = ["*.txt", "*.md"]
  /// What a folder is searched for: text reports, Word documents, and documents in formats to convert
  /// (each reported with the command that converts it, so none is silently skipped).
  static let defaultIncludes = textIncludes + ["*.docx"] + ConvertibleFormat.extensions.map { "*.\($0)" }

  /// A mistake on the command line, described in Chinese.
  struct UsageError: Error, Equatable {
    var message: String
    init(_ message: String) { self.message = message }
  }

  static func parse(_ arguments: [String]) -> Result<LintOptions, UsageError> {
    var options = LintOptions()
    var index = 0
    while index < arguments.count {
      var argument = arguments[index]
      var inlineValue: String?
      if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
        inlineValue = String(argument[argument.index(after: equals)...])
        argument = String(argument[..<equals])
      }
      func value(_ what: String) -> Result<String, UsageError> {
        if let inlineValue { return .success(inlineValue) }
        index += 1
        guard index < arguments.count else { return .failure(UsageError("\(argument) 需要\(what)")) }
        return .success(arguments[index])
      }
      do {
        switch argument {
        case "--format":
          let raw = try value("输出格式").get()
          guard let format = Format(rawValue: raw) else {
            throw UsageError("--format 应为 \(Format.allCases.map(\.rawValue).joined(separator: "、"))，而不是 \(raw)")
          }
          options.format = format
        case "--fix": options.isFixing = true
        case "--diff": options.isShowingDiff = true
        case "--include": options.includes.append(try value("一个通配模式，例如 '*.md'").get())
        case "--exclude": options.excludes.append(try value("一个通配模式，例如 'drafts/**'").get())
        case "--config": options.configPath = try value("一个配置文件路径").get()
        case "--no-config": options.usesConfigFiles = false
        case "--gazetteer": options.gazetteerPath = try value("一个 CSV 文件路径").get()
        case "--stdin-filename": options.stdinFilename = try value("一个文件名").get()
        case "--no-waivers": options.usesWaivers = false
        case "--":
          options.inputs.append(contentsOf: arguments[(index + 1)...])
          index = arguments.count
        default:
          if argument.hasPrefix("--") || (argument.hasPrefix("-") && argument != "-") {
            throw UsageError("未知的选项 \(argument)")
          }
          options.inputs.append(argument)
        }
      } catch let error as UsageError {
        return .failure(error)
      } catch {
        return .failure(UsageError("\(error)"))
      }
      index += 1
    }
    if options.inputs.isEmpty { return .failure(UsageError("没有指定要检查的文件或文件夹（用 - 表示标准输入）")) }
    if options.inputs.filter({ $0 == "-" }).count > 1 { return .failure(UsageError("标准输入 - 只能出现一次")) }
    if options.configPath != nil, !options.usesConfigFiles {
      return .failure(UsageError("--config 与 --no-config 不能同时使用"))
    }
    if options.isShowingDiff, options.isFixing {
      return .failure(UsageError("--fix 写回修复，--diff 只显示修复而不写文件，二者不能同时使用"))
    }
    if options.isShowingDiff, options.format != .text {
      return .failure(UsageError("--diff 输出统一 diff，不能与 --format \(options.format.rawValue) 同时使用"))
    }
    return .success(options)
  }
}
