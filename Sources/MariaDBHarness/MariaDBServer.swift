import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One throwaway `mariadbd` on 127.0.0.1, running from a copy of the template data directory in
/// its own temp directory (data, socket, pid file, error log).
///
/// Configuration: binary log on (`mysql-bin.*` in the data directory), `binlog_format=ROW`,
/// `binlog_row_image=FULL`, its own `server_id`, `skip-name-resolve`, `character_set_server=utf8mb4`
/// (`utf8mb4_general_ci`), 64M buffer pool, 8M redo log, and compiled-in defaults otherwise
/// (`--no-defaults`: /etc/mysql is ignored). Connect as `root` with an empty password over TCP
/// to `host`:`port`. See `arguments` for the exact command line.
///
/// A class rather than a struct because `restart()` changes the pid: every copy of the handle
/// must see the current one. All members are safe to use from any thread.
public final class MariaDBServer: Sendable, CustomStringConvertible {
    /// Always "127.0.0.1" (the server binds only there).
    public let host: String
    public let port: Int
    /// "root", which has ALL PRIVILEGES WITH GRANT OPTION from 127.0.0.1, ::1 and %.
    public let user: String
    /// "" (empty password).
    public let password: String
    public let serverID: UInt32
    /// The server's private temp directory (removed by `stop()`).
    public let directory: URL
    public let dataDirectory: URL
    public let socketPath: String
    /// `mariadbd`'s error log (`--log-error`).
    public let errorLogPath: String

    let isShared: Bool
    private let shutdownTimeout: TimeInterval
    private let startupTimeout: TimeInterval
    private let executables: MariaDBExecutables
    private let workspace: HarnessWorkspace
    private let state: Locked<State>
    /// Serialises stop/kill/restart; `state` alone only guards individual reads and writes.
    private let lifecycle = Locked<Void>(())

    private struct State {
        var process: Process?
        var pid: Int32 = 0
        var removed = false
        var extraArguments: [String]
    }

    /// The pid of the running `mariadbd`, or 0 when stopped or killed.
    public var pid: Int32 { state.withLock { $0.pid } }

    /// True while the `mariadbd` process started by the harness is alive.
    public var isRunning: Bool {
        let pid = self.pid
        return pid > 0 && ProcessControl.isAlive(pid)
    }

    /// The caller-supplied `mariadbd` arguments currently in effect.
    public var extraArguments: [String] { state.withLock { $0.extraArguments } }

    /// The full `mariadbd` command line (without the executable) used for the next (re)start.
    public var arguments: [String] {
        DaemonLauncher.baseArguments(dataDirectory: dataDirectory, socketPath: socketPath, directory: directory)
            + [
                "--port=\(port)",
                "--bind-address=127.0.0.1",
                "--server-id=\(serverID)",
                "--log-bin=mysql-bin",
                "--binlog-format=ROW",
                "--binlog-row-image=FULL",
                // What Debian's /etc/mysql config and MariaDB >= 11.6 use; the compiled-in
                // latin1 would surprise tests that store non-Latin text in default-charset tables.
                "--character-set-server=utf8mb4",
                "--collation-server=utf8mb4_general_ci",
            ]
            + extraArguments
    }

    public var description: String {
        "MariaDBServer(\(host):\(port), server_id=\(serverID), pid=\(pid), dir=\(directory.path))"
    }

    private init(
        port: Int, serverID: UInt32, directory: URL, options: MariaDBServerOptions,
        executables: MariaDBExecutables, workspace: HarnessWorkspace, isShared: Bool
    ) {
        host = "127.0.0.1"
        self.port = port
        user = "root"
        password = ""
        self.serverID = serverID
        self.directory = directory
        dataDirectory = directory.appendingPathComponent("data", isDirectory: true)
        socketPath = directory.appendingPathComponent("mysqld.sock").path
        errorLogPath = DaemonLauncher.errorLogURL(in: directory).path
        shutdownTimeout = options.shutdownTimeout
        startupTimeout = options.startupTimeout
        self.executables = executables
        self.workspace = workspace
        self.isShared = isShared
        state = Locked(State(extraArguments: options.extraArguments))
    }

    // MARK: Starting

    private static let serverIDCounter = Locked<UInt32>(0)
    private static let loginVerified = Locked<Bool>(false)

    /// The next process-wide unique server_id.
    static func nextServerID() -> UInt32 {
        serverIDCounter.withLock { value -> UInt32 in
            value += 1
            return value
        }
    }

    /// Starts a server and blocks until it answers on TCP. Prefer the async
    /// `MariaDBHarness.startServer(options:)` or `withMariaDB` from async code.
    public static func start(options: MariaDBServerOptions = MariaDBServerOptions()) throws -> MariaDBServer {
        try start(options: options, serverID: options.serverID ?? nextServerID(), isShared: false)
    }

    static func start(options: MariaDBServerOptions, serverID: UInt32, isShared: Bool) throws -> MariaDBServer {
        let executables = try MariaDBExecutables.locate()
        let template = try TemplateDataDirectory.get()
        let workspace = try HarnessWorkspace.shared()
        let directory = try workspace.makeDirectory(prefix: "s")
        let dataDirectory = directory.appendingPathComponent("data", isDirectory: true)
        do {
            // The port is only known to be free when picked; if someone else binds it before
            // mariadbd does, pick another and try again.
            var attempt = 0
            while true {
                attempt += 1
                // Fresh copy per attempt: a failed start may already have written a binlog.
                try? FileManager.default.removeItem(at: dataDirectory)
                try FileManager.default.copyItem(at: template, to: dataDirectory)
                let port = try LoopbackPort.reserveFreePort()
                let server = MariaDBServer(
                    port: port, serverID: serverID, directory: directory, options: options,
                    executables: executables, workspace: workspace, isShared: isShared)
                do {
                    try server.launch()
                } catch LaunchError.portInUse(let error) {
                    LoopbackPort.release(port)
                    if attempt < 5 { continue }
                    throw error
                } catch {
                    LoopbackPort.release(port)
                    throw error
                }
                workspace.register(server)
                try server.verifyRootLoginOnce()
                return server
            }
        } catch {
            try? FileManager.default.removeItem(at: directory)
            throw error
        }
    }

