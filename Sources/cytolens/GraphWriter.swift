import ArgumentParser
import CytoLens
import Foundation

/// Turns sums into the requested output and puts it where the user asked: standard output, or
/// a file replaced atomically (a temporary file in the same folder, then a rename), optionally
/// rendered by Graphviz first.
struct GraphWriter {
    let options: GraphOptions

    /// Exports the partial in the chosen format and writes it.
    ///
    /// - Throws: `ExitCode.failure` after a message when the output cannot be written or
    ///   Graphviz is missing or fails.
    func write(_ partial: GraphPartial, metadata: any NodeMetadataSource) throws {
        var bytes: [UInt8]
        switch options.effectiveFormat {
        case .partial:
            bytes = Array((GraphPartialJSON.text(partial) + "\n").utf8)
        case .json:
            bytes = Array((GraphJSON.text(graph(partial, metadata)) + "\n").utf8)
        case .graphml:
            bytes = Array(GraphML.text(graph(partial, metadata)).utf8)
        case .dot:
            bytes = Array(GraphDOT.text(graph(partial, metadata)).utf8)
        }
        if let render = options.render { bytes = try Graphviz.render(bytes, as: render) }
        if let path = options.output {
            try writeAtomically(bytes, to: path)
        } else {
            writeToStandardOutput(bytes)
        }
    }

    private func graph(_ partial: GraphPartial, _ metadata: any NodeMetadataSource) -> CytokineGraph {
        CytokineGraph(partial: partial, metadata: metadata, filter: options.filter)
    }

    private func writeAtomically(_ bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(bytes).write(to: temporary)
            if rename(temporary.path, url.path) != 0 { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            Console.error("cytolens: cannot write \(path)")
            throw ExitCode.failure
        }
    }

    private func writeToStandardOutput(_ bytes: [UInt8]) {
        Console.flush()
        do {
            try FileHandle.standardOutput.write(contentsOf: Data(bytes))
        } catch {
            // A reader that went away (`cytolens graph … | head`) is not an error.
            if errno == EPIPE { exit(0) }
            Console.error("cytolens: cannot write to standard output")
            exit(1)
        }
    }
}
