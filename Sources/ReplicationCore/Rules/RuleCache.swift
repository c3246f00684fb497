import Synchronization

/// A bounded memo of rule decisions per name, shared by the threads of a task.
///
/// Rule engines answer the same question for every row of a table, so they remember the answer.
/// The cache is emptied when it reaches `capacity` (DM's selector does the same at 1024 entries):
/// the set of tables is normally small, and a task that touches very many tables only pays for
/// recomputing.
final class RuleCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let storage = Mutex<[Key: Value]>([:])
    private let capacity: Int

    init(capacity: Int = 4096) {
        self.capacity = capacity
    }

    /// The remembered value for `key`, computing and remembering it on a miss. `compute` runs
    /// outside the lock, so two threads may both compute the same (deterministic) value.
    func value(for key: Key, compute: () throws -> Value) rethrows -> Value {
        if let cached = storage.withLock({ $0[key] }) { return cached }
        let value = try compute()
        storage.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = value
        }
        return value
    }
}
