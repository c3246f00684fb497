import ArgumentParser
import DMCommands
import Foundation
import MigrationConfig
import MigrationWorker

extension DM {
    /// `dm run`: the whole migration of a task in this process.
    struct Run: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run a task: every subtask the task-mode asks for, in this process (task-mode full for now).")

        @Option(name: .customLong("source"), help: "A source file; repeat for every source the task names.") var sources: [String] = []
        @Option(help: "File holding the 64-hex-digit key for encrypted passwords.") var secretKeyPath: String?
        @Option(help: "Seconds between progress lines on standard error (0: none).") var progressInterval: Double = 2
        @Argument(help: "The task file.") var task: String

        func run() async throws {
            let secrets = try SecretKeyOption.optional(path: self.secretKeyPath)
            let taskRun: TaskRun
            do {
                let task = try ConfigLoader.loadTask(path: self.task, secrets: secrets).value
                let sources = try self.sources.map { try ConfigLoader.loadSource(path: $0, secrets: secrets).value }
                taskRun = try TaskRun(task: task, sources: sources)
            } catch {
                FileHandle.standardError.write(Data("dm run: \(error)\n".utf8))
                throw ExitCode(2)
            }
            let reporter = Task {
                guard self.progressInterval > 0 else { return }
                while !Task.isCancelled {
                    try? await Task.sleep(for: .seconds(self.progressInterval))
                    if Task.isCancelled { break }
                    Self.printProgress(taskRun)
                }
            }
            do {
                try await taskRun.run()
            } catch {
                reporter.cancel()
                FileHandle.standardError.write(Data("dm run: \(error)\n".utf8))
                throw ExitCode(1)
            }
            reporter.cancel()
            Self.printProgress(taskRun)
        }

        static func printProgress(_ run: TaskRun) {
            for migration in run.migrations {
                let line = ProgressLine.format(migration.progress.report(), label: "\(run.task.name)/\(migration.source.sourceID) load")
                FileHandle.standardError.write(Data((line + "\n").utf8))
            }
        }
    }
}
