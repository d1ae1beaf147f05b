import Foundation

/// Paths the tests use: the package root, its bundled corpus, and the shared development corpus
/// when it is present beside the repository.
enum TestPaths {
    /// The package root, found from this file's location.
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    /// The bundled sample corpus (`corpus/`).
    static var corpus: URL { packageRoot.appendingPathComponent("corpus") }

    /// `../shared/corpus`, or `nil` when it is not there (tests that need it then skip).
    static let sharedCorpus: URL? = {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }()

    /// The `cytolens` binary that `swift test` built next to the test bundle.
    static var binary: URL {
        let products =
            Bundle.allBundles.first { $0.bundlePath.hasSuffix(".xctest") }?.bundleURL.deletingLastPathComponent()
            ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        return products.appendingPathComponent("cytolens")
    }

    /// A fresh temporary folder for one test's scratch files.
    static func scratchFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cytolens-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// All regular files below a folder, sorted.
    static func files(under folder: URL, extensions: Set<String>? = nil) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else {
            return []
        }
        var found: [URL] = []
        for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            if let extensions, !extensions.contains(url.pathExtension.lowercased()) { continue }
            found.append(url)
        }
        return found.sorted { $0.path < $1.path }
    }
}
