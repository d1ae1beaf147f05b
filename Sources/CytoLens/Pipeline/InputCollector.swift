import Foundation

#if canImport(Glibc)
    @preconcurrency import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Expands the user's input arguments into the list of inputs to read: files as given, folders
/// walked recursively in a stable (byte-wise sorted) order, `-` for standard input.
///
/// Inside a walked folder, only files with an article extension are read (`.xml`, `.nxml`,
/// `.html`, `.htm`, `.xhtml`, `.txt`, `.text`, `.pubtator`, `.bioc`, `.jsonl`, each optionally
/// followed by `.gz`), so that READMEs, gold tables and images beside the articles are left
/// alone. Hidden files and folders (name starting with `.`) are skipped, and symbolic links to
/// folders are not followed, so a link loop cannot trap the walk. An entry with an article name
/// must be a regular file (directly or through a link): a named pipe, socket or device is
/// reported, never opened, since opening one could block forever, and so are broken and looping
/// links. A path named as an argument is always read, whatever it is, so
/// `cytolens text <(zcat a.gz)` works.
public struct InputCollector: Sendable {
    /// One thing to read, or a problem found while walking.
    public enum Item: Sendable {
        /// A file path (or `-`).
        case input(String)
        /// A path that cannot be read, with the reason.
        case failure(IngestError)
    }

    /// The extensions read when walking a folder (before an optional `.gz`).
    public let extensions: Set<String>

    /// Creates a collector that reads files with the given extensions when walking folders.
    public init(extensions: Set<String> = InputCollector.articleExtensions) {
        self.extensions = extensions
    }

    /// The inputs named by `arguments`, in order; folders expand in place.
    public func collect(_ arguments: [String]) -> [Item] {
        var items: [Item] = []
        for argument in arguments {
            if argument == "-" {
                items.append(.input("-"))
                continue
            }
            switch FileKind(path: argument) {
            case .directory:
                walk(argument, into: &items)
            case .missing(let reason):
                items.append(.failure(IngestError(source: argument, message: reason)))
            default:
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
            let kind = FileKind(path: path, followingLinks: false)
            if case .directory = kind {
                walk(path, into: &items)
                continue
            }
            guard hasWalkedExtension(name) else { continue }
            switch kind {
            case .directory:
                break
            case .regular:
                items.append(.input(path))
            case .symbolicLink:
                // Follow links to files only; a link to a folder could loop.
                switch FileKind(path: path) {
                case .regular: items.append(.input(path))
                case .directory: break
                case .missing(let reason): items.append(.failure(IngestError(source: path, message: reason)))
                case .special(let kind):
                    items.append(.failure(IngestError(source: path, message: "not a regular file (\(kind))")))
                case .symbolicLink: break
                }
            case .special(let kind):
                items.append(.failure(IngestError(source: path, message: "not a regular file (\(kind))")))
            case .missing(let reason):
                items.append(.failure(IngestError(source: path, message: reason)))
            }
        }
    }

    /// The extensions of files read when walking a folder (before an optional `.gz`).
    public static let articleExtensions: Set<String> = [
        "xml", "nxml", "html", "htm", "xhtml", "txt", "text", "pubtator", "bioc", "jsonl",
    ]

    /// Whether a file name ends with an article extension, optionally followed by `.gz`.
    public static func hasArticleExtension(_ name: String) -> Bool {
        InputCollector().hasWalkedExtension(name)
    }

    /// Whether a file name ends with one of ``extensions``, optionally followed by `.gz`.
    public func hasWalkedExtension(_ name: String) -> Bool {
        var parts = name.lowercased().split(separator: ".")
        guard parts.count >= 2 else { return false }
        if parts.last == "gz" { parts.removeLast() }
        guard parts.count >= 2, let last = parts.last else { return false }
        return extensions.contains(String(last))
    }
}

/// What a path is, from `stat` or `lstat`.
private enum FileKind {
    case regular
    case directory
    case symbolicLink
    /// A named pipe, socket or device, by name.
    case special(String)
    /// The path cannot be examined, with the reason.
    case missing(String)

    init(path: String, followingLinks: Bool = true) {
        var info = stat()
        guard (followingLinks ? stat(path, &info) : lstat(path, &info)) == 0 else {
            let code = errno
            switch code {
            case ELOOP:
                self = .missing("symbolic link loop")
            case ENOENT where followingLinks && lstat(path, &info) == 0:
                self = .missing("broken symbolic link")
            case ENOENT, ENOTDIR:
                self = .missing("no such file or directory")
            case EACCES:
                self = .missing("permission denied")
            default:
                self = .missing(String(cString: strerror(code)))
            }
            return
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: self = .regular
        case S_IFDIR: self = .directory
        case S_IFLNK: self = .symbolicLink
        case S_IFIFO: self = .special("named pipe")
        case S_IFSOCK: self = .special("socket")
        case S_IFCHR: self = .special("character device")
        case S_IFBLK: self = .special("block device")
        default: self = .special("unknown type")
        }
    }
}
