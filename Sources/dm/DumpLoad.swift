import ArgumentParser
import DMCommands
import Foundation
import MigrationConfig
import MigrationWorker
import Synchronization

extension DM {
    /// `dm dump`: the dump unit alone, writing mydumper's file layout.
    struct Dump: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Dump a source's selected tables to files in mydumper's layout (loadable by dm load or myloader).")

        @Option(name: .customLong("source"), help: "The source file of the source to dump.") var source: String
        @Option(help: "The directory to write (default: the task's loader dir).") var output: String?
        @Flag(help: "gzip the data files.") var compress = false
        @Option(help: "File holding the 64-hex-digit key for encrypted passwords.") var secretKeyPath: String?
        @Argument(help: "The task file (block-allow list and mydumper settings).") var task: String

        func run() async throws {
            let (task, source) = try loadFiles(task: self.task, source: self.source, secretKeyPath: self.secretKeyPath)
            let index = task.mysqlInstances.firstIndex { $0.sourceID == source.sourceID } ?? 0
            let directory = self.output ?? task.subtaskSettings(index).loader.dir
            try await runReporting("dump", label: "\(task.name)/\(source.sourceID) dump") { progress in
                let dump = try FileDump(task: task, source: source, directory: directory, compress: self.compress)
                progress.value = dump.progress
                let position = try await dump.run()
                print("dumped to \(directory); binlog position \(position.map(String.init(describing:)) ?? "unknown (binlog off)")")
            }
        }
    }

    /// `dm load`: the load unit alone, reading a dump directory.
    struct Load: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Load a dump directory (dm dump or mydumper) into the task's target, resumably.")

        @Option(name: .customLong("source"), help: "The source file of the source the dump came from.") var source: String
        @Option(help: "The dump directory (default: the task's loader dir).") var dir: String?
        @Option(help: "File holding the 64-hex-digit key for encrypted passwords.") var secretKeyPath: String?
        @Argument(help: "The task file.") var task: String

        func run() async throws {
            let (task, source) = try loadFiles(task: self.task, source: self.source, secretKeyPath: self.secretKeyPath)
            let index = task.mysqlInstances.firstIndex { $0.sourceID == source.sourceID } ?? 0
            let directory = self.dir ?? task.subtaskSettings(index).loader.dir
            try await runReporting("load", label: "\(task.name)/\(source.sourceID) load") { progress in
                let load = try FileLoad(task: task, source: source, directory: directory)
                progress.value = load.progress
                let position = try await load.run()
                print("loaded \(directory); binlog position \(position.map(String.init(describing:)) ?? "unknown")")
            }
        }
    }
}

private func loadFiles(task: String, source: String, secretKeyPath: String?) throws -> (TaskConfig, SourceConfig) {
    do {
        let secrets = try SecretKeyOption.optional(path: secretKeyPath)
        return (try ConfigLoader.loadTask(path: task, secrets: secrets).value, try ConfigLoader.loadSource(path: source, secrets: secrets).value)
    } catch {
        FileHandle.standardError.write(Data("dm: \(error)\n".utf8))
        throw ExitCode(2)
    }
}

/// Holds the progress of the running unit for the reporter.
final class ProgressBox: Sendable {
    private let state = Mutex<LoadProgress?>(nil)
    var value: LoadProgress? {
        get { self.state.withLock { $0 } }
        set { self.state.withLock { $0 = newValue } }
    }
}

/// Runs `body`, printing a progress line every 2 s on standard error; errors are printed and
/// end the command with status 1.
private func runReporting(_ command: String, label: String, _ body: (ProgressBox) async throws -> Void) async throws {
    let box = ProgressBox()
    let reporter = Task {
        while !Task.isCancelled {
            try? await Task.sleep(for: .seconds(2))
            if let progress = box.value, !Task.isCancelled {
                FileHandle.standardError.write(Data((ProgressLine.format(progress.report(), label: label) + "\n").utf8))
            }
        }
    }
    defer { reporter.cancel() }
    do {
        try await body(box)
    } catch {
        FileHandle.standardError.write(Data("dm \(command): \(error)\n".utf8))
        throw ExitCode(1)
    }
}
