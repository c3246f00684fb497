import NIOConcurrencyHelpers
import NIOCore

/// Which command the server is running now, and since when. Lets a timeout measure from the
/// moment its statement reached the server (not while it waited in the queue) and kill only
/// that statement.
final class CommandTracker: Sendable {
    private let running = NIOLockedValueBox<(serial: UInt64, since: NIODeadline)?>(nil)
    private let counter = NIOLockedValueBox<UInt64>(0)

    func nextSerial() -> UInt64 {
        self.counter.withLockedValue {
            $0 += 1
            return $0
        }
    }

    func started(_ serial: UInt64) { self.running.withLockedValue { $0 = (serial, .now()) } }
    func finished() { self.running.withLockedValue { $0 = nil } }

    /// When `serial` started running, or nil while it is queued or after it finished.
    func startTime(of serial: UInt64) -> NIODeadline? {
        self.running.withLockedValue { $0?.serial == serial ? $0?.since : nil }
    }
}
