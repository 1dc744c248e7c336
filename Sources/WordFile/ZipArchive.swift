/// A ZIP archive held in memory (APPNOTE 6.3): the central directory is read up front, each member is
/// decompressed and checked (CRC-32, size) when asked for. Stored and DEFLATE members, data descriptors and
/// ZIP64 records are supported; encryption, other methods and split archives are refused with a reason.
struct ZipArchive {
  struct Entry: Equatable {
    var name: String
    /// 0 stored, 8 deflated.
    var method: Int
    var flags: Int
    var crc32: UInt32
    var compressedSize: Int
    var uncompressedSize: Int
    var localHeaderOffset: Int

    var isEncrypted: Bool { flags & 1 != 0 }
  }

  /// What the reader accepts, so that a hostile archive cannot make it allocate without bound.
  struct Limits {
    /// The largest member it will decompress.
    var maximumEntrySize = 256 << 20
    /// Output at most this many times the compressed size (DEFLATE reaches ~1000:1 on repeated bytes;
    /// WordprocessingML compresses about 10:1)…
    var maximumRatio = 200
    /// …once the output passes this size.
    var ratioFloor = 1 << 20
    var maximumEntryCount = 65_536
  }

  let entries: [Entry]
  private let bytes: [UInt8]
  private let limits: Limits
  private let index: [String: Int]

  init(bytes: [UInt8], limits: Limits = Limits()) throws(WordFileError) {
    self.bytes = bytes
    self.limits = limits
    let directory = try Self.centralDirectory(bytes)
    guard directory.count <= limits.maximumEntryCount else {
      throw WordFileError("压缩包中有 \(directory.count) 个文件，超过上限 \(limits.maximumEntryCount)")
    }
    var entries: [Entry] = []
    var index: [String: Int] = [:]
    var cursor = directory.offset
    for _ in 0..<directory.count {
      let entry = try Self.centralEntry(bytes, at: &cursor, directoryEnd: directory.offset + directory.size)
      guard index[entry.name] == nil else { throw WordFileError("压缩包中的文件名重复：\(entry.name)") }
      guard Self.isSafe(entry.name) else { throw WordFileError("压缩包中有不安全的文件名：\(entry.name)") }
      index[entry.name] = entries.count
      entries.append(entry)
    }
    self.entries = entries
    self.index = index
  }

  func entry(named name: String) -> Entry? { index[name].map { entries[$0] } }

  /// The member's bytes, decompressed and checked against its size and CRC-32.
  func contents(of entry: Entry) throws(WordFileError) -> [UInt8] {
    let name = entry.name
    guard !entry.isEncrypted else { throw WordFileError("\(name) 已加密") }
    let allowed = min(limits.maximumEntrySize, max(limits.ratioFloor, entry.compressedSize * limits.maximumRatio))
    guard entry.uncompressedSize <= allowed else { throw Self.tooLarge(entry, allowed: allowed) }
    let start = try dataStart(of: entry)
    guard start <= bytes.count, bytes.count - start >= entry.compressedSize else {
      throw WordFileError("\(name) 的数据不完整（文件被截断）")
    }
    let compressed = Array(bytes[start..<(start + entry.compressedSize)])
    let data: [UInt8]
    switch entry.method {
    case 0:
      guard entry.compressedSize == entry.uncompressedSize else { throw WordFileError("\(name) 的大小记录不一致") }
      data = compressed
    case 8:
      do {
        data = try Inflater.inflate(compressed, limit: allowed, expectedSize: entry.uncompressedSize)
      } catch {
        switch error {
        case .truncated: throw WordFileError("\(name) 的压缩数据不完整（文件被截断或已损坏）")
        case .malformed(let reason): throw WordFileError("\(name) 的压缩数据已损坏（\(reason)）")
        case .outputLimit: throw Self.tooLarge(entry, allowed: allowed)
        }
      }
    default:
      throw WordFileError("\(name) 使用了不支持的压缩方式 \(entry.method)（只支持存储和 DEFLATE）")
    }
    guard data.count == entry.uncompressedSize else {
      throw WordFileError("\(name) 解压后为 \(data.count) 字节，与记录的 \(entry.uncompressedSize) 字节不符（文件已损坏）")
    }
    guard CRC32.checksum(data) == entry.crc32 else { throw WordFileError("\(name) 的 CRC 校验不符（文件已损坏）") }
    return data
  }