    private enum LaunchError: Error {
        case portInUse(MariaDBHarnessError)
    }

    /// Spawns mariadbd with the current arguments and waits until it answers; on failure the
    /// process is killed and the error carries the log tail.
    private func launch() throws {
        let logOffset = DaemonLauncher.logSize(in: directory)
        let process = try DaemonLauncher.spawn(
            executable: executables.server, arguments: arguments, directory: directory)
        let pid = process.processIdentifier
        workspace.watch(pid: pid)
        state.withLock {
            $0.process = process
            $0.pid = pid
        }

        let outcome = DaemonLauncher.waitUntilReady(
            pid: pid, directory: directory, logOffset: logOffset, timeout: startupTimeout,
            isReady: { LoopbackPort.answersWithHandshake(port: port) })
        let reason: String
        switch outcome {
        case .ready:
            return
        case .exited(let log):
            reason = "mariadbd (pid \(pid), port \(port)) exited before accepting connections"
            if log.contains("Address already in use") || log.contains("Bind on TCP/IP port") {
                markDead(pid)
                throw LaunchError.portInUse(.serverStartFailed(reason: reason, logTail: logTail()))
            }
        case .timedOut:
            reason = "mariadbd (pid \(pid), port \(port)) did not answer within \(String(format: "%.1f", startupTimeout)) s"
        }
        ProcessControl.forceKill(pid)
        markDead(pid)
        throw MariaDBHarnessError.serverStartFailed(reason: reason, logTail: logTail())
    }

    /// The first server of the process proves the template's root account works over TCP,
    /// so a broken template fails with a clear message instead of odd client errors later.
    private func verifyRootLoginOnce() throws {
        try Self.loginVerified.withLock { verified in
            guard !verified else { return }
            do {
                _ = try cli("SELECT 1")
            } catch {
                stopNow()
                throw MariaDBHarnessError.serverStartFailed(
                    reason: "root@127.0.0.1 cannot log in over TCP: \(error)", logTail: logTail())
            }
            verified = true
        }
    }

    private func markDead(_ pid: Int32) {
        workspace.unwatch(pid: pid)
        state.withLock {
            if $0.pid == pid {
                $0.pid = 0
                $0.process = nil
            }
        }
    }

    // MARK: Stopping

    /// Stops the server (SIGTERM; SIGKILL after the shutdown timeout, default 10 s) and deletes
    /// its directory. Idempotent. A no-op on the shared server, which is stopped at process exit.
    public func stop() {
        guard !isShared else { return }
        stopNow()
    }

    /// Sends SIGKILL (no clean shutdown: InnoDB recovers on the next start) and waits for the
    /// process to disappear. The data directory is kept; call `restart()` to bring it back
    /// (crash-recovery tests) or `stop()` to delete it.
    public func kill() {
        lifecycle.withLock { _ in
            let pid = self.pid
            guard pid > 0 else { return }
            ProcessControl.forceKill(pid)
            markDead(pid)
        }
    }

    /// Stops the server cleanly if it is running (keeping its data), then starts it again on
    /// the same port with the same data directory, optionally with different extra arguments
    /// (`nil` keeps the current ones). Works after `kill()`; throws after `stop()`.
    public func restart(extraArguments: [String]? = nil) throws {
        try lifecycle.withLock { _ in
            guard !state.withLock({ $0.removed }) else {
                throw MariaDBHarnessError.serverUnavailable("\(self) was stopped and its data removed")
            }
            let pid = self.pid
            if pid > 0 {
                ProcessControl.terminate(pid, grace: shutdownTimeout)
                markDead(pid)
            }
            if let extraArguments { state.withLock { $0.extraArguments = extraArguments } }
            do {
                try launch()
            } catch LaunchError.portInUse(let error) {
                throw error
            }
        }
    }

    /// The last `lines` lines of the server's error log (and console output).
    public func logTail(lines: Int = 40) -> String {
        DaemonLauncher.logTail(in: directory, lines: lines)
    }

    /// Sends SIGTERM without waiting, so several shutdowns can overlap (used at exit).
    func beginShutdown() {
        let pid = self.pid
        if pid > 0 { _ = sendSignal(pid, SIGTERM) }
    }

    /// stop() without the shared-server guard.
    func stopNow() {
        lifecycle.withLock { _ in
            let pid = self.pid
            if pid > 0 {
                ProcessControl.terminate(pid, grace: shutdownTimeout)
                markDead(pid)
            }
            let alreadyRemoved = state.withLock { state -> Bool in
                defer { state.removed = true }
                return state.removed
            }
            guard !alreadyRemoved else { return }
            try? FileManager.default.removeItem(at: directory)
            LoopbackPort.release(port)
            workspace.unregister(self)
        }
    }
}

/// `kill(2)`, named apart from `MariaDBServer.kill()`.
private func sendSignal(_ pid: Int32, _ signal: Int32) -> Int32 {
    kill(pid, signal)
}
