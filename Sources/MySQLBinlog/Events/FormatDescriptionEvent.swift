/// FORMAT_DESCRIPTION_EVENT: how the rest of the file is laid out.
///
///     int<2> binlog_version, string[50] server_version, int<4> create_timestamp,
///     int<1> common header length, int<1>[n] post-header length per event type,
///     int<1> checksum algorithm (servers from MySQL 5.6.1 / MariaDB 5.3 on), int<4> its CRC
public struct FormatDescriptionEvent: Sendable, Hashable {
    public enum ChecksumAlgorithm: UInt8, Sendable {
        case off = 0
        case crc32 = 1
        case undefined = 255
    }

    public var binlogVersion: UInt16
    public var serverVersion: String
    public var createTimestamp: UInt32
    public var headerLength: UInt8
    /// Post-header length of each event type, indexed by type code - 1.
    public var postHeaderLengths: [UInt8]
    public var checksumAlgorithm: ChecksumAlgorithm
    /// Pre-GA 5.1/5.2 builds ("a_drop5p", "a_drop6p") numbered events 16-22 differently; the map
    /// translates their codes to the standard ones (as MySQL's `event_type_permutation` does).
    public var typePermutation: [UInt8: UInt8]?

    public init(
        binlogVersion: UInt16 = 4, serverVersion: String, createTimestamp: UInt32 = 0, headerLength: UInt8 = 19, postHeaderLengths: [UInt8],
        checksumAlgorithm: ChecksumAlgorithm
    ) {
        self.binlogVersion = binlogVersion
        self.serverVersion = serverVersion
        self.createTimestamp = createTimestamp
        self.headerLength = headerLength
        self.postHeaderLengths = postHeaderLengths
        self.checksumAlgorithm = checksumAlgorithm
    }

    /// Decodes the body (the bytes after the common header, up to the end of the event).
    public init(body: inout BinlogCursor) throws {
        self.binlogVersion = try body.u16("binlog version")
        let version = try body.bytes(50, "server version")
        self.serverVersion = String(decoding: version.prefix { $0 != 0 }, as: UTF8.self)
        self.createTimestamp = try body.u32("create timestamp")
        self.headerLength = try body.u8("header length")
        guard self.binlogVersion == 4, self.headerLength >= 19 else {
            throw BinlogDecodeError(
                "binlog version \(self.binlogVersion) with header length \(self.headerLength) is not supported (only v4, MySQL 5.0 and later)",
                offset: body.offset)
        }
        // The checksum algorithm byte and the event's CRC follow the post-header lengths when the
        // server knows checksums; older servers end the event after the lengths.
        let rest = Array(body.rest())
        if Self.hasChecksumAlgorithm(serverVersion: self.serverVersion), rest.count >= 5 {
            self.postHeaderLengths = Array(rest.dropLast(5))
            self.checksumAlgorithm = ChecksumAlgorithm(rawValue: rest[rest.count - 5]) ?? .undefined
        } else {
            self.postHeaderLengths = rest
            self.checksumAlgorithm = .off
        }
        if self.serverVersion.contains("a_drop5p") || self.serverVersion.contains("a_drop6p") {
            let permutation: [UInt8: UInt8] = [16: 19, 17: 20, 18: 21, 19: 22, 20: 16, 21: 17, 22: 18]
            var lengths = self.postHeaderLengths
            for (old, new) in permutation where Int(old) <= self.postHeaderLengths.count && Int(new) <= lengths.count {
                lengths[Int(new) - 1] = self.postHeaderLengths[Int(old) - 1]
            }
            self.postHeaderLengths = lengths
            self.typePermutation = permutation
        }
    }

    /// The standard type of an event code written by the server this FDE describes.
    public func standardType(_ type: BinlogEventType) -> BinlogEventType {
        guard let permutation = self.typePermutation, let mapped = permutation[type.rawValue] else { return type }
        return BinlogEventType(rawValue: mapped)
    }

    /// MySQL 5.6.1+ and MariaDB 5.3+ write the checksum algorithm.
    static func hasChecksumAlgorithm(serverVersion: String) -> Bool {
        // Parts longer than 4 digits are no real version (and would overflow below).
        let numbers = serverVersion.split(whereSeparator: { !$0.isNumber }).prefix(3).map { $0.count <= 4 ? Int($0) ?? 0 : 0 }
        guard numbers.count == 3 else { return false }
        let version = numbers[0] * 10000 + numbers[1] * 100 + numbers[2]
        if serverVersion.contains("MariaDB") { return version >= 50300 }
        return version >= 50601
    }

    public func postHeaderLength(of type: BinlogEventType) -> Int? {
        let index = Int(type.rawValue) - 1
        return index >= 0 && index < self.postHeaderLengths.count ? Int(self.postHeaderLengths[index]) : nil
    }

    /// What decoding assumes before the first FDE of a file or stream (MySQL 5.0+ lengths).
    public static let initial = FormatDescriptionEvent(
        serverVersion: "5.0.0", postHeaderLengths: [56, 13, 0, 8, 0, 18, 0, 4, 4, 4, 4, 18, 0, 0, 84, 0, 4, 26, 8, 0, 0, 0, 10, 10, 10],
        checksumAlgorithm: .off)
}
