extension SQLLexerOptions {
    /// Options from a `sql_mode` value as `SELECT @@sql_mode` prints it
    /// (`"ANSI_QUOTES,STRICT_TRANS_TABLES"`). Combination modes are expanded the way the server
    /// does: ANSI and the ORACLE/POSTGRESQL/MSSQL/DB2/MAXDB modes imply PIPES_AS_CONCAT and
    /// ANSI_QUOTES, MYSQL323/MYSQL40 imply HIGH_NOT_PRECEDENCE. Unknown names are ignored.
    public init(sqlMode: String) {
        self.init()
        for name in sqlMode.split(separator: ",") {
            switch name.trimmingSpaces().uppercased() {
            case "ANSI_QUOTES": ansiQuotes = true
            case "NO_BACKSLASH_ESCAPES": noBackslashEscapes = true
            case "PIPES_AS_CONCAT": pipesAsConcat = true
            case "HIGH_NOT_PRECEDENCE", "MYSQL323", "MYSQL40": highNotPrecedence = true
            case "ANSI", "ORACLE", "POSTGRESQL", "MSSQL", "DB2", "MAXDB":
                pipesAsConcat = true
                ansiQuotes = true
            default: break
            }
        }
    }

    /// Options from the `sql_mode` bit set that a binlog Query event carries
    /// (status variable Q_SQL_MODE_CODE). Combination bits are expanded as in `init(sqlMode:)`.
    public init(sqlModeBits bits: UInt64) {
        self.init()
        let combinationsWithQuotes: UInt64 = 0x100 | 0x200 | 0x400 | 0x800 | 0x1000 | 0x40000  // POSTGRESQL..MAXDB, ANSI
        let combinationsWithHighNot: UInt64 = 0x10000 | 0x20000  // MYSQL323, MYSQL40
        pipesAsConcat = bits & 0x2 != 0 || bits & combinationsWithQuotes != 0
        ansiQuotes = bits & 0x4 != 0 || bits & combinationsWithQuotes != 0
        noBackslashEscapes = bits & 0x10_0000 != 0
        highNotPrecedence = bits & 0x2000_0000 != 0 || bits & combinationsWithHighNot != 0
    }
}

extension Substring {
    fileprivate func trimmingSpaces() -> Substring {
        var s = self
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return s
    }
}
