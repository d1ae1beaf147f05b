#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Refuses markup with an element of more than ``maximum`` attributes, before libxml2 sees it.
///
/// libxml2 2.9 checks each attribute of a start tag against all the ones before it, so one
/// element with n attributes costs n² steps: a 1 MB tag of 100,000 attributes takes 18 seconds,
/// and a file of a few megabytes could take hours. No article has an element with hundreds of
/// attributes, so such input is refused instead.
///
/// The scan is a single linear pass that may run over a document in pieces. It counts `=` signs
/// outside quotes between `<name` and `>`, skipping comments, processing instructions and
/// declarations. It errs only towards counting too much (a tag written inside a comment that
/// holds a `>`), which a document would need hundreds of attributes to notice. NUL bytes are
/// ignored, so UTF-16 markup is scanned too.
struct AttributeLimit {
    /// The most attributes an element may have.
    static let maximum = 512

    /// The problem found, with the line and column of the attribute over the limit.
    private(set) var violation: MarkupError?

    private enum State {
        case text
        case afterOpen
        case tag
        case quoted(UInt8)
        case markup
    }

    private var state = State.text
    private var attributes = 0
    private var line = 1
    private var column = 0
    /// Whether lines and columns are carried from piece to piece; off when the document is
    /// scanned in one piece.
    private let tracksPosition: Bool

    /// A scan of a document read in pieces, or of a whole document when `inOnePiece`.
    init(inOnePiece: Bool = false) {
        tracksPosition = !inOnePiece
    }

    /// Scans the next piece of the document; `false` once a violation has been found.
    ///
    /// Text, quoted values and comments are skipped with `memchr`; only the bytes of tags outside
    /// quotes are looked at one by one. Lines and columns are counted once per piece (and up to
    /// the violation, when there is one), not byte by byte, and not at all when positions are
    /// not tracked (a whole document: the violation's place is then counted from its start).
    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard violation == nil else { return false }
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var state = self.state
        var attributes = self.attributes
        defer {
            self.state = state
            self.attributes = attributes
        }
        var i = 0
        while i < count {
            switch state {
            case .text, .quoted, .markup:
                // Skip to the byte that ends this state: `<`, the closing quote, or `>`.
                let target: UInt8
                switch state {
                case .quoted(let quote): target = quote
                case .markup: target = UInt8(ascii: ">")
                default: target = UInt8(ascii: "<")
                }
                guard let found = AttributeLimit.index(of: target, in: base, from: i, to: count) else {
                    i = count
                    continue
                }
                i = found + 1
                switch state {
                case .quoted: state = .tag
                case .markup: state = .text
                default: state = .afterOpen
                }
            case .afterOpen:
                let byte = base[i]
                i += 1
                if byte == 0 { continue }
                if byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
                    state = .markup
                } else if AttributeLimit.startsName(byte) {
                    state = .tag
                    attributes = 0
                } else {
                    state = byte == UInt8(ascii: "<") ? .afterOpen : .text
                }
            case .tag:
                // Names and white space until a quote, `=` or `>`: eight bytes at a time while
                // none of them is one.
                while i + 8 <= count {
                    let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                    let marks = AttributeLimit.tagMarks(word)
                    if marks != 0 {
                        i += marks.trailingZeroBitCount / 8
                        break
                    }
                    i += 8
                }
                var byte: UInt8 = 0
                while i < count {
                    byte = base[i]
                    i += 1
                    if byte == UInt8(ascii: "=") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"")
                        || byte == UInt8(ascii: "'")
                    {
                        break
                    }
                    byte = 0
                }
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "'"):
                    state = .quoted(byte)
                case UInt8(ascii: "="):
                    attributes += 1
                    if attributes > AttributeLimit.maximum {
                        advancePosition(over: UnsafeBufferPointer(rebasing: bytes[..<i]))
                        violation = MarkupError(
                            message: "an element has more than \(AttributeLimit.maximum) attributes", line: line,
                            column: column)
                        return false
                    }
                case UInt8(ascii: ">"):
                    state = .text
                default:
                    break
                }
            }
        }
        if tracksPosition { advancePosition(over: bytes) }
        return true
    }

    /// The index of the first `byte` in `base[start..<end]`.
    @inline(__always)
    private static func index(of byte: UInt8, in base: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Int? {
        guard let found = memchr(base + start, Int32(byte), end - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// The high bit of each byte of `word` (eight bytes, little-endian) that is `"`, `'`, `=` or
    /// `>`, exactly: each comparison finds zero bytes of an XOR with no carry between bytes.
    @inline(__always)
    private static func tagMarks(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        func zeroBytes(_ value: UInt64) -> UInt64 { ~(((value & low) &+ low) | value | low) }
        return zeroBytes(word ^ (ones &* 0x22)) | zeroBytes(word ^ (ones &* 0x27)) | zeroBytes(word ^ (ones &* 0x3D))
            | zeroBytes(word ^ (ones &* 0x3E))
    }

    /// Moves the line and column past `bytes`. Columns count characters, as libxml2's do: UTF-8
    /// continuation bytes and NUL bytes are not counted.
    private mutating func advancePosition(over bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        var lineStart = 0
        while lineStart < bytes.count,
            let newline = memchr(base + lineStart, Int32(UInt8(ascii: "\n")), bytes.count - lineStart)
        {
            line += 1
            column = 0
            lineStart = base.distance(to: newline.assumingMemoryBound(to: UInt8.self)) + 1
        }
        for byte in bytes[lineStart...] where byte != 0 && byte & 0xC0 != 0x80 { column += 1 }
    }

    /// Scans a whole document.
    ///
    /// - Throws: the violation, if there is one.
    static func check(_ bytes: [UInt8]) throws(MarkupError) {
        var limit = AttributeLimit(inOnePiece: true)
        if !bytes.withUnsafeBufferPointer({ limit.scan($0) }), let violation = limit.violation {
            throw violation
        }
    }

    private static func startsName(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte >= 0x80
    }
}
