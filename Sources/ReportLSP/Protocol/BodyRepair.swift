import Analysis
import Foundation

/// Makes a message body that a strict JSON decoder would reject for its text alone decodable, without
/// moving any position the client counts in its own text:
///
/// - a lone UTF-16 surrogate escape (`"\ud800"`, what JavaScript's `JSON.stringify` writes for a broken
///   string in the editor's buffer) becomes `\ufffd`: one UTF-16 unit for one, six bytes for six;
/// - a surrogate written raw in UTF-8 (`ED A0 80`, WTF-8) becomes one U+FFFD: three bytes for three, one
///   UTF-16 unit for the one the client had;
/// - every other byte that is not part of valid UTF-8 becomes one character each, as an editor that keeps
///   a buffer's invalid bytes (Vim, Neovim) counts each of them as one character: U+FFFD, or for the text
///   of `didOpen`/`didChange` the marker U+FDD0 (a noncharacter), which the server turns into the stand-in
///   that keeps the client's count in the negotiated encoding (`invalidByteStandIn`).
///
/// The body is scanned once; a valid body is returned as it is, without a copy.
struct BodyRepair: Equatable, Sendable {
  /// Lone surrogates replaced (escaped or raw).
  var loneSurrogates = 0
  /// Bytes of invalid UTF-8 replaced.
  var invalidBytes = 0

  var isEmpty: Bool { loneSurrogates == 0 && invalidBytes == 0 }

  /// A short description in Chinese, for the message that tells the user.
  var summary: String {
    var parts: [String] = []
    if loneSurrogates > 0 { parts.append("\(loneSurrogates) 个孤立的 UTF-16 代理项") }
    if invalidBytes > 0 { parts.append("\(invalidBytes) 个无效的 UTF-8 字节") }
    return parts.joined(separator: "、")
  }

  private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]
  private static let escapedReplacement = Array("\\ufffd".utf8)
  /// What `repair(_:markingInvalidBytes: true)` writes for an invalid byte: U+FDD0.
  static let invalidByteMarker = Unicode.Scalar(0xFDD0 as UInt32)!

  /// What stands for one invalid byte of the client's text, so that positions stay as the client counts
  /// them: U+FFFD, one unit in UTF-16 and UTF-32; in UTF-8, where U+FFFD takes three units for the
  /// client's one, U+001A (SUBSTITUTE), the one-byte replacement character.
  static func invalidByteStandIn(for encoding: ColumnUnit) -> Unicode.Scalar {
    encoding == .utf8 ? "\u{1A}" : "\u{FFFD}"
  }

  /// Replaces the markers `repair(_:markingInvalidBytes: true)` left in `text` with the stand-in for
  /// `encoding`.
  static func restore(_ text: String, for encoding: ColumnUnit) -> String {
    guard text.unicodeScalars.contains(invalidByteMarker) else { return text }
    let standIn = invalidByteStandIn(for: encoding)
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars { scalars.append(scalar == invalidByteMarker ? standIn : scalar) }
    return String(scalars)
  }

  /// The body with its text repaired, and what was repaired. With `markingInvalidBytes`, invalid bytes
  /// become `invalidByteMarker` instead of U+FFFD.
  static func repair(_ body: Data, markingInvalidBytes: Bool = false) -> (body: Data, repair: BodyRepair) {
    let invalidByte: [UInt8] = markingInvalidBytes ? Array(String(invalidByteMarker).utf8) : replacement
    var repair = BodyRepair()
    var output: [UInt8]?
    body.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
      let bytes = raw.bindMemory(to: UInt8.self)
      let count = bytes.count
      var index = 0
      var copiedUpTo = 0
      var inString = false
      /// Replaces `bytes[index..<index + length]` with `with`.
      func replace(_ length: Int, with replacement: [UInt8]) {
        if output == nil {
          output = []
          output!.reserveCapacity(count + 16)
        }
        output!.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copiedUpTo..<index]))
        output!.append(contentsOf: replacement)
        index += length
        copiedUpTo = index
      }
      func hexValue(at offset: Int) -> Int? {
        guard offset + 4 <= count else { return nil }
        var value = 0
        for byte in bytes[offset..<offset + 4] {
          let digit: Int
          switch byte {
          case 0x30...0x39: digit = Int(byte) - 0x30
          case 0x41...0x46: digit = Int(byte) - 0x41 + 10
          case 0x61...0x66: digit = Int(byte) - 0x61 + 10
          default: return nil
          }
          value = value * 16 + digit
        }
        return value
      }
      while index < count {
        let byte = bytes[index]
        if byte < 0x80 {
          if byte == 0x22 {
            inString.toggle()
          } else if byte == 0x5C, inString, index + 1 < count {
            guard bytes[index + 1] == 0x75, let unit = hexValue(at: index + 2) else {
              index += 2  // Any other escape: the decoder judges it.
              continue
            }
            if (0xD800...0xDBFF).contains(unit), index + 12 <= count, bytes[index + 6] == 0x5C,
              bytes[index + 7] == 0x75, let low = hexValue(at: index + 8), (0xDC00...0xDFFF).contains(low)
            {
              index += 12  // A proper pair.
            } else if (0xD800...0xDFFF).contains(unit) {
              repair.loneSurrogates += 1
              replace(6, with: escapedReplacement)
            } else {
              index += 6
            }
            continue
          }
          index += 1
          continue
        }
        let length = Self.validSequenceLength(bytes, at: index)
        if length > 0 {
          index += length
        } else if byte == 0xED, index + 2 < count, (0xA0...0xBF).contains(bytes[index + 1]),
          (0x80...0xBF).contains(bytes[index + 2])
        {
          repair.loneSurrogates += 1
          replace(3, with: replacement)
        } else {
          repair.invalidBytes += 1
          replace(1, with: invalidByte)
        }
      }
      if output != nil { output!.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copiedUpTo..<count])) }
    }
    guard let output else { return (body, repair) }
    return (Data(output), repair)
  }

  /// The length of the well-formed UTF-8 sequence starting at `index` (Unicode's table 3-7), or 0.
  static func validSequenceLength<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at index: Int) -> Int
  where Bytes.Index == Int {
    let lead = bytes[index]
    let (length, secondRange): (Int, ClosedRange<UInt8>)
    switch lead {
    case 0xC2...0xDF: (length, secondRange) = (2, 0x80...0xBF)
    case 0xE0: (length, secondRange) = (3, 0xA0...0xBF)
    case 0xE1...0xEC, 0xEE...0xEF: (length, secondRange) = (3, 0x80...0xBF)
    case 0xED: (length, secondRange) = (3, 0x80...0x9F)
    case 0xF0: (length, secondRange) = (4, 0x90...0xBF)
    case 0xF1...0xF3: (length, secondRange) = (4, 0x80...0xBF)
    case 0xF4: (length, secondRange) = (4, 0x80...0x8F)
    default: return 0
    }
    guard index + length <= bytes.endIndex, secondRange.contains(bytes[index + 1]) else { return 0 }
    for offset in 2..<length where !(0x80...0xBF).contains(bytes[index + offset]) { return 0 }
    return length
  }
}
