import Foundation
import Testing

@testable import CytoLens

/// ``JSONEscapeScan`` and the escaping in ``JSONWriter`` give what the plain definition gives:
/// every byte checked on its own, every character escaped by the RFC 8259 rules (plus U+2028
/// and U+2029).
struct JSONEscapeTests {
    /// The plain definition of the bytes that may need escaping.
    static func mayNeedEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F || byte == 0xE2
    }

    /// A string escaped one scalar at a time, the way the writer's output is defined.
    static func quoted(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{0}"..."\u{1F}", "\u{7F}", "\u{2028}", "\u{2029}":
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output + "\""
    }

    /// Real passage texts, and texts made to put every byte value at every alignment.
    static let texts: [String] = {
        var texts = RealDocuments.annotations.flatMap { $0.article.passages.map(\.text) }
        let specials = ["\"", "\\", "\n", "\t", "\u{1}", "\u{1F}", "\u{7F}", "\u{2028}", "\u{2029}", "\u{2013}", "β", " "]
        for special in specials {
            for prefix in 0..<9 {
                texts.append(String(repeating: "a", count: prefix) + special + "0123456789abcdefghij" + special)
            }
        }
        return texts
    }()

    @Test("The word-at-a-time scan stops exactly where a byte-at-a-time scan does")
    func scanMatchesBytes() throws {
        try #require(Self.texts.count > 200)
        for var text in Self.texts {
            text.withUTF8 { utf8 in
                var start = 0
                while start <= utf8.count {
                    let expected = utf8[start...].firstIndex(where: Self.mayNeedEscape) ?? utf8.count
                    let found = JSONEscapeScan.firstIndex(in: utf8, from: start)
                    #expect(found == expected, "from \(start)")
                    if found != expected { return }
                    start = found + 1
                }
            }
        }
    }

    @Test("Every byte value is found at every position of a word")
    func everyByteEverywhere() {
        for value in 0...255 {
            for position in 0..<16 {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 16)
                bytes[position] = UInt8(value)
                let found = bytes.withUnsafeBufferPointer { JSONEscapeScan.firstIndex(in: $0, from: 0) }
                #expect(found == (Self.mayNeedEscape(UInt8(value)) ? position : 16), "byte \(value) at \(position)")
            }
        }
    }

    @Test("Quoted strings are the plain definition's, on real texts")
    func quotedMatchesDefinition() {
        for text in Self.texts {
            var output = ""
            JSONWriter.appendQuoted(text, to: &output)
            #expect(output == Self.quoted(text))
        }
    }

    @Test("A key made beforehand writes what a key given as a string writes")
    func keysMadeBeforehand() {
        for name in ["index", "negation_cue", "", "quote \" and \\", "line\nbreak \u{2028}", "β-chain"] {
            var plain = JSONWriter()
            plain.beginObject()
            plain.field(name, 7)
            plain.field(name, "seven")
            plain.endObject()
            var made = JSONWriter()
            let key = JSONWriter.Key(name)
            made.beginObject()
            made.field(key, 7)
            made.field(key, "seven")
            made.endObject()
            #expect(made.output == plain.output)
        }
    }
}
