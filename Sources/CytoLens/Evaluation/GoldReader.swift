import Foundation

/// Reads gold documents: articles with the annotations people made on them. PubTator and BioC go
/// through ``PubTatorReader`` and ``BioCReader`` (articles and ``GoldAnnotation``s in the
/// input's own coordinates); brat standoff (`.ann` next to its `.txt`) is read here. Either way
/// an annotation's span slices the article text directly.
public enum GoldReader {
    /// The gold documents of a file: brat for a `.ann` (or `.txt`) path, else PubTator or BioC
    /// as detected from the content.
    ///
    /// - Throws: ``IngestError`` when a file cannot be read or parsed, or is in another format.
    public static func read(path: String) throws(IngestError) -> [GoldDocument] {
        if path.hasSuffix(".ann") || path.hasSuffix(".txt") {
            let base = String(path.dropLast(4))
            return [try readBrat(text: try load(base + ".txt"), annotations: try load(base + ".ann"), source: base + ".ann")]
        }
        return try read(ArticleInput(path: path))
    }

    /// The gold documents of a PubTator or BioC input, one per article, each with the annotations
    /// whose ``GoldAnnotation/source`` is the article's source.
    public static func read(_ input: ArticleInput) throws(IngestError) -> [GoldDocument] {
        let format: InputFormat
        switch InputFormat.detect(try input.prefix(4096)) {
        case .success(let detected): format = detected
        case .failure(let failure): throw IngestError(source: input.source, message: failure.message)
        }
        var articles: [Article] = []
        var annotations: [GoldAnnotation] = []
        do {
            switch format {
            case .pubtator:
                try PubTatorReader().read(input) { articles.append($0) }
                annotations = try PubTatorReader().annotations(in: input)
            case .bioc:
                try BioCReader().read(input) { articles.append($0) }
                annotations = try BioCReader().annotations(in: input)
            default:
                throw IngestError(source: input.source, message: "gold must be PubTator, BioC or brat, not \(format.rawValue)")
            }
        } catch let error as IngestError {
            throw error
        } catch {
            throw IngestError(source: input.source, message: String(describing: error))
        }
        var bySource: [String: [GoldAnnotation]] = [:]
        for annotation in annotations { bySource[annotation.source, default: []].append(annotation) }
        return articles.map { GoldDocument(article: $0, annotations: bySource[$0.source] ?? [], scheme: .geneIdentifiers) }
    }

    private static func load(_ path: String) throws(IngestError) -> String {
        String(decoding: try ArticleInput(path: path).loadBytes(), as: UTF8.self)
    }

    /// brat standoff: text-bound annotations (`T1<TAB>TYPE START END<TAB>text`, fragments joined
    /// by `;`) over the `.txt`; each non-empty line of the text is a passage at its own offset.
    public static func readBrat(text: String, annotations content: String, source: String) throws(IngestError)
        -> GoldDocument
    {
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
        let document = URL(fileURLWithPath: source).deletingPathExtension().lastPathComponent
        var annotations: [GoldAnnotation] = []
        for (number, line) in content.split(separator: "\n").enumerated() where line.hasPrefix("T") {
            let cells = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard cells.count == 3 else {
                throw IngestError(
                    source: source, line: number + 1, message: "a text-bound annotation needs three tab-separated fields")
            }
            let fields = cells[1].split(separator: " ", maxSplits: 1)
            guard fields.count == 2 else { continue }
            let fragments = fields[1].split(separator: ";").compactMap { fragment -> Range<Int>? in
                let bounds = fragment.split(separator: " ")
                guard bounds.count == 2, let start = Int(bounds[0]), let end = Int(bounds[1]), start <= end else { return nil }
                return start..<end
            }
            guard let first = fragments.first, let last = fragments.last else { continue }
            annotations.append(
                GoldAnnotation(
                    source: source, document: document, start: first.lowerBound, end: last.upperBound, fragments: fragments,
                    text: String(cells[2]), type: String(fields[0]), identifiers: []))
        }
        return GoldDocument(article: builder.article, annotations: annotations, scheme: .entityTypes)
    }
}
