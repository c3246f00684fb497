/// A MariaDB replication position such as `@@gtid_slave_pos` or `@@gtid_binlog_pos`: the last
/// GTID of each replication domain. Within a domain sequence numbers only grow, so a GTID is
/// behind the position when its sequence is at most the domain's.
public struct MariaDBGTIDPosition: Sendable, Hashable, CustomStringConvertible {
    private var byDomain: [UInt32: MariaDBGTID] = [:]

    public init() {}

    /// Later GTIDs of a domain replace earlier ones, as when replaying a binlog.
    public init(_ gtids: some Sequence<MariaDBGTID>) {
        for gtid in gtids { self.advance(with: gtid) }
    }

    /// `0-1-100,1-2-5`; "" is the empty position. Whitespace around commas is allowed; two
    /// GTIDs of one domain are rejected, as MariaDB does ("duplicate domain").
    public init(parsing text: String) throws {
        var scanner = GTIDTextScanner(text)
        scanner.skipWhitespace()
        guard !scanner.isAtEnd else { return }
        while true {
            let start = scanner.offset
            let gtid = try MariaDBGTID.parse(&scanner)
            guard self.byDomain.updateValue(gtid, forKey: gtid.domain) == nil else {
                throw scanner.error("a second GTID for domain \(gtid.domain)", at: start)
            }
            scanner.skipWhitespace()
            if scanner.isAtEnd { return }
            guard scanner.take(UInt8(ascii: ",")) else {
                throw scanner.error("expected ',' or the end of the position, found \(scanner.found)")
            }
            scanner.skipWhitespace()
        }
    }

    public var isEmpty: Bool { self.byDomain.isEmpty }

    /// One GTID per domain, by ascending domain.
    public var gtids: [MariaDBGTID] { self.byDomain.values.sorted { $0.domain < $1.domain } }

    public subscript(domain domain: UInt32) -> MariaDBGTID? { self.byDomain[domain] }

    /// Records `gtid` as its domain's latest, whatever its sequence (the stream is the authority).
    public mutating func advance(with gtid: MariaDBGTID) {
        self.byDomain[gtid.domain] = gtid
    }

    /// Whether `gtid` is at or before this position in its domain.
    public func contains(_ gtid: MariaDBGTID) -> Bool {
        guard let current = self.byDomain[gtid.domain] else { return false }
        return gtid.sequence <= current.sequence
    }

    /// Per domain, the GTID with the higher sequence (self's on a tie).
    public func union(_ other: MariaDBGTIDPosition) -> MariaDBGTIDPosition {
        var result = self
        for gtid in other.byDomain.values where !result.contains(gtid) {
            result.byDomain[gtid.domain] = gtid
        }
        return result
    }

    public mutating func formUnion(_ other: MariaDBGTIDPosition) {
        self = self.union(other)
    }

    /// Sorted by domain, as MariaDB prints positions.
    public var description: String {
        self.gtids.map(\.description).joined(separator: ",")
    }
}
