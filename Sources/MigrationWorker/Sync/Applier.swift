import MySQLClient
import ReplicationCore
import Synchronization

/// The rows one source transaction gives one applier, and where that transaction ends. A
/// large transaction arrives in several parts: all but the last have `final` false and are
/// applied inside one open target transaction, committed with the last.
struct TransactionPart: Sendable {
    var jobs: [RowJob]
    var end: BinlogPosition
    var final = true
    let bytes: Int

    init(jobs: [RowJob], end: BinlogPosition, final: Bool = true) {
        self.jobs = jobs
        self.end = end
        self.final = final
        self.bytes = jobs.reduce(0) { $0 + $1.byteCount }
    }
}

/// One target connection applying transaction parts in order. Consecutive parts are batched
/// (up to `batchRows` rows or `batchBytes` of SQL) into one target transaction that also moves this applier's
/// checkpoint to the end of the last part: the rows and the checkpoint commit together.
final class Applier: Sendable {
    enum Command: Sendable {
        case part(TransactionPart)
        case drain(CheckedContinuation<Void, any Error>)
    }

    let id: Int
    let connection: MySQLConnection
    let checkpoint: SyncCheckpoint
    let batchRows: Int
    let mode: Mode

    /// `syncers.compact` and `syncers.multiple-rows`.
    struct Mode: Sendable {
        var compact = false
        var multipleRows = false
    }
    let onCommit: @Sendable (Int, BinlogPosition, Int) -> Void
    private let commands: AsyncStream<Command>
    private let input: AsyncStream<Command>.Continuation
    /// Rows and bytes submitted and not yet committed; the reader waits while either is high.
    private let state = Mutex(State())

    private struct State {
        var queuedRows = 0
        var queuedBytes = 0
        var high: Bool { self.queuedRows > Applier.highWater || self.queuedBytes > Applier.highWaterBytes }
        var failure: (any Error)?
        var waiters: [CheckedContinuation<Void, any Error>] = []
    }

    static let highWater = 20_000
    static let highWaterBytes = 16 << 20
    static let batchBytes = 4 << 20

    init(
        id: Int, connection: MySQLConnection, checkpoint: SyncCheckpoint, batchRows: Int, mode: Mode = Mode(),
        onCommit: @escaping @Sendable (Int, BinlogPosition, Int) -> Void
    ) {
        self.id = id
        self.mode = mode
        self.connection = connection
        self.checkpoint = checkpoint
        self.batchRows = max(1, batchRows)
        self.onCommit = onCommit
        (self.commands, self.input) = AsyncStream.makeStream(of: Command.self)
    }

    /// Queues a part; waits while this applier is far behind (bounded memory).
    func submit(_ part: TransactionPart) async throws {
        let wait: Bool = try self.state.withLock { state in
            if let failure = state.failure { throw failure }
            state.queuedRows += part.jobs.count
            state.queuedBytes += part.bytes
            return state.high
        }
        self.input.yield(.part(part))
        if wait {
            try await withCheckedThrowingContinuation { continuation in
                let resumeNow: (any Error)?? = self.state.withLock { state in
                    if let failure = state.failure { return .some(failure) }
                    if !state.high { return .some(nil) }
                    state.waiters.append(continuation)
                    return nil
                }
                if let resumeNow {
                    if let error = resumeNow { continuation.resume(throwing: error) } else { continuation.resume() }
                }
            }
        }
    }

    /// Returns once everything submitted before is committed.
    func drain() async throws {
        if let failure = self.state.withLock({ $0.failure }) { throw failure }
        try await withCheckedThrowingContinuation { continuation in
            self.input.yield(.drain(continuation))
        }
    }

    func finish() {
        self.input.finish()
    }

    /// Parts waiting to commit together.
    private struct Batch {
        var parts: [TransactionPart] = []
        var rows = 0
        var bytes = 0

        mutating func append(_ part: TransactionPart) {
            self.parts.append(part)
            self.rows += part.jobs.count
            self.bytes += part.bytes
        }

