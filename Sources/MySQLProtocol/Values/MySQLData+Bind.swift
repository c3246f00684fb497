import NIOCore

// Constructors for statement parameters, in the binary protocol's encoding.
extension MySQLData {
    private static func fixed<T: FixedWidthInteger>(_ value: T, type: MySQLColumnType, unsigned: Bool) -> MySQLData {
        var buffer = ByteBuffer()
        buffer.writeInteger(value, endianness: .little)
        return MySQLData(type: type, isUnsigned: unsigned, format: .binary, buffer: buffer)
    }

    public init(int64 value: Int64) { self = Self.fixed(value, type: .longlong, unsigned: false) }
    public init(uint64 value: UInt64) { self = Self.fixed(value, type: .longlong, unsigned: true) }
    public init(int value: Int) { self.init(int64: Int64(value)) }
    public init(int32 value: Int32) { self = Self.fixed(value, type: .long, unsigned: false) }
    public init(uint32 value: UInt32) { self = Self.fixed(value, type: .long, unsigned: true) }
    public init(int16 value: Int16) { self = Self.fixed(value, type: .short, unsigned: false) }
    public init(uint16 value: UInt16) { self = Self.fixed(value, type: .short, unsigned: true) }
    public init(int8 value: Int8) { self = Self.fixed(value, type: .tiny, unsigned: false) }
    public init(uint8 value: UInt8) { self = Self.fixed(value, type: .tiny, unsigned: true) }
    public init(bool value: Bool) { self.init(int8: value ? 1 : 0) }
    public init(double value: Double) { self = Self.fixed(value.bitPattern, type: .double, unsigned: false) }
    public init(float value: Float) { self = Self.fixed(value.bitPattern, type: .float, unsigned: false) }

    /// A string in the connection's character set (utf8mb4 unless configured otherwise).
    public init(string value: String) {
        self.init(type: .varString, collation: MySQLCollation.utf8mb4GeneralCI, format: .binary, buffer: ByteBuffer(string: value))
    }

    /// Bytes sent as they are (BLOB, BINARY, or text in a character set the caller chose).
    public init(bytes value: some Sequence<UInt8>, type: MySQLColumnType = .blob) {
        self.init(type: type, format: .binary, buffer: ByteBuffer(bytes: value))
    }

    /// An exact decimal, given as its text (e.g. "-12345.6789").
    public init(decimal text: String) {
        self.init(type: .newdecimal, collation: MySQLCollation.binary, format: .binary, buffer: ByteBuffer(string: text))
    }

    /// A temporal value; `type` is `.date`, `.datetime`, `.timestamp` or `.time`.
    public init(time value: MySQLTime, type: MySQLColumnType = .datetime) {
        var buffer = ByteBuffer()
        if type == .time { value.writeBinaryTime(into: &buffer) } else { value.writeBinaryDate(into: &buffer) }
        self.init(type: type, format: .binary, buffer: buffer)
    }

    /// Writes this value as a COM_STMT_EXECUTE parameter (NULLs go in the bitmap instead).
    /// Text-format values (e.g. read from a text result set) are sent as strings; the server converts.
    public func writeBinaryParameter(into out: inout ByteBuffer) {
        guard let buffer = self.buffer else { return }
        if self.format == .binary, let size = self.type.binaryFixedSize {
            out.writeBytes(buffer.readableBytesView.prefix(size))
        } else if self.format == .binary && self.type.isTemporal {
            out.writeInteger(UInt8(buffer.readableBytes))
            out.writeBytes(buffer.readableBytesView)
        } else {
            out.writeMySQLLengthEncodedBytes(buffer.readableBytesView)
        }
    }

    /// The type sent for this parameter in COM_STMT_EXECUTE (text values go as strings).
    public var parameterType: (type: MySQLColumnType, unsigned: Bool) {
        if self.buffer == nil { return (.null, false) }
        if self.format == .text && (self.type.binaryFixedSize != nil || self.type.isTemporal) { return (.varString, false) }
        // Servers accept only the basic types as parameter types; the rest travel as bytes.
        switch self.type {
        case .bit, .geometry, .tinyBlob, .mediumBlob, .longBlob: return (.blob, false)
        case .enum, .set, .json, .varchar, .string: return (.varString, false)
        case .year: return (.short, true)
        case .int24: return (.long, self.isUnsigned)
        case .newdate: return (.date, false)
        case .datetime2: return (.datetime, false)
        case .timestamp2: return (.timestamp, false)
        case .time2: return (.time, false)
        case .decimal: return (.newdecimal, false)
        default: return (self.type, self.isUnsigned)
        }
    }
}

extension MySQLData: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, ExpressibleByNilLiteral, ExpressibleByBooleanLiteral {
    public init(stringLiteral value: String) { self.init(string: value) }
    public init(integerLiteral value: Int) { self.init(int: value) }
    public init(floatLiteral value: Double) { self.init(double: value) }
    public init(nilLiteral: ()) { self = .null }
    public init(booleanLiteral value: Bool) { self.init(bool: value) }
}
