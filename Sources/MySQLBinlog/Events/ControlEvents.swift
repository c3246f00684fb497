/// ROTATE_EVENT: the log continues in another file.
public struct RotateEvent: Sendable, Hashable {
    public var position: UInt64
    public var nextFile: String

    init(body: inout BinlogCursor) throws {
        self.position = try body.u64("rotate position")
        self.nextFile = String(decoding: body.rest(), as: UTF8.self)
    }
}

/// INTVAR_EVENT: LAST_INSERT_ID (1) or INSERT_ID (2) for the next statement.
public struct IntVarEvent: Sendable, Hashable {
    public var type: UInt8
    public var value: UInt64

    init(body: inout BinlogCursor) throws {
        self.type = try body.u8("intvar type")
        self.value = try body.u64("intvar value")
    }
}

/// RAND_EVENT: the seeds of RAND() for the next statement.
public struct RandEvent: Sendable, Hashable {
    public var seed1: UInt64
    public var seed2: UInt64

    init(body: inout BinlogCursor) throws {
        self.seed1 = try body.u64("rand seed 1")
        self.seed2 = try body.u64("rand seed 2")
    }
}

/// USER_VAR_EVENT: a user variable the next statement reads.
public struct UserVarEvent: Sendable, Hashable {
    public var name: String
    /// nil when the variable is NULL.
    public var value: [UInt8]?
    public var valueType: UInt8
    public var charset: UInt32
    public var flags: UInt8

    init(body: inout BinlogCursor) throws {
        let nameLength = Int(try body.u32("user var name length"))
        self.name = try body.string(nameLength, "user var name")
        let isNull = try body.u8("user var null flag") != 0
        if isNull {
            (self.value, self.valueType, self.charset, self.flags) = (nil, 0, 0, 0)
            return
        }
        self.valueType = try body.u8("user var type")
        self.charset = try body.u32("user var charset")
        let length = Int(try body.u32("user var value length"))
        self.value = try body.bytes(length, "user var value")
        self.flags = body.isAtEnd ? 0 : try body.u8("user var flags")
    }
}

/// INCIDENT_EVENT: something happened on the source that a replica cannot reproduce.
public struct IncidentEvent: Sendable, Hashable {
    public var type: UInt16
    public var message: String

    init(body: inout BinlogCursor) throws {
        self.type = try body.u16("incident type")
        let length = Int(try body.u8("incident message length"))
        self.message = try body.string(min(length, body.remaining), "incident message")
    }
}

/// XA_PREPARE_LOG_EVENT.
public struct XAPrepareEvent: Sendable, Hashable {
    public var onePhase: Bool
    public var formatID: UInt32
    public var gtrid: [UInt8]
    public var bqual: [UInt8]

    init(body: inout BinlogCursor) throws {
        self.onePhase = try body.u8("one phase") != 0
        self.formatID = try body.u32("format id")
        let gtridLength = Int(try body.u32("gtrid length"))
        let bqualLength = Int(try body.u32("bqual length"))
        guard gtridLength <= 64, bqualLength <= 64 else {
            throw BinlogDecodeError("XA id lengths \(gtridLength)/\(bqualLength) exceed 64", offset: body.offset)
        }
        self.gtrid = try body.bytes(gtridLength, "gtrid")
        self.bqual = try body.bytes(bqualLength, "bqual")
    }
}
