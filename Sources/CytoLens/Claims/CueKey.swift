/// The normalized form under which a word of a sentence and a word of a cue list are compared.
///
/// Lower case; `tumour` → `tumor`; British `-ise`/`-isation` → `-ize`/`-ization`; the minus sign
/// and dashes → `-`; a hyphen between two letters or digits dropped (`anti-tumor` and
/// `antitumor` meet), while a leading or trailing hyphen is kept (`-deficient`, `anti-`).
///
/// Every word of every sentence with a mention goes through here, so ASCII words (nearly all of
/// them) take a path over bytes; other words take the general path over Unicode scalars. Both
/// give the same key (a test holds them to each other).
enum CueKey {
    /// The key of one word.
    static func of(_ word: some StringProtocol) -> String {
        let text = String(word)
        var contiguous = text
        return contiguous.withUTF8 { of(bytes: $0, text: text) }
    }

    /// The key of a word given as its UTF-8 bytes and as the `String` of them (the tokenizer has
    /// both): the same as `of(text)`, read from the bytes without walking the string again, and
    /// `text` itself when the key is spelled as the word (lower-case words with no inner hyphen).
    static func of(bytes: UnsafeBufferPointer<UInt8>, text: String) -> String {
        var ascii = true
        var asWritten = true
        // Every British stem and ending has an "our", an "ll" or an "is" ("tumour", "signall",
        // "neutralis", "-ise", "-our").
        var mayRespell = false
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in bytes {
            if byte >= 0x80 {
                ascii = false
                break
            }
            if byte == UInt8(ascii: "-") || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) { asWritten = false }
            if (byte == UInt8(ascii: "l") && previous == UInt8(ascii: "l"))
                || (byte == UInt8(ascii: "s") && previous == UInt8(ascii: "i"))
                || (byte == UInt8(ascii: "r") && previous == UInt8(ascii: "u") && beforePrevious == UInt8(ascii: "o"))
            {
                mayRespell = true
            }
            beforePrevious = previous
            previous = byte
        }
        guard ascii else { return String(decoding: withSpellingUnified(scalarFolded(text)), as: UTF8.self) }
        guard asWritten, !(mayRespell && hasSpellingToUnify(bytes)) else { return asciiKey(bytes) }
        return text
    }

    /// ``of(bytes:text:)`` of an ASCII word whose bytes the caller has already read, knowing
    /// whether they hold an upper-case letter or a hyphen (the tokenizer notes it as it scans):
    /// the same key, with no second pass over the bytes for a short lower-case word. Returns `nil`
    /// when the key is `text` itself.
    static func ofASCII(bytes: UnsafeBufferPointer<UInt8>, hasUpperOrHyphen: Bool) -> String? {
        if hasUpperOrHyphen { return asciiKey(bytes) }
        // `mayHoldBritishSpelling` is the "ll", "is" or "our" that `of(bytes:text:)` looks for.
        if bytes.count >= shortestSpellingToUnify, mayHoldBritishSpelling(bytes), hasSpellingToUnify(bytes) {
            return asciiKey(bytes)
        }
        return nil
    }

    /// Whether lower-case ASCII bytes with no hyphen hold a British stem or ending that the key
    /// rewrites: then the key is not the word as written.
    private static func hasSpellingToUnify(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // Most words with an "ll" or an "is" ("cells", "is", "this", "all") are too short for any.
        guard bytes.count >= shortestSpellingToUnify else { return false }
        for (british, _) in stemSpellings where bytes.contains(bytes: british) { return true }
        return endingToUnify(in: bytes, count: bytes.count) != nil
    }

    /// The British ending of the first `count` bytes that the key rewrites, if any.
    private static func endingToUnify(
        in bytes: some RandomAccessCollection<UInt8>, count: Int
    ) -> (british: [UInt8], american: [UInt8])? {
        guard let last = count > 0 ? bytes[bytes.index(bytes.startIndex, offsetBy: count - 1)] : nil else { return nil }
        for ending in britishEndings where ending.british.last == last && count > ending.british.count + 2 {
            let start = bytes.index(bytes.startIndex, offsetBy: count - ending.british.count)
            let end = bytes.index(bytes.startIndex, offsetBy: count)
            if bytes[start..<end].elementsEqual(ending.british) { return ending }
        }
        return nil
    }

    /// The keys of the words of a phrase, split at spaces.
    static func words(of phrase: String) -> [String] {
        var bytes = phrase
        let split = bytes.withUTF8 { utf8 -> [String]? in
            // ASCII text is cut at its space bytes; other text at space characters, as before.
            var spaces = 0
            for byte in utf8 {
                if byte >= 0x80 { return nil }
                if byte == UInt8(ascii: " ") { spaces += 1 }
            }
            // The words go straight into an array sized for them, with no array of slices between.
            var words: [String] = []
            words.reserveCapacity(spaces + 1)
            var start = 0
            for end in 0...utf8.count where end == utf8.count || utf8[end] == UInt8(ascii: " ") {
                if end > start {
                    let word = UnsafeBufferPointer(rebasing: utf8[start..<end])
                    words.append(of(bytes: word, text: String(decoding: word, as: UTF8.self)))
                }
                start = end + 1
            }
            return words
        }
        return split ?? phrase.split(separator: " ").map { of($0) }
    }

    /// The key of a word of ASCII bytes, built in one buffer on the stack: lower case, inner
    /// hyphens dropped, then the spelling rules in place (none of them makes the key longer).
    private static func asciiKey(_ bytes: some Collection<UInt8>) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(bytes.count, 1)) { buffer in
            var count = 0
            for byte in bytes {
                buffer[count] = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
                count += 1
            }
            var kept = 0
            var previous: UInt8 = 0
            for i in 0..<count {
                let byte = buffer[i]
                let inner =
                    byte == UInt8(ascii: "-") && i > 0 && i < count - 1 && isASCIIAlphanumeric(previous)
                    && isASCIIAlphanumeric(buffer[i + 1])
                previous = byte
                if inner { continue }
                buffer[kept] = byte
                kept += 1
            }
            count = kept
            guard mayHoldBritishSpelling(UnsafeBufferPointer(rebasing: buffer[..<count])) else {
                return String(decoding: UnsafeMutableBufferPointer(rebasing: buffer[..<count]), as: UTF8.self)
            }
            for (british, american) in stemSpellings
            where UnsafeBufferPointer(rebasing: buffer[..<count]).contains(bytes: british) {
                replaceAll(british, with: american, in: buffer, count: &count)
            }
            if let (british, american) = endingToUnify(in: buffer, count: count) {
                for (offset, byte) in american.enumerated() { buffer[count - british.count + offset] = byte }
                count += american.count - british.count
            }
            return String(decoding: UnsafeMutableBufferPointer(rebasing: buffer[..<count]), as: UTF8.self)
        }
    }

    /// Whether lower-case bytes hold an "our", an "ll" or an "is": every British stem and ending
    /// the key rewrites has one, so bytes without any have nothing to rewrite.
    private static func mayHoldBritishSpelling(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 2 else { return false }
        for i in 1..<bytes.count {
            let (previous, byte) = (bytes[i - 1], bytes[i])
            if (byte == UInt8(ascii: "l") && previous == UInt8(ascii: "l"))
                || (byte == UInt8(ascii: "s") && previous == UInt8(ascii: "i"))
                || (byte == UInt8(ascii: "r") && previous == UInt8(ascii: "u") && i >= 2
                    && bytes[i - 2] == UInt8(ascii: "o"))
            {
                return true
            }
        }
        return false
    }

    /// Replaces every occurrence of `old` in the first `count` bytes of `buffer` by the no longer `new`.
    private static func replaceAll(
        _ old: [UInt8], with new: [UInt8], in buffer: UnsafeMutableBufferPointer<UInt8>, count: inout Int
    ) {
        guard count >= old.count else { return }
        var read = 0
        var write = 0
        while read < count {
            if read + old.count <= count, buffer[read] == old[0], buffer[read..<(read + old.count)].elementsEqual(old) {
                for byte in new {
                    buffer[write] = byte
                    write += 1
                }
                read += old.count
            } else {
                buffer[write] = buffer[read]
                write += 1
                read += 1
            }
        }
        count = write
    }

    /// Lower case, dashes unified and inner hyphens dropped, for any word.
    private static func scalarFolded(_ word: some StringProtocol) -> [UInt8] {
        var scalars: [Unicode.Scalar] = []
        for scalar in String(word).lowercased().unicodeScalars {
            switch scalar {
            case "\u{2212}", "\u{2010}", "\u{2011}", "\u{2013}", "\u{2014}": scalars.append("-")
            case "\u{2019}": scalars.append("'")
            default: scalars.append(scalar)
            }
        }
        var kept = String.UnicodeScalarView()
        for (i, scalar) in scalars.enumerated() {
            if scalar == "-", i > 0, i < scalars.count - 1, isAlphanumeric(scalars[i - 1]), isAlphanumeric(scalars[i + 1]) {
                continue
            }
            kept.append(scalar)
        }
        return Array(String(kept).utf8)
    }

    /// American spelling for the British stems and endings that cue words use.
    private static func withSpellingUnified(_ key: [UInt8]) -> [UInt8] {
        var key = key
        let count = key.withUnsafeMutableBufferPointer { buffer in
            var count = buffer.count
            for (british, american) in stemSpellings { replaceAll(british, with: american, in: buffer, count: &count) }
            return count
        }
        key.removeLast(key.count - count)
        let characters = key.allSatisfy { $0 < 0x80 } ? key.count : String(decoding: key, as: UTF8.self).count
        for (british, american) in britishEndings where characters > british.count + 2 && key.ends(with: british) {
            key.removeLast(british.count)
            key += american
            break
        }
        return key
    }

    private static let stemSpellings: [([UInt8], [UInt8])] = [
        ("tumour", "tumor"), ("signall", "signal"), ("neutralis", "neutraliz"),
    ].map { (Array($0.utf8), Array($1.utf8)) }

    /// The fewest bytes a word can have and hold a British stem or ending that the key rewrites
    /// (an ending counts only after at least three other bytes).
    static let shortestSpellingToUnify = min(
        stemSpellings.map(\.0.count).min() ?? 0, britishEndings.map { $0.british.count + 3 }.min() ?? 0)

    private static let britishEndings: [(british: [UInt8], american: [UInt8])] = [
        ("isations", "izations"), ("isation", "ization"), ("ising", "izing"), ("ised", "ized"), ("ises", "izes"),
        ("ise", "ize"), ("our", "or"),
    ].map { (Array($0.utf8), Array($1.utf8)) }

    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }
}

extension Array where Element == UInt8 {
    fileprivate func ends(with suffix: [UInt8]) -> Bool {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}
