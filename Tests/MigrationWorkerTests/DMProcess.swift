import Dispatch
import Foundation
import Synchronization

/// The `dm` executable built next to the test bundle, run as a child process (so tests can
/// SIGKILL it like a crash would).
struct DMProcess {
    let process = Process()
    let output: URL

    static var executable: URL {
        get throws {
            let directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            let candidate = directory.appendingPathComponent("dm")
            guard FileManager.default.isExecutableFile(atPath: candidate.path) else {
                throw DMProcessError("no dm executable next to the tests at \(candidate.path); run `swift build --build-tests` first")
            }
            return candidate
        }
    }

    /// Starts `dm arguments...`, with standard output and error going to a file.
    init(_ arguments: [String], workDirectory: URL) throws {
        self.output = workDirectory.appendingPathComponent("dm-\(UUID().uuidString.prefix(8)).log")
        _ = FileManager.default.createFile(atPath: self.output.path, contents: nil)
        let handle = try FileHandle(forWritingTo: self.output)
        self.process.executableURL = try Self.executable
        self.process.arguments = arguments
        self.process.standardOutput = handle
        self.process.standardError = handle
        try self.process.run()
    }

    /// Whether a `killLater` kill found the process still running.
    final class KillState: Sendable {
        let flag = Mutex(false)
        var killedWhileRunning: Bool { self.flag.withLock { $0 } }
    }

    /// SIGKILLs the process after `milliseconds`, from a Dispatch timer (on time even when the
    /// test's own task is starved).
    func killLater(milliseconds: Int) -> KillState {
        let state = KillState()
        let process = self.process
        DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(milliseconds)) {
            if process.isRunning {
                state.flag.withLock { $0 = true }
                Foundation.kill(process.processIdentifier, SIGKILL)
            }
        }
        return state
    }

    func kill() {
        if self.process.isRunning { Foundation.kill(self.process.processIdentifier, SIGKILL) }
        self.process.waitUntilExit()
    }

    /// Waits for the exit and returns the status and what it printed.
    func wait() -> (status: Int32, output: String) {
        self.process.waitUntilExit()
        let text = (try? String(contentsOf: self.output, encoding: .utf8)) ?? ""
        return (self.process.terminationStatus, text)
    }
}

struct DMProcessError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
