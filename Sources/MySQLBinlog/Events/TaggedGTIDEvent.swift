/// MySQL 8.4+ GTID_TAGGED_LOG_EVENT (type 42): a GTID event written with MySQL's serialization
/// library (libs/mysql/serialization) instead of fixed offsets. The body (checksum excluded) is
/// one message; every integer in it is a variable-length integer (see
/// `MySQLGTIDSet.decodeVariableLengthInteger`), signed ones with the sign in bit 0
/// (x >= 0 → x << 1, x < 0 → (-(x + 1) << 1) | 1):
///
///     varlen format version      1 (serialization_format_version)
///     varlen message size        bytes of the whole message, counted from the version byte
///     varlen last non-ignorable  id + 1 of the last field a reader must know (0 = none)
///     fields, ascending ids, each `varlen id` then the value; an absent id takes its default:
///        0 gtid_flags                  unsigned (uint8)
///        1 uuid                        16 × unsigned varlen (one per byte)
///        2 gno                         signed (int64)
///        3 tag                         varlen length (<= 32), then the bytes
///        4 last_committed              signed (int64)
///        5 sequence_number             signed (int64)
///        6 immediate_commit_timestamp  unsigned (uint64, microseconds)
///        7 original_commit_timestamp   unsigned; absent = immediate
///        8 transaction_length          unsigned (uint64)
///        9 immediate_server_version    unsigned (uint32)
///       10 original_server_version     unsigned (uint32); absent = immediate
///       11 commit_group_ticket         unsigned (uint64); absent = 0
///     fields of newer servers (ids above 11) are skipped up to the message size
///
/// As MySQL's decoder (Serializer_default::decode_field_id), a field whose id is not the one
/// expected next counts as absent and is left for the following definitions; what no definition
/// consumes is skipped at the end of the message.
extension MySQLGTIDEvent {
    /// serialization_format_version of libs/mysql/serialization.
    private static let taggedFormatVersion: UInt64 = 1
    /// Id of commit_group_ticket, the last field MySQL 8.4 – 9.x define.
    private static let taggedLastKnownFieldID: UInt64 = 11

    init(taggedBody body: inout BinlogCursor) throws {
        let start = body.offset
        let version = try Self.unsignedVarlen(&body, "the serialization format version")
        guard version == Self.taggedFormatVersion else {
            throw BinlogDecodeError("unknown serialization format version \(version) of a tagged GTID event", offset: start)
        }
        let sizeOffset = body.offset
        let size = try Self.unsignedVarlen(&body, "the tagged GTID event size")
        let lastNonIgnorableOffset = body.offset
        let lastNonIgnorable = try Self.unsignedVarlen(&body, "the last non-ignorable field id")
        // The size counts the header just read; it must cover it and fit in the body.
        let headerLength = body.offset - start
        guard size >= UInt64(headerLength), size - UInt64(headerLength) <= UInt64(body.remaining) else {
            throw BinlogDecodeError(
                "tagged GTID event claims \(size) bytes but has \(headerLength + body.remaining)", offset: sizeOffset)
        }
        // Ids are stored as id + 1 here, so 0 can mean "every field is ignorable".
        guard lastNonIgnorable <= Self.taggedLastKnownFieldID + 1 else {
            throw BinlogDecodeError(
                "tagged GTID event needs unknown field \(lastNonIgnorable - 1) (known up to \(Self.taggedLastKnownFieldID))",
                offset: lastNonIgnorableOffset)
        }
        var message = try body.sub(Int(size) - headerLength, "the tagged GTID event fields")
        _ = body.rest()  // MySQL ignores bytes after the message

        // Defaults of an absent field, as MySQL's Gtid_event constructor leaves them.
        var flags: UInt8 = 1  // FLAG_MAY_HAVE_SBR
        var uuid: [UInt8]?
        var gno: Int64?
        var tag: MySQLGTIDTag?
        var lastCommitted: Int64?
        var sequenceNumber: Int64?
        var immediateCommitTimestamp: UInt64?

        for id in 0...Self.taggedLastKnownFieldID {
            guard try Self.takeFieldID(id, &message) else { continue }
            switch id {
            case 0:
                flags = UInt8(try Self.unsignedVarlen(&message, "the GTID flags", max: UInt64(UInt8.max)))
            case 1:
                var bytes: [UInt8] = []
                bytes.reserveCapacity(16)
                for _ in 0..<16 {
                    bytes.append(UInt8(try Self.unsignedVarlen(&message, "a GTID source uuid byte", max: UInt64(UInt8.max))))
                }
                uuid = bytes
            case 2:
                gno = try Self.signedVarlen(&message, "the GTID number")
            case 3:
                tag = try Self.decodeTag(&message)
            case 4:
                lastCommitted = try Self.signedVarlen(&message, "last committed")
            case 5:
                sequenceNumber = try Self.signedVarlen(&message, "sequence number")
            case 6:
                immediateCommitTimestamp = try Self.unsignedVarlen(&message, "immediate commit timestamp")
            case 7:
                _ = try Self.unsignedVarlen(&message, "original commit timestamp")
            case 8:
                _ = try Self.unsignedVarlen(&message, "transaction length")
            case 9:
                _ = try Self.unsignedVarlen(&message, "immediate server version", max: UInt64(UInt32.max))
            case 10:
                _ = try Self.unsignedVarlen(&message, "original server version", max: UInt64(UInt32.max))
            default:
                _ = try Self.unsignedVarlen(&message, "commit group ticket")
            }
        }
        // Fields of newer servers, and any out of order, are ignorable: skip them.
        _ = message.rest()

        guard let uuid else { throw BinlogDecodeError("tagged GTID event has no source uuid", offset: start) }
        // A tagged GTID is never anonymous: 1 ... 2^63 - 2, as MySQL requires of GTID_LOG_EVENT.
        guard let gno, gno >= 1, gno < Int64.max else {
            throw BinlogDecodeError("tagged GTID event has \(gno.map { "invalid GNO \($0)" } ?? "no GNO")", offset: start)
        }
        self.flags = flags
        self.sourceUUID = uuid
        self.gno = UInt64(gno)
        self.tag = tag
        // Stored as the 8-byte fields of GTID_LOG_EVENT read them (a negative value keeps its bits).
        self.lastCommitted = lastCommitted.map { UInt64(bitPattern: $0) }
        self.sequenceNumber = sequenceNumber.map { UInt64(bitPattern: $0) }
        self.immediateCommitTimestamp = immediateCommitTimestamp
    }

