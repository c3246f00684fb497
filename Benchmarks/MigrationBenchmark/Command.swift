import Foundation

/// A failure of the benchmark itself (a tool exited non-zero, a checksum differs); printed as is.
struct BenchmarkFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Prints a line at once, also when stdout is a file or a pipe (block-buffered otherwise, so a
/// run of several minutes would show nothing until the end, and errors would come before it).
func say(_ line: String) {
    print(line)
    fflush(nil)
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

/// Runs the tools under test to completion. Their output goes to a log file, not a pipe: a chatty
/// child fills a pipe buffer while we wait for it to exit, and the log is kept for a failure message.
enum Command {
    /// Runs `executable` and returns its wall-clock seconds (spawn to exit); throws, quoting the end
    /// of `log`, on a non-zero exit.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], log: URL, currentDirectory: URL? = nil) throws -> Double {
        if !FileManager.default.fileExists(atPath: log.path) {
            _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        }
        let output = try FileHandle(forWritingTo: log)
        defer { try? output.close() }
        _ = try output.seekToEnd()
        try output.write(contentsOf: Data("$ \(([executable] + arguments).joined(separator: " "))\n".utf8))

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = output
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        // terminationHandler + semaphore rather than waitUntilExit(), as the harness does: the
        // latter spins a run loop, which corelibs-foundation does not promise on every thread.
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        let start = ContinuousClock.now
        try process.run()
        exited.wait()
        let elapsed = seconds(ContinuousClock.now - start)
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let how = process.terminationReason == .exit ? "exited with status" : "was killed by signal"
            throw BenchmarkFailure(
                "\((executable as NSString).lastPathComponent) \(how) \(process.terminationStatus); end of \(log.path):\n\(tail(of: log))")
        }
        return elapsed
    }

    /// `producer | consumer` as one /bin/sh pipeline, timed as a whole; throws when either fails.
    @discardableResult
    static func pipeline(_ producer: [String], into consumer: [String], log: URL) throws -> Double {
        let status = log.deletingPathExtension().appendingPathExtension("status")
        try? FileManager.default.removeItem(at: status)
        let first = producer.map(shellQuoted).joined(separator: " ")
        let second = consumer.map(shellQuoted).joined(separator: " ")
        // Debian's /bin/sh (dash) has no pipefail, and the pipeline's status is the consumer's: the
        // producer's own failure is written to a file, so a truncated dump can't pass for a good one.
        let script = "{ \(first) || echo $? > \(shellQuoted(status.path)); } | \(second)"
        let elapsed = try run("/bin/sh", ["-c", script], log: log)
        if let code = try? String(contentsOf: status, encoding: .utf8) {
            throw BenchmarkFailure(
                "\((producer[0] as NSString).lastPathComponent) exited with status \(code.trimmingCharacters(in: .whitespacesAndNewlines)); end of \(log.path):\n"
                    + tail(of: log))
        }
        return elapsed
    }

    /// The standard output and error of a short command (e.g. `--version`), trimmed.
    static func output(_ executable: String, _ arguments: [String], scratch: URL) throws -> String {
        let log = scratch.appendingPathComponent("output-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: log) }
        try run(executable, arguments, log: log)
        let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        // Drop the "$ command" line that `run` writes first.
        return text.split(separator: "\n").dropFirst().joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The last `lines` lines of a log file.
    static func tail(of log: URL, lines: Int = 30) -> String {
        let text = (try? String(contentsOf: log, encoding: .utf8)) ?? "(no output)"
        return text.split(separator: "\n", omittingEmptySubsequences: false).suffix(lines).joined(separator: "\n")
    }

    /// Quotes one word for /bin/sh (single quotes; an embedded quote becomes '\'').
    static func shellQuoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
