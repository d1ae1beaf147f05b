import CytoLens
import Foundation
import Testing

@Suite("Ordered work pool")
struct OrderedWorkPoolTests {
    final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [Int] = []
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
    }

    @Test("Outputs arrive in submission order whatever the jobs and the work time", arguments: [1, 2, 4])
    func deliversInOrder(jobs: Int) {
        let collected = Collected()
        let pool = OrderedWorkPool<Int>(jobs: jobs, window: 3) { collected.append($0) }
        for unit in 0..<40 {
            pool.submit { emit in
                // Later units finish first, so ordering has to be restored.
                usleep(useconds_t((40 - unit) % 7 * 300))
                for part in 0..<3 { emit(unit * 10 + part) }
            }
        }
        pool.waitUntilDone()
        #expect(collected.all == (0..<40).flatMap { unit in (0..<3).map { unit * 10 + $0 } })
    }
}