        mutating func take() -> Batch {
            defer { self = Batch() }
            return self
        }
    }

    /// The applier's loop; ends when `finish()` is called or a statement fails.
    func run() async throws {
        var batch = Batch()
        var streamOpen = false
        do {
            for await command in self.commands {
                switch command {
                case .part(let part) where !part.final || streamOpen:
                    try await self.commit(batch.take())
                    try await self.stream(part, open: &streamOpen)
                case .part(let part):
                    batch.append(part)
                    let queued = self.state.withLock { $0.queuedRows }
                    // Commit when the batch is full or nothing else waits behind it.
                    if batch.rows >= self.batchRows || batch.bytes >= Self.batchBytes || queued <= batch.rows {
                        try await self.commit(batch.take())
                    }
                case .drain(let continuation):
                    do {
                        try await self.commit(batch.take())
                    } catch {
                        continuation.resume(throwing: error)
                        throw error
                    }
                    continuation.resume()
                }
            }
        } catch {
            self.fail(error)
            throw error
        }
    }

    private func fail(_ error: any Error) {
        let waiters = self.state.withLock { state in
            state.failure = error
            defer { state.waiters = [] }
            return state.waiters
        }
        for waiter in waiters { waiter.resume(throwing: error) }
        self.input.finish()
        // Pending drains are answered with the failure.
        Task {
            for await command in self.commands {
                if case .drain(let continuation) = command { continuation.resume(throwing: error) }
            }
        }
    }

    /// One part of a large transaction: applied inside a target transaction left open until
    /// the final part, which commits it with the checkpoint.
    private func stream(_ part: TransactionPart, open: inout Bool) async throws {
        let enumErrors = Set(part.jobs.flatMap(\.enumErrorColumns))
        var current = ""
        do {
            if !open {
                _ = try await self.connection.query("BEGIN")
                open = true
            }
            for statement in Self.batched(Self.statements(part.jobs, mode: self.mode), alone: !enumErrors.isEmpty) {
                current = statement
                try await self.execute(statement, enumErrors: enumErrors)
            }
            if part.final {
                current = "(checkpoint)"
                _ = try await self.connection.query(self.checkpoint.saveSQL(applier: self.id, position: part.end))
                _ = try await self.connection.query("COMMIT")
                open = false
            }
        } catch {
            _ = try? await self.connection.query("ROLLBACK")
            open = false
            throw MigrationError(
                "applier \(self.id): the target refused a statement of the large transaction ending at or after \(part.end): \(error)\nstatement: \(current.prefix(2000))",
                underlying: error)
        }
        self.released(rows: part.jobs.count, bytes: part.bytes)
        if part.final { self.onCommit(self.id, part.end, part.jobs.count) }
    }

    private func released(rows: Int, bytes: Int) {
        let waiters = self.state.withLock { state in
            state.queuedRows -= rows
            state.queuedBytes -= bytes
            guard !state.high else { return [CheckedContinuation<Void, any Error>]() }
            defer { state.waiters = [] }
            return state.waiters
        }
        for waiter in waiters { waiter.resume() }
    }

