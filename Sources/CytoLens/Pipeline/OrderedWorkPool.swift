import Foundation

/// Runs work units on several threads and delivers what they emit in submission order, so that
/// output is byte-identical whatever the number of jobs.
///
/// The unit at the head of the order delivers as it goes (a huge file streams); later units
/// buffer until every unit before them has finished. At most `jobs` units run at once, and a new
/// unit waits while the head is more than `window` units behind, which bounds the buffered output.
/// `deliver` is called on one thread at a time, never concurrently.
public final class OrderedWorkPool<Output: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let jobs: Int
    private let window: Int
    private let deliver: @Sendable (Output) -> Void
    private let queue = DispatchQueue(label: "cytolens.work", attributes: .concurrent)
    private let group = DispatchGroup()
    // Guarded by `condition`.
    private var submitted = 0
    private var running = 0
    private var head = 0
    private var buffered: [Int: [Output]] = [:]
    private var finished: Set<Int> = []

    /// Creates a pool.
    ///
    /// - Parameters:
    ///   - jobs: how many units may run at once (at least 1).
    ///   - window: how far ahead of the oldest unfinished unit new units may start.
    ///   - deliver: receives every output, in order.
    public init(jobs: Int, window: Int? = nil, deliver: @escaping @Sendable (Output) -> Void) {
        self.jobs = max(1, jobs)
        self.window = max(self.jobs, window ?? self.jobs * 4)
        self.deliver = deliver
    }

    /// Starts a unit, waiting first for a free job; `work` emits its outputs through the function
    /// it is given.
    public func submit(_ work: @escaping @Sendable (_ emit: (Output) -> Void) -> Void) {
        condition.lock()
        while running >= jobs || submitted - head >= window { condition.wait() }
        let unit = submitted
        submitted += 1
        running += 1
        condition.unlock()
        queue.async(group: group) {
            work { self.emit($0, from: unit) }
            self.finish(unit)
        }
    }

    /// Waits until every submitted unit has finished and delivered.
    public func waitUntilDone() {
        group.wait()
    }

    private func emit(_ output: Output, from unit: Int) {
        condition.lock()
        defer { condition.unlock() }
        if unit == head {
            deliver(output)
        } else {
            buffered[unit, default: []].append(output)
        }
    }

    private func finish(_ unit: Int) {
        condition.lock()
        defer { condition.unlock() }
        running -= 1
        finished.insert(unit)
        while finished.remove(head) != nil {
            head += 1
            if let outputs = buffered.removeValue(forKey: head) { outputs.forEach(deliver) }
        }
        condition.broadcast()
    }
}
