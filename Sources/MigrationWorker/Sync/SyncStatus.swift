import Foundation
import Synchronization

/// What the sync unit reports while it runs: positions, counts, rates and lag.
public final class SyncStatus: Sendable {
    public struct Snapshot: Sendable {
        /// The last event read from the source.
        public var readPosition: BinlogPosition?
        /// Everything read up to here is committed in the target (appliers with nothing
        /// outstanding count as far as the reader has handed transactions out).
        public var committedPosition: BinlogPosition?
        public var eventsRead: Int
        public var rowsApplied: Int
        public var ddlApplied: Int
        /// Seconds between the last read event's timestamp and now.
        public var lagSeconds: Double
        public var rowsPerSecond: Double
        public var eventsPerSecond: Double
        public var caughtUp: Bool
        /// The last error that made the unit reconnect, and how many times it did.
        public var lastRetryError: String?
        public var retries: Int
        /// Why the unit waits for an operator (a DDL the target refused, and what to do).
        public var paused: String?
        /// Rows are written idempotently (REPLACE) for now.
        public var safeMode: Bool
        /// With `enable-heartbeat`: seconds between the last heartbeat row read from the binlog
        /// and the time it was written upstream.
        public var heartbeatLagSeconds: Double?
    }

    private struct State {
        var read: BinlogPosition?
        var perApplier: [Int: BinlogPosition] = [:]
        var dispatched: [Int: BinlogPosition] = [:]
        /// The end of the last transaction or DDL the reader handed out (or skipped).
        var handled: BinlogPosition?
        var events = 0
        var rows = 0
        var ddl = 0
        var lastEventTime: UInt32 = 0
        var start = ContinuousClock.now
        var caughtUp = false
        var lastRetryError: String?
        var retries = 0
        var paused: String?
        var safeMode = false
        var heartbeatLag: Double?
    }

    private let state = Mutex(State())

    public init() {}

    func started(appliers: [Int: BinlogPosition]) {
        self.state.withLock {
            $0.perApplier = appliers
            $0.dispatched = [:]
            $0.handled = nil
            $0.start = .now
        }
    }

    func read(_ position: BinlogPosition, timestamp: UInt32) {
        self.state.withLock { state in
            state.read = position
            state.events += 1
            if timestamp > 0 { state.lastEventTime = timestamp }
        }
    }

    func retrying(_ error: String) {
        self.state.withLock {
            $0.lastRetryError = error
            $0.retries += 1
        }
    }

    func safeMode(_ on: Bool) {
        self.state.withLock { $0.safeMode = on }
    }

    func heartbeat(lagSeconds: Double) {
        self.state.withLock { $0.heartbeatLag = lagSeconds }
    }

    func pause(_ reason: String?) {
        self.state.withLock { $0.paused = reason }
    }

    /// The source has no more events for now (a heartbeat after the last one).
    func idle() {
        self.state.withLock { $0.caughtUp = true }
    }

    func busy() {
        self.state.withLock { $0.caughtUp = false }
    }

    func dispatched(applier: Int, position: BinlogPosition) {
        self.state.withLock { $0.dispatched[applier] = position }
    }

    func handled(_ position: BinlogPosition) {
        self.state.withLock { $0.handled = position }
    }

    func committed(applier: Int, position: BinlogPosition, rows: Int) {
        self.state.withLock { state in
            state.perApplier[applier] = position
            state.rows += rows
        }
    }

    func ddl(at position: BinlogPosition, appliers: Int) {
        self.state.withLock { state in
            for id in 0..<appliers {
                state.perApplier[id] = position
                state.dispatched[id] = position
            }
            state.handled = position
            state.ddl += 1
        }
    }

    public func snapshot() -> Snapshot {
        self.state.withLock { state in
            // An applier with nothing outstanding is as far as the reader has handed out.
            let committed = state.perApplier.map { id, position -> BinlogPosition in
                guard let handled = state.handled, state.dispatched[id] == nil || state.dispatched[id] == position else { return position }
                return position.precedes(handled) ? handled : position
            }.min { $0.precedes($1) }
            let elapsed = ContinuousClock.now - state.start
            let seconds = max(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18, 1e-3)
            let now = Double(UInt64(Date.now.timeIntervalSince1970))
            let lag = state.lastEventTime == 0 || state.caughtUp ? 0 : max(0, now - Double(state.lastEventTime))
            return Snapshot(
                readPosition: state.read, committedPosition: committed, eventsRead: state.events, rowsApplied: state.rows,
                ddlApplied: state.ddl, lagSeconds: lag, rowsPerSecond: Double(state.rows) / seconds, eventsPerSecond: Double(state.events) / seconds, caughtUp: state.caughtUp,
                lastRetryError: state.lastRetryError, retries: state.retries, paused: state.paused, safeMode: state.safeMode,
                heartbeatLagSeconds: state.heartbeatLag)
        }
    }
}
