import ArgumentParser
import CytoLens
import Foundation

/// Runs one command over every input on `--jobs` threads: reads each file, hands its articles,
/// in batches, to a transform on the free jobs, and prints the results in input order (file
/// order, then article order), whatever the number of jobs. A failed input is one error line on
/// standard error, in its place in the order, after the articles read before the problem; the
/// exit status is 1 at the end if any input failed.
struct BatchRunner {
    let options: InputOptions
    let jobs: Int

    /// What one piece of an input produced, in order: a value per article, or an error line.
    private enum Outcome<Value: Sendable>: Sendable {
        case values([Value])
        case failure(String)
    }

    /// Runs `transform` on every article of every input and hands the results, in input order,
    /// to `consume` (on one thread at a time). Returns the number of failed inputs.
    func run<Value: Sendable>(
        transform: @escaping @Sendable (Article) -> Value,
        consume: @escaping @Sendable (Value) -> Void
    ) -> Int {
        let loader = ArticleLoader(format: options.format)
        let failures = FailureCounter()
        let pool = OrderedWorkPool<Outcome<Value>>(jobs: jobs) { outcome in
            switch outcome {
            case .values(let values):
                values.forEach(consume)
            case .failure(let line):
                Console.error(line)
                failures.increment()
            }
        }
        // Read once: the environment holds it, and reading the environment copies all of it.
        let limit = options.sizeLimit
        for item in InputCollector().collect(options.inputs) {
            switch item {
            case .failure(let error):
                let line = error.description
                pool.submit { unit in unit.emit(.failure(line)) }
            case .input(let path):
                let input: ArticleInput
                if path == "-" {
                    // One byte past the limit is enough to refuse an oversized stream.
                    let bytes = (try? FileHandle.standardInput.read(upToCount: limit.addingReportingOverflow(1).partialValue))
                    input = ArticleInput(source: "-", bytes: [UInt8](bytes ?? Data()), sizeLimit: limit)
                } else {
                    input = ArticleInput(path: path, sizeLimit: limit)
                }
                pool.submit { unit in
                    let (rest, failure) = ArticleBatches.read(input, with: loader) { batch in
                        unit.spawn { .values(batch.map(transform)) }
                    }
                    if !rest.isEmpty { unit.emit(.values(rest.map(transform))) }
                    if let failure { unit.emit(.failure(failure.description)) }
                }
            }
        }
        pool.waitUntilDone()
        return failures.value
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

/// Counts failed inputs across threads.
final class FailureCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func increment() {
        lock.lock()
        count += 1
        lock.unlock()
    }

    var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }
}
