import Foundation

/// Runs work units on several threads and delivers what they produce in order — unit by unit in
/// submission order, and within a unit in the order it produced — so that output is
/// byte-identical whatever the number of jobs.
///
/// A unit (one input file) may hand part of its work to the other jobs with
/// ``Unit/spawn(_:)``: the reader of a file of 30,000 records keeps reading while the records it
/// has read are annotated on the free jobs, and their outputs still come out in record order.
/// When no job is free, the spawned work runs at once on the unit's own thread, so one job runs
/// everything in exactly the order of a plain loop.
///
/// The unit at the head of the order delivers as it goes (a huge file streams); later units
/// buffer until every unit before them has finished. Memory is bounded by `window`: at most
/// that many units are started ahead of the head, and a unit that has `window` outputs not yet
/// delivered (done or still running) waits before producing another, giving its job to the
/// others meanwhile. At most `jobs` threads compute at once. `deliver` is called on one thread
/// at a time, never concurrently.
public final class OrderedWorkPool<Output: Sendable>: @unchecked Sendable {
    /// What the work of one unit uses to put its outputs in their place in the order.
    public struct Unit: Sendable {
        fileprivate let pool: OrderedWorkPool
        fileprivate let index: Int

        /// Puts `output` next in this unit's order.
        public func emit(_ output: Output) {
            pool.add(to: index) { output }
        }

        /// Puts the output of `work` next in this unit's order. `work` runs on another thread
        /// when a job is free, else here and now; either way this returns without waiting for
        /// any earlier output.
        public func spawn(_ work: @escaping @Sendable () -> Output) {
            pool.add(to: index, work)
        }
    }

    /// The bookkeeping of one unit's outputs: slots numbered from 0 in the unit's order.
    private struct Slots {
        var reserved = 0
        var delivered = 0
        var done: [Int: Output] = [:]
        var finished = false

        var undelivered: Int { reserved - delivered }
    }

    private let condition = NSCondition()
    private let jobs: Int
    private let window: Int
    private let deliver: @Sendable (Output) -> Void
    private let threads = WorkerThreads()
    // Guarded by `condition`.
    private var busy = 0
    private var submitted = 0
    private var head = 0
    private var units: [Int: Slots] = [:]

    /// Creates a pool.
    ///
    /// - Parameters:
    ///   - jobs: how many threads may compute at once (at least 1).
    ///   - window: how far ahead of the oldest unfinished unit new units may start, and how many
    ///     undelivered outputs one unit may have.
    ///   - deliver: receives every output, in order.
    public init(jobs: Int, window: Int? = nil, deliver: @escaping @Sendable (Output) -> Void) {
        self.jobs = max(1, jobs)
        self.window = max(self.jobs, window ?? self.jobs * 4)
        self.deliver = deliver
    }

    deinit {
        threads.stop()
    }

    /// Starts a unit, waiting first for a free job; `work` puts its outputs in order through the
    /// ``Unit`` it is given.
    public func submit(_ work: @escaping @Sendable (Unit) -> Void) {
        condition.lock()
        while busy >= jobs || submitted - head >= window { condition.wait() }
        let unit = submitted
        submitted += 1
        busy += 1
        units[unit] = Slots()
        condition.unlock()
        threads.run {
            work(Unit(pool: self, index: unit))
            self.condition.lock()
            self.busy -= 1
            self.units[unit]!.finished = true
            self.deliverReady()
            self.condition.broadcast()
            self.condition.unlock()
        }
    }

    /// Waits until every submitted unit has finished and delivered.
    public func waitUntilDone() {
        condition.lock()
        while head < submitted { condition.wait() }
        condition.unlock()
    }

    /// Reserves the next slot of `unit` and fills it with the output of `work`, run on another
    /// thread when a job is free.
    private func add(to unit: Int, _ work: @escaping @Sendable () -> Output) {
        condition.lock()
        if units[unit]!.undelivered >= window {
            // Full: give the job back until the outputs ahead have gone out.
            busy -= 1
            condition.broadcast()
            while units[unit]!.undelivered >= window || busy >= jobs { condition.wait() }
            busy += 1
        }
        let slot = units[unit]!.reserved
        units[unit]!.reserved += 1
        let elsewhere = busy < jobs
        if elsewhere { busy += 1 }
        condition.unlock()
        if elsewhere {
            threads.run {
                let output = work()
                self.condition.lock()
                self.busy -= 1
                self.fill(slot, of: unit, with: output)
                self.condition.broadcast()
                self.condition.unlock()
            }
        } else {
            let output = work()
            condition.lock()
            fill(slot, of: unit, with: output)
            condition.unlock()
        }
    }

    /// Stores an output and delivers whatever is now next in order. Called with the lock held.
    private func fill(_ slot: Int, of unit: Int, with output: Output) {
        units[unit]!.done[slot] = output
        if unit == head { deliverReady() }
    }

    /// Delivers the outputs that are next in order, moving past every finished unit. Called with
    /// the lock held; wakes the waiting threads when a unit's turn has come.
    private func deliverReady() {
        var moved = false
        while units[head] != nil {
            let next = units[head]!.delivered
            if let output = units[head]!.done.removeValue(forKey: next) {
                deliver(output)
                units[head]!.delivered = next + 1
            } else if units[head]!.finished && units[head]!.undelivered == 0 {
                units[head] = nil
                head += 1
                moved = true
            } else {
                break
            }
        }
        if moved { condition.broadcast() }
    }
}
