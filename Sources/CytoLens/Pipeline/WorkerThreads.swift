import Foundation

/// Runs every task at once on a thread of its own: an idle thread that has finished an earlier
/// task takes it, else a new thread starts.
///
/// A task never waits in a queue for a thread, so a task may block until another task has run
/// (the reader of an input waits for the articles it handed out) without ever deadlocking. How
/// many tasks compute at once is the caller's business (``OrderedWorkPool`` counts its jobs);
/// the number of threads is the largest number of tasks ever running together.
final class WorkerThreads: @unchecked Sendable {
    private let condition = NSCondition()
    // Guarded by `condition`.
    private var handedOut: [@Sendable () -> Void] = []
    private var idle = 0
    private var stopped = false

    /// Runs `task` on an idle thread, or on a new one when none is idle.
    func run(_ task: @escaping @Sendable () -> Void) {
        condition.lock()
        // Every task handed out has an idle thread of its own waiting to take it.
        if idle > handedOut.count {
            handedOut.append(task)
            condition.signal()
            condition.unlock()
            return
        }
        condition.unlock()
        Thread {
            task()
            self.serve()
        }.start()
    }

    /// Lets the idle threads end, and every busy one when its task is done.
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }

    /// Takes the tasks handed out, one at a time, until stopped.
    private func serve() {
        condition.lock()
        while true {
            idle += 1
            while handedOut.isEmpty && !stopped { condition.wait() }
            idle -= 1
            if handedOut.isEmpty { break }
            let task = handedOut.removeFirst()
            condition.unlock()
            task()
            condition.lock()
        }
        condition.unlock()
    }
}
