import Foundation
import MigrationWorker

/// Where `dm run` writes what it has to say: standard error or `--log-file`, as text lines or
/// (`--log-format json`) one JSON object per line for machines.
final class RunLog: Sendable {
    enum Format: String, CaseIterable {
        case text, json
    }

    private let handle: FileHandle
    private let json: Bool

    init(format: String, file: String?) throws {
        guard let parsed = Format(rawValue: format) else {
            throw CommandFailure("--log-format must be text or json, not '\(format)'")
        }
        self.json = parsed == .json
        if let file {
            if !FileManager.default.fileExists(atPath: file) { _ = FileManager.default.createFile(atPath: file, contents: nil) }
            guard let handle = FileHandle(forWritingAtPath: file) else { throw CommandFailure("cannot open --log-file \(file) for writing") }
            handle.seekToEndOfFile()
            self.handle = handle
        } else {
            self.handle = FileHandle.standardError
        }
    }

    /// A message (`level`: info, warn, error).
    func say(_ message: String, level: String = "info") {
        if self.json {
            self.write(#"{"time":"\#(Self.now())","level":"\#(level)","msg":\#(Self.quoted(message))}"#)
        } else {
            self.write("dm run: \(message)")
        }
    }

    /// The periodic status: progress and sync lines, or the status report as JSON.
    func status(_ run: TaskRun, lines: [String]) {
        if self.json {
            let report = TaskStatusReport(run).json(pretty: false)
            self.write(#"{"time":"\#(Self.now())","level":"info","msg":"status","status":\#(report)}"#)
        } else {
            for line in lines { self.write(line) }
        }
    }

    private func write(_ line: String) {
        self.handle.write(Data((line + "\n").utf8))
    }

    private static func now() -> String {
        Date.now.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted))
    }

    static func quoted(_ text: String) -> String {
        let data = (try? JSONEncoder().encode(text)) ?? Data("\"\"".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}

/// A command's own failure, said as it is.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
