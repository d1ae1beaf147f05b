/// A maximal run of letters, digits and `_` in a text, with where its key bytes are. Stored in
/// 32-bit fields: a passage's runs are most of the tagger's memory traffic.
struct WordRun: Sendable {
    private let storedStart: Int32
    private let storedEnd: Int32
    private let storedKeyStart: Int32
    private let storedKeyEnd: Int32

    /// A run of `start..<end` whose case key is `keyStart..<keyEnd` of ``ScannedText/caseKeys``.
    init(start: Int, end: Int, keyStart: Int, keyEnd: Int) {
        storedStart = Int32(truncatingIfNeeded: start)
        storedEnd = Int32(truncatingIfNeeded: end)
        storedKeyStart = Int32(truncatingIfNeeded: keyStart)
        storedKeyEnd = Int32(truncatingIfNeeded: keyEnd)
    }

    /// The UTF-8 offset of the first byte.
    var start: Int { Int(storedStart) }
    /// The UTF-8 offset just past the last byte.
    var end: Int { Int(storedEnd) }
    /// Where the run's case-key bytes start in ``ScannedText/caseKeys``.
    var keyStart: Int { Int(storedKeyStart) }
    /// Where they end.
    var keyEnd: Int { Int(storedKeyEnd) }
    /// The number of key bytes.
    var keyCount: Int { Int(storedKeyEnd - storedKeyStart) }
}

/// One passage's text cut into word runs, each with its ``NameKey`` case key. The key of a byte
/// is its case key with the ASCII case bit set (case keys hold only letters and digits). The
/// tagger works on these UTF-8 offsets and converts to code points once, when it emits mentions.
///
/// Most runs are plain ASCII letters and digits, whose case key is their own text: the case keys
/// are the text's bytes, followed by the rewritten keys of the few other runs (with a Greek
/// letter or word, `_`, or another non-ASCII letter), so scanning copies nothing per byte.
struct ScannedText: Sendable {
    /// The text's UTF-8 bytes.
    let bytes: [UInt8]
    /// The word runs in order.
    let runs: [WordRun]
    /// The text's bytes, then the case keys of the runs that are not plain ASCII.
    let caseKeys: [UInt8]

    /// The key byte (lower case) of a case-key byte.
    @inline(__always)
    static func key(_ caseByte: UInt8) -> UInt8 { caseByte | 0x20 }

    /// Scans a text.
    init(_ text: String) {
        let bytes = Array(text.utf8)
        var special: [UInt8] = []
        // The runs go straight into their array, sized by the masks' bound.
        runs = bytes.withUnsafeBufferPointer { input in
            WordByteMasks.withMasks(of: input) { masks in
                [WordRun](unsafeUninitializedCapacity: masks.runBound) { storage, count in
                    var builder = RunBuilder(textCount: input.count, storage: storage)
                    GreekWordStarts.withFinder { greekStarts in
                        builder.scan(input, masks: masks, greekStarts: greekStarts)
                    }
                    count = builder.runCount
                    special = builder.special
                }
            }
        }
        self.bytes = bytes
        caseKeys = special.isEmpty ? bytes : bytes + special
    }

    /// The state of one scan: the runs so far and the keys of the special runs.
    private struct RunBuilder {
        /// Room for every run the text can hold (``WordByteMasks/runBound``), written in order.
        private let storage: UnsafeMutableBufferPointer<WordRun>
        /// The number of runs written.
        private(set) var runCount = 0
        /// The case keys of the runs that are not plain ASCII, back to back.
        var special: [UInt8] = []
        private let textCount: Int

        init(textCount: Int, storage: UnsafeMutableBufferPointer<WordRun>) {
            self.textCount = textCount
            self.storage = storage
        }

