/// The normalization that decides when two spellings are the same name, the Swift side of
/// `match_key()` in `scripts/build_lexicon.py`: Greek letters and the words alpha, beta, … become
/// one Latin letter, "tumour" becomes "tumor", case is folded and every character that is not a
/// letter or digit is dropped. "TNF-α", "TNF alpha", "TNFa" and "Tnfa" all give `tnfa`.
///
/// A *case key* is the same without case folding (Greek stand-ins are lower case); case-sensitive
/// names compare case keys, so "KC" matches "KC" and "K-C" but not "Kc".
///
/// Text is cut into *word runs*: maximal runs of letters, digits and `_`. Greek words are replaced
/// inside one run, so keys can be computed run by run and joined, for names and text alike.
enum NameKey {
    /// What one character contributes to a key.
    enum ScalarClass: Equatable {
        /// Not part of a word: space, punctuation, hyphen, dash, bracket.
        case separator
        /// Part of a word but absent from keys (`_`, letters with no Latin stand-in such as é).
        case silent
        /// Part of a word with this key byte and case-key byte.
        case keyed(UInt8, UInt8)
    }

    /// The class of a character.
    static func classify(_ scalar: Unicode.Scalar) -> ScalarClass {
        let value = scalar.value
        if value < 0x80 {
            let byte = UInt8(value)
            switch byte {
            case 0x61...0x7A, 0x30...0x39: return .keyed(byte, byte)
            case 0x41...0x5A: return .keyed(byte | 0x20, byte)
            case 0x5F: return .silent
            default: return .separator
            }
        }
        if let latin = greekStandIn(value) { return .keyed(latin, latin) }
        return CommonScalarProperties.isAlphabetic(scalar) ? .silent : .separator
    }

    /// The Latin stand-in of a Greek letter (either case, and the look-alikes ß, µ, ϐ, ϵ, ϑ, ϰ, and
    /// the alphas and gammas of other alphabets that articles type for them: ⍺, ɑ, ɣ, Ɣ).
    static func greekStandIn(_ value: UInt32) -> UInt8? {
        switch value {
        case 0x3B1, 0x391, 0x237A, 0x251: return UInt8(ascii: "a")
        case 0x3B2, 0x392, 0xDF, 0x3D0: return UInt8(ascii: "b")
        case 0x3B3, 0x393, 0x263, 0x194: return UInt8(ascii: "g")
        case 0x3B4, 0x394: return UInt8(ascii: "d")
        case 0x3B5, 0x395, 0x3F5: return UInt8(ascii: "e")
        case 0x3BA, 0x39A, 0x3F0: return UInt8(ascii: "k")
        case 0x3BB, 0x39B: return UInt8(ascii: "l")
        case 0x3BC, 0x39C, 0xB5: return UInt8(ascii: "m")
        case 0x3C9, 0x3A9: return UInt8(ascii: "w")
        case 0x3B8, 0x398, 0x3D1: return UInt8(ascii: "q")
        case 0x3B6, 0x396: return UInt8(ascii: "z")
        case 0x3B7, 0x397: return UInt8(ascii: "h")
        default: return nil
        }
    }

    /// Greek letter names and their stand-ins, applied in this order as `match_key()` does.
    private static let greekWords: [([UInt8], UInt8)] = [
        ("epsilon", "e"), ("lambda", "l"), ("lamda", "l"), ("alpha", "a"), ("gamma", "g"),
        ("delta", "d"), ("kappa", "k"), ("omega", "w"), ("theta", "q"), ("beta", "b"),
    ].map { (Array($0.0.utf8), UInt8(ascii: $0.1)) }

    private static let tumour = Array("tumour".utf8)

    /// Rewrites the key bytes of one word run in place: Greek words become their letter and
    /// "tumour" becomes "tumor"; then the silent characters (zeros) are dropped. `key` and
    /// `caseKey` have the same length before and after.
    static func finishRun(key: inout [UInt8], caseKey: inout [UInt8]) {
        if key.count >= 4, key.withUnsafeBufferPointer({ mayHoldGreekWord($0) }) {
            for (word, letter) in greekWords { replace(word, with: [letter], key: &key, caseKey: &caseKey) }
            replace(tumour, with: Array("tumor".utf8), key: &key, caseKey: &caseKey)
        }
        if key.contains(0) {
            var index = 0
            while index < key.count {
                if key[index] == 0 {
                    key.remove(at: index)
                    caseKey.remove(at: index)
                } else {
                    index += 1
                }
            }
        }
    }

