import Foundation

extension MariaDBServer {
    /// Arguments that point a MariaDB command-line tool (`mariadb`, `mariadb-dump`,
    /// `mariadb-binlog --read-from-remote-server`, ...) at this server over TCP.
    /// `--no-defaults` comes first (the tools require that), so ~/.my.cnf and /etc/mysql are ignored.
    public func clientArguments(user: String? = nil, password: String? = nil, database: String? = nil) -> [String] {
        var arguments = [
            "--no-defaults",
            "--protocol=TCP",
            "--host=\(host)",
            "--port=\(port)",
            "--user=\(user ?? self.user)",
        ]
        let password = password ?? self.password
        if !password.isEmpty { arguments.append("--password=\(password)") }
        if let database { arguments.append("--database=\(database)") }
        return arguments
    }

    /// Runs SQL through the `mariadb` client over TCP (`--batch --skip-column-names`) and returns
    /// its standard output without the trailing newline: one line per row, columns separated by
    /// tabs, NULL printed as `NULL`, special characters escaped (`\t`, `\n`, `\\`, `\0`).
    ///
    /// The SQL is sent as UTF-8 with `--default-character-set=utf8mb4`, on stdin, so it may hold
    /// several `;`-separated statements of any size;
    /// execution stops at the first error, which is thrown as `MariaDBHarnessError.commandFailed`
    /// carrying the client's message. `arguments` are extra client options (e.g. `--ssl`,
    /// `--local-infile=1`, `--default-character-set=utf8mb4`).
    @discardableResult
    public func cli(
        _ sql: String,
        database: String? = nil,
        user: String? = nil,
        password: String? = nil,
        arguments: [String] = []
    ) throws -> String {
        let executables = try MariaDBExecutables.locate()
        // utf8mb4 explicitly: the client otherwise derives its charset from the locale (latin1
        // without LANG, utf8mb3 with C.UTF-8), which garbles non-ASCII SQL written as UTF-8.
        let command = clientArguments(user: user, password: password, database: database)
            + ["--batch", "--skip-column-names", "--default-character-set=utf8mb4"] + arguments
        let output = try CommandRunner.check(executables.client, command, input: sql)
        var result = output.standardOutput
        while result.hasSuffix("\n") { result.removeLast() }
        return result
    }

    /// Creates a database with a unique name (`<prefix>_<8 hex digits>`) and returns the name.
    /// Use it to keep tests that share `MariaDBHarness.sharedServer()` apart.
    public func createScratchDatabase(prefix: String = "t") throws -> String {
        let name = "\(prefix)_\(UUID().uuidString.prefix(8).lowercased())"
        try cli("CREATE DATABASE `\(name)`")
        return name
    }

    /// Loads the `ed25519` authentication plugin if it isn't active yet (Debian's mariadb-server
    /// ships `auth_ed25519.so` in the plugin dir). Alternatively start the server with
    /// `extraArguments: ["--plugin-load-add=auth_ed25519"]`. Then create a user with:
    ///
    ///     CREATE USER u@'127.0.0.1' IDENTIFIED VIA ed25519 USING PASSWORD('pw');
    ///     GRANT ALL ON *.* TO u@'127.0.0.1';
    ///
    /// (`IDENTIFIED VIA ed25519 USING PASSWORD('pw')` lets the server compute the hash; `%` also
    /// works as host.) The `mariadb` client authenticates with its `client_ed25519` plugin:
    /// `server.cli("SELECT CURRENT_USER()", user: "u", password: "pw")`.
    /// Throws `commandFailed` (the server can't open the plugin) if the plugin file is missing.
    public func installEd25519Plugin() throws {
        let active = try cli(
            "SELECT COUNT(*) FROM information_schema.PLUGINS WHERE PLUGIN_NAME = 'ed25519' AND PLUGIN_STATUS = 'ACTIVE'")
        if active == "0" { try cli("INSTALL SONAME 'auth_ed25519'") }
    }
}