    /// Consumes the id of the next field if it is `id`; false (consuming nothing) at the end of
    /// the message or when another field comes next, which then counts as absent.
    private static func takeFieldID(_ id: UInt64, _ message: inout BinlogCursor) throws -> Bool {
        guard !message.isAtEnd else { return false }
        var peek = message
        let next = try Self.unsignedVarlen(&peek, "a field id")
        guard next == id else { return false }
        message = peek
        return true
    }

    private static func unsignedVarlen(
        _ cursor: inout BinlogCursor, _ what: String, max: UInt64 = .max
    ) throws -> UInt64 {
        let offset = cursor.offset
        let value: UInt64
        do {
            value = try MySQLGTIDSet.decodeVariableLengthInteger(&cursor)
        } catch let error as BinlogDecodeError {
            throw BinlogDecodeError("truncated variable-length integer for \(what) (\(error.message))", offset: offset)
        }
        guard value <= max else { throw BinlogDecodeError("\(what) \(value) exceeds \(max)", offset: offset) }
        return value
    }

    private static func signedVarlen(_ cursor: inout BinlogCursor, _ what: String) throws -> Int64 {
        let raw = try Self.unsignedVarlen(&cursor, what)
        // Bit 0 is the sign; the rest is x or -(x + 1). Never overflows: raw >> 1 < 2^63.
        let magnitude = Int64(raw >> 1)
        return raw & 1 == 0 ? magnitude : -magnitude - 1
    }

    /// The tag string: a length of at most 32 (MySQL's tag_max_length), then the tag's bytes;
    /// length 0 means untagged.
    private static func decodeTag(_ cursor: inout BinlogCursor) throws -> MySQLGTIDTag? {
        let offset = cursor.offset
        let length = try Self.unsignedVarlen(&cursor, "the GTID tag length", max: UInt64(MySQLGTIDTag.maxLength))
        guard length > 0 else { return nil }
        let name = try cursor.slice(Int(length), "the GTID tag")
        guard let tag = MySQLGTIDTag.validate(name) else {
            throw BinlogDecodeError("invalid GTID tag \"\(String(decoding: name, as: UTF8.self))\"", offset: offset)
        }
        return tag
    }
}
