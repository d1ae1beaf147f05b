import ArticleXML
import Foundation

/// Reads gold annotations: PubTator (`PMID|t|`, `PMID|a|` and tab-separated annotation lines),
/// BioC XML (passages with `<annotation>`s) and brat standoff (`.ann` next to its `.txt`).
/// Offsets stay the files' own, so an annotation's span slices the article text directly.
public enum GoldReader {
    /// The gold documents of a file; brat is chosen by the `.ann` (or `.txt`) extension, BioC by
    /// a leading `<`, PubTator otherwise.
    ///
    /// - Throws: ``IngestError`` when a file cannot be read or parsed.
    public static func read(path: String) throws(IngestError) -> [GoldDocument] {
        if path.hasSuffix(".ann") || path.hasSuffix(".txt") {
            let base = String(path.dropLast(4))
            return [try readBrat(text: try load(base + ".txt"), annotations: try load(base + ".ann"), source: base + ".ann")]
        }
        let bytes = try ArticleInput(path: path).loadBytes()
        let head = bytes.prefix(200).drop {
            $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF
        }
        if head.first == UInt8(ascii: "<") { return try readBioC(bytes, source: path) }
        return readPubTator(String(decoding: bytes, as: UTF8.self), source: path)
    }

    private static func load(_ path: String) throws(IngestError) -> String {
        String(decoding: try ArticleInput(path: path).loadBytes(), as: UTF8.self)
    }

    /// PubTator: one block per document; the title at offset 0, the abstract one past its end.
    public static func readPubTator(_ content: String, source: String) -> [GoldDocument] {
        var documents: [GoldDocument] = []
        var id: String?
        var title = ""
        var abstract = ""
        var annotations: [GoldAnnotation] = []
        func flush() {
            guard let current = id else { return }
            var builder = ArticleBuilder(source: "\(source)#\(documents.count + 1)")
            builder.identifiers = ArticleIdentifiers(pmid: current)
            builder.title = title
            builder.add(.title, exactText: title, offset: 0)
            builder.add(.abstract, exactText: abstract, offset: title.unicodeScalars.count + 1)
            documents.append(GoldDocument(article: builder.article, annotations: annotations, scheme: .geneIdentifiers))
            id = nil
            title = ""
            abstract = ""
            annotations = []
        }
        for line in content.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = line.hasSuffix("\r") ? line.dropLast() : line
            if line.isEmpty {
                flush()
                continue
            }
            if let bar = line.firstIndex(of: "|"),
                line[line.index(after: bar)...].hasPrefix("t|") || line[line.index(after: bar)...].hasPrefix("a|"),
                !line[..<bar].contains("\t")
            {
                let documentID = String(line[..<bar])
                if id != documentID {
                    flush()
                    id = documentID
                }
                let kind = line[line.index(after: bar)]
                let text = String(line[line.index(bar, offsetBy: 3)...])
                if kind == "t" { title = text } else { abstract = text }
                continue
            }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cells.count >= 5, let start = Int(cells[1]), let end = Int(cells[2]) else { continue }
            let identifiers = cells.count > 5 ? splitIdentifiers(String(cells[5])) : []
            annotations.append(
                GoldAnnotation(
                    source: source, document: String(cells[0]), start: start, end: end, text: String(cells[3]), type: String(cells[4]), identifiers: identifiers))
        }
        flush()
        return documents
    }

    /// BioC XML: each `<document>` with its passages at their own offsets.
    public static func readBioC(_ bytes: [UInt8], source: String) throws(IngestError) -> [GoldDocument] {
        let root: MarkupElement
        do {
            root = try MarkupParser.parseXML(bytes)
        } catch {
            throw IngestError(source: source, message: "not well-formed BioC XML: \(error)")
        }
        var documents: [GoldDocument] = []
        for document in root.descendants("document") {
            var builder = ArticleBuilder(source: "\(source)#\(documents.count + 1)")
            let id = document.child("id")?.text() ?? ""
            builder.identifiers = ArticleIdentifiers(pmid: id.isEmpty ? nil : id)
            var annotations: [GoldAnnotation] = []
            for passage in document.children(named: "passage") {
                let infons = infonValues(passage)
                let offset = Int(passage.child("offset")?.text() ?? "") ?? 0
                let text = passage.child("text")?.text() ?? ""
                let type: PassageType = infons["type"] == "title" ? .title : .abstract
                if type == .title, builder.title.isEmpty { builder.title = text }
                builder.add(type, exactText: text, offset: offset)
                for annotation in passage.children(named: "annotation") {
                    let values = infonValues(annotation)
                    let locations = annotation.children(named: "location").compactMap { location -> Range<Int>? in
                        guard let start = Int(location.attributes["offset"] ?? ""),
                            let length = Int(location.attributes["length"] ?? "")
                        else { return nil }
                        return start..<(start + length)
                    }
                    guard let first = locations.first else { continue }
                    let end = locations.map(\.upperBound).max() ?? first.upperBound
                    annotations.append(
                        GoldAnnotation(
                            source: builder.article.source, document: id, start: first.lowerBound, end: end, text: annotation.child("text")?.text() ?? "",
                            type: values["type"] ?? "", identifiers: splitIdentifiers(values["identifier"] ?? "")))
                }
            }
            documents.append(GoldDocument(article: builder.article, annotations: annotations, scheme: .geneIdentifiers))
        }
        return documents
    }

    /// brat standoff: text-bound annotations (`T1<TAB>TYPE START END<TAB>text`) over the `.txt`;
    /// each non-empty line of the text is a passage at its own offset.
    public static func readBrat(text: String, annotations content: String, source: String) throws(IngestError) -> GoldDocument {
        var builder = ArticleBuilder(source: source)
        var offset = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let length = line.unicodeScalars.count
            if !line.allSatisfy({ $0 == " " || $0 == "\r" }) {
                let type: PassageType = builder.article.passages.isEmpty ? .title : .paragraph
                if type == .title { builder.title = String(line) }
                builder.add(type, exactText: String(line), offset: offset)
            }
            offset += length + 1
        }
        var annotations: [GoldAnnotation] = []
        for (number, line) in content.split(separator: "\n").enumerated() where line.hasPrefix("T") {
            let cells = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard cells.count == 3 else {
                throw IngestError(
                    source: source, line: number + 1, message: "a text-bound annotation needs three tab-separated fields")
            }
            let fields = cells[1].split(separator: " ", maxSplits: 1)
            guard fields.count == 2 else { continue }
            let spans = fields[1].split(separator: ";").compactMap { fragment -> Range<Int>? in
                let bounds = fragment.split(separator: " ")
                guard bounds.count == 2, let start = Int(bounds[0]), let end = Int(bounds[1]) else { return nil }
                return start..<end
            }
            guard let first = spans.first, let last = spans.last else { continue }
            annotations.append(
                GoldAnnotation(
                    source: source, document: source, start: first.lowerBound, end: last.upperBound, text: String(cells[2]), type: String(fields[0]),
                    identifiers: []))
        }
        return GoldDocument(article: builder.article, annotations: annotations, scheme: .entityTypes)
    }

    private static func infonValues(_ element: MarkupElement) -> [String: String] {
        var values: [String: String] = [:]
        for infon in element.children(named: "infon") {
            if let key = infon.attributes["key"] { values[key] = infon.text() }
        }
        return values
    }

    private static func splitIdentifiers(_ cell: String) -> [String] {
        cell.split(whereSeparator: { $0 == "," || $0 == ";" }).map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty && $0 != "-"
        }
    }
}
