import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Signal-and-wait helpers that work on a bare pid.
///
/// Foundation's `Process` reaps its children on a background thread, so after exit the pid
/// disappears; until then it may briefly be a zombie, which `kill(pid, 0)` still reports as alive.
enum ProcessControl {
    static func isAlive(_ pid: Int32) -> Bool {
        guard pid > 0, kill(pid, 0) == 0 || errno == EPERM else { return false }
        #if os(Linux)
        // "/proc/<pid>/stat" is "pid (comm) S ..."; state 'Z' = exited but not yet reaped.
        if let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
           let close = stat.lastIndex(of: ")") {
            let state = stat[stat.index(after: close)...].drop(while: { $0 == " " }).first
            if state == "Z" || state == "X" { return false }
        }
        #endif
        return true
    }

    /// Waits until `pid` has exited; returns false on timeout.
    @discardableResult
    static func waitForExit(_ pid: Int32, timeout: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while isAlive(pid) {
            if Date() >= deadline { return false }
            usleep(10_000)
        }
        return true
    }

    /// SIGTERM (clean shutdown), then SIGKILL if the process is still alive after `grace` seconds.
    /// Returns false if SIGKILL was needed.
    @discardableResult
    static func terminate(_ pid: Int32, grace: TimeInterval) -> Bool {
        guard isAlive(pid) else { return true }
        kill(pid, SIGTERM)
        if waitForExit(pid, timeout: grace) { return true }
        forceKill(pid)
        return false
    }

    /// SIGKILL and wait until the pid is gone.
    static func forceKill(_ pid: Int32) {
        guard isAlive(pid) else { return }
        kill(pid, SIGKILL)
        waitForExit(pid, timeout: 30)
    }
}
