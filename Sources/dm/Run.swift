import ArgumentParser
import DMCommands
import Dispatch
import Foundation
import MigrationConfig
import MigrationWorker

extension DM {
    /// `dm run`: the whole migration of a task in this process.
    struct Run: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run a task: the full migration and/or the sync its task-mode asks for, in this process.",
            discussion: "task-mode full exits 0 once the load is complete; all and incremental keep replicating until SIGINT or SIGTERM.")

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
            let work = Task { try await taskRun.run() }
            // SIGINT/SIGTERM cancel the run: appliers finish their current transaction, and the
            // next run resumes from the checkpoints.
            let signals = [SIGINT, SIGTERM].map { number in
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler { work.cancel() }
                source.resume()
                return source
            }
            defer { for source in signals { source.cancel() } }
            let interval = self.progressInterval
            let reporter = Task {
                guard interval > 0 else { return }
                while !Task.isCancelled {
                    try? await Task.sleep(for: .seconds(interval))
                    if Task.isCancelled { break }
                    Self.printProgress(taskRun)
                }
            }
            defer { reporter.cancel() }
            switch await work.result {
            case .success:
                Self.printProgress(taskRun)
            case .failure(let error):
                if work.isCancelled {
                    FileHandle.standardError.write(Data("dm run: stopped; run the same command again to resume\n".utf8))
                    return
                }
                FileHandle.standardError.write(Data("dm run: \(error)\n".utf8))
                throw ExitCode(1)
            }
        }

        static func printProgress(_ run: TaskRun) {
            for subtask in run.subtasks {
                let label = "\(run.task.name)/\(subtask.source.sourceID)"
                var lines: [String] = []
                if let full = subtask.full {
                    let report = full.progress.report()
                    if !(report.finished && subtask.sync != nil) { lines.append(ProgressLine.format(report, label: label + " load")) }
                }
                if let sync = subtask.sync, subtask.full.map({ $0.progress.report().finished }) ?? true {
                    lines.append(SyncLine.format(sync.status.snapshot(), label: label + " sync"))
                }
                for line in lines { FileHandle.standardError.write(Data((line + "\n").utf8)) }
            }
        }
    }
}