    private func commit(_ batch: Batch) async throws {
        guard let end = batch.parts.last?.end else { return }
        let jobs = batch.parts.flatMap(\.jobs)
        let statements = Self.statements(jobs, mode: self.mode)
        let enumErrors = Set(jobs.flatMap(\.enumErrorColumns))
        var current = ""
        do {
            if enumErrors.isEmpty {
                // One round trip for a batch that fits in one query: BEGIN, the rows, the
                // checkpoint and COMMIT travel together (a failing statement stops the rest,
                // and the open transaction is rolled back below).
                var queries = Self.batched(statements)
                let checkpoint = self.checkpoint.saveSQL(applier: self.id, position: end)
                if queries.isEmpty { queries = ["BEGIN;\n\(checkpoint);\nCOMMIT"] } else {
                    queries[0] = "BEGIN;\n" + queries[0]
                    queries[queries.count - 1] += ";\n\(checkpoint);\nCOMMIT"
                }
                for (number, query) in queries.enumerated() {
                    current = query
                    let result = try await self.connection.query(query)
                    // The rows' statements only: BEGIN, and the checkpoint and COMMIT (whose
                    // VALUES() some servers flag as deprecated), are not checked.
                    let first = number == 0 ? 1 : 0
                    let last = result.resultSets.count - (number == queries.count - 1 ? 2 : 0)
                    if let index = result.resultSets.indices.first(where: { $0 >= first && $0 < last && result.resultSets[$0].warnings > 0 }) {
                        throw MigrationError("statement \(index + 1) of a batch made the target warn (\(result.resultSets[index].warnings) warnings); a row may have changed")
                    }
                }
            } else {
                _ = try await self.connection.query("BEGIN")
                for statement in Self.batched(statements, alone: true) {
                    current = statement
                    try await self.execute(statement, enumErrors: enumErrors)
                }
                current = "(checkpoint)"
                _ = try await self.connection.query(self.checkpoint.saveSQL(applier: self.id, position: end))
                _ = try await self.connection.query("COMMIT")
            }
        } catch {
            _ = try? await self.connection.query("ROLLBACK")
            throw MigrationError(
                "applier \(self.id): the target refused a statement of the transactions ending at \(end): \(error)\nstatement: \(current.prefix(2000))",
                underlying: error)
        }
        self.released(rows: batch.rows, bytes: batch.bytes)
        self.onCommit(self.id, end, batch.rows)
    }

    /// Runs one batch of statements. SHOW WARNINGS tells only of the last statement, so a
    /// warning from an earlier one is an error (batches holding ENUM error values, the one
    /// accepted warning, run one statement at a time).
    private func execute(_ sql: String, enumErrors: Set<String>) async throws {
        let result = try await self.connection.query(sql)
        for (index, set) in result.resultSets.enumerated() where set.warnings > 0 {
            guard index == result.resultSets.count - 1 else {
                throw MigrationError("statement \(index + 1) of a batch made the target warn (\(set.warnings) warnings); a row may have changed")
            }
            try await TargetSession.checkWarnings(on: self.connection, enumColumns: enumErrors)
        }
    }

    /// Statements joined into multi-statement queries of up to about 1 MiB: one round trip
    /// for many single-row UPDATEs and DELETEs.
    static func batched(_ statements: [String], alone: Bool = false) -> [String] {
        if alone { return statements }
        var batches: [String] = []
        var current: [String] = []
        var size = 0
        for statement in statements {
            if size + statement.utf8.count > 1 << 20 && !current.isEmpty {
                batches.append(current.joined(separator: ";\n"))
                current = []
                size = 0
            }
            current.append(statement)
            size += statement.utf8.count + 2
        }
        if !current.isEmpty { batches.append(current.joined(separator: ";\n")) }
        return batches
    }

    /// Consecutive inserts into one table share a statement (up to about 1 MiB). With
    /// `compact`, changes to one row merge first; with `multiple-rows`, rows of tables where
    /// order cannot matter become one statement per table and kind (`RowMerger`).
    static func statements(_ jobs: [RowJob], mode: Mode = Mode()) -> [String] {
        var jobs = mode.compact ? RowCompactor.compact(jobs) : jobs
        var merged: [String] = []
        if mode.multipleRows { (merged, jobs) = RowMerger.merge(jobs) }
        var statements: [String] = []
        var head: String?
        var values: [String] = []
        var size = 0
        func flush() {
            if let head, !values.isEmpty { statements.append(head + values.joined(separator: ",")) }
            head = nil
            values = []
            size = 0
        }
        for job in jobs {
            if let insert = job.insert {
                if insert.head != head || size > 1 << 20 {
                    flush()
                    head = insert.head
                }
                values.append(insert.values)
                size += insert.values.utf8.count
            } else {
                flush()
                statements.append(contentsOf: job.statements)
            }
        }
        flush()
        return statements + merged
    }
}
