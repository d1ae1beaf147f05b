/// A maximal run of letters, digits and `_` in a text, with where its key bytes are.
struct WordRun: Sendable {
    /// The UTF-8 offset of the first byte.
    var start: Int
    /// The UTF-8 offset just past the last byte.
    var end: Int
    /// Where the run's key bytes start in ``ScannedText/keys``.
    var keyStart: Int
    /// Where they end.
    var keyEnd: Int

    /// The number of key bytes.
    var keyCount: Int { keyEnd - keyStart }
}

/// One passage's text cut into word runs, each with its ``NameKey`` key and case key. The tagger
/// works on these UTF-8 offsets and converts to code points once, when it emits mentions.
struct ScannedText: Sendable {
    /// The text's UTF-8 bytes.
    let bytes: [UInt8]
    /// The word runs in order.
    private(set) var runs: [WordRun] = []
    /// The key bytes of all runs, back to back.
    private(set) var keys: [UInt8] = []
    /// The case-key bytes, aligned with ``keys``.
    private(set) var caseKeys: [UInt8] = []

    /// Scans a text.
    init(_ text: String) {
        bytes = Array(text.utf8)
        runs.reserveCapacity(bytes.count / 5)
        keys.reserveCapacity(bytes.count)
        caseKeys.reserveCapacity(bytes.count)
        var runStart = -1
        var runKey: [UInt8] = []
        var runCase: [UInt8] = []
        var plain = true  // the run so far is ASCII letters and digits only
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            let scalarClass: NameKey.ScalarClass
            let length: Int
            if byte < 0x80 {
                length = 1
                switch byte {
                case 0x61...0x7A, 0x30...0x39: scalarClass = .keyed(byte, byte)
                case 0x41...0x5A: scalarClass = .keyed(byte | 0x20, byte)
                case 0x5F: scalarClass = .silent
                default: scalarClass = .separator
                }
            } else {
                let (scalar, scalarLength) = Self.decode(bytes, at: index)
                length = scalarLength
                scalarClass = NameKey.classify(scalar)
            }
            switch scalarClass {
            case .separator:
                if runStart >= 0 {
                    appendRun(start: runStart, end: index, key: &runKey, caseKey: &runCase, plain: plain)
                    runStart = -1
                }
            case .silent:
                if runStart < 0 {
                    runStart = index
                    plain = true
                }
                runKey.append(0)
                runCase.append(0)
                plain = false
            case .keyed(let key, let caseKey):
                if runStart < 0 {
                    runStart = index
                    plain = true
                }
                runKey.append(key)
                runCase.append(caseKey)
                if length > 1 { plain = false }
            }
            index += length
        }
        if runStart >= 0 { appendRun(start: runStart, end: count, key: &runKey, caseKey: &runCase, plain: plain) }
    }

    private mutating func appendRun(start: Int, end: Int, key: inout [UInt8], caseKey: inout [UInt8], plain: Bool) {
        // Greek words and "tumour" only matter in runs of four or more letters.
        if !plain || key.count >= 4 { NameKey.finishRun(key: &key, caseKey: &caseKey) }
        let keyStart = keys.count
        keys += key
        caseKeys += caseKey
        runs.append(WordRun(start: start, end: end, keyStart: keyStart, keyEnd: keys.count))
        key.removeAll(keepingCapacity: true)
        caseKey.removeAll(keepingCapacity: true)
    }

    /// Decodes the scalar starting at a lead byte of valid UTF-8.
    @inline(__always)
    static func decode(_ bytes: [UInt8], at index: Int) -> (Unicode.Scalar, Int) {
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

    /// The scalar that starts at a byte offset (the text is valid UTF-8).
    func scalar(at index: Int) -> (Unicode.Scalar, Int) {
        let byte = bytes[index]
        if byte < 0x80 { return (Unicode.Scalar(byte), 1) }
        return Self.decode(bytes, at: index)
    }

    /// The key bytes of a run.
    func key(of run: Int) -> ArraySlice<UInt8> {
        keys[runs[run].keyStart..<runs[run].keyEnd]
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
