/// Handles XML files that are a run of top-level records rather than one document, such as the
/// `pubmed_result.xml` that PubMed's web site saves (`<PubmedArticle>…</PubmedArticle>` repeated,
/// with no `<PubmedArticleSet>` around them): an XML parser stops after the first record.
enum XMLRecordSequence {
    /// The local name of the first element after the prolog (XML declaration, comments,
    /// processing instructions, doctype), or `nil` when `prefix` ends before it.
    static func rootElementName(_ prefix: [UInt8]) -> String? {
        guard let start = prologEnd(prefix) else { return nil }
        let nameStart = start + 1
        var end = nameStart
        while end < prefix.count, !isNameTerminator(prefix[end]) { end += 1 }
        guard end < prefix.count, end > nameStart else { return nil }
        let name = String(decoding: prefix[nameStart..<end], as: UTF8.self)
        return name.split(separator: ":").last.map(String.init)
    }

    /// The records wrapped in a `<rootName>` element so that they parse as one document.
    ///
    /// The prolog is blanked out (every byte but line feeds becomes a space) because an XML
    /// declaration or doctype cannot follow an element; the wrapper adds no line, so the line and
    /// column of a parse error still point into the file as the user sees it. The content is
    /// then read as UTF-8, which is what PubMed writes.
    static func wrapped(_ bytes: [UInt8], in rootName: String) -> [UInt8] {
        var output = Array("<\(rootName)>".utf8)
        output.reserveCapacity(bytes.count + 2 * output.count + 1)
        let bodyStart = prologEnd(bytes) ?? 0
        output.append(contentsOf: bytes[..<bodyStart].map { $0 == UInt8(ascii: "\n") ? $0 : UInt8(ascii: " ") })
        output.append(contentsOf: bytes[bodyStart...])
        output.append(contentsOf: Array("</\(rootName)>".utf8))
        return output
    }

    /// The index of the `<` that starts the first element, or `nil` when there is none in `bytes`.
    private static func prologEnd(_ bytes: [UInt8]) -> Int? {
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
                || byte == UInt8(ascii: "\t")
            {
                i += 1
                continue
            }
            guard byte == UInt8(ascii: "<"), i + 1 < bytes.count else { return nil }
            switch bytes[i + 1] {
            case UInt8(ascii: "?"):
                guard let end = find(Array("?>".utf8), in: bytes, from: i) else { return nil }
                i = end
            case UInt8(ascii: "!"):
                let terminator = bytes[i...].starts(with: Array("<!--".utf8)) ? Array("-->".utf8) : declarationEnd(bytes, i)
                guard let end = find(terminator, in: bytes, from: i) else { return nil }
                i = end
            default:
                return i
            }
        }
        return nil
    }

    /// `]>` for a doctype with an internal subset, `>` otherwise.
    private static func declarationEnd(_ bytes: [UInt8], _ start: Int) -> [UInt8] {
        let close = bytes[start...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.count
        let bracket = bytes[start...].firstIndex(of: UInt8(ascii: "[")) ?? bytes.count
        return bracket < close ? Array("]>".utf8) : Array(">".utf8)
    }

    /// The index just past the first occurrence of `needle` at or after `start`.
    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        var i = start
        while i + needle.count <= bytes.count {
            if bytes[i..<(i + needle.count)].elementsEqual(needle) { return i + needle.count }
            i += 1
        }
        return nil
    }

    private static func isNameTerminator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "\n")
            || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\t")
    }
}
