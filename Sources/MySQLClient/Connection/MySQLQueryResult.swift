import MySQLProtocol

/// The outcome of one statement of a query: its rows (when it returned a result set) and the
/// server's summary.
public struct MySQLResultSet: Sendable {
    /// Column definitions; nil for statements that return no result set (INSERT, UPDATE, ...).
    public var columns: MySQLColumns?
    public var rows: [MySQLRow]
    public var affectedRows: UInt64
    public var lastInsertID: UInt64
    public var warnings: UInt16
    public var statusFlags: StatusFlags
    public var info: String

    init(columns: MySQLColumns?, rows: [MySQLRow], ok: OKPacket) {
        self.columns = columns
        self.rows = rows
        self.affectedRows = ok.affectedRows
        self.lastInsertID = ok.lastInsertID
        self.warnings = ok.warnings
        self.statusFlags = ok.statusFlags
        self.info = ok.info
    }
}

/// Everything a query returned: one result set per statement (several with multi-statements or
/// stored procedures). The convenience properties read the first result set.
public struct MySQLQueryResult: Sendable {
    public var resultSets: [MySQLResultSet]

    public var rows: [MySQLRow] { self.resultSets.first?.rows ?? [] }
    public var columns: MySQLColumns? { self.resultSets.first?.columns }
    public var affectedRows: UInt64 { self.resultSets.first?.affectedRows ?? 0 }
    public var lastInsertID: UInt64 { self.resultSets.first?.lastInsertID ?? 0 }
    public var warnings: UInt16 { self.resultSets.first?.warnings ?? 0 }
}
