/// Small text clean-ups shared by all readers.
public enum TextCleaner {
    /// Folds every run of white space (including newlines, tabs and no-break spaces) into one
    /// space and trims both ends. Control characters other than white space are dropped.
    public static func normalizeWhitespace(_ text: String) -> String {
        // Works on UTF-8 bytes: every reader calls this on every passage, and appending scalars
        // to a String one by one, or asking Unicode properties of ASCII, dominated reading time.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let isSpace =
                value < 0x80
                ? value == 0x20 || (0x09...0x0D).contains(value)
                : scalar.properties.isWhitespace || value == 0x200B
            if isSpace {
                pendingSpace = !out.isEmpty
                continue
            }
            if value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value) { continue }
            if pendingSpace {
                out.append(0x20)
                pendingSpace = false
            }
            if value < 0x80 {
                out.append(UInt8(value))
            } else {
                UTF8.encode(scalar) { out.append($0) }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
