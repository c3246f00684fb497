import NIOCore

/// One value of a row or a statement parameter, kept as the server sent it: the bytes, their
/// column type, signedness and collation, and the protocol format they are in. Typed accessors
/// interpret the bytes on demand; strings and blobs are never re-encoded.
public struct MySQLData: Sendable, Hashable {
    public enum Format: Sendable, Hashable {
        /// Text protocol (COM_QUERY): every value is its SQL text form.
        case text
        /// Binary protocol (prepared statements): numbers little-endian, temporals packed.
        case binary
    }

    public var type: MySQLColumnType
    public var isUnsigned: Bool
    /// Collation id of the bytes (63 = binary).
    public var collation: UInt16
    public var format: Format
    /// The value's bytes; nil is SQL NULL. In the binary format, fixed-size numbers are their
    /// little-endian bytes and temporals their packed form without the length byte.
    public var buffer: ByteBuffer?

    public init(type: MySQLColumnType, isUnsigned: Bool = false, collation: UInt16 = MySQLCollation.binary, format: Format, buffer: ByteBuffer?) {
        self.type = type
        self.isUnsigned = isUnsigned
        self.collation = collation
        self.format = format
        self.buffer = buffer
    }

    public static let null = MySQLData(type: .null, format: .binary, buffer: nil)

    public var isNull: Bool { self.buffer == nil }

    /// The bytes as sent (for binary numbers: little-endian; for strings and blobs: content).
    public var bytes: [UInt8]? { self.buffer.map { Array($0.readableBytesView) } }

    /// Whether this value is a string whose bytes are text in a known character set.
    public var isText: Bool { self.collation != MySQLCollation.binary }

    // MARK: Typed accessors

    /// The value as a string: text-format values and strings are their bytes decoded as UTF-8;
    /// binary numbers and temporals are formatted the way the text protocol would show them.
    public var string: String? {
        guard let buffer = self.buffer else { return nil }
        if self.format == .text || self.type.binaryFixedSize == nil && !self.type.isTemporal {
            return String(decoding: buffer.readableBytesView, as: UTF8.self)
        }
        switch self.type {
        case .float: return self.float.map { "\($0)" }
        case .double: return self.double.map { "\($0)" }
        case .date, .newdate: return self.time?.text(isTime: false)
        case .time, .time2: return self.time?.text(isTime: true)
        case _ where self.type.isTemporal: return self.time?.text(isTime: false, alwaysWithTime: true)
        default:
            if self.isUnsigned { return self.uint64.map { String($0) } }
            return self.int64.map { String($0) }
        }
    }

    public var int64: Int64? {
        guard let buffer = self.buffer else { return nil }
        if self.type == .bit { return Self.bigEndianInteger(buffer).flatMap { Int64(exactly: $0) } }
        if self.format == .text || self.type.binaryFixedSize == nil {
            return Self.parseInteger(buffer.readableBytesView, as: Int64.self)
        }
        guard let raw = self.binaryInteger(buffer) else { return nil }
        return self.isUnsigned ? Int64(exactly: raw.unsigned) : raw.signed
    }

    public var uint64: UInt64? {
        guard let buffer = self.buffer else { return nil }
        if self.type == .bit { return Self.bigEndianInteger(buffer) }
        if self.format == .text || self.type.binaryFixedSize == nil {
            return Self.parseInteger(buffer.readableBytesView, as: UInt64.self)
        }
        guard let raw = self.binaryInteger(buffer) else { return nil }
        return self.isUnsigned ? raw.unsigned : UInt64(exactly: raw.signed)
    }

    public var int: Int? { self.int64.flatMap { Int(exactly: $0) } }

    public var bool: Bool? { self.int64.map { $0 != 0 } }

    public var double: Double? {
        guard let buffer = self.buffer else { return nil }
        if self.format == .binary {
            switch self.type {
            case .double: return buffer.getInteger(at: buffer.readerIndex, endianness: .little, as: UInt64.self).map(Double.init(bitPattern:))
            case .float: return self.float.map(Double.init)
            case _ where self.type.binaryFixedSize != nil: return self.int64.map(Double.init)
            default: break
            }
        }
        return Double(String(decoding: buffer.readableBytesView, as: UTF8.self))
    }

