/// The status as Prometheus metrics (text exposition format 0.0.4), served at `/metrics`.
public enum PrometheusText {
    public static func metrics(_ report: TaskStatusReport) -> String {
        var families: [(name: String, help: String, type: String, samples: [String])] = [
            ("dm_load_rows_total", "Rows loaded by the full migration.", "counter", []),
            ("dm_load_bytes_total", "Bytes of row data loaded by the full migration.", "counter", []),
            ("dm_load_estimated_rows", "Rows the source tables hold (estimate).", "gauge", []),
            ("dm_load_finished", "1 once the full migration is complete.", "gauge", []),
            ("dm_sync_rows_total", "Row changes committed by the sync in this run.", "counter", []),
            ("dm_sync_events_total", "Binlog events read by the sync in this run.", "counter", []),
            ("dm_sync_ddl_total", "DDL statements applied by the sync in this run.", "counter", []),
            ("dm_sync_lag_seconds", "Seconds between now and the timestamp of the last event read.", "gauge", []),
            ("dm_sync_heartbeat_lag_seconds", "Lag measured from the heartbeat table (enable-heartbeat).", "gauge", []),
            ("dm_sync_committed_binlog_position", "Binlog position up to which everything is committed in the target.", "gauge", []),
            ("dm_sync_paused", "1 while the sync waits for an operator or a shard DDL lock.", "gauge", []),
            ("dm_sync_safe_mode", "1 while rows are written in safe mode.", "gauge", []),
            ("dm_sync_reconnects_total", "Times the sync reconnected after a lost connection.", "counter", []),
        ]
        func add(_ name: String, _ labels: String, _ value: Double) {
            guard let index = families.firstIndex(where: { $0.name == name }) else { return }
            families[index].samples.append("\(name){\(labels)} \(Self.number(value))")
        }
        for subtask in report.subtasks {
            let labels = "task=\(Self.quoted(report.task)),source=\(Self.quoted(subtask.source))"
            if let load = subtask.load {
                add("dm_load_rows_total", labels, Double(load.rows))
                add("dm_load_bytes_total", labels, Double(load.bytes))
                add("dm_load_estimated_rows", labels, Double(load.estimatedRows))
                add("dm_load_finished", labels, load.finished ? 1 : 0)
            }
            if let sync = subtask.sync {
                add("dm_sync_rows_total", labels, Double(sync.rows))
                add("dm_sync_events_total", labels, Double(sync.events))
                add("dm_sync_ddl_total", labels, Double(sync.ddl))
                add("dm_sync_lag_seconds", labels, sync.lagSeconds)
                if let lag = sync.heartbeatLagSeconds { add("dm_sync_heartbeat_lag_seconds", labels, lag) }
                if let position = sync.committedPosition, let colon = position.lastIndex(of: ":"), let offset = Double(position[position.index(after: colon)...]) {
                    add("dm_sync_committed_binlog_position", labels + ",binlog_file=\(Self.quoted(String(position[..<colon])))", offset)
                }
                add("dm_sync_paused", labels, sync.paused == nil ? 0 : 1)
                add("dm_sync_safe_mode", labels, sync.safeMode ? 1 : 0)
                add("dm_sync_reconnects_total", labels, Double(sync.retries))
            }
        }
        return families.map { family in
            (["# HELP \(family.name) \(family.help)", "# TYPE \(family.name) \(family.type)"] + family.samples).joined(separator: "\n")
        }.joined(separator: "\n") + "\n"
    }

    /// A label value with `\`, `"` and newlines escaped.
    static func quoted(_ value: String) -> String {
        "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n") + "\""
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
