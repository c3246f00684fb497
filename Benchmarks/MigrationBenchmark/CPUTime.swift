import Foundation

/// CPU seconds (user + system) a process has used so far, from `/proc/<pid>/stat`: where a
/// contender's time goes on a machine whose cores it shares with the servers.
enum CPUTime {
    static func of(_ pid: Int32) -> Double {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return 0 }
        // Fields after "(comm)": state is field 3; utime and stime are fields 14 and 15.
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return 0 }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// CPU seconds of each process in `pids` while `body` runs.
    static func during<T>(_ pids: [Int32], _ body: () throws -> T) rethrows -> (T, [Double]) {
        let before = pids.map(Self.of)
        let result = try body()
        return (result, zip(pids, before).map { Self.of($0) - $1 })
    }
}
