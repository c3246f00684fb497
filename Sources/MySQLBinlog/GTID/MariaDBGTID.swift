/// A MariaDB GTID, `domain-server-sequence` (e.g. `0-1-100`).
public struct MariaDBGTID: Sendable, Hashable, CustomStringConvertible {
    public var domain: UInt32
    public var server: UInt32
    public var sequence: UInt64

    public init(domain: UInt32, server: UInt32, sequence: UInt64) {
        self.domain = domain
        self.server = server
        self.sequence = sequence
    }

    /// One GTID; surrounding whitespace is allowed.
    public init(parsing text: String) throws {
        var scanner = GTIDTextScanner(text)
        scanner.skipWhitespace()
        self = try Self.parse(&scanner)
        scanner.skipWhitespace()
        guard scanner.isAtEnd else { throw scanner.error("expected the end of the GTID, found \(scanner.found)") }
    }

    public var description: String { "\(self.domain)-\(self.server)-\(self.sequence)" }

    static func parse(_ scanner: inout GTIDTextScanner) throws -> Self {
        let domain = try scanner.decimal(max: UInt64(UInt32.max), "a domain id")
        guard scanner.take(UInt8(ascii: "-")) else { throw scanner.error("expected '-' after the domain id, found \(scanner.found)") }
        let server = try scanner.decimal(max: UInt64(UInt32.max), "a server id")
        guard scanner.take(UInt8(ascii: "-")) else { throw scanner.error("expected '-' after the server id, found \(scanner.found)") }
        let sequence = try scanner.decimal(max: UInt64.max, "a sequence number")
        return Self(domain: UInt32(domain), server: UInt32(server), sequence: sequence)
    }
}