    public var float: Float? {
        guard let buffer = self.buffer else { return nil }
        if self.format == .binary && self.type == .float {
            return buffer.getInteger(at: buffer.readerIndex, endianness: .little, as: UInt32.self).map(Float.init(bitPattern:))
        }
        return self.double.map(Float.init)
    }

    /// DECIMAL values exactly, as their text (both formats send decimals as text).
    public var decimalString: String? { self.string }

    /// DATE, DATETIME, TIMESTAMP and TIME values.
    public var time: MySQLTime? {
        guard var buffer = self.buffer else { return nil }
        if self.format == .text { return MySQLTime(text: String(decoding: buffer.readableBytesView, as: UTF8.self)) }
        let length = buffer.readableBytes
        switch self.type {
        case .time, .time2: return MySQLTime.readBinaryTime(from: &buffer, length: length)
        default: return MySQLTime.readBinaryDate(from: &buffer, length: length)
        }
    }

    // MARK: Helpers

    private struct RawInteger {
        var signed: Int64
        var unsigned: UInt64
    }

    private func binaryInteger(_ buffer: ByteBuffer) -> RawInteger? {
        let i = buffer.readerIndex
        switch self.type.binaryFixedSize {
        case 1: return buffer.getInteger(at: i, as: UInt8.self).map { RawInteger(signed: Int64(Int8(bitPattern: $0)), unsigned: UInt64($0)) }
        case 2: return buffer.getInteger(at: i, endianness: .little, as: UInt16.self).map { RawInteger(signed: Int64(Int16(bitPattern: $0)), unsigned: UInt64($0)) }
        case 4 where self.type != .float:
            return buffer.getInteger(at: i, endianness: .little, as: UInt32.self).map { RawInteger(signed: Int64(Int32(bitPattern: $0)), unsigned: UInt64($0)) }
        case 8 where self.type != .double:
            return buffer.getInteger(at: i, endianness: .little, as: UInt64.self).map { RawInteger(signed: Int64(bitPattern: $0), unsigned: $0) }
        default: return nil
        }
    }

    /// BIT values arrive as big-endian bytes in both formats.
    private static func bigEndianInteger(_ buffer: ByteBuffer) -> UInt64? {
        guard buffer.readableBytes <= 8 else { return nil }
        return buffer.readableBytesView.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    }

    /// Parses ASCII digits without going through String (the text protocol's hot path).
    static func parseInteger<T: FixedWidthInteger>(_ bytes: ByteBufferView, as: T.Type) -> T? {
        var iterator = bytes.makeIterator()
        guard var c = iterator.next() else { return nil }
        let negative = c == UInt8(ascii: "-")
        if negative || c == UInt8(ascii: "+") {
            guard let next = iterator.next() else { return nil }
            c = next
        }
        var value: T = 0
        while true {
            guard c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9") else { return nil }
            let digit = T(c - UInt8(ascii: "0"))
            let (times10, o1) = value.multipliedReportingOverflow(by: 10)
            let (next, o2) = negative ? times10.subtractingReportingOverflow(digit) : times10.addingReportingOverflow(digit)
            guard !o1, !o2 else { return nil }
            value = next
            guard let n = iterator.next() else { return value }
            c = n
        }
    }
}

extension MySQLData: CustomStringConvertible {
    public var description: String {
        guard self.buffer != nil else { return "NULL" }
        if self.isText || self.format == .binary && self.type.binaryFixedSize != nil || self.type.isTemporal || self.format == .text && !self.type.isBlobLike {
            return self.string ?? "?"
        }
        return "0x" + (self.bytes ?? []).map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }
}

extension MySQLColumnType {
    /// Types whose values are byte strings (and so may be binary).
    public var isBlobLike: Bool {
        switch self {
        case .tinyBlob, .mediumBlob, .longBlob, .blob, .varString, .string, .varchar, .geometry, .bit: true
        default: false
        }
    }
}
