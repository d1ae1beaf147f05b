/// Small text clean-ups shared by all readers.
public enum TextCleaner {
    /// Folds every run of white space (including newlines, tabs and no-break spaces) into one
    /// space and trims both ends. Control characters other than white space are dropped.
    public static func normalizeWhitespace(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{200B}" {
                pendingSpace = !out.isEmpty
                continue
            }
            if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) { continue }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            out.append(scalar)
        }
        return String(out)
    }
}
