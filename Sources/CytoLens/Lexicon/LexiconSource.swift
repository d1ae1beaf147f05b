import Foundation

/// Where the lexicon's files come from: the built-in copy compiled into the binary, optionally
/// extended or replaced file by file by a user's folder.
///
/// - Extend (the default for `--lexicon DIR`): the rows of each file in the folder are added to
///   the built-in rows of the file with the same name. A name row whose match key is already
///   in the built-in `names.tsv` overrides the built-in rows for that key.
/// - Replace (`--lexicon-replace`): each file in the folder replaces the built-in file with the
///   same name; files the folder lacks stay built-in.
public struct LexiconSource: Sendable {
    /// How a user's folder combines with the built-in lexicon.
    public enum Mode: String, Sendable, CaseIterable {
        /// The folder's rows are added to the built-in rows.
        case extend
        /// The folder's files replace the built-in files of the same name.
        case replace
    }

    /// One file's text and where it came from.
    public struct File: Sendable {
        /// `built-in:NAME` or the path of the file.
        public var origin: String
        /// The content.
        public var text: String
    }

    /// For each file name, the texts whose rows make up the table, built-in first.
    public private(set) var files: [String: [File]]
    /// Files of the user's folder that are not lexicon tables (they are ignored).
    public private(set) var ignoredFiles: [String]

    /// The built-in lexicon alone.
    public static var builtIn: LexiconSource {
        var files: [String: [File]] = [:]
        for (name, text) in EmbeddedLexicon.files {
            files[name] = [File(origin: "built-in:\(name)", text: text)]
        }
        return LexiconSource(files: files, ignoredFiles: [])
    }

    /// The built-in lexicon combined with the `.tsv` files of a folder.
    ///
    /// - Throws: ``LexiconError`` when the folder cannot be listed or a file cannot be read.
    public static func directory(_ path: String, mode: Mode) throws(LexiconError) -> LexiconSource {
        var source = LexiconSource.builtIn
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            throw LexiconError(origin: path, message: "cannot list the lexicon folder")
        }
        let known = LexiconSchema.allTables
        for name in names.sorted() where name.hasSuffix(".tsv") {
            let filePath = path.hasSuffix("/") ? path + name : path + "/" + name
            guard known[name] != nil else {
                source.ignoredFiles.append(filePath)
                continue
            }
            guard let data = FileManager.default.contents(atPath: filePath) else {
                throw LexiconError(origin: filePath, message: "cannot read the file")
            }
            guard let text = String(validating: data, as: UTF8.self) else {
                throw LexiconError(origin: filePath, message: "not valid UTF-8")
            }
            let file = File(origin: filePath, text: text)
            switch mode {
            case .extend: source.files[name, default: []].append(file)
            case .replace: source.files[name] = [file]
            }
        }
        return source
    }
}
