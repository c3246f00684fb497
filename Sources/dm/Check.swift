import ArgumentParser
import DMCommands
import Foundation
import MigrationConfig
import MigrationWorker

extension DM {
    /// `dm check`: the prechecks `dm run` makes before it starts, alone.
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check that the sources and the target are ready for a task (what dm run checks before it starts).",
            discussion: "Exits 0 when no item fails (warnings allowed), 1 otherwise. Items in the task's ignore-checking-items are skipped.")

        @Option(name: .customLong("source"), help: "A source file; repeat for every source the task names.") var sources: [String] = []
        @Option(help: "File holding the 64-hex-digit key for encrypted passwords.") var secretKeyPath: String?
        @Argument(help: "The task file.") var task: String

        func run() async throws {
            let (task, sources) = try TaskFiles.load(task: self.task, sources: self.sources, secretKeyPath: self.secretKeyPath, command: "check")
            let results = await Precheck(task: task, sources: sources).run()
            print(results.map(\.line).joined(separator: "\n"))
            let failed = results.filter { $0.state == .failure }.count
            let warned = results.filter { $0.state == .warning }.count
            print("\(results.count) checks: \(failed) failed, \(warned) warnings")
            if failed > 0 { throw ExitCode(1) }
        }
    }
}

/// Loads a task file and its source files, or ends the command with status 2 and the reason.
enum TaskFiles {
    static func load(task path: String, sources: [String], secretKeyPath: String?, command: String) throws -> (TaskConfig, [SourceConfig]) {
        do {
            let secrets = try SecretKeyOption.optional(path: secretKeyPath)
            let task = try ConfigLoader.loadTask(path: path, secrets: secrets).value
            return (task, try sources.map { try ConfigLoader.loadSource(path: $0, secrets: secrets).value })
        } catch {
            FileHandle.standardError.write(Data("dm \(command): \(error)\n".utf8))
            throw ExitCode(2)
        }
    }
}
