import Foundation

@testable import WordFile

/// The bytes of a committed fixture (made by Fixtures/make_fixtures.py or make_libreoffice_fixture.sh).
func fixture(_ name: String) -> [UInt8] {
  let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
  return [UInt8]((try? Data(contentsOf: url)) ?? Data())
}

/// Every member of the archive, by name; the error message when it cannot be read.
func readAll(_ bytes: [UInt8]) -> Result<[String: [UInt8]], WordFileError> {
  Result { () throws(WordFileError) in
    let archive = try ZipArchive(bytes: bytes)
    var contents: [String: [UInt8]] = [:]
    for entry in archive.entries { contents[entry.name] = try archive.contents(of: entry) }
    return contents
  }
}

extension Result where Failure == WordFileError {
  var errorMessage: String? {
    if case .failure(let error) = self { return error.message }
    return nil
  }
}

/// Writes a little-endian value into `bytes` at `offset`.
func patch(_ bytes: inout [UInt8], at offset: Int, uint32 value: UInt32) {
  for index in 0..<4 { bytes[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(index))) }
}

/// The offset of the first central directory header.
func centralDirectoryOffset(_ bytes: [UInt8]) -> Int {
  for offset in stride(from: bytes.count - 22, through: 0, by: -1)
  where bytes[offset] == 0x50 && ZipArchive.uint32(bytes, offset) == 0x0605_4B50 {
    return ZipArchive.uint32(bytes, offset + 16)
  }
  return -1
}
