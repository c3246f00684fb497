import ReplicationCore

/// When rows are written idempotently (INSERT as REPLACE, UPDATE as DELETE + REPLACE): always
/// with `safe-mode: true`; up to `until` when the target may already hold changes the sync
/// replays (a start from the task's `meta`, a load resumed from a later snapshot or read
/// without one); and until `deadline` when `safe-mode-duration` is set, as DM does after every
/// start. Restarts from the sync's own checkpoints need none of it: they are exactly once.
struct SafeModeWindow: Sendable {
    var always: Bool
    var until: BinlogPosition?
    var deadline: ContinuousClock.Instant?

    /// Whether an event ending at `end` is applied in safe mode.
    func active(at end: BinlogPosition) -> Bool {
        if self.always { return true }
        if let until = self.until, end.precedes(until) || end == until { return true }
        if let deadline = self.deadline, ContinuousClock.now < deadline { return true }
        return false
    }
}
