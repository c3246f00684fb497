import ArgumentParser
import Foundation
import MariaDBHarness
import Quickstart

extension DM {
    /// `dm quickstart`: DM's tutorial on this machine, from nothing to merged shards replicating.
    struct QuickstartCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "quickstart",
            abstract: "Start three throwaway MariaDB shards and a target, merge the shards with dm run, and show changes arriving.",
            discussion: "Everything it starts runs on 127.0.0.1 and is stopped when it ends.")

        @Option(help: "Where to write the source and task files (default: a new temporary directory).") var directory: String?

        func run() async throws {
            let directory = self.directory.map { URL(fileURLWithPath: $0) }
                ?? FileManager.default.temporaryDirectory.appendingPathComponent("dm-quickstart-\(UUID().uuidString.prefix(8))")
            say("1. starting three MariaDB sources (auto_increment_offset 1/2/3, increment 5) and a target on 127.0.0.1 ...")
            let quickstart = try await Quickstart.prepare(directory: directory)
            var dm: Process?
            do {
                for (index, source) in quickstart.sources.enumerated() { say("   source \(index + 1): 127.0.0.1:\(source.port)") }
                say("   target:   127.0.0.1:\(quickstart.target.port)")
                say("2. each source has dmtest1.t1 with 10 rows:\n\(Quickstart.createTable)")
                say("3. the source and task files, in DM's format, are in \(directory.path):")
                for file in quickstart.sourceFiles + [quickstart.taskFile] { say("   \(file.lastPathComponent)") }
                say("\n--- \(quickstart.taskFile.lastPathComponent) ---\n" + ((try? String(contentsOf: quickstart.taskFile, encoding: .utf8)) ?? ""))
                let arguments = quickstart.dmRunArguments()
                say("4. dm \(arguments.joined(separator: " "))   (its output follows, prefixed by the task name)")
                let process = Process()
                process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
                process.arguments = arguments
                try process.run()
                dm = process
                guard try await quickstart.waitUntilMerged() else { throw CommandFailure("the target did not get the shards' rows within 2 minutes") }
                say("\n5. full phase done: the target's dmtest1.t1 holds the union of the shards:")
                self.show(quickstart)
                say("6. inserting and updating rows on every shard while dm run replicates the binlogs ...")
                for round in 1...2 { try quickstart.writeUpstream(round: round) }
                guard try await quickstart.waitUntilMerged() else { throw CommandFailure("the upstream changes did not arrive within 2 minutes") }
                say("\n7. the changes arrived:")
                self.show(quickstart)
                say("the target equals the union of the shards. Stopping dm run and the servers.")
            } catch {
                dm?.terminate()
                await quickstart.stop()
                throw error
            }
            dm?.terminate()
            dm?.waitUntilExit()
            await quickstart.stop()
        }

        private func show(_ quickstart: Quickstart) {
            let rows = (try? quickstart.target.cli("SELECT id, uid, name, IFNULL(info, 'NULL') FROM dmtest1.t1 ORDER BY id")) ?? ""
            let lines = rows.split(separator: "\n")
            say("   id\tuid\tname\tinfo")
            for line in lines.prefix(12) { say("   \(line)") }
            if lines.count > 12 { say("   ... \(lines.count) rows in all") }
        }

        private func say(_ text: String) {
            FileHandle.standardOutput.write(Data((text + "\n").utf8))
        }
    }
}
