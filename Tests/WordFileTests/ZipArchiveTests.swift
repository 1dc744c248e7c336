import Testing

@testable import WordFile

@Suite struct ZipArchiveTests {
  static let hello = Array("你好，ZIP。\n".utf8)
  static let lorem = Array(String(repeating: "预算执行率为98.5%，项目完成率100%。", count: 200).utf8)

  @Test(arguments: ["stored.zip", "deflated.zip", "deflated-level0.zip", "descriptors.zip", "zip64.zip"])
  func readsArchivesMadeByPython(name: String) throws {
    let contents = try readAll(fixture(name)).get()
    #expect(contents.keys.sorted() == ["dir/lorem.txt", "empty.txt", "hello.txt", "noise.bin"])
    #expect(contents["hello.txt"] == Self.hello)
    #expect(contents["dir/lorem.txt"] == Self.lorem)
    #expect(contents["empty.txt"] == [])
    // The random bytes were stored uncompressed in one archive; every other reading must agree with it.
    #expect(contents["noise.bin"] == (try readAll(fixture("stored.zip")).get())["noise.bin"])
    #expect(contents["noise.bin"]?.count == 3000)
  }

  @Test func descriptorsAndZip64AreWhatTheFixturesClaim() throws {
    let descriptors = try ZipArchive(bytes: fixture("descriptors.zip"))
    #expect(descriptors.entries.allSatisfy { $0.flags & 8 != 0 && $0.method == 8 })
    let zip64 = fixture("zip64.zip")
    // The ZIP64 end-of-central-directory locator sits just before the classic record.
    #expect(
      zip64.indices.contains {
        zip64[$0] == 0x50 && $0 + 4 <= zip64.count && ZipArchive.uint32(zip64, $0) == 0x0706_4B50
      })
  }

  @Test func checksumOfTheStandardCheckString() {
    #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
    #expect(CRC32.checksum([]) == 0)
  }

  @Test func aCorruptedChecksumIsNamed() {
    var bytes = fixture("deflated.zip")
    let directory = centralDirectoryOffset(bytes)
    patch(&bytes, at: directory + 16, uint32: 0xDEAD_BEEF)
    #expect(readAll(bytes).errorMessage?.contains("CRC 校验不符") == true)
  }

  @Test func aCorruptedStoredByteFailsTheChecksum() {
    var bytes = fixture("stored.zip")
    let offset = 30 + "hello.txt".utf8.count + 2  // inside the first member's data
    bytes[offset] ^= 0xFF
    #expect(readAll(bytes).errorMessage?.contains("hello.txt 的 CRC 校验不符") == true)
  }

  @Test func truncationAtAnyLengthGivesAnErrorNotACrash() {
    let bytes = fixture("deflated.zip")
    for length in 0..<bytes.count {
      let result = readAll(Array(bytes[..<length]))
      #expect(result.errorMessage != nil, "length \(length)")
    }
    #expect(readAll(Array(bytes.dropLast(30))).errorMessage == "压缩包的目录缺失（文件被截断或未写完）")
  }

  @Test func flippedBitsNeverCrash() {
    let original = fixture("deflated.zip")
    // Every byte once, with a bit that moves along, and a second byte far from the first.
    for offset in original.indices {
      var bytes = original
      bytes[offset] ^= UInt8(1 << (offset % 8))
      _ = readAll(bytes)  // a result or an error, never a trap
      bytes[(offset * 7919) % bytes.count] ^= 0x80
      _ = readAll(bytes)
    }
  }

  @Test func aDecompressionBombIsRefusedBeforeInflating() {
    let message = readAll(fixture("bomb.zip")).errorMessage
    #expect(message?.hasPrefix("word/document.xml 解压后超过") == true)
    #expect(message?.contains("拒绝解压") == true)
  }

  @Test func aBombUnderstatingItsSizeStopsAtTheLimit() {
    var bytes = fixture("bomb.zip")
    let directory = centralDirectoryOffset(bytes)
    patch(&bytes, at: directory + 24, uint32: 1000)  // claims 1000 bytes; inflates to 20 MB
    #expect(readAll(bytes).errorMessage?.contains("拒绝解压") == true)
  }

  @Test func unsafeNamesAreRefused() {
    #expect(readAll(fixture("unsafe-name.zip")).errorMessage == "压缩包中有不安全的文件名：../../evil.txt")
    #expect(!ZipArchive.isSafe("/etc/passwd"))
    #expect(!ZipArchive.isSafe("word\\document.xml"))
    #expect(ZipArchive.isSafe("word/media/image1.png"))
  }

  @Test func notAnArchive() {
    #expect(
      readAll(Array("just text, long enough to be searched for a record".utf8)).errorMessage == "不是压缩包（找不到 ZIP 目录）")
    #expect(readAll([0x50, 0x4B]).errorMessage == "文件太短，不是完整的压缩包（可能被截断）")
  }
}
