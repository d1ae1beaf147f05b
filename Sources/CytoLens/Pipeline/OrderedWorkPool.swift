import Foundation

/// Runs work units on several threads and delivers what they produce in order — unit by unit in
/// submission order, and within a unit in the order it produced — so that output is
/// byte-identical whatever the number of jobs.
///
/// A unit (one input file) may hand part of its work to the other jobs with
/// ``Unit/spawn(_:)``: the reader of a file of 30,000 records keeps reading while the records it
/// has read are annotated on the free jobs, and their outputs still come out in record order.
/// Spawned work waits for a free job in a short backlog (two pieces for each job other than the
/// unit's own), so that the other jobs never wait for the reader; when the backlog is full, the
/// work runs at once on the unit's own thread, so one job runs everything in exactly the order of
/// a plain loop.
///
/// The unit at the head of the order delivers as it goes (a huge file streams); later units
/// buffer until every unit before them has finished. Memory is bounded by `window`: at most
/// that many units are submitted and not yet delivered, and a unit that has `window` outputs not
/// yet delivered (done or still running) waits before producing another, giving its job to the
/// others meanwhile. At most `jobs` threads compute at once; a thread that finishes goes on with
/// the waiting work itself, so few threads are ever made. `deliver` is called on one thread at a
/// time, never concurrently.
public final class OrderedWorkPool<Output: Sendable>: @unchecked Sendable {
    /// What the work of one unit uses to put its outputs in their place in the order.
    public struct Unit: Sendable {
        fileprivate let pool: OrderedWorkPool
        fileprivate let slots: Slots

        /// Puts `output` next in this unit's order.
        public func emit(_ output: Output) {
            pool.add(to: slots) { output }
        }

        /// Puts the output of `work` next in this unit's order. `work` runs on another thread
        /// when a job is free or soon will be, else here and now; either way this returns
        /// without waiting for any earlier output.
        public func spawn(_ work: @escaping @Sendable () -> Output) {
            pool.add(to: slots, work)
        }
    }

    /// The outputs of one unit not yet delivered, in the unit's order: `nil` while being made.
    /// Guarded by the pool's lock.
    fileprivate final class Slots: @unchecked Sendable {
        var pending: [Output?] = []
        /// How many outputs have gone out: the number of the slot `pending` starts with.
        var delivered = 0
        var finished = false
    }

    /// Work waiting for a job: a unit, or a piece that a unit spawned and the slot its output
    /// goes to.
    private enum Task {
        case unit(Slots, @Sendable (Unit) -> Void)
        case spawned(Slots, slot: Int, @Sendable () -> Output)
    }

    private let condition = NSCondition()
    private let jobs: Int
    private let window: Int
    private let backlog: Int
    private let deliver: @Sendable (Output) -> Void
    private let threads = WorkerThreads()
    // Guarded by `condition`.
    private var busy = 0
    /// The units submitted and not yet delivered in full, in submission order: the head first.
    private var units: [Slots] = []
    /// Spawned work waiting for a job, oldest first; it goes before any waiting unit. Both are
    /// empty whenever a job is free.
    private var waitingPieces: [Task] = []
    private var waitingUnit: Task?

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
        backlog = 2 * (self.jobs - 1)
        self.deliver = deliver
    }

    deinit {
        threads.stop()
    }

    /// Adds a unit, to start on the next free job; waits first while a unit is already waiting
    /// for one or the window is full. `work` puts its outputs in order through the ``Unit`` it is
    /// given.
    public func submit(_ work: @escaping @Sendable (Unit) -> Void) {
        let slots = Slots()
        condition.lock()
        while waitingUnit != nil || units.count >= window { condition.wait() }
        units.append(slots)
        waitingUnit = .unit(slots, work)
        startWaiting()
        condition.unlock()
    }

    /// Waits until every submitted unit has finished and delivered.
    public func waitUntilDone() {
        condition.lock()
        while !units.isEmpty { condition.wait() }
        condition.unlock()
    }

    /// Puts the output of `work` next in a unit's order: hands `work` to another job when the
    /// backlog has room, else runs it here.
    private func add(to slots: Slots, _ work: @escaping @Sendable () -> Output) {
        condition.lock()
        if slots.pending.count >= window {
            // Full: give the job back until the outputs ahead have gone out.
            busy -= 1
            startWaiting()
            condition.broadcast()
            while slots.pending.count >= window || busy >= jobs { condition.wait() }
            busy += 1
        }
        if waitingPieces.count < backlog {
            waitingPieces.append(.spawned(slots, slot: slots.delivered + slots.pending.count, work))
            slots.pending.append(nil)
            startWaiting()
            condition.unlock()
            return
        }
        // The work runs here, as in a plain loop, and only this thread adds to the unit, so its
        // place is still the next one when it is done.
        condition.unlock()
        let output = work()
        condition.lock()
        if slots === units.first && slots.pending.isEmpty {
            slots.delivered += 1
            deliver(output)
        } else {
            slots.pending.append(output)
        }
        condition.unlock()
    }

    /// Starts waiting work on the free jobs. Called with the lock held.
    private func startWaiting() {
        while busy < jobs, let task = takeWaiting() {
            busy += 1
            threads.run { self.run(task) }
        }
    }

    /// The oldest waiting piece, else the waiting unit. Called with the lock held.
    private func takeWaiting() -> Task? {
        if !waitingPieces.isEmpty { return waitingPieces.removeFirst() }
        defer { waitingUnit = nil }
        return waitingUnit
    }

    /// Runs a task, then waiting ones on the same job while there are some: a thread that has
    /// finished goes on with the next work rather than handing it to another thread.
    private func run(_ first: Task) {
        var next: Task? = first
        while let task = next {
            switch task {
            case .unit(let slots, let work):
                work(Unit(pool: self, slots: slots))
                condition.lock()
                slots.finished = true
                deliverReady()
            case .spawned(let slots, let slot, let work):
                let output = work()
                condition.lock()
                fill(slot, of: slots, with: output)
            }
            next = takeWaiting()
            if case .none = next { busy -= 1 }
            condition.broadcast()
            condition.unlock()
        }
    }

    /// Stores an output and delivers whatever is now next in order. Called with the lock held.
    private func fill(_ slot: Int, of slots: Slots, with output: Output) {
        slots.pending[slot - slots.delivered] = output
        if slots === units.first { deliverReady() }
    }

    /// Delivers the outputs that are next in order, moving past every finished unit. Called with
    /// the lock held; wakes the waiting threads when a unit's turn has come.
    private func deliverReady() {
        var moved = false
        while let head = units.first {
            if let next = head.pending.first, let output = next {
                head.pending.removeFirst()
                head.delivered += 1
                deliver(output)
            } else if head.finished && head.pending.isEmpty {
                units.removeFirst()
                moved = true
            } else {
                break
            }
        }
        if moved { condition.broadcast() }
    }
}
