/// The article formats cytolens reads.
public enum InputFormat: String, Sendable, CaseIterable, Codable {
    /// JATS / NLM XML (PMC `.nxml`, eLife, PLOS, bioRxiv, Europe PMC, `<pmc-articleset>`).
    case jats
    /// PubMed / MEDLINE XML (`<PubmedArticleSet>`), many records per file.
    case pubmed
    /// BioC XML (`<collection>`), as PubTator3 exports it.
    case bioc
    /// PubTator text (`PMID|t|title`, `PMID|a|abstract`, annotation lines).
    case pubtator
    /// A publisher or PMC HTML page.
    case html
    /// Plain text: paragraphs split on blank lines.
    case text

    /// The reader for this format.
    public var reader: any ArticleReader {
        switch self {
        case .jats: JATSReader()
        case .pubmed: PubMedReader()
        case .bioc: BioCReader()
        case .pubtator: PubTatorReader()
        case .html: HTMLReader()
        case .text: PlainTextReader()
        }
    }

    /// Guesses the format from the first bytes of the (decompressed) content.
    ///
    /// XML is told apart by its root element, HTML by a doctype or `<html>`/`<head>`/`<body>`,
    /// PubTator by a leading `digits|t|` or `digits|a|` line; the rest is plain text.
    /// - Returns: the format, or `nil` when the content is binary or XML of an unknown kind
    ///   (the message says which).
    public static func detect(_ prefix: [UInt8]) -> Result<InputFormat, DetectionFailure> {
        if prefix.isEmpty { return .failure(DetectionFailure(message: "empty file")) }
        if let binary = binarySignature(prefix) {
            return .failure(DetectionFailure(message: "binary file (\(binary)), not an article"))
        }
        let head = ArticleInput.decodeText(prefix)
        var scanner = Substring(head)
        scanner = scanner.drop(while: { $0.isWhitespace })
        if scanner.hasPrefix("<") {
            return detectMarkup(scanner)
        }
        if isPubTatorLine(scanner) { return .success(.pubtator) }
        return .success(.text)
    }

    /// Why the format could not be guessed.
    public struct DetectionFailure: Error, Sendable, Hashable {
        /// A sentence a person can act on.
        public var message: String
    }

    private static func detectMarkup(_ text: Substring) -> Result<InputFormat, DetectionFailure> {
        var rest = text
        // Skip the XML declaration, comments, processing instructions and the doctype.
        while true {
            rest = rest.drop(while: { $0.isWhitespace })
            if rest.hasPrefix("<?") || rest.hasPrefix("<!--") {
                let terminator = rest.hasPrefix("<?") ? "?>" : "-->"
                guard let end = firstRange(of: terminator, in: rest) else { break }
                rest = rest[end.upperBound...]
            } else if rest.prefix(9).lowercased().hasPrefix("<!doctype") {
                // Only the first characters are compared: lower-casing all of `rest` (the file's
                // first KiBs) once per prolog item was a measurable part of reading small files.
                let doctype = rest.prefix(200).lowercased()
                if doctype.hasPrefix("<!doctype html") { return .success(.html) }
                if doctype.containsBytes(of: "pubmed") { return .success(.pubmed) }
                if doctype.containsBytes(of: "bioc") { return .success(.bioc) }
                // The doctype names the root element; it decides when the root lies beyond the
                // prefix, after a long internal subset.
                let declaredRoot = rest.dropFirst("<!doctype".count).drop(while: { $0.isWhitespace })
                    .prefix(while: { !$0.isWhitespace && $0 != "[" && $0 != ">" })
                // Delimiters are looked for as bytes: stepping through characters cost more than
                // parsing a small file's prolog.
                guard let end = rest.utf8.firstIndex(of: UInt8(ascii: ">")) else {
                    return classify(rootName: declaredRoot)
                }
                // An internal subset ends with "]>".
                // Looking for the bracket before `end` only: the first one after it cannot pass.
                if let bracket = rest.utf8[..<end].firstIndex(of: UInt8(ascii: "[")), bracket < end {
                    guard let close = firstRange(of: "]>", in: rest) else { return classify(rootName: declaredRoot) }
                    rest = rest[close.upperBound...]
                } else {
                    rest = rest[rest.index(after: end)...]
                }
            } else {
                break
            }
        }
        guard rest.hasPrefix("<") else { return .failure(DetectionFailure(message: "no root element")) }
        return classify(rootName: rest.dropFirst().prefix(while: { !$0.isWhitespace && $0 != ">" && $0 != "/" }))
    }

    /// The first occurrence of an ASCII `terminator` (`?>`, `-->`, `]>`) in
    /// `text`, matched on UTF-8 bytes, as XML delimiters are: Foundation's `range(of:)` and
    /// `contains(_:)` cost tens of thousands of instructions per call on a file's first KiBs.
    private static func firstRange(of terminator: String, in text: Substring) -> Range<Substring.Index>? {
        let utf8 = text.utf8
        let pattern = Array(terminator.utf8)
        var start = utf8.startIndex
        while let found = utf8[start...].firstIndex(of: pattern[0]) {
            if utf8[found...].starts(with: pattern) { return found..<utf8.index(found, offsetBy: pattern.count) }
            start = utf8.index(after: found)
        }
        return nil
    }

    /// The format of an XML document with this root element name.
    private static func classify(rootName name: Substring) -> Result<InputFormat, DetectionFailure> {
        let local = String(name.split(separator: ":").last ?? "")
        switch local.lowercased() {
        case "article", "pmc-articleset", "oai-pmh", "records", "getrecord", "front", "book-part-wrapper":
            return .success(.jats)
        case "pubmedarticleset", "pubmedarticle", "medlinecitationset", "medlinecitation", "pubmedbookarticle":
            return .success(.pubmed)
        case "collection":
            return .success(.bioc)
        case "html", "head", "body", "meta", "div", "title", "p":
            return .success(.html)
        default:
            return .failure(
                DetectionFailure(message: "unrecognized XML root element <\(local)>; use --format to choose a reader"))
        }
    }

    private static func isPubTatorLine(_ text: Substring) -> Bool {
        let digits = text.prefix(while: { $0.isASCII && $0.isNumber })
        guard !digits.isEmpty else { return false }
        let rest = text.dropFirst(digits.count)
        return rest.hasPrefix("|t|") || rest.hasPrefix("|a|")
    }

    private static func binarySignature(_ prefix: [UInt8]) -> String? {
        let signatures: [(String, [UInt8])] = [
            ("PNG", [0x89, 0x50, 0x4E, 0x47]), ("PDF", Array("%PDF".utf8)), ("JPEG", [0xFF, 0xD8, 0xFF]),
            ("GIF", Array("GIF8".utf8)), ("ZIP", [0x50, 0x4B, 0x03, 0x04]), ("ELF", [0x7F, 0x45, 0x4C, 0x46]),
        ]
        for (name, magic) in signatures where prefix.starts(with: magic) { return name }
        // UTF-16 text has NUL bytes; anything else with NULs in its first KiB is binary.
        if prefix.starts(with: [0xFF, 0xFE]) || prefix.starts(with: [0xFE, 0xFF]) { return nil }
        if prefix.prefix(1024).contains(0) { return "contains NUL bytes" }
        return nil
    }
}
