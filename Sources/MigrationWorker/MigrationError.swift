/// A migration that cannot go on: the message names the server, table, chunk or file involved
/// and what to do about it.
public struct MigrationError: Error, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { self.message }
}
