import MySQLProtocol

/// A server-side prepared statement (COM_STMT_PREPARE). Values travel in the binary protocol,
/// so no quoting is involved. Close it when done; it belongs to its connection.
public struct MySQLPreparedStatement: Sendable {
    public let id: UInt32
    public let sql: String
    /// Definitions of the `?` placeholders, as the server describes them.
    public let parameters: [ColumnDefinition41]
    /// Columns of the result set the statement returns (empty for INSERT, UPDATE, ...).
    public let columns: [ColumnDefinition41]
    public let connection: MySQLConnection

    /// Runs the statement with `values` bound to its placeholders and collects the result.
    public func execute(_ values: [MySQLData] = [], timeout: Duration? = nil) async throws -> MySQLQueryResult {
        try self.checkArity(values)
        let connection = self.connection
        let payload = PendingCommand.Payload.execute(statementID: self.id, parameters: values)
        return try await connection.withTimeout(timeout, query: self.sql) { serial in
            try await connection.collect(connection.streamCommand(payload, serial: serial), localInfile: [:], query: self.sql)
        }
    }

    /// Runs the statement and streams its rows with bounded memory.
    public func stream(_ values: [MySQLData] = []) async throws -> MySQLRowStream {
        try self.checkArity(values)
        return try await MySQLRowStream.start(
            self.connection.streamCommand(.execute(statementID: self.id, parameters: values)), connection: self.connection, query: self.sql)
    }

    /// COM_STMT_RESET: discards data of a half-finished execution.
    public func reset() async throws {
        _ = try await self.connection.okCommand(.statement(.stmtReset, self.id))
    }

    /// COM_STMT_CLOSE: frees the statement on the server (the server sends no answer).
    public func close() async throws {
        let promise = self.connection.eventLoop.makePromise(of: Void.self)
        self.connection.send(PendingCommand(payload: .statement(.stmtClose, self.id), sink: .noResponse(promise)))
        try await promise.futureResult.get()
    }

    private func checkArity(_ values: [MySQLData]) throws {
        guard values.count == self.parameters.count else {
            throw MySQLError(.invalidArgument, "statement has \(self.parameters.count) placeholders but \(values.count) values were given", query: self.sql)
        }
    }
}

extension MySQLConnection {
    /// Prepares `sql` on the server (COM_STMT_PREPARE).
    public func prepare(_ sql: String) async throws -> MySQLPreparedStatement {
        let promise = self.eventLoop.makePromise(of: CommandStateMachine.Prepared.self)
        self.send(PendingCommand(payload: .prepare(sql), sink: .prepared(promise)))
        let prepared: CommandStateMachine.Prepared
        do {
            prepared = try await promise.futureResult.get()
        } catch var error as MySQLError {
            error.query = error.query ?? sql
            throw error
        }
        return MySQLPreparedStatement(
            id: prepared.ok.statementID, sql: sql, parameters: prepared.parameters, columns: prepared.columns, connection: self)
    }
}
