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
            discussion: """
                Prechecks run first (dm check). task-mode full exits 0 once the load is complete; all and incremental keep \
                replicating until SIGINT or SIGTERM, and running the same command again resumes from the checkpoints.
                """)

        @Option(name: .customLong("source"), help: "A source file; repeat for every source the task names.") var sources: [String] = []
        @Option(help: "File holding the 64-hex-digit key for encrypted passwords.") var secretKeyPath: String?
        @Option(help: "Seconds between progress lines (0: none).") var progressInterval: Double = 2
        @Option(help: "HTTP status endpoint HOST:PORT (/status JSON, /metrics Prometheus, / page); 'off' for none.")
        var statusAddr = "127.0.0.1:8262"
        @Option(help: "text or json (one JSON object per line).") var logFormat = "text"
        @Option(help: "Write progress and messages to this file instead of standard error.") var logFile: String?
        @Argument(help: "The task file.") var task: String

        func run() async throws {
            let log: RunLog
            do {
                log = try RunLog(format: self.logFormat, file: self.logFile)
            } catch {
                FileHandle.standardError.write(Data("dm run: \(error)\n".utf8))
                throw ExitCode(2)
            }
            let (task, sources) = try TaskFiles.load(task: self.task, sources: self.sources, secretKeyPath: self.secretKeyPath, command: "run")
            let taskRun: TaskRun
            do {
                taskRun = try TaskRun(task: task, sources: sources)
            } catch {
                log.say("\(error)", level: "error")
                throw ExitCode(2)
            }
            // DM's precheck: failures stop the run before anything is written; warnings are shown.
            let checks = await Precheck(task: task, sources: sources).run().filter { $0.state != .success }
            for result in checks { log.say("precheck \(result.line)", level: result.state == .failure ? "error" : "warn") }
            if checks.contains(where: { $0.state == .failure }) {
                log.say("precheck failed; fix the items above, or list them in the task's ignore-checking-items", level: "error")
                throw ExitCode(2)
            }
            let server = await self.startStatusServer(taskRun, log: log)
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
                    log.status(taskRun, lines: Self.progressLines(taskRun))
                }
            }
            defer { reporter.cancel() }
            let result = await work.result
            await server?.stop()
            switch result {
            case .success:
                log.status(taskRun, lines: Self.progressLines(taskRun))
            case .failure(let error):
                if work.isCancelled {
                    log.say("stopped; run the same command again to resume")
                    return
                }
                log.say("\(error)", level: "error")
                throw ExitCode(1)
            }
        }

        /// The status endpoint; a port in use is reported, and the run goes on without it.
        private func startStatusServer(_ run: TaskRun, log: RunLog) async -> StatusServer? {
            guard self.statusAddr != "off", !self.statusAddr.isEmpty else { return nil }
            guard let colon = self.statusAddr.lastIndex(of: ":"), let port = Int(self.statusAddr[self.statusAddr.index(after: colon)...]) else {
                log.say("--status-addr must be HOST:PORT, not '\(self.statusAddr)'; no status endpoint", level: "warn")
                return nil
            }
            let host = String(self.statusAddr[..<colon]).trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
            do {
                let server = try await StatusServer.start(host: host.isEmpty ? "127.0.0.1" : host, port: port, respond: StatusServer.routes(run))
                log.say("status at http://\(host.isEmpty ? "127.0.0.1" : host):\(server.port)/ (/status, /metrics)")
                return server
            } catch {
                log.say("\(error); going on without a status endpoint (choose another with --status-addr)", level: "warn")
                return nil
            }
        }

        static func progressLines(_ run: TaskRun) -> [String] {
            var lines: [String] = []
            for subtask in run.subtasks {
                let label = "\(run.task.name)/\(subtask.source.sourceID)"
                if let full = subtask.full {
                    let report = full.progress.report()
                    if !(report.finished && subtask.sync != nil) { lines.append(ProgressLine.format(report, label: label + " load")) }
                }
                if let sync = subtask.sync, subtask.full.map({ $0.progress.report().finished }) ?? true {
                    lines.append(SyncLine.format(sync.status.snapshot(), label: label + " sync"))
                }
            }
            return lines
        }
    }
}
