/// A server UUID (the source of MySQL GTIDs). Stored as two big-endian halves so that
/// comparing them orders UUIDs the way MySQL does (byte-wise, which is also the order of
/// their lowercase text).
public struct MySQLUUID: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Bytes 0...7 as a big-endian integer.
    public var high: UInt64
    /// Bytes 8...15 as a big-endian integer.
    public var low: UInt64

    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// The 16 bytes as stored in binlog events; nil unless exactly 16.
    public init?(bytes: some Collection<UInt8>) {
        guard bytes.count == 16 else { return nil }
        var high: UInt64 = 0
        var low: UInt64 = 0
        for (index, byte) in bytes.enumerated() {
            if index < 8 { high = high << 8 | UInt64(byte) } else { low = low << 8 | UInt64(byte) }
        }
        self.init(high: high, low: low)
    }

    /// Reads 16 bytes.
    public init(decoding cursor: inout BinlogCursor) throws {
        let high = try cursor.uintBE(8, "a UUID")
        let low = try cursor.uintBE(8, "a UUID")
        self.init(high: high, low: low)
    }

    /// Text such as `3E11FA47-71CA-11E1-9E33-C80AA9429562` (hex digits of either case).
    public init(parsing text: String) throws {
        var scanner = GTIDTextScanner(text)
        self = try Self.parse(&scanner)
        guard scanner.isAtEnd else { throw scanner.error("expected the end of the UUID, found \(scanner.found)") }
    }

    public var bytes: [UInt8] {
        (0..<16).map { index in
            let half = index < 8 ? self.high : self.low
            return UInt8(truncatingIfNeeded: half >> (8 * UInt64(7 - index % 8)))
        }
    }

    public var description: String {
        let hex = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(36)
        for (index, byte) in self.bytes.enumerated() {
            if index == 4 || index == 6 || index == 8 || index == 10 { text.append(UInt8(ascii: "-")) }
            text.append(hex[Int(byte >> 4)])
            text.append(hex[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.high, lhs.low) < (rhs.high, rhs.low)
    }

    /// The 8-4-4-4-12 dashed form, the only one MySQL accepts inside GTID sets.
    static func parse(_ scanner: inout GTIDTextScanner) throws -> Self {
        var high: UInt64 = 0
        var low: UInt64 = 0
        for index in 0..<36 {
            if index == 8 || index == 13 || index == 18 || index == 23 {
                guard scanner.take(UInt8(ascii: "-")) else { throw scanner.error("expected '-' in the UUID, found \(scanner.found)") }
                continue
            }
            guard let byte = scanner.peek, let digit = GTIDTextScanner.hexValue(byte) else {
                throw scanner.error("expected a hex digit of the UUID, found \(scanner.found)")
            }
            scanner.advance()
            // The first 16 hex digits (indices before 19) make up the high half.
            if index < 19 { high = high << 4 | UInt64(digit) } else { low = low << 4 | UInt64(digit) }
        }
        return Self(high: high, low: low)
    }
}
