import NIOCore

/// `COM_STMT_PREPARE_OK`.
///
///     int<1> 0x00
///     int<4> statement id
///     int<2> number of columns
///     int<2> number of params
///     int<1> filler
///     int<2> warning count
public struct StmtPrepareOK: Sendable, Equatable {
    public var statementID: UInt32
    public var columnCount: UInt16
    public var parameterCount: UInt16
    public var warnings: UInt16

    public init(statementID: UInt32, columnCount: UInt16, parameterCount: UInt16, warnings: UInt16 = 0) {
        self.statementID = statementID
        self.columnCount = columnCount
        self.parameterCount = parameterCount
        self.warnings = warnings
    }

    public static func decode(from buffer: inout ByteBuffer) throws -> Self {
        let packet = buffer
        guard buffer.readInteger(as: UInt8.self) == 0x00,
            let id = buffer.readInteger(endianness: .little, as: UInt32.self),
            let columns = buffer.readInteger(endianness: .little, as: UInt16.self),
            let params = buffer.readInteger(endianness: .little, as: UInt16.self)
        else { throw MySQLProtocolError.truncated("COM_STMT_PREPARE_OK", packet: packet) }
        buffer.moveReaderIndex(forwardBy: min(1, buffer.readableBytes))
        let warnings = buffer.readInteger(endianness: .little, as: UInt16.self) ?? 0
        return Self(statementID: id, columnCount: columns, parameterCount: params, warnings: warnings)
    }

    public func encode(into buffer: inout ByteBuffer) {
        buffer.writeInteger(UInt8(0))
        buffer.writeInteger(self.statementID, endianness: .little)
        buffer.writeInteger(self.columnCount, endianness: .little)
        buffer.writeInteger(self.parameterCount, endianness: .little)
        buffer.writeInteger(UInt8(0))
        buffer.writeInteger(self.warnings, endianness: .little)
    }
}

/// `LOCAL INFILE Request`: 0xFB followed by the file name the statement named.
public struct LocalInfileRequest: Sendable, Equatable {
    public var filename: String

    public init(filename: String) { self.filename = filename }

    public static func decode(from buffer: inout ByteBuffer) throws -> Self {
        let packet = buffer
        guard buffer.readInteger(as: UInt8.self) == 0xFB else { throw MySQLProtocolError("expected a LOCAL INFILE request", packet: packet) }
        return Self(filename: buffer.readString(length: buffer.readableBytes) ?? "")
    }
}