  private static func tooLarge(_ entry: Entry, allowed: Int) -> WordFileError {
    WordFileError(
      "\(entry.name) 解压后超过 \(allowed >> 20) MB 的上限（压缩前 \(entry.compressedSize) 字节），不像是一份报告，拒绝解压")
  }

  /// Where the member's data begins: after its local header, whose own name and extra lengths count.
  private func dataStart(of entry: Entry) throws(WordFileError) -> Int {
    let offset = entry.localHeaderOffset
    guard offset <= bytes.count - 30, Self.uint32(bytes, offset) == 0x0403_4B50 else {
      throw WordFileError("\(entry.name) 的本地文件头缺失或已损坏")
    }
    let nameLength = Self.uint16(bytes, offset + 26)
    let extraLength = Self.uint16(bytes, offset + 28)
    guard offset + 30 + nameLength <= bytes.count,
      String(decoding: bytes[(offset + 30)..<(offset + 30 + nameLength)], as: UTF8.self) == entry.name
    else { throw WordFileError("\(entry.name) 的本地文件头与目录不符") }
    return offset + 30 + nameLength + extraLength
  }

  // MARK: Central directory

  private struct Directory {
    var count: Int
    var size: Int
    var offset: Int
  }

  /// Finds the end of central directory record (searching back over a comment of up to 65,535 bytes),
  /// and the ZIP64 record when the classic one points to it.
  private static func centralDirectory(_ bytes: [UInt8]) throws(WordFileError) -> Directory {
    guard bytes.count >= 22 else { throw WordFileError("文件太短，不是完整的压缩包（可能被截断）") }
    var end = -1
    var candidate = bytes.count - 22
    let lowest = max(0, bytes.count - 22 - 65_535)
    while candidate >= lowest {
      if bytes[candidate] == 0x50, uint32(bytes, candidate) == 0x0605_4B50,
        candidate + 22 + uint16(bytes, candidate + 20) <= bytes.count
      {
        end = candidate
        break
      }
      candidate -= 1
    }
    guard end >= 0 else {
      let message =
        bytes.starts(with: [0x50, 0x4B, 0x03, 0x04])
        ? "压缩包的目录缺失（文件被截断或未写完）" : "不是压缩包（找不到 ZIP 目录）"
      throw WordFileError(message)
    }
    guard uint16(bytes, end + 4) == 0, uint16(bytes, end + 6) == 0 else {
      throw WordFileError("是分卷压缩包，不支持")
    }
    var directory = Directory(
      count: uint16(bytes, end + 10), size: uint32(bytes, end + 12), offset: uint32(bytes, end + 16))
    let locator = end - 20
    if locator >= 0, uint32(bytes, locator) == 0x0706_4B50 {
      let recordOffset = uint64(bytes, locator + 8)
      guard recordOffset >= 0, recordOffset <= bytes.count - 56, uint32(bytes, recordOffset) == 0x0606_4B50 else {
        throw WordFileError("ZIP64 目录记录缺失或已损坏")
      }
      directory = Directory(
        count: uint64(bytes, recordOffset + 32), size: uint64(bytes, recordOffset + 40),
        offset: uint64(bytes, recordOffset + 48))
    } else if directory.count == 0xFFFF || directory.size == 0xFFFF_FFFF || directory.offset == 0xFFFF_FFFF {
      throw WordFileError("ZIP64 目录定位记录缺失（文件已损坏）")
    }
    guard directory.count >= 0, directory.size >= 0, directory.offset >= 0, directory.offset <= bytes.count,
      bytes.count - directory.offset >= directory.size, directory.count <= directory.size / 46 + 1
    else { throw WordFileError("压缩包目录的位置或大小超出文件（文件被截断或已损坏）") }
    return directory
  }

