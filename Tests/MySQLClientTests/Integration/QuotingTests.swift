import MySQLClient
import MySQLProtocol
import Testing

/// Literals built by `MySQLLiteral` must reach the server byte for byte, in both sql_modes.
@Suite struct QuotingTests {
    static let strings: [String] = [
        "plain", "it's", "back\\slash", "\\'", "'\\", "quote\"double", "nul\u{0}byte", "ctrl-z\u{1A}", "new\nline\r", "%_ wildcards",
        "ünïcödé 🐬", String((1...127).map { Character(Unicode.Scalar(UInt8($0))) }), "\\\\''\\",
    ]

    @Test(arguments: [false, true])
    func stringsAndBytesRoundTrip(noBackslashEscapes: Bool) async throws {
        try await TestServer.withConnection { connection in
            let mode = try await connection.query("SELECT @@SESSION.sql_mode").rows[0][0].string ?? ""
            let newMode = noBackslashEscapes ? mode + ",NO_BACKSLASH_ESCAPES" : mode.replacingOccurrences(of: "NO_BACKSLASH_ESCAPES", with: "")
            let set = try await connection.query("SET SESSION sql_mode = '\(newMode)'")
            #expect(set.resultSets[0].statusFlags.contains(.noBackslashEscapes) == noBackslashEscapes, "the server reports the mode in OK packets")

            _ = try await connection.query("CREATE TABLE q (id INT PRIMARY KEY, s TEXT CHARACTER SET utf8mb4, b BLOB, \(MySQLLiteral.quoteIdentifier("odd`name")) INT)")
            for (i, string) in Self.strings.enumerated() {
                let bytes = (0...255).map { UInt8($0) }.shuffled()
                let sql = "INSERT INTO q VALUES (\(i), \(MySQLLiteral.quoteString(string, noBackslashEscapes: noBackslashEscapes)), \(MySQLLiteral.quoteBytes(bytes)), 1)"
                _ = try await connection.query(sql)
                let read = try await connection.prepare("SELECT s, b FROM q WHERE id = ?")
                let row = try await read.execute([MySQLData(int: i)]).rows[0].values
                #expect(row[0].bytes == Array(string.utf8), "string \(i) in mode noBackslashEscapes=\(noBackslashEscapes)")
                #expect(row[1].bytes == bytes)
                try await read.close()
            }
            // Every value type quoted by `quote(_:)` reads back equal.
            let values: [MySQLData] = [MySQLData(int: -7), MySQLData(double: 0.125), MySQLData(decimal: "1.50"), "O'Brien\\", nil, MySQLData(bytes: [0, 39, 92])]
            let literals = values.map { MySQLLiteral.quote($0, noBackslashEscapes: noBackslashEscapes) }.joined(separator: ", ")
            let back = try await connection.query("SELECT \(literals)").rows[0].values
            #expect(back[0].int == -7)
            #expect(back[1].double == 0.125)
            #expect(back[2].string == "1.50")
            #expect(back[3].string == "O'Brien\\")
            #expect(back[4].isNull)
            #expect(back[5].bytes == [0, 39, 92])
        }
    }
}
