import Foundation

/// `report-lsp convert FILE.docx [-o OUT.txt]`: the text the linter reads from a Word document, for a drafter
/// who wants to go on in a text editor (findings then point at lines of this text).
enum ConvertCommand {
  static let usage = """
    用法: report-lsp convert 文件.docx [-o 输出.txt]
      把 Word 文档（.docx）转为检查时所读的文本并输出（默认输出到标准输出）：每段一行，
      自动编号写成文字（一、（一）1.），表格每个单元格一行、以制表符开头，各行之间空一行，空单元格写作 —。
    """

  static func run(arguments: [String], console: Console) -> Int32 {
    var input: String?
    var output: String?
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      switch argument {
      case "--help", "-h":
        console.write(usage + "\n")
        return 0
      case "-o", "--output":
        guard index + 1 < arguments.count else { return usageError("\(argument) 需要一个输出文件路径", console) }
        output = arguments[index + 1]
        index += 1
      default:
        if argument.hasPrefix("-"), argument != "-" { return usageError("未知的选项 \(argument)", console) }
        guard input == nil else { return usageError("一次只能转换一个文件", console) }
        input = argument
      }
      index += 1
    }
    guard let input else { return usageError("没有指定要转换的文件", console) }
    let source: Result<SourceText, SourceReadError> =
      input == "-"
      ? SourceReader.decode(console.readInput(), name: "-")
      : SourceReader.read(path: InputCollector.absolute(input, in: console.currentDirectory)).mapError {
        SourceReadError(
          $0.message.replacingOccurrences(of: InputCollector.absolute(input, in: console.currentDirectory), with: input)
        )
      }
    switch source {
    case .failure(let error):
      console.writeError("report-lsp convert: \(error.message)\n")
      return 2
    case .success(let text):
      guard let output else {
        console.write(text.text)
        return 0
      }
      let path = InputCollector.absolute(output, in: console.currentDirectory)
      guard input == "-" || path != InputCollector.absolute(input, in: console.currentDirectory) else {
        return usageError("输出文件不能是输入文件本身", console)
      }
      if case .failure(let error) = AtomicFile.write(Data(text.text.utf8), to: path) {
        console.writeError("report-lsp convert: \(error.message.replacingOccurrences(of: path, with: output))\n")
        return 2
      }
      return 0
    }
  }

  private static func usageError(_ message: String, _ console: Console) -> Int32 {
    console.writeError("report-lsp convert: \(message)\n\n\(usage)\n")
    return 2
  }
}
