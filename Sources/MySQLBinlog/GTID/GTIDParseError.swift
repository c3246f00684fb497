/// A GTID, GTID set or GTID position text that does not parse. `position` is the 0-based
/// offset (in UTF-8 bytes, which for GTID text are plain ASCII characters) of the first
/// character that could not be accepted; it equals the text's length when the text ends early.
public struct GTIDParseError: Error, Sendable, Hashable, CustomStringConvertible {
    public var text: String
    public var position: Int
    public var reason: String

    public init(text: String, position: Int, reason: String) {
        self.text = text
        self.position = position
        self.reason = reason
    }

    public var description: String {
        "malformed GTID text \"\(self.text)\" at position \(self.position): \(self.reason)"
    }
}