  private static func centralEntry(
    _ bytes: [UInt8], at cursor: inout Int, directoryEnd: Int
  ) throws(WordFileError) -> Entry {
    guard cursor + 46 <= directoryEnd, uint32(bytes, cursor) == 0x0201_4B50 else {
      throw WordFileError("压缩包目录已损坏")
    }
    let flags = uint16(bytes, cursor + 8)
    let nameLength = uint16(bytes, cursor + 28)
    let extraLength = uint16(bytes, cursor + 30)
    let commentLength = uint16(bytes, cursor + 32)
    let next = cursor + 46 + nameLength + extraLength + commentLength
    guard next <= directoryEnd else { throw WordFileError("压缩包目录已损坏") }
    let nameBytes = bytes[(cursor + 46)..<(cursor + 46 + nameLength)]
    var entry = Entry(
      name: String(decoding: nameBytes, as: UTF8.self), method: uint16(bytes, cursor + 10), flags: flags,
      crc32: UInt32(uint32(bytes, cursor + 16)), compressedSize: uint32(bytes, cursor + 20),
      uncompressedSize: uint32(bytes, cursor + 24), localHeaderOffset: uint32(bytes, cursor + 42))
    // ZIP64 extended information (header 0x0001): 8-byte values for the fields saturated at 0xFFFFFFFF.
    var extra = cursor + 46 + nameLength
    let extraEnd = extra + extraLength
    while extra + 4 <= extraEnd {
      let id = uint16(bytes, extra)
      let size = uint16(bytes, extra + 2)
      guard extra + 4 + size <= extraEnd else { break }
      if id == 0x0001 {
        var field = extra + 4
        func next64() throws(WordFileError) -> Int {
          guard field + 8 <= extra + 4 + size else { throw WordFileError("\(entry.name) 的 ZIP64 信息不完整") }
          defer { field += 8 }
          return uint64(bytes, field)
        }
        if entry.uncompressedSize == 0xFFFF_FFFF { entry.uncompressedSize = try next64() }
        if entry.compressedSize == 0xFFFF_FFFF { entry.compressedSize = try next64() }
        if entry.localHeaderOffset == 0xFFFF_FFFF { entry.localHeaderOffset = try next64() }
      }
      extra += 4 + size
    }
    guard entry.uncompressedSize >= 0, entry.compressedSize >= 0, entry.localHeaderOffset >= 0 else {
      throw WordFileError("\(entry.name) 的大小记录无效")
    }
    cursor = next
    return entry
  }

  /// Relative, without `..` components, backslashes or NUL: what a real package holds.
  static func isSafe(_ name: String) -> Bool {
    guard !name.isEmpty, !name.hasPrefix("/"), !name.contains("\\"), !name.contains("\0") else { return false }
    return !name.split(separator: "/", omittingEmptySubsequences: false).contains("..")
  }

  // MARK: Little-endian integers (callers check bounds)

  static func uint16(_ bytes: [UInt8], _ offset: Int) -> Int { Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 }

  static func uint32(_ bytes: [UInt8], _ offset: Int) -> Int { uint16(bytes, offset) | uint16(bytes, offset + 2) << 16 }

  /// An 8-byte value; values past `Int.max` come back negative, which callers reject.
  static func uint64(_ bytes: [UInt8], _ offset: Int) -> Int {
    Int(truncatingIfNeeded: UInt64(uint32(bytes, offset)) | UInt64(uint32(bytes, offset + 4)) << 32)
  }
}

/// Why a Word file could not be read, in Chinese (without the file's name, which the caller adds).
public struct WordFileError: Error, Equatable, Sendable {
  public var message: String
  public init(_ message: String) { self.message = message }
}
