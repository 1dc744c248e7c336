/// workspace/executeCommand: the commands of `ServerCommand`.
extension LanguageServer {
  func executeCommand(_ request: ExecuteCommandRequest, reply: Reply<JSONValue>) {
    switch request.command {
    case ServerCommand.showChecklist:
      showChecklist(request.arguments, reply: reply)
    default:
      reply.fail(
        ResponseError(.invalidParams, "未知的命令 \(request.command)（可用：\(ServerCommand.all.joined(separator: "、"))）"))
    }
  }
}
