import NIOCore

/// `COM_STMT_EXECUTE` with parameters in the binary protocol.
///
///     int<1>  0x17
///     int<4>  statement id
///     int<1>  flags (0 = no cursor)
///     int<4>  iteration count (always 1)
///     binary<var> NULL bitmap, (n + 7) / 8 bytes         (when n > 0)
///     int<1>  new params bound flag (1)
///     n × int<2> parameter type (type byte, 0x80 if unsigned)
///     values of the non-NULL parameters
public enum StmtExecute {
    public static func encode(statementID: UInt32, parameters: [MySQLData], into buffer: inout ByteBuffer) {
        buffer.writeInteger(MySQLCommand.stmtExecute.rawValue)
        buffer.writeInteger(statementID, endianness: .little)
        buffer.writeInteger(UInt8(0))
        buffer.writeInteger(UInt32(1), endianness: .little)
        guard !parameters.isEmpty else { return }
        var bitmap = [UInt8](repeating: 0, count: (parameters.count + 7) / 8)
        for (i, p) in parameters.enumerated() where p.isNull { bitmap[i / 8] |= 1 << UInt8(i % 8) }
        buffer.writeBytes(bitmap)
        buffer.writeInteger(UInt8(1))
        for p in parameters {
            let (type, unsigned) = p.parameterType
            buffer.writeInteger(type.rawValue)
            buffer.writeInteger(UInt8(unsigned ? 0x80 : 0))
        }
        for p in parameters { p.writeBinaryParameter(into: &buffer) }
    }
}
