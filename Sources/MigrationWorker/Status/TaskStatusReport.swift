import Foundation

/// What `dm run` serves at `/status`: per subtask, the load's progress and the sync's state, as
/// the progress lines show them.
public struct TaskStatusReport: Codable, Sendable {
    public struct Load: Codable, Sendable {
        public var rows: Int
        public var bytes: Int
        public var estimatedRows: Int
        public var chunksDone: Int
        public var chunksPlanned: Int
        public var rowsPerSecond: Double
        public var bytesPerSecond: Double
        public var etaSeconds: Double?
        public var finished: Bool
    }

    public struct Sync: Codable, Sendable {
        public var readPosition: String?
        public var committedPosition: String?
        public var committedGTID: String?
        public var lagSeconds: Double
        public var heartbeatLagSeconds: Double?
        public var rowsPerSecond: Double
        public var eventsPerSecond: Double
        public var rows: Int
        public var events: Int
        public var ddl: Int
        public var caughtUp: Bool
        public var safeMode: Bool
        public var paused: String?
        public var retries: Int
        public var lastRetryError: String?
    }

    public struct Subtask: Codable, Sendable {
        public var source: String
        /// `load`, `sync`, `paused`, `finished`.
        public var stage: String
        public var load: Load?
        public var sync: Sync?
    }

    public var task: String
    public var taskMode: String
    public var subtasks: [Subtask]

    public init(_ run: TaskRun) {
        self.task = run.task.name
        self.taskMode = run.task.taskMode.rawValue
        self.subtasks = run.subtasks.map { subtask in
            let report = subtask.full?.progress.report()
            let load = report.map { report in
                Load(
                    rows: report.rows, bytes: report.bytes, estimatedRows: report.estimatedRows, chunksDone: report.chunksDone,
                    chunksPlanned: report.chunksPlanned, rowsPerSecond: report.rowsPerSecond, bytesPerSecond: report.bytesPerSecond,
                    etaSeconds: report.eta.map { Double($0.components.seconds) }, finished: report.finished)
            }
            let loading = report.map { !$0.finished } ?? false
            let sync = loading ? nil : subtask.sync.map { unit in
                let status = unit.status.snapshot()
                return Sync(
                    readPosition: status.readPosition?.filePosition, committedPosition: status.committedPosition?.filePosition,
                    committedGTID: status.committedPosition.flatMap { $0.gtidSet.isEmpty ? nil : $0.gtidSet },
                    lagSeconds: status.lagSeconds, heartbeatLagSeconds: status.heartbeatLagSeconds, rowsPerSecond: status.rowsPerSecond,
                    eventsPerSecond: status.eventsPerSecond, rows: status.rowsApplied, events: status.eventsRead, ddl: status.ddlApplied,
                    caughtUp: status.caughtUp, safeMode: status.safeMode, paused: status.paused, retries: status.retries,
                    lastRetryError: status.lastRetryError)
            }
            let stage = loading ? "load" : sync.map { $0.paused == nil ? "sync" : "paused" } ?? "finished"
            return Subtask(source: subtask.source.sourceID, stage: stage, load: load, sync: sync)
        }
    }

    /// Pretty for `/status`; one line (`pretty: false`) for JSON log lines.
    public func json(pretty: Bool = true) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys] : [.sortedKeys]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
