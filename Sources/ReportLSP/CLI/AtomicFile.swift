import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Writes a file so that readers see the old contents or the new, never half of it: a temporary file in
/// the same folder, flushed to disk, given the old file's permissions, then renamed over the original.
enum AtomicFile {
  struct WriteError: Error, Equatable {
    var message: String
  }

  static func write(_ data: Data, to path: String) -> Result<Void, WriteError> {
    // Through a symbolic link, replace the file it points to and keep the link.
    let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    let directory = (target as NSString).deletingLastPathComponent
    let name = (target as NSString).lastPathComponent
    var template = Array("\(directory)/.\(name).reportlsp-XXXXXX".utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else { return .failure(WriteError(message: "\(path): 无法在所在文件夹创建临时文件")) }
    let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var status = stat()
    let mode = stat(target, &status) == 0 ? status.st_mode & 0o7777 : 0o644
    let written = data.withUnsafeBytes { buffer -> Bool in
      var offset = 0
      while offset < buffer.count {
        let count = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if count <= 0 { return false }
        offset += count
      }
      return true
    }
    let isComplete = written && fchmod(descriptor, mode) == 0 && fsync(descriptor) == 0
    close(descriptor)
    guard isComplete, rename(temporary, target) == 0 else {
      unlink(temporary)
      return .failure(WriteError(message: "\(path): 写入失败，原文件未改动"))
    }
    return .success(())
  }
}
