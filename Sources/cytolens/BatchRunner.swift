import ArgumentParser
import CytoLens
import Foundation

/// Runs one command over every input: reads each file, hands each article to `process`, prints
/// one error line per failed input, and ends with exit status 1 if any input failed.
struct BatchRunner {
    let options: InputOptions

    /// Processes every input in order and returns the number of failed inputs.
    func run(_ process: (Article) throws -> Void) rethrows -> Int {
        let loader = ArticleLoader(format: options.format)
        var failures = 0
        for item in InputCollector().collect(options.inputs) {
            switch item {
            case .failure(let error):
                Console.error(error.description)
                failures += 1
            case .input(let path):
                let input: ArticleInput
                if path == "-" {
                    input = ArticleInput(source: "-", bytes: [UInt8](FileHandle.standardInput.readDataToEndOfFile()))
                } else {
                    input = ArticleInput(path: path)
                }
                do {
                    try loader.read(input, emit: process)
                } catch {
                    Console.error(error.description)
                    failures += 1
                }
            }
        }
        return failures
    }

    /// Exits with status 1 after a summary line when some inputs failed.
    static func finish(failures: Int) throws {
        Console.flush()
        if failures > 0 {
            Console.error("cytolens: \(failures) input\(failures == 1 ? "" : "s") failed")
            throw ExitCode.failure
        }
    }
}
