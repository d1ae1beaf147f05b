import Testing

@testable import CytoLens

@Suite("Tabulated Unicode properties of common scalars")
struct CommonScalarPropertiesTests {
    /// The table answers as Unicode does for every scalar of the common blocks, tabulated or not
    /// (the edges of each tabulated range included).
    @Test func answersAsUnicodeDoes() {
        var checked = 0
        for value in UInt32(0)..<0x3400 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(
                CommonScalarProperties.isAlphabetic(scalar) == scalar.properties.isAlphabetic, "U+\(String(value, radix: 16))")
            #expect(
                CommonScalarProperties.isWhitespace(scalar) == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
            checked += 1
        }
        #expect(checked == 0x3400)
    }

    /// Letters and spaces of article text get the answers a reader expects.
    @Test func knownScalars() {
        for letter: Unicode.Scalar in ["a", "Z", "é", "α", "Ω", "ß"] { #expect(CommonScalarProperties.isAlphabetic(letter)) }
        for other: Unicode.Scalar in ["-", "1", "\u{2013}", "\u{2009}", "±", "×", "\u{2212}"] {
            #expect(!CommonScalarProperties.isAlphabetic(other))
        }
        for space: Unicode.Scalar in [" ", "\u{A0}", "\u{2009}", "\u{2003}"] {
            #expect(CommonScalarProperties.isWhitespace(space))
        }
        #expect(!CommonScalarProperties.isWhitespace("\u{2013}"))
    }
}
