/// Small text clean-ups shared by all readers.
public enum TextCleaner {
    /// Folds every run of white space (including newlines, tabs and no-break spaces) into one
    /// space and trims both ends. Control characters other than white space are dropped.
    ///
    /// Works on UTF-8 bytes: ASCII, the common case, never goes through Unicode property look-ups.
    public static func normalizeWhitespace(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var pendingSpace = false
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte < 0x80 {
                    i += 1
                    if byte == 0x20 || (0x09...0x0D).contains(byte) {
                        pendingSpace = !out.isEmpty
                    } else if byte >= 0x20 && byte != 0x7F {
                        if pendingSpace {
                            out.append(0x20)
                            pendingSpace = false
                        }
                        out.append(byte)
                    }
                    continue
                }
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                let end = min(i + length, bytes.count)
                let scalar = String(decoding: bytes[i..<end], as: UTF8.self).unicodeScalars.first!
                if scalar.properties.isWhitespace || scalar == "\u{200B}" {
                    pendingSpace = !out.isEmpty
                } else if !(0x80...0x9F).contains(scalar.value) {
                    if pendingSpace {
                        out.append(0x20)
                        pendingSpace = false
                    }
                    out.append(contentsOf: bytes[i..<end])
                }
                i = end
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
