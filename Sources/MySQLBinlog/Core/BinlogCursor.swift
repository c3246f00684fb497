/// Reads the little-endian fields of binlog events from bytes, with every read bounds-checked:
/// a short or corrupt event becomes a `BinlogDecodeError` naming the offset, never a trap.
public struct BinlogCursor: Sendable {
    public let bytes: [UInt8]
    /// Next byte to read (an index into `bytes`).
    public private(set) var offset: Int
    /// One past the last byte this cursor may read.
    public let end: Int

    public init(_ bytes: [UInt8], offset: Int = 0, end: Int? = nil) {
        self.bytes = bytes
        self.offset = max(0, min(offset, bytes.count))
        self.end = max(self.offset, min(end ?? bytes.count, bytes.count))
    }

    public var remaining: Int { self.end - self.offset }
    public var isAtEnd: Bool { self.offset >= self.end }

    @inline(__always)
    private mutating func need(_ count: Int, _ what: @autoclosure () -> String) throws {
        guard count >= 0, count <= self.end - self.offset else {
            throw BinlogDecodeError("need \(count) bytes for \(what()) but \(self.remaining) remain", offset: self.offset)
        }
    }

    public mutating func skip(_ count: Int, _ what: @autoclosure () -> String = "skipped bytes") throws {
        try self.need(count, what())
        self.offset += count
    }

    public mutating func u8(_ what: @autoclosure () -> String = "an int<1>") throws -> UInt8 {
        try self.need(1, what())
        defer { self.offset += 1 }
        return self.bytes[self.offset]
    }

    /// An unsigned little-endian integer of `count` bytes (0...8).
    public mutating func uintLE(_ count: Int, _ what: @autoclosure () -> String = "an integer") throws -> UInt64 {
        precondition(count >= 0 && count <= 8, "integer width \(count) is not 0...8")
        try self.need(count, what())
        var value: UInt64 = 0
        for i in 0..<count { value |= UInt64(self.bytes[self.offset + i]) << (8 * UInt64(i)) }
        self.offset += count
        return value
    }

    /// An unsigned big-endian integer of `count` bytes (0...8), as DECIMAL, BIT and the *2
    /// temporal types store theirs.
    public mutating func uintBE(_ count: Int, _ what: @autoclosure () -> String = "an integer") throws -> UInt64 {
        precondition(count >= 0 && count <= 8, "integer width \(count) is not 0...8")
        try self.need(count, what())
        var value: UInt64 = 0
        for i in 0..<count { value = value << 8 | UInt64(self.bytes[self.offset + i]) }
        self.offset += count
        return value
    }

    public mutating func u16(_ what: @autoclosure () -> String = "an int<2>") throws -> UInt16 { UInt16(try self.uintLE(2, what())) }
    public mutating func u32(_ what: @autoclosure () -> String = "an int<4>") throws -> UInt32 { UInt32(try self.uintLE(4, what())) }
    public mutating func u64(_ what: @autoclosure () -> String = "an int<8>") throws -> UInt64 { try self.uintLE(8, what()) }

    /// `count` bytes as an array.
    public mutating func bytes(_ count: Int, _ what: @autoclosure () -> String = "bytes") throws -> [UInt8] {
        try self.need(count, what())
        defer { self.offset += count }
        return Array(self.bytes[self.offset..<self.offset + count])
    }

    /// `count` bytes as a slice of the underlying array (no copy).
    public mutating func slice(_ count: Int, _ what: @autoclosure () -> String = "bytes") throws -> ArraySlice<UInt8> {
        try self.need(count, what())
        defer { self.offset += count }
        return self.bytes[self.offset..<self.offset + count]
    }

    /// All bytes up to `end`.
    public mutating func rest() -> ArraySlice<UInt8> {
        defer { self.offset = self.end }
        return self.bytes[self.offset..<self.end]
    }

    /// A string of `count` bytes decoded as UTF-8 (invalid sequences replaced).
    public mutating func string(_ count: Int, _ what: @autoclosure () -> String = "a string") throws -> String {
        String(decoding: try self.slice(count, what()), as: UTF8.self)
    }

    /// A length-encoded integer (`int<lenenc>`, also called "packed integer" in the binlog).
    public mutating func lenenc(_ what: @autoclosure () -> String = "an int<lenenc>") throws -> UInt64 {
        let first = try self.u8(what())
        switch first {
        case 0..<0xFB: return UInt64(first)
        case 0xFC: return try self.uintLE(2, what())
        case 0xFD: return try self.uintLE(3, what())
        case 0xFE: return try self.uintLE(8, what())
        default: throw BinlogDecodeError("invalid length-encoded integer prefix 0x\(String(first, radix: 16)) for \(what())", offset: self.offset - 1)
        }
    }

    /// A length-encoded integer used as a length, count or index: values that cannot be one
    /// (beyond 2^31) are corrupt data, not a reason to trap.
    public mutating func lenencInt(_ what: @autoclosure () -> String = "an int<lenenc>") throws -> Int {
        let start = self.offset
        let value = try self.lenenc(what())
        guard value <= UInt64(Int32.max) else { throw BinlogDecodeError("\(what()) of \(value) is impossible", offset: start) }
        return Int(value)
    }

    /// A cursor over the next `count` bytes, which this cursor skips.
    public mutating func sub(_ count: Int, _ what: @autoclosure () -> String = "a section") throws -> BinlogCursor {
        try self.need(count, what())
        defer { self.offset += count }
        return BinlogCursor(self.bytes, offset: self.offset, end: self.offset + count)
    }
}

/// Bytes that do not decode. `offset` is the byte index within the event (or file) where
/// decoding failed; callers add the event's log position.
public struct BinlogDecodeError: Error, Sendable, CustomStringConvertible, Equatable {
    public var message: String
    public var offset: Int
    /// Position of the event in its binlog file, when known.
    public var logPosition: UInt64?
    public var file: String?

    public init(_ message: String, offset: Int, logPosition: UInt64? = nil, file: String? = nil) {
        self.message = message
        self.offset = offset
        self.logPosition = logPosition
        self.file = file
    }

    public var description: String {
        var where_ = "at byte \(self.offset)"
        if let logPosition { where_ += " of the event at position \(logPosition)" }
        if let file { where_ += " in \(file)" }
        return "binlog decode error \(where_): \(self.message)"
    }
}
