import ReplicationCore

/// `shard-mode: pessimistic` for the subtasks of one `dm run`: tables of several sources
/// routed into one target table form a shard group, and a DDL on one of them runs on the target
/// only once every member table has reached the same DDL.
///
/// A member that arrives first blocks its source's stream at the DDL (its later rows wait with
/// it) until the last member arrives; the last one runs the DDL and records, in the target, that
/// every member's DDL is done (`ShardDDLRecord`), then releases the others, which only move their
/// checkpoints past it. A member re-reading a DDL that is recorded as done (after a restart, or
/// a reconnect while it waited) does not wait again.
public actor ShardDDLCoordinator {
    /// One shard table: the source and the table's name there.
    public struct Member: Hashable, Sendable, CustomStringConvertible {
        public var source: String
        public var table: TableName
        public var description: String { "\(self.source):\(self.table)" }
    }

    /// A member's arrival at a DDL.
    public struct Arrival: Sendable {
        public var member: Member
        /// The DDL after routing, printed canonically: members must agree on it. nil: the
        /// operator skipped this member's DDL, which agrees with any.
        public var statement: String?
        /// The routed statements to run (nil with `statement`).
        public var statements: [String]?
        /// The DDL event's start in the member's source binlog.
        public var position: BinlogPosition
    }

    /// What the last member to arrive runs: the group's statements, and where every member
    /// reached them (for the record).
    public struct Resolution: Sendable {
        public var statements: [String]
        public var arrivals: [Member: BinlogPosition]
        /// The caller had arrived at this DDL before (it ran the statements and the target
        /// refused them, or it restarted): an operator's decision for it now says what runs.
        public var again: Bool
    }

    private struct Lock {
        var statement: String?
        var statements: [String]?
        var first: Member
        var arrived: [Member: BinlogPosition] = [:]
        var waiters: [Member: CheckedContinuation<Void, any Error>] = [:]
    }

    private let sourceCount: Int
    private var tables: [String: [TableName: TableName]] = [:]
    private var registrationWaiters: [CheckedContinuation<Void, Never>] = []
    private var locks: [TableName: Lock] = [:]

    /// `sourceCount`: how many subtasks take part (the task's `mysql-instances`).
    public init(sourceCount: Int) {
        self.sourceCount = sourceCount
    }

    /// A subtask's replicated tables and their routed targets; locks wait until every subtask
    /// has said which tables it has.
    public func register(source: String, tables: [TableName: TableName]) {
        self.tables[source] = tables
        if self.tables.count >= self.sourceCount {
            for waiter in self.registrationWaiters { waiter.resume() }
            self.registrationWaiters = []
        }
    }

    /// The member tables of the shard group `target` belongs to.
    public func members(of target: TableName) async -> [Member] {
        if self.tables.count < self.sourceCount {
            await withCheckedContinuation { self.registrationWaiters.append($0) }
        }
        var members: [Member] = []
        for (source, tables) in self.tables {
            for (table, routed) in tables where routed == target { members.append(Member(source: source, table: table)) }
        }
        return members.sorted { $0.description < $1.description }
    }

    /// Waits until every member of `target`'s group has arrived at the same DDL. Returns the
    /// resolution when the caller is the last to arrive: it runs the statements (every member
    /// skipped by an operator: none), records them, and calls `release`. Returns nil to the
    /// others once released.
    public func arrive(_ arrival: Arrival, target: TableName) async throws -> Resolution? {
        let members = await self.members(of: target)
        let member = arrival.member
        var lock = self.locks[target] ?? Lock(statement: arrival.statement, statements: arrival.statements, first: member)
        let again = lock.arrived[member] == arrival.position
        if lock.statement == nil { (lock.statement, lock.statements, lock.first) = (arrival.statement, arrival.statements, member) }
        if !again, let statement = arrival.statement, let held = lock.statement, statement != held {
            throw ShardDDLConflict(
                description: "shard DDL conflict on \(target): \(member) at \(arrival.position.filePosition) sent `\(statement)` "
                    + "but \(lock.first) sent `\(held)`; every shard of a pessimistic shard group must run the same DDL. "
                    + "Replace this one with `dm binlog replace -s \(member.source) -b \(arrival.position.filePosition) TASK.yaml \"STATEMENT\"`, "
                    + "or skip it (it then takes the others' DDL) with `dm binlog skip -s \(member.source) -b \(arrival.position.filePosition) TASK.yaml`")
        }
        let others = members.filter { $0.source == member.source && $0 != member && lock.arrived[$0] == nil }
        if !others.isEmpty {
            throw MigrationError(
                "shard DDL on \(target): \(member) reached `\(arrival.statement ?? "(skipped)")` while \(others.map(\.description).joined(separator: ", ")) "
                    + "of the same source has not; pessimistic mode with several tables of one source in one shard group is not supported yet")
        }
        lock.arrived[member] = arrival.position
        if members.allSatisfy({ lock.arrived[$0] != nil }) {
            self.locks[target] = lock
            return Resolution(statements: lock.statements ?? [], arrivals: lock.arrived, again: again)
        }
        self.locks[target] = lock
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                self.locks[target]?.waiters[member]?.resume(throwing: CancellationError())
                self.locks[target]?.waiters[member] = continuation
            }
        } onCancel: {
            Task { await self.cancelled(member, target: target) }
        }
        return nil
    }

    /// The DDL ran and is recorded: every waiting member goes on.
    public func release(_ target: TableName) {
        guard let lock = self.locks.removeValue(forKey: target) else { return }
        for waiter in lock.waiters.values { waiter.resume() }
    }

    private func cancelled(_ member: Member, target: TableName) {
        guard let waiter = self.locks[target]?.waiters.removeValue(forKey: member) else { return }
        waiter.resume(throwing: CancellationError())
    }
}

/// Two shards of one group reached different DDL.
struct ShardDDLConflict: Error, CustomStringConvertible {
    var description: String
}
