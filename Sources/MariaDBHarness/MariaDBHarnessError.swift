import Foundation

/// Errors thrown by the harness. Every case carries enough text (log tails, command output)
/// to diagnose a failing CI run without re-running it.
public enum MariaDBHarnessError: Error, Sendable, CustomStringConvertible, LocalizedError {
    /// A required executable was not found; `hint` says which package provides it.
    case executableNotFound(name: String, searched: [String], hint: String)
    /// A helper command exited unsuccessfully.
    case commandFailed(command: [String], exitCode: Int32, output: String)
    /// `mariadbd` exited or did not answer in time. `logTail` is the end of its error log.
    case serverStartFailed(reason: String, logTail: String)
    /// The operation needs a server that has not been stopped/removed.
    case serverUnavailable(String)

    public var description: String {
        switch self {
        case let .executableNotFound(name, searched, hint):
            return "MariaDBHarness: executable '\(name)' not found (searched: \(searched.joined(separator: ", "))). \(hint)"
        case let .commandFailed(command, exitCode, output):
            return "MariaDBHarness: command failed with exit code \(exitCode): \(command.joined(separator: " "))\n\(output)"
        case let .serverStartFailed(reason, logTail):
            return "MariaDBHarness: mariadbd did not start: \(reason)\n--- tail of server log ---\n\(logTail)"
        case let .serverUnavailable(message):
            return "MariaDBHarness: \(message)"
        }
    }

    public var errorDescription: String? { description }
}
