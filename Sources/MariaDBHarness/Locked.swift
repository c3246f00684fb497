import Foundation

/// A value guarded by an `NSLock`.
///
/// The harness is used from Swift Testing's parallel tests and from `atexit`, so all shared
/// mutable state goes through this box. `Mutex` (Synchronization) would need macOS 15+.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) {
        self.value = value
    }

    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
