extension StringProtocol {
    /// Whether `part` occurs in this text, compared byte for byte in UTF-8.
    ///
    /// The claim rules ask this of cue keys many times per sentence. Foundation's `contains`
    /// bridges both strings to UTF-16 first; for keys and ASCII parts the answer is the same.
    func containsBytes(of part: some StringProtocol) -> Bool {
        var text = String(self)
        var part = String(part)
        return text.withUTF8 { haystack in
            part.withUTF8 { needle in
                guard let first = needle.first else { return true }
                guard haystack.count >= needle.count else { return false }
                for start in 0...(haystack.count - needle.count) where haystack[start] == first {
                    if UnsafeBufferPointer(rebasing: haystack[start..<(start + needle.count)]).elementsEqual(needle) {
                        return true
                    }
                }
                return false
            }
        }
    }
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// Whether `part` occurs in these bytes (an empty part does not).
    func contains(bytes part: [UInt8]) -> Bool {
        guard count >= part.count, let first = part.first else { return false }
        for start in 0...(count - part.count) where self[start] == first {
            if UnsafeBufferPointer(rebasing: self[start..<(start + part.count)]).elementsEqual(part) { return true }
        }
        return false
    }
}
