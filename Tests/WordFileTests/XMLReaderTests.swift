import Testing

@testable import WordFile

@Suite struct XMLReaderTests {
  func events(_ xml: String) throws -> [String] {
    var reader = try XMLReader(Array(xml.utf8))
    var result: [String] = []
    while let event = try reader.next() {
      switch event {
      case .start(let name, let attributes):
        let shown = attributes.map { "\($0.name.local)=\($0.value)" }.joined(separator: ",")
        result.append("<\(name.namespace)|\(name.local)\(shown.isEmpty ? "" : " " + shown)>")
      case .end(let name): result.append("</\(name.local)>")
      case .text(let text): result.append(text)
      }
    }
    return result
  }

  func failure(_ xml: String) -> String? {
    do {
      _ = try events(xml)
      return nil
    } catch let error as WordFileError {
      return error.message
    } catch {
      return "\(error)"
    }
  }

  @Test func namespacesEntitiesAndCDATA() throws {
    let xml = """
      <?xml version="1.0" encoding="UTF-8"?><!-- c --><a:r xmlns:a="urn:a" xmlns="urn:d"><b a:k="1 &amp; 2"/>\
      x&lt;y&#x4E00;&#20108;<![CDATA[<raw>]]><a:c xmlns:a="urn:other"/></a:r>
      """
    #expect(
      try events(xml) == [
        "<urn:a|r>", "<urn:d|b k=1 & 2>", "</b>", "x<y一二", "<raw>", "<urn:other|c>", "</c>", "</r>",
      ])
  }

  @Test func refusesWhatIsNotWellFormed() {
    #expect(failure("<!DOCTYPE x [<!ENTITY a \"b\">]><x>&a;</x>")?.contains("DTD") == true)
    #expect(failure("<a><b></a>")?.contains("不匹配") == true)
    #expect(failure("<a><b>")?.contains("不完整") == true)
    #expect(failure("<a>&nope;</a>")?.contains("未定义的实体") == true)
    #expect(failure("<p:a/>")?.contains("未声明的命名空间前缀 p") == true)
    #expect(failure("<a/><b/>")?.contains("多个根元素") == true)
    #expect(failure("")?.contains("没有根元素") == true)
    #expect(failure("<a x=1/>")?.contains("引号") == true)
  }

  @Test func truncatedDocumentsNeverCrash() {
    let xml = Array(
      #"<w:document xmlns:w="urn:w"><w:p><w:r><w:t xml:space="preserve">甲 &amp; 乙</w:t></w:r></w:p></w:document>"#.utf8)
    for length in 0..<xml.count {
      var reader: XMLReader
      do { reader = try XMLReader(Array(xml[..<length])) } catch { continue }
      while (try? reader.next()) != nil {}
    }
  }
}
