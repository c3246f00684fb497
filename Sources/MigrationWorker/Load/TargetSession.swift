import Foundation
import MySQLClient
import MySQLProtocol

/// Session settings of the connections that load: no foreign-key checks (tables arrive in
/// any order), TIMESTAMPs in UTC as they were read, and the source's sql_mode minus what would
/// refuse values the source holds (zero dates) or change how SQL text parses.
enum TargetSession {
    /// sql_mode flags kept from the source: they change what values are accepted or how
    /// expressions evaluate, and every MySQL-compatible target knows them.
    static let portableModes: Set<String> = [
        "STRICT_TRANS_TABLES", "STRICT_ALL_TABLES", "ERROR_FOR_DIVISION_BY_ZERO", "NO_ENGINE_SUBSTITUTION",
        "NO_UNSIGNED_SUBTRACTION", "ALLOW_INVALID_DATES", "TIME_TRUNCATE_FRACTIONAL", "HIGH_NOT_PRECEDENCE",
        "PAD_CHAR_TO_FULL_LENGTH", "REAL_AS_FLOAT", "IGNORE_SPACE", "NO_DIR_IN_CREATE",
    ]

    /// `NO_AUTO_VALUE_ON_ZERO` keeps a stored 0 in an AUTO_INCREMENT column a 0.
    static func loadSQLMode(sourceMode: String) -> String {
        let kept = sourceMode.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).uppercased() }
            .filter(portableModes.contains)
        return (["NO_AUTO_VALUE_ON_ZERO"] + kept).joined(separator: ",")
    }

    static func prepare(_ connection: MySQLConnection, sqlMode: String) async throws {
        _ = try await connection.query("""
            SET SESSION foreign_key_checks = 0, time_zone = '+00:00', \
            sql_mode = \(MySQLLiteral.quoteString(sqlMode, noBackslashEscapes: false))
            """)
    }

    /// Non-strict sessions (INSERT loads, the sync) accept values only such a session inserts,
    /// like the ENUM error value, so their warnings are checked instead: only "Data truncated"
    /// on an ENUM column (the error value applying as itself) is accepted.
    static func checkWarnings(on connection: MySQLConnection, enumColumns: Set<String>) async throws {
        for row in try await connection.query("SHOW WARNINGS").rows {
            let code = try row[1].string ?? ""
            let message = try row[2].string ?? ""
            if code == "1265", let column = message.split(separator: "'").dropFirst().first, enumColumns.contains(column.lowercased()) {
                continue
            }
            throw MigrationError("the target warned \(code): \(message)")
        }
    }
}
