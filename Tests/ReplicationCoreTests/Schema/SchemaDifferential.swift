import ReplicationCore
import SQLSyntax

/// Applies statements to a real server and to a schema tracker side by side, and after every
/// statement compares what information_schema shows with what the tracker holds. Both must
/// accept or both refuse each statement; after either, their states must agree (a refused
/// `DROP TABLE a, b` still drops `a`).
struct SchemaDifferential {
    enum ServerOutcome {
        case accepted
        case refused(errorNumber: Int?, message: String)
    }

    /// Runs one statement on the server.
    var execute: (String) async throws -> ServerOutcome
    /// Runs a query on the server; rows as strings (the snapshot queries return no NULLs).
    var query: (String) async throws -> [[String]]
    var tracker = SchemaTracker()
    let schemas: [String]
    /// The session's current database (for unqualified names), as on the server connection.
    let defaultSchema: String
    /// Statements both refused, with different error numbers: the server checks some things in
    /// another order than the tracker. Reported, not failures.
    private(set) var differentErrorNumbers: [String] = []
    private(set) var refusedByBoth = 0

    init(
        schemas: [String], defaultSchema: String, execute: @escaping (String) async throws -> ServerOutcome,
        query: @escaping (String) async throws -> [[String]]
    ) {
        self.schemas = schemas
        self.defaultSchema = defaultSchema
        self.execute = execute
        self.query = query
    }

    /// Runs one statement on both sides; returns what disagrees, or nil.
    mutating func step(_ sql: String) async throws -> String? {
        let server = try await self.execute(sql)
        var trackerError: (any Error)?
        do {
            try self.tracker.apply(SQLParser.parseStatement(sql).statement, defaultSchema: self.defaultSchema)
        } catch {
            trackerError = error
        }
        switch (server, trackerError) {
        case (.refused(let number, let message), nil):
            return "the server refused it (error \(number.map(String.init) ?? "?"): \(message)) but the tracker accepted it"
        case (.accepted, let error?):
            return "the server accepted it but the tracker refused it: \(error)"
        case (.refused(let number, let message), let error?):
            self.refusedByBoth += 1
            if let trackerNumber = (error as? SchemaTrackerError)?.serverErrorNumber, trackerNumber != number {
                self.differentErrorNumbers.append("\(sql)\n  server \(number.map(String.init) ?? "?"): \(message)\n  tracker: \(error)")
            }
        case (.accepted, nil):
            break
        }
        return try await self.difference()
    }

    /// What differs between the server's information_schema and the tracker, or nil.
    func difference() async throws -> String? {
        let queries = SchemaSnapshot.queries(schemas: self.schemas)
        let server = SchemaSnapshot(
            schemata: try await self.query(queries.schemata), tables: try await self.query(queries.tables),
            columns: try await self.query(queries.columns), statistics: try await self.query(queries.statistics))
        return server.differences(tracker: SchemaSnapshot(tracker: self.tracker, schemas: self.schemas))
    }
}
