import Foundation
import MariaDBHarness
import Quickstart
import Synchronization
import Testing

/// DM's tutorial end to end: three shards merged by `dm run` (a child process), checked after
/// the full phase and after upstream writes; and the same run SIGKILLed during the load and
/// during the sync (across a shard DDL), resumed, ending equal to the shards.
@Suite(.serialized, .timeLimit(.minutes(10))) struct QuickstartTests {
    static var dm: URL {
        get throws {
            let candidate = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("dm")
            guard FileManager.default.isExecutableFile(atPath: candidate.path) else {
                throw QuickstartTestError("no dm executable next to the tests at \(candidate.path); run `swift build --build-tests` first")
            }
            return candidate
        }
    }

    /// Starts `dm run` on the quickstart's files, its output appended to `dm.log` there.
    static func startDM(_ quickstart: Quickstart) throws -> Process {
        let log = quickstart.directory.appendingPathComponent("dm.log")
        if !FileManager.default.fileExists(atPath: log.path) { _ = FileManager.default.createFile(atPath: log.path, contents: nil) }
        let handle = try FileHandle(forWritingTo: log)
        handle.seekToEndOfFile()
        let process = Process()
        process.executableURL = try Self.dm
        process.arguments = quickstart.dmRunArguments(statusAddr: "off")
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        return process
    }

    static func log(_ quickstart: Quickstart) -> String {
        (try? String(contentsOf: quickstart.directory.appendingPathComponent("dm.log"), encoding: .utf8)) ?? ""
    }

    static func kill(_ process: Process) {
        if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    static func directory() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("quickstart-test-\(UUID().uuidString.prefix(8))")
    }

    @Test func shardsMergeThenChangesArrive() async throws {
        let quickstart = try await Quickstart.prepare(directory: Self.directory())
        defer { try? FileManager.default.removeItem(at: quickstart.directory) }
        let dm = try Self.startDM(quickstart)
        do {
            #expect(try await quickstart.waitUntilMerged(), "\(Self.log(quickstart))")
            #expect(try quickstart.merged() == quickstart.union())
            #expect(try quickstart.merged().count == 30)
            for round in 1...3 { try quickstart.writeUpstream(round: round) }
            #expect(try await quickstart.waitUntilMerged(), "\(Self.log(quickstart))")
            let merged = try quickstart.merged()
            #expect(merged.count == 48 && merged.contains { $0.hasSuffix("updated in round 3") })
        }
        Self.kill(dm)
        await quickstart.stop()
    }

    @Test func killedDuringLoadAndSyncResumesExactly() async throws {
        let quickstart = try await Quickstart.prepare(directory: Self.directory())
        defer { try? FileManager.default.removeItem(at: quickstart.directory) }
        try quickstart.addRows(60_000)
        // Killed while loading.
        var dm = try Self.startDM(quickstart)
        try await Task.sleep(for: .milliseconds(1500))
        #expect(dm.isRunning, "\(Self.log(quickstart))")
        let loadedBefore = Int(try quickstart.target.cli("SELECT COUNT(*) FROM dmtest1.t1")) ?? 0
        Self.kill(dm)
        #expect(loadedBefore < 180_030, "the load finished before the kill; the test needs more rows")
        dm = try Self.startDM(quickstart)
        #expect(try await quickstart.waitUntilMerged(seconds: 240), "\(Self.log(quickstart))")
        // Killed while writes replicate, then resumed twice more.
        for round in 1...3 {
            let writer = Task {
                for step in 0..<20 {
                    // In round 2 every shard adds a column, at a different moment: the shard DDL
                    // lock is held across kills.
                    for (index, source) in quickstart.sources.enumerated() where round == 2 && step == index * 6 {
                        try source.cli("ALTER TABLE t1 ADD COLUMN extra INT NULL", database: "dmtest1")
                    }
                    try quickstart.writeUpstream(round: round * 100 + step)
                    try await Task.sleep(for: .milliseconds(20))
                }
            }
            try await Task.sleep(for: .milliseconds(300))
            Self.kill(dm)
            try await writer.value
            dm = try Self.startDM(quickstart)
        }
        #expect(try await quickstart.waitUntilMerged(seconds: 240), "\(Self.log(quickstart))")
        #expect(try quickstart.merged() == quickstart.union())
        #expect(try quickstart.target.cli("SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = 'dmtest1' AND TABLE_NAME = 't1' AND COLUMN_NAME = 'extra'") == "1")
        Self.kill(dm)
        await quickstart.stop()
    }
}

struct QuickstartTestError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
