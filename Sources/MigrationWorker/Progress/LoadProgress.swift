import ReplicationCore
import Synchronization

/// Progress of a full migration, updated by the workers and read by the CLI and status API.
public final class LoadProgress: Sendable {
    public struct TableProgress: Sendable, Hashable {
        public var table: TableName
        public var target: TableName
        /// From information_schema (an estimate): the denominator of percentages and ETA.
        public var estimatedRows: Int
        public var rows = 0
        public var bytes = 0
        public var chunksDone = 0
        public var chunksPlanned = 0
        /// All chunks of the table are cut (`chunksPlanned` is the total).
        public var planComplete = false
    }

    /// What `report()` returns: per table and overall, with rates since the start.
    public struct Report: Sendable {
        public var tables: [TableProgress]
        public var rows: Int
        public var bytes: Int
        public var estimatedRows: Int
        public var chunksDone: Int
        public var chunksPlanned: Int
        public var elapsed: Duration
        public var rowsPerSecond: Double
        public var bytesPerSecond: Double
        /// Nil until there is a rate to extrapolate from.
        public var eta: Duration?
        public var finished: Bool
    }

    private struct State {
        var tables: [TableName: TableProgress] = [:]
        var order: [TableName] = []
        var start = ContinuousClock.now
        /// Rows already loaded by an earlier run: not part of this run's rate.
        var resumedRows = 0
        var finished = false
    }

    private let state = Mutex(State())

    public init() {}

    func register(_ table: SourceTable) {
        self.state.withLock { state in
            if state.tables[table.name] == nil { state.order.append(table.name) }
            state.tables[table.name] = TableProgress(table: table.name, target: table.target, estimatedRows: table.estimatedRows)
        }
    }

    func start() {
        self.state.withLock { $0.start = .now }
    }

    func resumed(_ table: TableName, rows: Int, bytes: Int, chunks: Int) {
        self.state.withLock { state in
            state.tables[table]?.rows += rows
            state.tables[table]?.bytes += bytes
            state.tables[table]?.chunksDone += chunks
            state.resumedRows += rows
        }
    }

    func planned(_ table: TableName, chunks: Int, complete: Bool) {
        self.state.withLock { state in
            state.tables[table]?.chunksPlanned = chunks
            if complete { state.tables[table]?.planComplete = true }
        }
    }

    func loading(_ table: TableName, rows: Int, bytes: Int) {
        self.state.withLock { state in
            state.tables[table]?.rows += rows
            state.tables[table]?.bytes += bytes
        }
    }

    /// A chunk's rows were rolled back (its load failed): take them out again.
    func rolledBack(_ table: TableName, rows: Int, bytes: Int) {
        self.loading(table, rows: -rows, bytes: -bytes)
    }

    func chunkDone(_ table: TableName) {
        self.state.withLock { $0.tables[table]?.chunksDone += 1 }
    }

    func finish() {
        self.state.withLock { $0.finished = true }
    }

    public func report() -> Report {
        self.state.withLock { state in
            let tables = state.order.compactMap { state.tables[$0] }
            let rows = tables.reduce(0) { $0 + $1.rows }
            let bytes = tables.reduce(0) { $0 + $1.bytes }
            let estimated = tables.reduce(0) { $0 + max($1.estimatedRows, $1.rows) }
            let elapsed = ContinuousClock.now - state.start
            let seconds = max(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18, 1e-3)
            let rate = Double(rows - state.resumedRows) / seconds
            var eta: Duration?
            if rate > 0, !state.finished { eta = .seconds(Double(max(estimated - rows, 0)) / rate) }
            return Report(
                tables: tables, rows: rows, bytes: bytes, estimatedRows: estimated,
                chunksDone: tables.reduce(0) { $0 + $1.chunksDone }, chunksPlanned: tables.reduce(0) { $0 + $1.chunksPlanned },
                elapsed: elapsed, rowsPerSecond: rate, bytesPerSecond: Double(bytes) / seconds, eta: eta, finished: state.finished)
        }
    }
}
