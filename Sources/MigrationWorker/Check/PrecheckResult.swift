/// One precheck item's outcome for one server or table group: what was found, and how to fix
/// it when it is not right.
public struct PrecheckResult: Sendable, Hashable {
    public enum State: String, Sendable, Hashable {
        case success, warning, failure
    }

    /// DM's checking-item name (`binlog_format`, `auto_increment_ID`, ...), as
    /// `ignore-checking-items` names it.
    public var item: String
    /// Where: "source s1", "target", "shard group `db`.`t`".
    public var subject: String
    public var state: State
    /// What was found.
    public var message: String
    /// How to fix it (empty on success).
    public var instruction: String

    public init(item: String, subject: String, state: State, message: String, instruction: String = "") {
        self.item = item
        self.subject = subject
        self.state = state
        self.message = message
        self.instruction = instruction
    }

    /// `✔ source s1 binlog_format: ROW` / `✘ ...: found; fix`.
    public var line: String {
        let mark = switch self.state {
        case .success: "ok  "
        case .warning: "WARN"
        case .failure: "FAIL"
        }
        var line = "\(mark) \(self.subject) \(self.item): \(self.message)"
        if !self.instruction.isEmpty { line += "\n       fix: \(self.instruction)" }
        return line
    }
}
