import Foundation

/// Runs short-lived helper commands (`mariadb`, `mariadb-install-db`, `openssl`) to completion.
///
/// Output goes to temporary files rather than pipes: with pipes, a chatty child can fill the
/// pipe buffer and deadlock against a parent that waits for exit before reading.
enum CommandRunner {
    struct Output: Sendable {
        var exitCode: Int32
        var standardOutput: String
        var standardError: String
        var combined: String { [standardOutput, standardError].filter { !$0.isEmpty }.joined(separator: "\n") }
    }

    /// Runs `executable` with `arguments`; `input` is fed on stdin. Does not throw on a non-zero exit.
    static func run(
        _ executable: String,
        _ arguments: [String],
        input: String? = nil,
        currentDirectory: URL? = nil
    ) throws -> Output {
        // Under the workspace when possible, so the watchdog also cleans up after a crash.
        let base = (try? HarnessWorkspace.shared().root) ?? FileManager.default.temporaryDirectory
        let scratch = base.appendingPathComponent("cmd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }

        let stdoutURL = scratch.appendingPathComponent("stdout")
        let stderrURL = scratch.appendingPathComponent("stderr")
        let stdinURL = scratch.appendingPathComponent("stdin")
        _ = FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stdinURL.path, contents: Data((input ?? "").utf8))

        let stdoutHandle = try FileHandle(forWritingTo: stdoutURL)
        let stderrHandle = try FileHandle(forWritingTo: stderrURL)
        let stdinHandle = try FileHandle(forReadingFrom: stdinURL)
        defer {
            try? stdoutHandle.close()
            try? stderrHandle.close()
            try? stdinHandle.close()
        }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardInput = stdinHandle
        process.standardOutput = stdoutHandle
        process.standardError = stderrHandle
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }

        // terminationHandler + semaphore instead of waitUntilExit(): the latter spins a run loop,
        // which is unreliable on arbitrary threads in corelibs-foundation.
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        try process.run()
        exited.wait()

        let out = (try? String(contentsOf: stdoutURL, encoding: .utf8)) ?? ""
        let err = (try? String(contentsOf: stderrURL, encoding: .utf8)) ?? ""
        return Output(exitCode: process.terminationStatus, standardOutput: out, standardError: err)
    }

    /// Like `run`, but throws `commandFailed` (with stdout and stderr) on a non-zero exit.
    @discardableResult
    static func check(
        _ executable: String,
        _ arguments: [String],
        input: String? = nil,
        currentDirectory: URL? = nil
    ) throws -> Output {
        let output = try run(executable, arguments, input: input, currentDirectory: currentDirectory)
        guard output.exitCode == 0 else {
            throw MariaDBHarnessError.commandFailed(
                command: [executable] + arguments, exitCode: output.exitCode, output: output.combined)
        }
        return output
    }
}

/// Runs blocking work on a fresh thread so async callers don't tie up one of the (on a 2-core
/// CI box, two) cooperative-pool threads while `mariadbd` boots or shuts down.
func runOffPool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
        let thread = Thread {
            continuation.resume(with: Result { try work() })
        }
        thread.stackSize = 1 << 20
        thread.start()
    }
}
