/// A maximal run of letters, digits and `_` in a text, with where its key bytes are.
struct WordRun: Sendable {
    /// The UTF-8 offset of the first byte.
    var start: Int
    /// The UTF-8 offset just past the last byte.
    var end: Int
    /// Where the run's case-key bytes start in ``ScannedText/caseKeys``.
    var keyStart: Int
    /// Where they end.
    var keyEnd: Int

    /// The number of key bytes.
    var keyCount: Int { keyEnd - keyStart }
}

/// One passage's text cut into word runs, each with its ``NameKey`` case key. The key of a byte
/// is its case key with the ASCII case bit set (case keys hold only letters and digits). The
/// tagger works on these UTF-8 offsets and converts to code points once, when it emits mentions.
struct ScannedText: Sendable {
    /// The text's UTF-8 bytes.
    let bytes: [UInt8]
    /// The word runs in order.
    let runs: [WordRun]
    /// The case-key bytes of all runs, back to back.
    let caseKeys: [UInt8]

    /// The key byte (lower case) of a case-key byte.
    @inline(__always)
    static func key(_ caseByte: UInt8) -> UInt8 { caseByte | 0x20 }

    /// For each ASCII byte: 0 separator, 1 letter or digit, 2 `_` (part of a word, no key).
    private static let asciiClass: [UInt8] = (0..<256).map { byte in
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return 1
        case 0x5F: return 2
        default: return 0
        }
    }

    /// Scans a text.
    init(_ text: String) {
        let bytes = Array(text.utf8)
        var caseKeys = [UInt8](repeating: 0, count: bytes.count)
        var builder = RunBuilder(capacity: bytes.count / 6 + 1)
        bytes.withUnsafeBufferPointer { input in
            caseKeys.withUnsafeMutableBufferPointer { output in
                Self.asciiClass.withUnsafeBufferPointer { classes in
                    NameKey.wordStartBits.withUnsafeBufferPointer { greek in
                        builder.scan(input, into: output, classes: classes, greek: greek)
                    }
                }
            }
        }
        caseKeys.removeSubrange(builder.keyCount...)
        self.bytes = bytes
        self.runs = builder.runs
        self.caseKeys = caseKeys
    }

    /// The state of one scan: the runs so far and where the current run started.
    private struct RunBuilder {
        var runs: [WordRun] = []
        var keyCount = 0
        private var runStart = -1
        private var runKeyStart = 0
        private var needsFinishing = false
        private var mayHoldGreekWord = false
        private var trigram = 0

        init(capacity: Int) {
            runs.reserveCapacity(capacity)
        }

        /// Cuts the whole input into runs, writing case-key bytes to `output`. `greek` is
        /// ``NameKey/wordStartBits``: a run whose last three letters start a Greek word (or
        /// "tumour") is finished by ``NameKey/finishRun(_:count:)``.
        mutating func scan(
            _ input: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>,
            classes: UnsafeBufferPointer<UInt8>, greek: UnsafeBufferPointer<UInt64>
        ) {
            let count = input.count
            var index = 0
            while index < count {
                let byte = input[index]
                if byte < 0x80 {
                    let byteClass = classes[Int(byte)]
                    if byteClass == 0 {
                        if runStart >= 0 { endRun(at: index, output) }
                    } else {
                        if runStart < 0 { startRun(at: index) }
                        output[keyCount] = byteClass == 1 ? byte : 0
                        keyCount += 1
                        if byteClass != 1 { needsFinishing = true }
                        trigram = (trigram << 5 | Int(byte & 31)) & 0x7FFF
                        if keyCount - runKeyStart >= 3, greek[trigram >> 6] & (1 << UInt64(trigram & 63)) != 0 {
                            mayHoldGreekWord = true
                        }
                    }
                    index += 1
                    continue
                }
                let (scalar, length) = ScannedText.decode(input, at: index)
                switch NameKey.classify(scalar) {
                case .separator:
                    if runStart >= 0 { endRun(at: index, output) }
                case .silent:
                    if runStart < 0 { startRun(at: index) }
                    output[keyCount] = 0
                    keyCount += 1
                    needsFinishing = true
                case .keyed(_, let caseByte):
                    if runStart < 0 { startRun(at: index) }
                    output[keyCount] = caseByte
                    keyCount += 1
                    needsFinishing = true
                }
                index += length
            }
            if runStart >= 0 { endRun(at: count, output) }
        }

        @inline(__always)
        private mutating func startRun(at index: Int) {
            runStart = index
            runKeyStart = keyCount
            needsFinishing = false
            mayHoldGreekWord = false
            trigram = 0
        }

        @inline(__always)
        private mutating func endRun(at end: Int, _ output: UnsafeMutableBufferPointer<UInt8>) {
            let runKey = output.baseAddress! + runKeyStart
            if needsFinishing
                || (mayHoldGreekWord
                    && NameKey.holdsGreekWordStart(UnsafeBufferPointer(start: runKey, count: keyCount - runKeyStart)))
            {
                keyCount = runKeyStart + NameKey.finishRun(runKey, count: keyCount - runKeyStart)
            }
            runs.append(WordRun(start: runStart, end: end, keyStart: runKeyStart, keyEnd: keyCount))
            runStart = -1
        }
    }

    /// Decodes the scalar starting at a lead byte of valid UTF-8.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[index])
        var value: UInt32
        var length: Int
        if lead < 0xE0 {
            value = lead & 0x1F
            length = 2
        } else if lead < 0xF0 {
            value = lead & 0x0F
            length = 3
        } else {
            value = lead & 0x07
            length = 4
        }
        for offset in 1..<length where index + offset < bytes.count {
            value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The scalar that starts at a byte offset (the text is valid UTF-8), and its length.
    func scalar(at index: Int) -> (Unicode.Scalar, Int) {
        let byte = bytes[index]
        if byte < 0x80 { return (Unicode.Scalar(byte), 1) }
        return bytes.withUnsafeBufferPointer { Self.decode($0, at: index) }
    }

    /// The key bytes of a run (lower case).
    func key(of run: Int) -> [UInt8] {
        caseKey(of: run).map(Self.key)
    }

    /// The case-key bytes of a run.
    func caseKey(of run: Int) -> ArraySlice<UInt8> {
        caseKeys[runs[run].keyStart..<runs[run].keyEnd]
    }

    /// The text of a byte range.
    func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The index of the first run that starts at or after a byte offset.
    func firstRun(atOrAfter offset: Int) -> Int {
        var low = 0
        var high = runs.count
        while low < high {
            let middle = (low + high) / 2
            if runs[middle].start < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
