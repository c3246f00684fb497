import MySQLProtocol
import NIOCore

extension MySQLConnection {
    /// Runs `sql` (COM_QUERY) and collects every result set.
    ///
    /// - Parameters:
    ///   - localInfile: files the statement may ask for with `LOAD DATA LOCAL INFILE 'name'`,
    ///     by the name used in the statement. Requests for other names are refused.
    ///   - timeout: when the statement runs longer, it is killed on the server
    ///     (`KILL QUERY` over a second connection) and `MySQLError.Code.queryTimeout` is thrown.
    public func query(_ sql: String, localInfile: [String: MySQLLocalInfile] = [:], timeout: Duration? = nil) async throws -> MySQLQueryResult {
        try await self.withTimeout(timeout, query: sql) { serial in
            try await self.collect(self.streamCommand(.query(sql), serial: serial), localInfile: localInfile, query: sql)
        }
    }

    /// Runs a statement given as bytes (COM_QUERY): for SQL whose string literals are not
    /// UTF-8, such as a dump of latin1 data read with `SET NAMES binary`.
    public func query(bytes: [UInt8], timeout: Duration? = nil) async throws -> MySQLQueryResult {
        let text = String(decoding: bytes.prefix(1000), as: UTF8.self)
        return try await self.withTimeout(timeout, query: text) { serial in
            try await self.collect(self.streamCommand(.queryBytes(bytes), serial: serial), localInfile: [:], query: text)
        }
    }

    /// Runs `sql` and streams its rows with bounded memory: while the caller is not reading,
    /// the connection stops reading from the socket. Throws before returning when the statement
    /// fails to start (syntax error, ...).
    public func streamQuery(_ sql: String) async throws -> MySQLRowStream {
        try await MySQLRowStream.start(self.streamCommand(.query(sql)), connection: self, query: sql)
    }

    func collect(_ producer: MySQLEventStream.Producer, localInfile: [String: MySQLLocalInfile], query: String?) async throws -> MySQLQueryResult {
        var resultSets: [MySQLResultSet] = []
        var columns: MySQLColumns?
        var rows: [MySQLRow] = []
        do {
            for try await event in producer {
                switch event {
                case .columns(let c):
                    columns = c
                case .row(let row):
                    rows.append(row)
                case .result(let ok):
                    resultSets.append(MySQLResultSet(columns: columns, rows: rows, ok: ok))
                    columns = nil
                    rows = []
                case .localInfile(let name):
                    try await self.sendLocalInfile(named: name, from: localInfile)
                case .binlogEvent:
                    throw MySQLError(.protocolViolation, "binlog event in a query result")
                }
            }
        } catch var error as MySQLError {
            if error.query == nil { error.query = query }
            throw error
        }
        return MySQLQueryResult(resultSets: resultSets)
    }
}

/// Rows of a streamed query. Iterate it once; rows of every result set arrive in order, each
/// carrying its own column definitions.
public struct MySQLRowStream: AsyncSequence {
    public typealias Element = MySQLRow

    /// Columns of the first result set (nil when the statement returned none).
    public let columns: MySQLColumns?
    private let connection: MySQLConnection
    private let iterator: MySQLEventStream.Producer.AsyncIterator

    static func start(_ producer: MySQLEventStream.Producer, connection: MySQLConnection, query: String) async throws -> MySQLRowStream {
        let iterator = producer.makeAsyncIterator()
        do {
            // Wait for the first event so errors surface here and the columns are known.
            // Results without rows before the first result set are skipped; a statement with no
            // result set at all is read to its end, so its errors are thrown here.
            while let event = try await iterator.next() {
                switch event {
                case .columns(let columns):
                    return MySQLRowStream(columns: columns, connection: connection, iterator: iterator)
                case .result:
                    continue
                case .localInfile(let name):
                    try await connection.sendLocalInfile(named: name, from: [:])
                case .row, .binlogEvent:
                    throw MySQLError(.protocolViolation, "row before its column definitions")
                }
            }
        } catch var error as MySQLError {
            if error.query == nil { error.query = query }
            throw error
        }
        return MySQLRowStream(columns: nil, connection: connection, iterator: iterator)
    }

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(base: self.iterator, connection: self.connection)
    }

    public struct AsyncIterator: AsyncIteratorProtocol {
        var base: MySQLEventStream.Producer.AsyncIterator
        let connection: MySQLConnection

        public mutating func next() async throws -> MySQLRow? {
            while let event = try await self.base.next() {
                switch event {
                case .row(let row): return row
                case .columns, .result, .binlogEvent: continue
                case .localInfile(let name): try await self.connection.sendLocalInfile(named: name, from: [:])
                }
            }
            return nil
        }
    }
}
