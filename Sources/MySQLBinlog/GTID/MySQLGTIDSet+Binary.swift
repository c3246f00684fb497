/// The binary GTID set of PREVIOUS_GTIDS_LOG_EVENT and COM_BINLOG_DUMP_GTID
/// (MySQL sql/rpl_gtid_set.cc, Gtid_set::encode and add_gtid_encoding):
///
///     int<8> header        untagged: n_sids
///                          tagged (8.3+): 0x01 << 56 | n_sids << 8 | 0x01
///     per source:
///       16 bytes UUID
///       tag                tagged format only: a variable-length length (one byte
///                          `length << 1` for tags), then the lowercase tag; 0x00 = untagged
///       int<8> n_intervals
///       per interval: int<8> start, int<8> end (exclusive)
///
/// The top byte of the header is the format; MySQL writes the tagged format only when the
/// set has a tagged source, so older readers keep working with untagged sets.
extension MySQLGTIDSet {
    private enum Format: UInt8 {
        case untagged = 0
        case tagged = 1
    }

    /// Reads one encoded set and leaves the cursor after it.
    public init(decoding cursor: inout BinlogCursor) throws {
        self.init()
        let headerOffset = cursor.offset
        let header = try cursor.u64("the number of GTID set sources")
        guard let format = Format(rawValue: UInt8(header >> 56)) else {
            throw BinlogDecodeError("unknown GTID set encoding format \(header >> 56)", offset: headerOffset)
        }
        let sourceCount = format == .tagged ? (header >> 8) & 0xFFFF_FFFF_FFFF : header & 0xFF_FFFF_FFFF_FFFF
        // Each source takes at least 24 bytes; checking first keeps a corrupt count from looping long.
        guard sourceCount <= UInt64(cursor.remaining / 24) else {
            throw BinlogDecodeError(
                "GTID set claims \(sourceCount) sources but only \(cursor.remaining) bytes remain", offset: headerOffset)
        }
        for _ in 0..<sourceCount {
            let uuid = try MySQLUUID(decoding: &cursor)
            let tag = format == .tagged ? try Self.decodeTag(&cursor) : nil
            let source = MySQLGTIDSource(uuid: uuid, tag: tag)
            let countOffset = cursor.offset
            let intervalCount = try cursor.u64("the number of intervals of \(source)")
            guard intervalCount <= UInt64(cursor.remaining / 16) else {
                throw BinlogDecodeError(
                    "\(source) claims \(intervalCount) intervals but only \(cursor.remaining) bytes remain", offset: countOffset)
            }
            var previousEnd: UInt64 = 0
            for _ in 0..<intervalCount {
                let intervalOffset = cursor.offset
                let start = try cursor.u64("an interval start")
                let end = try cursor.u64("an interval end")
                // MySQL requires ascending, non-touching intervals with positive signed numbers.
                guard start > previousEnd, start < end, end <= UInt64(Int64.max) else {
                    throw BinlogDecodeError(
                        "invalid interval [\(start), \(end)) of \(source) after one ending at \(previousEnd)", offset: intervalOffset)
                }
                previousEnd = end
                self.add(source, start, end)
            }
        }
    }

    /// The encoded set; in the tagged format only if some source has a tag, as MySQL does.
    public func encoded() -> [UInt8] {
        let tagged = self.entries.contains { $0.source.tag != nil }
        var bytes: [UInt8] = []
        // Per source: UUID, tag field (tagged format only), interval count, 16 bytes per interval.
        bytes.reserveCapacity(
            self.entries.reduce(8) { size, entry in
                size + 16 + (tagged ? 1 + (entry.source.tag?.name.utf8.count ?? 0) : 0) + 8 + 16 * entry.intervals.ranges.count
            })
        let count = UInt64(self.entries.count)
        Self.appendLE(tagged ? 1 << 56 | count << 8 | 1 : count, to: &bytes)
        for entry in self.entries {
            bytes.append(contentsOf: entry.source.uuid.bytes)
            if tagged {
                let name = Array(entry.source.tag?.name.utf8 ?? "".utf8)
                bytes.append(UInt8(name.count) << 1)  // a one-byte variable-length integer (tags are <= 32 bytes)
                bytes.append(contentsOf: name)
            }
            Self.appendLE(UInt64(entry.intervals.ranges.count), to: &bytes)
            for range in entry.intervals.ranges {
                Self.appendLE(range.start, to: &bytes)
                Self.appendLE(range.end, to: &bytes)
            }
        }
        return bytes
    }

    private static func appendLE(_ value: UInt64, to bytes: inout [UInt8]) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    /// A tag field of the tagged format; nil for an untagged source.
    private static func decodeTag(_ cursor: inout BinlogCursor) throws -> MySQLGTIDTag? {
        let offset = cursor.offset
        let length = try Self.decodeVariableLengthInteger(&cursor)
        guard length <= UInt64(MySQLGTIDTag.maxLength) else {
            throw BinlogDecodeError("GTID tag length \(length) exceeds \(MySQLGTIDTag.maxLength)", offset: offset)
        }
        guard length > 0 else { return nil }
        let name = try cursor.slice(Int(length), "a GTID tag")
        guard let tag = MySQLGTIDTag.validate(name) else {
            throw BinlogDecodeError("invalid GTID tag \"\(String(decoding: name, as: UTF8.self))\"", offset: offset)
        }
        return tag
    }

    /// MySQL's serialization library integer (libs/mysql/serialization/variable_length_integers.h):
    /// the number of trailing one bits of the first byte plus one is the total length; the
    /// value's low bits follow those marker bits, the rest are in the next bytes, little-endian.
    static func decodeVariableLengthInteger(_ cursor: inout BinlogCursor) throws -> UInt64 {
        let first = try cursor.u8("a variable-length integer")
        let length = (~first).trailingZeroBitCount + 1  // 1...9
        let low = UInt64(first) >> UInt64(length)  // 0 for 8 and 9 bytes: no value bits there
        guard length > 1 else { return low }
        let rest = try cursor.uintLE(length - 1, "a variable-length integer")
        return low | rest << UInt64(length == 9 ? 0 : 8 - length)
    }
}
