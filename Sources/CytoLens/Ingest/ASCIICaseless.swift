/// Case-insensitive substring tests on UTF-8 bytes, for the many short class names, ids and lines
/// the readers classify. Foundation's `contains` on strings goes through `NSString` and is two
/// orders of magnitude slower, which made it the bulk of the time spent reading a page.
enum ASCIICaseless {
    /// Whether `text` contains `needle`, ignoring the case of ASCII letters. `needle` must be
    /// lower-case.
    static func contains<S: StringProtocol>(_ text: S, _ needle: String) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { haystack in
            needle.utf8.withContiguousStorageIfAvailable { pattern in search(haystack, pattern) }
        }
        if let found = found.flatMap({ $0 }) { return found }
        return search(Array(text.utf8)[...], Array(needle.utf8)[...])
    }

    /// Whether any of `needles` (lower-case) occurs in `text`, ignoring ASCII case.
    static func containsAny<S: StringProtocol>(_ text: S, _ needles: [String]) -> Bool {
        needles.contains { contains(text, $0) }
    }

    private static func search<H: RandomAccessCollection, P: RandomAccessCollection>(_ haystack: H, _ pattern: P) -> Bool
    where H.Element == UInt8, P.Element == UInt8, H.Index == Int, P.Index == Int {
        guard let first = pattern.first else { return true }
        guard haystack.count >= pattern.count else { return false }
        var i = haystack.startIndex
        let last = haystack.endIndex - pattern.count
        while i <= last {
            if lower(haystack[i]) == first {
                var k = 1
                while k < pattern.count, lower(haystack[i + k]) == pattern[pattern.startIndex + k] { k += 1 }
                if k == pattern.count { return true }
            }
            i += 1
        }
        return false
    }

    @inline(__always)
    private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }
}
