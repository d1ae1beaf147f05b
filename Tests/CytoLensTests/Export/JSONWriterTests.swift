import CytoLens
import Foundation
import Testing

/// ``JSONWriter`` escapes strings per RFC 8259 (plus U+2028 and U+2029) and nothing else.
struct JSONWriterTests {
    @Test(
        "Characters that must be escaped are, and no others",
        arguments: [
            ("plain", #""plain""#),
            ("quote \" and backslash \\", #""quote \" and backslash \\""#),
            ("line\nreturn\rtab\t", #""line\nreturn\rtab\t""#),
            ("\u{1}\u{1F}\u{7F}", #""\u0001\u001f\u007f""#),
            ("\u{2028}\u{2029}", #""\u2028\u2029""#),
            ("en dash \u{2013}, ellipsis \u{2026}, β, 🧬", "\"en dash \u{2013}, ellipsis \u{2026}, β, 🧬\""),
            (
                "\u{2027} and \u{202A}, neighbours of U+2028 and U+2029",
                "\"\u{2027} and \u{202A}, neighbours of U+2028 and U+2029\""
            ),
            ("", #""""#),
        ])
    func escapes(_ text: String, _ expected: String) {
        var output = ""
        JSONWriter.appendQuoted(text, to: &output)
        #expect(output == expected)
    }

    @Test("Integers are written as Swift prints them", arguments: [0, 7, -7, 10, 1_000_000, -45_210, Int.max, Int.min])
    func integers(_ value: Int) {
        var json = JSONWriter()
        json.beginArray()
        json.int(value)
        json.int(value)
        json.endArray()
        #expect(json.output == "[\(value),\(value)]")
    }

    @Test("Integers at every digit-count boundary are written as Swift prints them")
    func digitCountBoundaries() {
        var values: [Int] = [Int.max, Int.min, Int.max - 1, Int.min + 1]
        var power = 1
        for _ in 0..<18 {
            power *= 10
            values += [power - 1, power, power + 1, -(power - 1), -power]
        }
        var json = JSONWriter()
        json.beginArray()
        for value in values { json.int(value) }
        json.endArray()
        #expect(json.output == "[" + values.map(String.init).joined(separator: ",") + "]")
    }

    @Test("Any string reads back unchanged through a JSON parser")
    func roundTrips() throws {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [Unicode.Scalar] = [
            "a", "\"", "\\", "\n", "\u{0}", "\u{1F}", "\u{7F}", "\u{E2}", "\u{2013}", "\u{2028}", "\u{2029}", "🧬", " ",
        ]
        for _ in 0..<500 {
            let length = Int.random(in: 0..<24, using: &generator)
            var scalars = String.UnicodeScalarView()
            for _ in 0..<length { scalars.append(alphabet.randomElement(using: &generator)!) }
            let text = String(scalars)
            var output = ""
            JSONWriter.appendQuoted(text, to: &output)
            let parsed = try JSONSerialization.jsonObject(with: Data(output.utf8), options: .fragmentsAllowed) as? String
            #expect(parsed == text, "\(output)")
        }
    }
}
