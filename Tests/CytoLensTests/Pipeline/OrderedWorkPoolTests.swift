import CytoLens
import Foundation
import Testing

@Suite("Ordered work pool")
struct OrderedWorkPoolTests {
    /// Values and counters shared between the test and the pool's threads.
    final class Shared: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [Int] = []
        private var counters: [String: Int] = [:]

        func append(_ value: Int) {
            lock.lock()
            values.append(value)
            lock.unlock()
        }

        var all: [Int] {
            lock.lock()
            defer { lock.unlock() }
            return values
        }

        /// Adds `amount` to a counter and returns its new value.
        @discardableResult
        func add(_ amount: Int, to name: String) -> Int {
            lock.lock()
            defer { lock.unlock() }
            counters[name, default: 0] += amount
            return counters[name]!
        }

        func count(_ name: String) -> Int { add(0, to: name) }

        /// Keeps the largest value seen under `name`.
        func keepMaximum(_ value: Int, as name: String) {
            lock.lock()
            counters[name] = max(counters[name] ?? value, value)
            lock.unlock()
        }

        /// Waits until `condition` holds, for at most five seconds; returns whether it held.
        func wait(until condition: (Shared) -> Bool) -> Bool {
            for _ in 0..<5000 {
                if condition(self) { return true }
                usleep(1000)
            }
            return false
        }
    }

    /// A pseudo-random delay of up to 0.6 ms, different for every unit and part.
    static func delay(_ unit: Int, _ part: Int) -> useconds_t {
        var state = UInt64(unit * 131 + part * 7 + 1) &* 0x9E37_79B9_7F4A_7C15
        state ^= state >> 29
        return useconds_t(state % 600)
    }

    @Test("Outputs arrive in submission order whatever the jobs and the work time", arguments: [1, 2, 4])
    func deliversInOrder(jobs: Int) {
        let collected = Shared()
        let pool = OrderedWorkPool<Int>(jobs: jobs, window: 3) { collected.append($0) }
        for unit in 0..<40 {
            pool.submit { outputs in
                // Later units finish first, so ordering has to be restored.
                usleep(useconds_t((40 - unit) % 7 * 300))
                for part in 0..<3 { outputs.emit(unit * 10 + part) }
            }
        }
        pool.waitUntilDone()
        #expect(collected.all == (0..<40).flatMap { unit in (0..<3).map { unit * 10 + $0 } })
    }

    @Test("Spawned work and emitted outputs keep the unit's order under random delays", arguments: [1, 2, 4])
    func spawnedInOrder(jobs: Int) {
        let collected = Shared()
        let pool = OrderedWorkPool<Int>(jobs: jobs, window: 4) { collected.append($0) }
        for unit in 0..<12 {
            pool.submit { outputs in
                for part in 0..<30 {
                    let value = unit * 100 + part
                    if part % 5 == 4 {
                        outputs.emit(value)
                    } else {
                        outputs.spawn {
                            usleep(OrderedWorkPoolTests.delay(unit, part))
                            return value
                        }
                    }
                }
            }
        }
        pool.waitUntilDone()
        #expect(collected.all == (0..<12).flatMap { unit in (0..<30).map { unit * 100 + $0 } })
    }

    @Test("With one job, spawned work runs on the unit's thread before spawn returns")
    func oneJobRunsInline() {
        let shared = Shared()
        let pool = OrderedWorkPool<Int>(jobs: 1) { shared.append($0) }
        pool.submit { outputs in
            for part in 0..<10 {
                outputs.spawn {
                    shared.add(1, to: "ran")
                    return part
                }
                if shared.count("ran") != part + 1 { shared.add(1, to: "late") }
            }
        }
        pool.waitUntilDone()
        #expect(shared.count("late") == 0)
        #expect(shared.all == Array(0..<10))
    }

    @Test("Spawned work runs on the free jobs while the unit goes on")
    func spawnedSpreads() {
        let shared = Shared()
        let pool = OrderedWorkPool<Int>(jobs: 3) { shared.append($0) }
        pool.submit { outputs in
            for part in 0..<2 {
                outputs.spawn {
                    shared.add(1, to: "started")
                    // Both pieces must run at once: each waits for the other to start.
                    if !shared.wait(until: { $0.count("started") == 2 }) { shared.add(1, to: "alone") }
                    return part
                }
            }
        }
        pool.waitUntilDone()
        #expect(shared.count("alone") == 0)
        #expect(shared.all == [0, 1])
    }

    @Test("Spawned work waits for a busy job instead of holding up the unit")
    func spawnedWaitsInBacklog() {
        let shared = Shared()
        let pool = OrderedWorkPool<Int>(jobs: 2) { shared.append($0) }
        pool.submit { outputs in
            // The first piece takes the only other job and holds it until the second is spawned.
            outputs.spawn {
                _ = shared.wait(until: { $0.count("second spawned") == 1 })
                return 0
            }
            outputs.spawn {
                shared.add(1, to: "second ran")
                return 1
            }
            shared.add(shared.count("second ran"), to: "second ran before spawn returned")
            shared.add(1, to: "second spawned")
        }
        pool.waitUntilDone()
        #expect(shared.count("second ran before spawn returned") == 0)
        #expect(shared.count("second ran") == 1)
        #expect(shared.all == [0, 1])
    }

    @Test("A unit never has more than the window of outputs undelivered", arguments: [1, 2, 4])
    func boundedWhileStreaming(jobs: Int) {
        let window = 5
        let shared = Shared()
        let pool = OrderedWorkPool<Int>(jobs: jobs, window: window) { value in
            shared.append(value)
            shared.add(1, to: "delivered")
        }
        pool.submit { outputs in
            for part in 0..<200 {
                outputs.spawn {
                    usleep(OrderedWorkPoolTests.delay(0, part) / 4)
                    return part
                }
                // Everything spawned so far, minus what has gone out, is at most what the pool holds.
                shared.keepMaximum(part + 1 - shared.count("delivered"), as: "held")
            }
        }
        pool.waitUntilDone()
        #expect(shared.count("held") <= window)
        #expect(shared.all == Array(0..<200))
    }

    @Test("A unit behind a slow one stops at the window until its turn comes")
    func boundedBehindSlowUnit() {
        let window = 3
        let shared = Shared()
        let pool = OrderedWorkPool<Int>(jobs: 2, window: window) { shared.append($0) }
        pool.submit { outputs in
            // Let the next unit run as far as it can, then look how far it got.
            _ = shared.wait(until: { $0.count("second") >= window })
            usleep(50_000)
            shared.add(shared.count("second"), to: "second when first ended")
            outputs.emit(-1)
        }
        pool.submit { outputs in
            for part in 0..<20 {
                outputs.emit(part)
                shared.add(1, to: "second")
            }
        }
        pool.waitUntilDone()
        #expect(shared.count("second when first ended") == window)
        #expect(shared.all == [-1] + Array(0..<20))
    }
}
