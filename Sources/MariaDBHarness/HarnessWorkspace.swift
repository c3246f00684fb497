import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The per-process scratch area: one temp directory holding the template data directory, every
/// server directory and TLS fixtures, plus the bookkeeping that guarantees cleanup.
///
/// Cleanup happens on three paths:
/// - normally, `MariaDBServer.stop()` (called by `withMariaDB` also when the body throws);
/// - at process exit, an `atexit` hook stops servers still running (e.g. the shared server);
/// - if the process dies without running `atexit` (crash, SIGKILL, Ctrl-C), a watchdog `sh`
///   notices EOF on a socket only this process holds open, SIGKILLs the pids it was told about and
///   deletes the directory, so no orphaned `mariadbd` keeps running.
final class HarnessWorkspace: Sendable {
    let root: URL
    /// Our end of the socket pair the watchdog reads from; -1 if the watchdog isn't running.
    private let watchdogSocket: Int32
    /// Kept so the `Process` object outlives the child; never used otherwise.
    private let watchdogProcess: Locked<Process?>
    private let liveServers = Locked<[ObjectIdentifier: MariaDBServer]>([:])
    private let counter = Locked<Int>(0)

    private static let current = Locked<HarnessWorkspace?>(nil)

    /// The workspace of this process, created on first use.
    static func shared() throws -> HarnessWorkspace {
        try current.withLock { current in
            if let current { return current }
            let workspace = try HarnessWorkspace()
            current = workspace
            atexit { HarnessWorkspace.cleanUpAtExit() }
            return workspace
        }
    }

    private init() throws {
        // Short names: unix socket paths must stay under ~104 bytes, and TMPDIR can be long.
        let base = FileManager.default.temporaryDirectory
        let name = "mdbh-\(getpid())-\(UUID().uuidString.prefix(8))"
        root = base.appendingPathComponent(name, isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let (socket, process) = HarnessWorkspace.startWatchdog(cleaning: root)
        watchdogSocket = socket
        watchdogProcess = Locked(process)
    }

    /// A fresh, uniquely named directory under the workspace root (e.g. `s3`, `tls1`).
    func makeDirectory(prefix: String) throws -> URL {
        let number = counter.withLock { value -> Int in
            value += 1
            return value
        }
        let url = root.appendingPathComponent("\(prefix)\(number)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    // MARK: Live-server registry (for the atexit hook and the watchdog)

    func register(_ server: MariaDBServer) {
        liveServers.withLock { $0[ObjectIdentifier(server)] = server }
    }

    func unregister(_ server: MariaDBServer) {
        _ = liveServers.withLock { $0.removeValue(forKey: ObjectIdentifier(server)) }
    }

    /// Tells the watchdog to SIGKILL `pid` if this process dies.
    func watch(pid: Int32) { sendToWatchdog("+\(pid)\n") }

    /// The pid has exited; the watchdog must forget it (pids get reused).
    func unwatch(pid: Int32) { sendToWatchdog("-\(pid)\n") }

    private func sendToWatchdog(_ line: String) {
        guard watchdogSocket >= 0 else { return }
        // One short send per line, so concurrent writers don't interleave. No SIGPIPE if the
        // watchdog is gone (MSG_NOSIGNAL / SO_NOSIGPIPE): losing it must not kill the tests.
        let bytes = Array(line.utf8)
        _ = bytes.withUnsafeBytes { send(watchdogSocket, $0.baseAddress, $0.count, sendFlags) }
    }

    private var sendFlags: Int32 {
        #if os(Linux)
        return Int32(MSG_NOSIGNAL)
        #else
        return 0
        #endif
    }

    // MARK: Exit

    private static func cleanUpAtExit() {
        guard let workspace = current.withLock({ $0 }) else { return }
        let servers = workspace.liveServers.withLock { Array($0.values) }
        // SIGTERM everyone first so the shutdowns overlap, then wait for each.
        for server in servers { server.beginShutdown() }
        for server in servers { server.stopNow() }
        try? FileManager.default.removeItem(at: workspace.root)
    }

    private static let watchdogScript = """
        pids=" "
        while IFS= read -r line; do
          case "$line" in
            +*) pids="$pids${line#+} " ;;
            -*) pids=$(printf '%s' "$pids" | sed "s/ ${line#-} / /") ;;
          esac
        done
        for p in $pids; do kill -9 "$p" 2>/dev/null; done
        sleep 1
        rm -rf "$1"
        """

    /// Starts `sh` reading from a socket pair whose other end only this process holds
    /// (close-on-exec, so no child inherits it). Returns that end, or -1 if the watchdog can't
    /// start (cleanup then relies on stop()/atexit only).
    private static func startWatchdog(cleaning directory: URL) -> (Int32, Process?) {
        var fds: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, streamSocketType, 0, &fds) == 0 else { return (-1, nil) }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        #if !os(Linux)
        var one: Int32 = 1
        _ = setsockopt(fds[1], SOL_SOCKET, SO_NOSIGPIPE, &one, socklen_t(MemoryLayout<Int32>.size))
        #endif
        let childEnd = FileHandle(fileDescriptor: fds[0], closeOnDealloc: true)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", watchdogScript, "mariadb-harness-watchdog", directory.path]
        process.standardInput = childEnd
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            try? childEnd.close()
            close(fds[1])
            return (-1, nil)
        }
        try? childEnd.close()
        return (fds[1], process)
    }

    private static var streamSocketType: Int32 {
        #if os(Linux)
        return Int32(SOCK_STREAM.rawValue)
        #else
        return SOCK_STREAM
        #endif
    }
}
