/// The sync status line: positions read and committed, lag, rates, counts.
public enum SyncLine {
    public static func format(_ status: SyncStatus.Snapshot, label: String) -> String {
        var line = "\(label): read \(status.readPosition.map { "\($0.file):\($0.position)" } ?? "-")"
            + ", committed \(status.committedPosition.map { "\($0.file):\($0.position)" } ?? "-")"
            + ", lag \(ProgressLine.fixed(status.lagSeconds))s"
            + (status.heartbeatLagSeconds.map { " (heartbeat \(ProgressLine.fixed($0))s)" } ?? "")
            + ", \(ProgressLine.count(Int(status.rowsPerSecond))) rows/s"
            + ", \(ProgressLine.count(Int(status.eventsPerSecond))) events/s"
            + ", \(status.rowsApplied) rows, \(status.ddlApplied) DDL"
        if let paused = status.paused { return line + "; PAUSED: \(paused)" }
        if status.caughtUp { line += ", caught up" }
        if status.safeMode { line += ", safe mode" }
        if status.retries > 0 { line += ", \(status.retries) reconnects (last: \(status.lastRetryError ?? "?"))" }
        return line
    }
}
