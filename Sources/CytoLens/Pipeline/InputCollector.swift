import Foundation

/// Expands the user's input arguments into the list of inputs to read: files as given, folders
/// walked recursively in a stable (byte-wise sorted) order, `-` for standard input.
///
/// Hidden files and folders (name starting with `.`) inside a walked folder are skipped; symbolic
/// links to folders are not followed, so a link loop cannot trap the walk.
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
                    if !isDirectory.boolValue { items.append(.input(path)) }
                } else {
                    items.append(.failure(IngestError(source: path, message: "broken symbolic link")))
                }
            case .typeRegular?:
                items.append(.input(path))
            case nil:
                items.append(.failure(IngestError(source: path, message: "cannot read file attributes")))
            default:
                break
            }
        }
    }
}
