import Foundation
import Testing

@testable import CytoLens

/// ``CueKey`` gives the keys the cue tables are matched under; its byte path for ASCII words
/// must agree with the general definition.
struct CueKeyTests {
    @Test(
        "Keys unify case, dashes, inner hyphens and British spelling",
        arguments: [
            ("Tumour", "tumor"), ("anti-tumour", "antitumor"), ("ANTI-TUMOR", "antitumor"), ("-deficient", "-deficient"),
            ("anti-", "anti-"), ("neutralising", "neutralizing"), ("neutralisation", "neutralization"),
            ("signalling", "signaling"), ("colour", "color"), ("our", "our"), ("rise", "rise"), ("promise", "promize"),
            ("IL-6\u{2013}mediated", "il6mediated"), ("IL-6-", "il6-"), ("pro\u{2010}tumour", "protumor"), ("TGF-β", "tgfβ"),
            ("cell\u{2019}s", "cell's"), ("a--b", "a--b"), ("tumourtumour", "tumortumor"), ("", ""),
            ("tumours", "tumors"), ("organisations", "organizations"), ("sensitised", "sensitized"), ("ises", "ises"),
            ("neutralisation", "neutralization"), ("behaviour", "behavior"), ("four", "four"), ("signallings", "signalings"),
            // Around the shortest word that can hold a British spelling (six bytes).
            ("cells", "cells"), ("arise", "arise"), ("hour", "hour"), ("advise", "advize"), ("labour", "labor"),
            ("tumour", "tumor"), ("signall", "signal"),
        ])
    func keys(_ word: String, _ expected: String) {
        #expect(CueKey.of(word) == expected)
        #expect(bytePathKey(word) == expected)
        if word.utf8.allSatisfy({ $0 < 0x80 }) { #expect(asciiPathKey(word) == expected) }
    }

    @Test("No word shorter than six bytes holds a British spelling that the key rewrites")
    func shortestSpelling() {
        #expect(CueKey.shortestSpellingToUnify == 6)
    }

    /// The words of the bundled corpus (and of the shared corpus's HoC abstracts when present),
    /// keyed both ways.
    @Test("The ASCII path gives the general definition's key for every word of real text")
    func asciiPathAgreesWithDefinition() throws {
        var folders = [TestPaths.corpus.appendingPathComponent("text")]
        if let shared = TestPaths.sharedCorpus { folders.append(shared.appendingPathComponent("gold/hoc/text")) }
        var words = Set<Substring>()
        for folder in folders {
            let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil).prefix(400)
            for file in files {
                let text = try String(contentsOf: file, encoding: .utf8)
                for word in text.split(whereSeparator: { $0.isWhitespace }) { words.insert(word) }
            }
        }
        #expect(words.count > 1_000)
        let disagreeing = words.filter { CueKey.of($0) != referenceKey($0) }
        #expect(disagreeing.isEmpty, "\(disagreeing.prefix(10))")
        // The tokenizer's path, from the bytes with the word's own string at hand.
        let disagreeingFromBytes = words.filter { bytePathKey(String($0)) != referenceKey($0) }
        #expect(disagreeingFromBytes.isEmpty, "\(disagreeingFromBytes.prefix(10))")
        // The tokenizer's path for ASCII words, told whether the word has an upper-case letter or a hyphen.
        let asciiWords = words.filter { $0.utf8.allSatisfy { $0 < 0x80 } }
        #expect(asciiWords.count > 1_000)
        let disagreeingASCII = asciiWords.filter { asciiPathKey(String($0)) != referenceKey($0) }
        #expect(disagreeingASCII.isEmpty, "\(disagreeingASCII.prefix(10))")
        // Words whose key is spelled as written, and words whose key is not, are both there.
        #expect(words.contains { CueKey.of($0) == $0 } && words.contains { CueKey.of($0) != $0 })
    }

    /// The cue phrases of the lexicon (and a few written with other characters), cut into word keys
    /// on bytes as at spaces between characters.
    @Test("A phrase's word keys are its space-separated words' keys")
    func phraseWords() throws {
        var phrases = ["TGF-\u{3b2} signalling", "  tumour  cell lines ", "anti\u{2010}tumour immunity", "", " "]
        for file in ["claim_cues.tsv", "cancers.tsv", "cell_types.tsv", "hedge_cues.tsv", "negation_cues.tsv"] {
            let text = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("lexicon/\(file)"), encoding: .utf8)
            phrases += text.split(separator: "\n").dropFirst().compactMap { $0.split(separator: "\t").first.map(String.init) }
        }
        #expect(phrases.count > 1_000 && phrases.contains { $0.contains(" ") })
        let disagreeing = phrases.filter { CueKey.words(of: $0) != $0.split(separator: " ").map { CueKey.of($0) } }
        #expect(disagreeing.isEmpty, "\(disagreeing.prefix(10))")
    }

    /// Section headings, keyed by the byte path for ASCII and by characters otherwise.
    @Test(
        "A heading's words are the keys of its letter-and-digit runs",
        arguments: [
            "Materials and Methods", "2.3 Statistical analysis", "MATERIALS_AND-METHODS", "Methods\r\nand results",
            "[Ethics@statement]`x`{y}", "", "  ", "Na\u{EF}ve T-cell assays", "Tumour\u{2013}bearing mice (n=5)",
        ])
    func headingKeys(_ heading: String) {
        let words = heading.split { !($0.isLetter || $0.isNumber) }.map { CueKey.of($0) }
        #expect(ClaimCues.headingWords(heading) == words)
    }

    /// The key by the path the tokenizer takes, from the UTF-8 bytes and the string of a word.
    private func asciiPathKey(_ word: String) -> String {
        var word = word
        let text = word
        return word.withUTF8 { bytes in
            let upperOrHyphen = bytes.contains { $0 == UInt8(ascii: "-") || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }
            return CueKey.ofASCII(bytes: bytes, hasUpperOrHyphen: upperOrHyphen) ?? text
        }
    }

    private func bytePathKey(_ word: String) -> String {
        var word = word
        let text = word
        return word.withUTF8 { CueKey.of(bytes: $0, text: text) }
    }

    /// The definition, written plainly over Characters and Unicode scalars.
    private func referenceKey(_ word: some StringProtocol) -> String {
        var scalars: [Unicode.Scalar] = []
        for scalar in String(word).lowercased().unicodeScalars {
            switch scalar {
            case "\u{2212}", "\u{2010}", "\u{2011}", "\u{2013}", "\u{2014}": scalars.append("-")
            case "\u{2019}": scalars.append("'")
            default: scalars.append(scalar)
            }
        }
        func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
        }
        var kept: [Unicode.Scalar] = []
        for (i, scalar) in scalars.enumerated() {
            if scalar == "-", i > 0, i < scalars.count - 1, isAlphanumeric(scalars[i - 1]), isAlphanumeric(scalars[i + 1]) {
                continue
            }
            kept.append(scalar)
        }
        var key = String(String.UnicodeScalarView(kept))
        key = key.replacing("tumour", with: "tumor").replacing("signall", with: "signal")
            .replacing("neutralis", with: "neutraliz")
        let endings = [
            ("isations", "izations"), ("isation", "ization"), ("ising", "izing"), ("ised", "ized"), ("ises", "izes"),
            ("ise", "ize"), ("our", "or"),
        ]
        for (british, american) in endings where key.count > british.count + 2 && key.hasSuffix(british) {
            key = String(key.dropLast(british.count)) + american
            break
        }
        return key
    }
}
