import Foundation

/// Runs the language server on stdin/stdout until `exit`; returns the exit code.
func runServer() -> Int32 {
  FileHandle.standardError.write(Data("report-lsp: the language server is being written; use `report-lsp lint`\n".utf8))
  return 1
}
