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
}

/// One target connection applying transaction parts in order. Consecutive parts are batched
/// (up to `batchRows` rows) into one target transaction that also moves this applier's
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
    let onCommit: @Sendable (Int, BinlogPosition, Int) -> Void
    private let commands: AsyncStream<Command>
    private let input: AsyncStream<Command>.Continuation
    /// Rows submitted and not yet committed; the reader waits while it is high.
    private let state = Mutex(State())

    private struct State {
        var queuedRows = 0
        var failure: (any Error)?
        var waiters: [CheckedContinuation<Void, any Error>] = []
    }

    static let highWater = 20_000

    init(id: Int, connection: MySQLConnection, checkpoint: SyncCheckpoint, batchRows: Int, onCommit: @escaping @Sendable (Int, BinlogPosition, Int) -> Void) {
        self.id = id
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
            return state.queuedRows > Self.highWater
        }
        self.input.yield(.part(part))
        if wait {
            try await withCheckedThrowingContinuation { continuation in
                let resumeNow: (any Error)?? = self.state.withLock { state in
                    if let failure = state.failure { return .some(failure) }
                    if state.queuedRows <= Self.highWater { return .some(nil) }
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

    /// The applier's loop; ends when `finish()` is called or a statement fails.
    func run() async throws {
        var batch: [TransactionPart] = []
        var batchCount = 0
        var streamOpen = false
        do {
            for await command in self.commands {
                switch command {
                case .part(let part) where !part.final || streamOpen:
                    if !batch.isEmpty {
                        try await self.commit(batch, rows: batchCount)
                        batch = []
                        batchCount = 0
                    }
                    try await self.stream(part, open: &streamOpen)
                case .part(let part):
                    batch.append(part)
                    batchCount += part.jobs.count
                    let queued = self.state.withLock { $0.queuedRows }
                    // Commit when the batch is full or nothing else waits behind it.
                    if batchCount >= self.batchRows || queued <= batchCount {
                        try await self.commit(batch, rows: batchCount)
                        batch = []
                        batchCount = 0
                    }
                case .drain(let continuation):
                    if !batch.isEmpty {
                        do {
                            try await self.commit(batch, rows: batchCount)
                        } catch {
                            continuation.resume(throwing: error)
                            throw error
                        }
                        batch = []
                        batchCount = 0
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
            for statement in Self.batched(Self.statements(part.jobs), alone: !enumErrors.isEmpty) {
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
        self.released(rows: part.jobs.count)
        if part.final { self.onCommit(self.id, part.end, part.jobs.count) }
    }

    private func released(rows: Int) {
        let waiters = self.state.withLock { state in
            state.queuedRows -= rows
            guard state.queuedRows <= Self.highWater else { return [CheckedContinuation<Void, any Error>]() }
            defer { state.waiters = [] }
            return state.waiters
        }
        for waiter in waiters { waiter.resume() }
    }

    private func commit(_ parts: [TransactionPart], rows: Int) async throws {
        guard let end = parts.last?.end else { return }
        let jobs = parts.flatMap(\.jobs)
        let statements = Self.statements(jobs)
        let enumErrors = Set(jobs.flatMap(\.enumErrorColumns))
        var current = ""
        do {
            _ = try await self.connection.query("BEGIN")
            for statement in Self.batched(statements, alone: !enumErrors.isEmpty) {
                current = statement
                try await self.execute(statement, enumErrors: enumErrors)
            }
            current = "(checkpoint)"
            _ = try await self.connection.query(self.checkpoint.saveSQL(applier: self.id, position: end))
            _ = try await self.connection.query("COMMIT")
        } catch {
            _ = try? await self.connection.query("ROLLBACK")
            throw MigrationError(
                "applier \(self.id): the target refused a statement of the transactions ending at \(end): \(error)\nstatement: \(current.prefix(2000))",
                underlying: error)
        }
        self.released(rows: rows)
        self.onCommit(self.id, end, rows)
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

    /// Consecutive inserts into one table share a statement (up to about 1 MiB).
    static func statements(_ jobs: [RowJob]) -> [String] {
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
        return statements
    }
}
