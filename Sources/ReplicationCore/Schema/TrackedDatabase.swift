/// A database (schema) as the tracker knows it: its name and the defaults its new tables inherit.
public struct TrackedDatabase: Hashable, Sendable, Codable {
    public var name: String
    /// Default charset of new tables (`CREATE DATABASE ... CHARACTER SET`).
    public var charset: String
    /// Default collation of new tables.
    public var collation: String

    public init(name: String, charset: String, collation: String) {
        self.name = name
        self.charset = charset
        self.collation = collation
    }
}