        /// Cuts the whole input into runs.
        ///
        /// ``WordByteMasks`` gives the stretches between ASCII separators; most hold only ASCII
        /// letters and digits and are one run, rewritten only when ``GreekWordStarts`` finds a
        /// Greek word (or "tumour") in it. The few stretches with `_` or non-ASCII bytes are
        /// walked scalar by scalar: a non-ASCII separator (a dash, a no-break space) splits them.
        mutating func scan(_ input: UnsafeBufferPointer<UInt8>, masks: WordByteMasks, greekStarts: GreekWordStarts) {
            var stretches = masks.stretches()
            while let stretch = stretches.next() {
                let start = stretch.start
                let end = stretch.end
                if stretch.hasUnusualByte {
                    scanStretch(input, start, end, greekStarts: greekStarts)
                } else {
                    let isGreek = greekStarts.occur(
                        in: UnsafeRawPointer(input.baseAddress! + start), count: end - start, readable: input.count - start)
                    // A spelled-out Greek word ("alpha") is never keyed letter by letter.
                    endRun(
                        start: start, end: end, isSpecial: isGreek, mayKeyLetterByLetter: false, input,
                        greekStarts: greekStarts)
                }
            }
        }

        /// Cuts a stretch between ASCII separators that holds `_` or non-ASCII bytes into runs.
        private mutating func scanStretch(
            _ input: UnsafeBufferPointer<UInt8>, _ stretchStart: Int, _ stretchEnd: Int, greekStarts: GreekWordStarts
        ) {
            var index = stretchStart
            while index < stretchEnd {
                if input[index] >= 0x80 {
                    let (scalar, length) = ScannedText.decode(input, at: index)
                    if NameKey.classify(scalar) == .separator {
                        index += length
                        continue
                    }
                }
                // A run starts here: its ASCII bytes are letters, digits or `_`.
                let start = index
                var hasUnderscore = false
                var hasNonASCIILetter = false
                while index < stretchEnd {
                    let byte = input[index]
                    if byte < 0x80 {
                        if byte == UInt8(ascii: "_") { hasUnderscore = true }
                        index += 1
                        continue
                    }
                    let (scalar, length) = ScannedText.decode(input, at: index)
                    if NameKey.classify(scalar) == .separator { break }
                    hasNonASCIILetter = true
                    index += length
                }
                var isSpecial = hasUnderscore || hasNonASCIILetter
                if !isSpecial {
                    isSpecial = greekStarts.occur(
                        in: UnsafeRawPointer(input.baseAddress! + start), count: index - start, readable: input.count - start)
                }
                // Only a run special for its non-ASCII letters may key letter by letter: a `_` is
                // silent, and a spelled-out Greek word is rewritten (``LetterByLetterCaseKey``).
                endRun(
                    start: start, end: index, isSpecial: isSpecial,
                    mayKeyLetterByLetter: hasNonASCIILetter && !hasUnderscore, input, greekStarts: greekStarts)
            }
        }

        /// Records a run; a special one gets its rewritten case key, letter by letter when it can
        /// (tried only when `mayKeyLetterByLetter`: for the other special runs it would give up).
        @inline(__always)
        private mutating func endRun(
            start: Int, end: Int, isSpecial: Bool, mayKeyLetterByLetter: Bool, _ input: UnsafeBufferPointer<UInt8>,
            greekStarts: GreekWordStarts
        ) {
            precondition(runCount < storage.count, "more word runs than the masks' bound")
            if isSpecial {
                let run = UnsafeBufferPointer(rebasing: input[start..<end])
                let keyStart = textCount + special.count
                if !mayKeyLetterByLetter || !LetterByLetterCaseKey.append(run, to: &special, greekStarts: greekStarts) {
                    special += NameKey.caseKey(ofRun: run)
                }
                storage.initializeElement(
                    at: runCount,
                    to: WordRun(start: start, end: end, keyStart: keyStart, keyEnd: textCount + special.count))
            } else {
                storage.initializeElement(at: runCount, to: WordRun(start: start, end: end, keyStart: start, keyEnd: end))
            }
            runCount += 1
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
