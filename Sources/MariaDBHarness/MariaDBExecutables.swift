import Foundation

/// Locations of the MariaDB executables the harness drives.
///
/// Looked up in `PATH` plus the standard `/usr/sbin`, `/usr/bin`, `/usr/local/...` directories,
/// because Debian installs `mariadbd` in `/usr/sbin`, which is often not on a user's `PATH`.
public struct MariaDBExecutables: Sendable {
    /// The server daemon (`mariadbd`, formerly `mysqld`).
    public let server: String
    /// `mariadb-install-db`, used once per process to bootstrap the template data directory.
    public let installDB: String
    /// The `mariadb` command-line client.
    public let client: String

    /// The apt command that provides the MariaDB executables (used in error messages).
    public static let installHint = "Install MariaDB with: apt-get install -y mariadb-server mariadb-client"

    /// The executables found on this machine; throws `executableNotFound` naming the apt packages.
    public static func locate() throws -> MariaDBExecutables {
        try cached.withLock { cache in
            if let cache { return try cache.get() }
            let result = Result {
                MariaDBExecutables(
                    server: try find(["mariadbd", "mysqld"]),
                    installDB: try find(["mariadb-install-db", "mysql_install_db"]),
                    client: try find(["mariadb", "mysql"])
                )
            }
            cache = result
            return try result.get()
        }
    }

    /// Finds another tool (e.g. `mariadb-dump`, `mariadb-binlog`, `openssl`) the same way.
    /// `hint` is appended to the error message when it is missing.
    public static func find(_ names: [String], hint: String = installHint) throws -> String {
        let directories = searchDirectories()
        for name in names {
            for directory in directories {
                let candidate = (directory as NSString).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        throw MariaDBHarnessError.executableNotFound(
            name: names.joined(separator: " / "), searched: directories, hint: hint)
    }

    private static let cached = Locked<Result<MariaDBExecutables, any Error>?>(nil)

    private static func searchDirectories() -> [String] {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        var result: [String] = []
        let standard = ["/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin", "/sbin", "/bin"]
        for directory in path.split(separator: ":").map(String.init) + standard
        where !directory.isEmpty && !result.contains(directory) {
            result.append(directory)
        }
        return result
    }
}
