/// Cuts plain text into paragraphs, whichever way it was written: blank lines between paragraphs,
/// one paragraph per line (text scraped from a web page), or lines hard-wrapped at a fixed width.
enum PlainTextParagraphs {
    /// Lines longer than this are not hard-wrapped: no one wraps prose this wide.
    static let widestWrap = 120

    /// The paragraphs of a text, each with its lines joined by single spaces and trimmed.
    static func split(_ text: String) -> [String] {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(trimmed)
        let width = typicalWidth(lines)
        let unwrapped = width > widestWrap
        var paragraphs: [String] = []
        var current: [Substring] = []
        func close() {
            if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
            current = []
        }
        for (index, line) in lines.enumerated() {
            if line.isEmpty {
                close()
                continue
            }
            current.append(line)
            let next = index + 1 < lines.count ? lines[index + 1] : ""
            if unwrapped || next.isEmpty || startsListItem(next) || endsOnPurpose(line, before: next, width: width) {
                close()
            }
        }
        close()
        return paragraphs
    }

    /// The width most lines are wrapped at: the 95th percentile of non-empty line lengths.
    private static func typicalWidth(_ lines: [Substring]) -> Int {
        let lengths = lines.lazy.filter { !$0.isEmpty }.map(\.count).sorted()
        guard !lengths.isEmpty else { return 0 }
        return lengths[min(lengths.count - 1, lengths.count * 95 / 100)]
    }

    /// A hard-wrapped line ends on purpose when the next line's first word would have fitted on it.
    private static func endsOnPurpose(_ line: Substring, before next: Substring, width: Int) -> Bool {
        let firstWord = next.prefix { !$0.isWhitespace }
        return line.count + 1 + firstWord.count <= width
    }

    /// "- item", "• item", "* item", "1. item", "(a) item".
    static func startsListItem(_ line: Substring) -> Bool {
        guard let first = line.first else { return false }
        if "-•*–·".contains(first), line.dropFirst().first?.isWhitespace == true { return true }
        let number = line.prefix { $0.isNumber }
        if !number.isEmpty, number.count <= 2 {
            let rest = line.dropFirst(number.count)
            return (rest.hasPrefix(". ") || rest.hasPrefix(") ")) && rest.dropFirst(2).first?.isUppercase == true
        }
        return false
    }

    /// The line without leading and trailing white space, in time linear in its length
    /// (`Substring.dropLast()` counts the whole line each time, which made a megabyte of trailing
    /// spaces take hours).
    private static func trimmed(_ line: Substring) -> Substring {
        guard let start = line.firstIndex(where: { !$0.isWhitespace }),
            let last = line.lastIndex(where: { !$0.isWhitespace })
        else { return line[line.endIndex...] }
        return line[start...last]
    }
}
