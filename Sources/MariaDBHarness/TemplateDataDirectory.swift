import Foundation

/// The data directory every server starts from, bootstrapped once per process.
///
/// `mariadb-install-db` costs seconds per data directory; copying a bootstrapped one takes a
/// fraction of that. The lock is held during bootstrap, so concurrent callers (parallel tests)
/// wait for the one bootstrap and share it. A failure is remembered and rethrown to every
/// later caller instead of retrying in each test.
enum TemplateDataDirectory {
    private static let state = Locked<Result<URL, any Error>?>(nil)

    /// Seconds the bootstrap took (nil until it ran), for diagnostics.
    static let bootstrapDuration = Locked<TimeInterval?>(nil)

    /// The template's data directory; bootstraps it on first call (blocking).
    static func get() throws -> URL {
        try state.withLock { state in
            if let state { return try state.get() }
            let started = Date()
            let result = Result { try bootstrap() }
            bootstrapDuration.withLock { $0 = Date().timeIntervalSince(started) }
            state = result
            return try result.get()
        }
    }

    private static func bootstrap() throws -> URL {
        let executables = try MariaDBExecutables.locate()
        let directory = try HarnessWorkspace.shared().makeDirectory(prefix: "template")
        let dataDirectory = directory.appendingPathComponent("data", isDirectory: true)

        // Debian's default is --auth-root-authentication-method=socket (root@localhost via
        // unix_socket only); "normal" gives password-less root@localhost/127.0.0.1/::1 instead,
        // which also lets non-root OS users in over the socket below.
        var installArguments = [
            "--no-defaults",
            "--datadir=\(dataDirectory.path)",
            "--auth-root-authentication-method=normal",
            "--skip-test-db",
            "--skip-name-resolve",
            "--innodb-log-file-size=\(DaemonLauncher.innodbLogFileSize)",
        ]
        if geteuid() == 0 { installArguments.append("--user=root") }
        try CommandRunner.check(executables.installDB, installArguments, currentDirectory: directory)

        // Start once on a unix socket only (no TCP: nothing else can connect) to make root
        // reachable over TCP with an empty password, then shut down cleanly.
        let socketPath = directory.appendingPathComponent("t.sock").path
        let arguments = DaemonLauncher.baseArguments(
            dataDirectory: dataDirectory, socketPath: socketPath, directory: directory)
            + ["--skip-networking", "--skip-log-bin"]
        let process = try DaemonLauncher.spawn(
            executable: executables.server, arguments: arguments, directory: directory)
        let pid = process.processIdentifier
        let workspace = try HarnessWorkspace.shared()
        workspace.watch(pid: pid)
        defer {
            ProcessControl.terminate(pid, grace: 30)
            workspace.unwatch(pid: pid)
        }

        let outcome = DaemonLauncher.waitUntilReady(
            pid: pid, directory: directory, logOffset: 0, timeout: 120,
            isReady: { FileManager.default.fileExists(atPath: socketPath) })
        switch outcome {
        case .ready: break
        case .exited:
            throw MariaDBHarnessError.serverStartFailed(
                reason: "template server exited during bootstrap", logTail: DaemonLauncher.logTail(in: directory))
        case .timedOut:
            throw MariaDBHarnessError.serverStartFailed(
                reason: "template server did not become ready", logTail: DaemonLauncher.logTail(in: directory))
        }

        let client = [executables.client, "--no-defaults", "--protocol=SOCKET", "--socket=\(socketPath)",
                      "--user=root", "--batch", "--skip-column-names"]
        // Host-name accounts (root@<hostname>) are useless under skip-name-resolve and only log warnings.
        let hostAccounts = try CommandRunner.check(
            client[0], Array(client.dropFirst()),
            input: "SELECT CONCAT(QUOTE(user), '@', QUOTE(host)) FROM mysql.user "
                + "WHERE host NOT IN ('localhost', '127.0.0.1', '::1', '%') AND user <> '';")
            .standardOutput.split(separator: "\n").map(String.init)
        var sql = hostAccounts.map { "DROP USER IF EXISTS \($0);" }
        for host in ["127.0.0.1", "::1", "%"] {
            sql += [
                "CREATE USER IF NOT EXISTS 'root'@'\(host)';",
                // Normalises the account even if install-db created it with another auth method.
                "ALTER USER 'root'@'\(host)' IDENTIFIED VIA mysql_native_password USING PASSWORD('');",
                "GRANT ALL PRIVILEGES ON *.* TO 'root'@'\(host)' WITH GRANT OPTION;",
                "GRANT PROXY ON ''@'%' TO 'root'@'\(host)' WITH GRANT OPTION;",
            ]
        }
        try CommandRunner.check(client[0], Array(client.dropFirst()), input: sql.joined(separator: "\n"))

        // Clean shutdown (SIGTERM) so copies start without crash recovery.
        guard ProcessControl.terminate(pid, grace: 30) else {
            throw MariaDBHarnessError.serverStartFailed(
                reason: "template server did not shut down", logTail: DaemonLauncher.logTail(in: directory))
        }
        return dataDirectory
    }
}
