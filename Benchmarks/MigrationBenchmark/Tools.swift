import Foundation
import MariaDBHarness

/// The executables the benchmark drives, all located before any server starts, so a missing
/// package fails in a second instead of after the fill.
struct Tools: Sendable {
    let dm: String
    let sysbench: String
    let mydumper: String
    let myloader: String
    let mariadbDump: String
    let mariadb: String

    static func locate() throws -> Tools {
        let depsHint = "Install it with scripts/install-deps, or: apt-get install -y"
        return Tools(
            dm: try locateDM(),
            sysbench: try MariaDBExecutables.find(["sysbench"], hint: "\(depsHint) sysbench"),
            mydumper: try MariaDBExecutables.find(["mydumper"], hint: "\(depsHint) mydumper"),
            myloader: try MariaDBExecutables.find(["myloader"], hint: "\(depsHint) mydumper"),
            mariadbDump: try MariaDBExecutables.find(["mariadb-dump", "mysqldump"]),
            mariadb: try MariaDBExecutables.locate().client)
    }

    /// `dm` of the same build as this benchmark: the sibling of this executable (both land in
    /// `.build/<configuration>/`). `DM_BINARY` overrides it.
    private static func locateDM() throws -> String {
        if let override = ProcessInfo.processInfo.environment["DM_BINARY"], !override.isEmpty { return override }
        let me = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        let candidate = me.resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("dm")
        guard FileManager.default.isExecutableFile(atPath: candidate.path) else {
            throw BenchmarkFailure(
                "no dm binary at \(candidate.path); build it first with `swift build -c release --product dm` "
                    + "(scripts/bench-migrate does), or set DM_BINARY")
        }
        return candidate.path
    }
}
