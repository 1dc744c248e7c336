import Foundation

/// workspace/executeCommand: the commands of `ServerCommand`.
extension LanguageServer {
  func executeCommand(_ request: ExecuteCommandRequest, reply: Reply<JSONValue>) {
    switch request.command {
    case ServerCommand.waive, ServerCommand.recordWaiver:
      guard let argument = request.arguments?.first,
        let arguments = try? argument.decode(WaiverArguments.self)
      else {
        reply.fail(
          ResponseError(.invalidParams, "\(request.command) 的参数应为 [{uri, code, text, before, after, reason}]"))
        return
      }
      let typed = arguments.reason?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
      if request.command == ServerCommand.recordWaiver, typed.isEmpty {
        reply.fail(ResponseError(.invalidParams, "请写明忽略的理由（reason）"))
        return
      }
      // A client without its own `reportLSP.waive` cannot ask for the reason: the placeholder says so, and
      // the side file is where the author completes it.
      recordWaiver(arguments, reason: typed.isEmpty ? "未填写理由" : typed, reply: reply)
    case ServerCommand.lintWorkspace:
      lintWorkspace(workDoneToken: request.workDoneToken, reply: reply)
    case ServerCommand.showChecklist:
      showChecklist(request.arguments, reply: reply)
    default:
      reply.fail(
        ResponseError(.invalidParams, "未知的命令 \(request.command)（可用：\(ServerCommand.all.joined(separator: "、"))）"))
    }
  }
}