    /// The case key of one word run given as UTF-8 bytes (letters, digits, `_` and non-ASCII
    /// letters only): Greek letters and words become their Latin letter, "tumour" becomes
    /// "tumor", silent characters are dropped.
    static func caseKey(ofRun bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var caseKey: [UInt8] = []
        caseKey.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let (scalar, length) = bytes[index] < 0x80 ? (Unicode.Scalar(bytes[index]), 1) : ScannedText.decode(bytes, at: index)
            switch classify(scalar) {
            case .keyed(_, let caseByte): caseKey.append(caseByte)
            case .silent, .separator: caseKey.append(0)
            }
            index += length
        }
        var key = caseKey.map { $0 == 0 ? 0 : $0 | 0x20 }
        finishRun(key: &key, caseKey: &caseKey)
        return caseKey
    }

    /// The first four letters of each Greek word and of "tumour", packed little-endian.
    static let wordStarts: [UInt32] = (greekWords.map(\.0) + [tumour]).map { word in
        word.prefix(4).enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << (8 * UInt32($1.offset)) }
    }

    /// A bit per three-letter start (five bits a letter) of a Greek word or "tumour"; the scanner
    /// keeps the last three letters of a run as a 15-bit number and looks it up here.
    static let wordStartBits: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 512)
        for word in greekWords.map(\.0) + [tumour] {
            let index = Int(word[0] & 31) << 10 | Int(word[1] & 31) << 5 | Int(word[2] & 31)
            bits[index >> 6] |= 1 << UInt64(index & 63)
        }
        return bits
    }()

    /// Whether a run's case key holds the first four letters of a Greek word or "tumour".
    static func holdsGreekWordStart(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        mayHoldGreekWord(key)
    }

    /// Four lower-cased letters of a key from `index` on, packed as they are in ``wordStarts``.
    @inline(__always)
    private static func packedStart(_ key: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt32 {
        UInt32(key[index] | 0x20) | UInt32(key[index + 1] | 0x20) << 8 | UInt32(key[index + 2] | 0x20) << 16
            | UInt32(key[index + 3] | 0x20) << 24
    }

    /// The same answer as a comparison of every four bytes with ``wordStarts``, with a look-up
    /// of the first three in ``wordStartBits`` first, which rules out almost every English word.
    private static func mayHoldGreekWord(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard key.count >= 4 else { return false }
        return wordStartBits.withUnsafeBufferPointer { bits in
            var index = 0
            while index + 4 <= key.count {
                let bit = Int(key[index] & 31) << 10 | Int(key[index + 1] & 31) << 5 | Int(key[index + 2] & 31)
                if bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0, wordStarts.contains(packedStart(key, at: index)) {
                    return true
                }
                index += 1
            }
            return false
        }
    }

    /// Replaces every non-overlapping occurrence of `word`, left to right, as `str.replace` does.
    private static func replace(_ word: [UInt8], with replacement: [UInt8], key: inout [UInt8], caseKey: inout [UInt8]) {
        guard key.count >= word.count, key.contains(word[0]) else { return }
        var index = 0
        while index + word.count <= key.count {
            if key[index] == word[0], key[index..<index + word.count].elementsEqual(word) {
                key.replaceSubrange(index..<index + word.count, with: replacement)
                caseKey.replaceSubrange(index..<index + word.count, with: replacement)
                index += replacement.count
            } else {
                index += 1
            }
        }
    }

    /// The key and case key of a whole name (all its word runs joined), by the same rules as
    /// ``ScannedText`` applies to text.
    ///
    /// Works on the UTF-8 bytes run by run: a run of ASCII letters and digits that holds no start
    /// of a Greek word or "tumour" is its own case key and is copied whole; other runs go through
    /// ``caseKey(ofRun:)``. Compiling the lexicon keys every name, so this is most of its cost.
    static func keys(of name: String) -> (key: [UInt8], caseKey: [UInt8]) {
        var caseKey: [UInt8] = []
        var name = name
        name.withUTF8 { bytes in
            caseKey.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                let start = index
                var isPlain = true
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte < 0x80 {
                        if byte == 0x5F {
                            isPlain = false
                        } else if !Self.isASCIILetterOrDigit(byte) {
                            break
                        }
                        index += 1
                        continue
                    }
                    let (scalar, length) = ScannedText.decode(bytes, at: index)
                    if classify(scalar) == .separator { break }
                    isPlain = false
                    index += length
                }
                guard index > start else {
                    // A separator: skip it.
                    index += bytes[index] < 0x80 ? 1 : ScannedText.decode(bytes, at: index).1
                    continue
                }
                let run = UnsafeBufferPointer(rebasing: bytes[start..<index])
                if isPlain, !holdsGreekWordStart(run) {
                    caseKey.append(contentsOf: run)
                } else {
                    caseKey += Self.caseKey(ofRun: run)
                }
            }
        }
        return (caseKey.map { $0 | 0x20 }, caseKey)
    }

    @inline(__always)
    private static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        default: return false
        }
    }

    /// The key of a name as text (`tnfa`).
    static func key(of name: String) -> String {
        String(decoding: keys(of: name).key, as: UTF8.self)
    }
}
