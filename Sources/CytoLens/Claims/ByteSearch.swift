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
                guard !needle.isEmpty else { return true }
                return haystack.containsBytes(needle)
            }
        }
    }
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// Whether `part` occurs in these bytes (an empty part does not).
    func contains(bytes part: [UInt8]) -> Bool {
        part.withUnsafeBufferPointer { containsBytes($0) }
    }

    /// Whether `part` occurs in these bytes (an empty part does not), compared in plain loops:
    /// the rules ask this of cue keys many times per sentence, and the generic `elementsEqual` of
    /// two slices costs several times the comparison itself.
    func containsBytes(_ part: UnsafeBufferPointer<UInt8>) -> Bool {
        guard count >= part.count, let first = part.first else { return false }
        for start in 0...(count - part.count) where self[start] == first {
            var offset = 1
            while offset < part.count, self[start + offset] == part[offset] { offset += 1 }
            if offset == part.count { return true }
        }
        return false
    }
}
