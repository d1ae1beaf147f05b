import ArticleXML
import Foundation

/// One input to read: a file or bytes already in memory (standard input, tests).
///
/// Files are not read when the value is made: a streaming reader (PubMed) opens the file itself
/// and never holds it whole, while the other readers call ``loadBytes()``.
public struct ArticleInput: Sendable {
    /// The default ``sizeLimit``, 512 MiB.
    public static let maximumSize = 512 << 20

    /// Where the content is.
    public enum Storage: Sendable {
        /// A file path.
        case file(String)
        /// Bytes in memory, possibly gzip'd.
        case memory([UInt8])
    }

    /// The path as given by the user (`-` for standard input); used in every message and output.
    public let source: String
    /// Where the content is.
    public let storage: Storage
    /// The largest content accepted, in bytes after decompression: a guard against gzip bombs
    /// and runaway inputs. Plain files that a reader streams (PubMed, BioC) are never held in
    /// memory and may be larger; a gzip'd file may never decompress to more.
    public var sizeLimit: Int

    /// An input read from a file.
    public init(path: String, sizeLimit: Int = ArticleInput.maximumSize) {
        source = path
        storage = .file(path)
        self.sizeLimit = sizeLimit
    }

    /// An input already in memory.
    public init(source: String, bytes: [UInt8], sizeLimit: Int = ArticleInput.maximumSize) {
        self.source = source
        storage = .memory(bytes)
        self.sizeLimit = sizeLimit
    }

    /// An input given as text (tests, the library API).
    public init(source: String, text: String) {
        self.init(source: source, bytes: Array(text.utf8))
    }

    /// The whole content, decompressed when it is gzip'd.
    ///
    /// - Throws: ``IngestError`` when the file cannot be read, the gzip data is corrupt or
    ///   truncated, or the content is larger than ``sizeLimit``.
    public func loadBytes() throws(IngestError) -> [UInt8] {
        try decompressed(raw(limit: nil), prefixOnly: false)
    }

    /// The first `count` bytes of the decompressed content (fewer when the input is shorter).
    public func prefix(_ count: Int) throws(IngestError) -> [UInt8] {
        let head = try decompressed(raw(limit: count), prefixOnly: true)
        return Array(head.prefix(count))
    }

    private func raw(limit: Int?) throws(IngestError) -> [UInt8] {
        switch storage {
        case .memory(let bytes):
            return bytes
        case .file(let path):
            // A compressed prefix of a few KiB is enough to sniff the format of the content. A whole
            // read stops one byte past the limit, so a huge file (or an endless device) is refused
            // without being read.
            let count = limit.map { max($0, 1 << 16) } ?? sizeLimit.addingReportingOverflow(1).partialValue
            guard let bytes = FileBytes.read(path, limit: count) else {
                throw IngestError(source: source, message: ArticleInput.openFailureReason(path))
            }
            return bytes
        }
    }

    private func decompressed(_ raw: [UInt8], prefixOnly: Bool) throws(IngestError) -> [UInt8] {
        guard Gunzip.isGzip(raw) else {
            guard raw.count <= sizeLimit else {
                throw IngestError(source: source, message: "larger than the input size limit of \(sizeLimit) bytes")
            }
            return raw
        }
        do {
            return try Gunzip.decompress(raw, limit: prefixOnly ? 1 << 16 : sizeLimit, prefixOnly: prefixOnly)
        } catch {
            throw IngestError(source: source, message: error.description)
        }
    }

    private static func openFailureReason(_ path: String) -> String {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) { return "no such file" }
        if isDirectory.boolValue { return "is a directory" }
        if !FileManager.default.isReadableFile(atPath: path) { return "permission denied" }
        return "cannot read file"
    }
}

extension ArticleInput {
    /// Decodes bytes as text: UTF-16 when they start with a byte order mark, else UTF-8 (a UTF-8
    /// BOM is dropped). Invalid sequences become U+FFFD.
    public static func decodeText(_ bytes: [UInt8]) -> String {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let bigEndian = bytes[0] == 0xFE
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var i = 2
            while i + 1 < bytes.count {
                let (high, low) = bigEndian ? (bytes[i], bytes[i + 1]) : (bytes[i + 1], bytes[i])
                units.append(UInt16(high) << 8 | UInt16(low))
                i += 2
            }
            return String(decoding: units, as: UTF16.self)
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
        return String(decoding: body, as: UTF8.self)
    }
}
