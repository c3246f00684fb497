import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Starting `mariadbd` and waiting until it is ready; shared by the template bootstrap and servers.
enum DaemonLauncher {
    /// InnoDB redo log size used for the template and every server. The 96M default makes the
    /// template (and so every copy) ~4x bigger; a different size would force a resize at startup.
    static let innodbLogFileSize = "8M"
    static let innodbBufferPoolSize = "64M"

    /// Options every launch gets. `--no-defaults` must come first: it stops `mariadbd` from reading
    /// /etc/mysql/*.cnf, so the machine's configuration can't leak into tests.
    static func baseArguments(dataDirectory: URL, socketPath: String, directory: URL) -> [String] {
        var arguments = [
            "--no-defaults",
            "--datadir=\(dataDirectory.path)",
            "--socket=\(socketPath)",
            "--pid-file=\(directory.appendingPathComponent("mariadbd.pid").path)",
            "--log-error=\(errorLogURL(in: directory).path)",
            "--tmpdir=\(directory.appendingPathComponent("tmp").path)",
            "--skip-name-resolve",
            "--innodb-buffer-pool-size=\(innodbBufferPoolSize)",
            "--innodb-log-file-size=\(innodbLogFileSize)",
        ]
        // mariadbd refuses to run as root unless told which user to run as.
        if geteuid() == 0 { arguments.append("--user=root") }
        return arguments
    }

    static func errorLogURL(in directory: URL) -> URL {
        directory.appendingPathComponent("error.log")
    }

    /// Where the daemon's own stdout/stderr go (messages printed before the error log is open).
    static func consoleLogURL(in directory: URL) -> URL {
        directory.appendingPathComponent("console.log")
    }

    /// Spawns `mariadbd`; it stays in the foreground (no --daemonize), so the pid is the server's.
    static func spawn(executable: String, arguments: [String], directory: URL) throws -> Process {
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("tmp"), withIntermediateDirectories: true)
        let consoleURL = consoleLogURL(in: directory)
        if !FileManager.default.fileExists(atPath: consoleURL.path) {
            _ = FileManager.default.createFile(atPath: consoleURL.path, contents: nil)
        }
        let console = try FileHandle(forWritingTo: consoleURL)
        defer { try? console.close() }
        _ = try console.seekToEnd()

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = console
        process.standardError = console
        try process.run()
        return process
    }

    /// Byte size of the error log, so a later wait only looks at lines written after a (re)launch.
    static func logSize(in directory: URL) -> UInt64 {
        let attributes = try? FileManager.default.attributesOfItem(atPath: errorLogURL(in: directory).path)
        return (attributes?[.size] as? NSNumber)?.uint64Value ?? 0
    }

    /// The error-log text written since `offset`.
    static func log(in directory: URL, since offset: UInt64) -> String {
        guard let handle = try? FileHandle(forReadingFrom: errorLogURL(in: directory)) else { return "" }
        defer { try? handle.close() }
        try? handle.seek(toOffset: offset)
        let data = (try? handle.readToEnd()) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    /// The last `lines` lines of the error log and console output, for error messages.
    static func logTail(in directory: URL, lines: Int = 40) -> String {
        var parts: [String] = []
        for url in [consoleLogURL(in: directory), errorLogURL(in: directory)] {
            guard let text = try? String(contentsOf: url, encoding: .utf8), !text.isEmpty else { continue }
            let tail = text.split(separator: "\n", omittingEmptySubsequences: false).suffix(lines)
            parts.append("[\(url.lastPathComponent)]\n" + tail.joined(separator: "\n"))
        }
        return parts.isEmpty ? "(no log output)" : parts.joined(separator: "\n")
    }

    enum WaitOutcome {
        case ready
        case exited(log: String)
        case timedOut
    }

    /// Polls until `isReady()` holds after the server logged "ready for connections", the
    /// process exits, or the timeout passes.
    static func waitUntilReady(
        pid: Int32,
        directory: URL,
        logOffset: UInt64,
        timeout: TimeInterval,
        isReady: () -> Bool
    ) -> WaitOutcome {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let log = log(in: directory, since: logOffset)
            if log.contains("ready for connections") && isReady() { return .ready }
            if !ProcessControl.isAlive(pid) { return .exited(log: log) }
            if Date() >= deadline { return .timedOut }
            usleep(20_000)
        }
    }
}
