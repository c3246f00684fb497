extension SchemaTracker {
    /// The source server's settings that change how DDL is interpreted.
    public struct Options: Hashable, Sendable, Codable {
        /// The server's `lower_case_table_names`.
        public enum LowerCaseTableNames: Int, Hashable, Sendable, Codable {
            /// 0 (Linux default): database and table names are stored as written and compared
            /// with case.
            case caseSensitive = 0
            /// 1 (Windows default): names are stored in lower case and compared without case.
            case storedLowercase = 1
            /// 2 (macOS default): names are stored as written and compared without case.
            case caseInsensitive = 2
        }

        public var lowerCaseTableNames: LowerCaseTableNames
        /// `character_set_server`, inherited by databases created without a charset.
        public var serverCharset: String
        /// `collation_server`.
        public var serverCollation: String

        /// The defaults are Debian's MariaDB 10.11 (`/etc/mysql/mariadb.conf.d/50-server.cnf`):
        /// case-sensitive names, utf8mb4 with utf8mb4_general_ci.
        public init(
            lowerCaseTableNames: LowerCaseTableNames = .caseSensitive, serverCharset: String = "utf8mb4",
            serverCollation: String = "utf8mb4_general_ci"
        ) {
            self.lowerCaseTableNames = lowerCaseTableNames
            self.serverCharset = serverCharset
            self.serverCollation = serverCollation
        }

        /// The name as the server stores it.
        func storedName(_ name: String) -> String {
            self.lowerCaseTableNames == .storedLowercase ? name.lowercased() : name
        }

        /// The key two names must share to denote the same database or table.
        func lookupKey(_ name: String) -> String {
            self.lowerCaseTableNames == .caseSensitive ? name : name.lowercased()
        }
    }
}
