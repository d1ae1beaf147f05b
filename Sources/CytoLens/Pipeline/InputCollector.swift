import Foundation

/// Expands the user's input arguments into the list of inputs to read: files as given, folders
/// walked recursively in a stable (byte-wise sorted) order, `-` for standard input.
///
/// Inside a walked folder, only files with an article extension are read (`.xml`, `.nxml`,
/// `.html`, `.htm`, `.xhtml`, `.txt`, `.text`, `.pubtator`, `.bioc`, `.jsonl`, each optionally
/// followed by `.gz`), so that READMEs, gold tables and images beside the articles are left
/// alone; a file named explicitly is always read. Hidden files and folders (name starting with
/// `.`) are skipped, and symbolic links to folders are not followed, so a link loop cannot trap
/// the walk.
public struct InputCollector: Sendable {
    /// One thing to read, or a problem found while walking.
    public enum Item: Sendable {
        /// A file path (or `-`).
        case input(String)
        /// A path that cannot be read, with the reason.
        case failure(IngestError)
    }

    /// Creates a collector.
    public init() {}

    /// The inputs named by `arguments`, in order; folders expand in place.
    public func collect(_ arguments: [String]) -> [Item] {
        var items: [Item] = []
        for argument in arguments {
            if argument == "-" {
                items.append(.input("-"))
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                items.append(.failure(IngestError(source: argument, message: "no such file or directory")))
                continue
            }
            if isDirectory.boolValue {
                walk(argument, into: &items)
            } else {
                items.append(.input(argument))
            }
        }
        return items
    }

    private func walk(_ folder: String, into items: inout [Item]) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            items.append(.failure(IngestError(source: folder, message: "cannot list directory")))
            return
        }
        for name in names.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) where !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            let attributes = try? FileManager.default.attributesOfItem(atPath: path)
            let type = attributes?[.type] as? FileAttributeType
            switch type {
            case .typeDirectory?:
                walk(path, into: &items)
            case .typeSymbolicLink?:
                // Follow links to files only; a link to a folder could loop.
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
                    if !isDirectory.boolValue && InputCollector.hasArticleExtension(name) { items.append(.input(path)) }
                } else {
                    items.append(.failure(IngestError(source: path, message: "broken symbolic link")))
                }
            case .typeRegular?:
                if InputCollector.hasArticleExtension(name) { items.append(.input(path)) }
            case nil:
                items.append(.failure(IngestError(source: path, message: "cannot read file attributes")))
            default:
                break
            }
        }
    }

    /// The extensions of files read when walking a folder (before an optional `.gz`).
    public static let articleExtensions: Set<String> = [
        "xml", "nxml", "html", "htm", "xhtml", "txt", "text", "pubtator", "bioc", "jsonl",
    ]

    /// Whether a file name ends with an article extension, optionally followed by `.gz`.
    public static func hasArticleExtension(_ name: String) -> Bool {
        var parts = name.lowercased().split(separator: ".")
        guard parts.count >= 2 else { return false }
        if parts.last == "gz" { parts.removeLast() }
        guard parts.count >= 2, let last = parts.last else { return false }
        return articleExtensions.contains(String(last))
    }
}
