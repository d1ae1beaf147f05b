import CytoLens
import Foundation

/// Opens the inputs of `cytolens graph` and `cytolens merge` (files, or `-` for standard input)
/// and tells JSON Lines apart from articles.
enum InputStreams {
    /// How an input will be read.
    enum Opened {
        /// One JSON object per line.
        case lines(LineReader)
        /// An article file for the readers.
        case article(ArticleInput)
    }

    /// Opens one input path.
    ///
    /// With `alwaysLines` every input is JSON Lines. Otherwise an input is JSON Lines when its
    /// name ends in `.jsonl`, `.jsonl.gz`, `.ndjson` or `.ndjson.gz`, or when its content starts
    /// like `cytolens text`/`tag` output (`{"document"`); anything else is an article.
    static func open(_ path: String, alwaysLines: Bool) throws(IngestError) -> Opened {
        if path == "-" { return try openStandardInput(alwaysLines: alwaysLines) }
        let input = ArticleInput(path: path)
        let lower = path.lowercased()
        let named = [".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz"].contains { lower.hasSuffix($0) }
        if !alwaysLines, !named, !AnnotationsJSONReader.looksLikeAnnotations(try input.prefix(4096)) {
            return .article(input)
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            _ = try input.prefix(1)  // throws the reason: missing, a directory, no permission
            throw IngestError(source: path, message: "cannot read file")
        }
        let head: [UInt8]
        do {
            head = try LineReader.prefix(of: handle, count: 2)
        } catch {
            throw IngestError(source: path, message: "cannot read file")
        }
        if head == [0x1F, 0x8B] {
            try? handle.close()
            return .lines(LineReader(source: path, bytes: try input.loadBytes()))
        }
        return .lines(LineReader(source: path, handle: handle, prefetched: head))
    }

    private static func openStandardInput(alwaysLines: Bool) throws(IngestError) -> Opened {
        let handle = FileHandle.standardInput
        var bytes: [UInt8]
        do {
            bytes = try LineReader.prefix(of: handle, count: 4096)
        } catch {
            throw IngestError(source: "-", message: "cannot read standard input")
        }
        let gzipped = bytes.starts(with: [0x1F, 0x8B])
        if !gzipped, alwaysLines || AnnotationsJSONReader.looksLikeAnnotations(bytes) {
            return .lines(LineReader(source: "-", handle: handle, prefetched: bytes))
        }
        // gzip'd, or an article: read it whole, as `cytolens text -` does.
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty { bytes.append(contentsOf: chunk) }
        let input = ArticleInput(source: "-", bytes: bytes)
        guard gzipped else { return .article(input) }
        let content = try input.loadBytes()
        if alwaysLines || AnnotationsJSONReader.looksLikeAnnotations(content.prefix(4096)) {
            return .lines(LineReader(source: "-", bytes: content))
        }
        return .article(input)
    }
}
