import NIOCore

/// Encoders for the client's command packets (payload only; framing is `writeMySQLPacket`).
public enum CommandEncoder {
    /// `COM_QUERY`: 0x03 + the statement text.
    public static func query(_ sql: String, into buffer: inout ByteBuffer) {
        buffer.writeInteger(MySQLCommand.query.rawValue)
        buffer.writeString(sql)
    }

    /// `COM_QUERY` with statement bytes that need not be UTF-8 (a dump's string literals are
    /// in their column's charset).
    public static func query(bytes: some Collection<UInt8>, into buffer: inout ByteBuffer) {
        buffer.writeInteger(MySQLCommand.query.rawValue)
        buffer.writeBytes(bytes)
    }

    /// Commands without arguments: COM_PING, COM_QUIT, COM_RESET_CONNECTION, COM_STATISTICS.
    public static func simple(_ command: MySQLCommand, into buffer: inout ByteBuffer) {
        buffer.writeInteger(command.rawValue)
    }

    /// `COM_INIT_DB`: 0x02 + schema name.
    public static func initDB(_ schema: String, into buffer: inout ByteBuffer) {
        buffer.writeInteger(MySQLCommand.initDB.rawValue)
        buffer.writeString(schema)
    }

    /// `COM_STMT_PREPARE`: 0x16 + the statement text.
    public static func stmtPrepare(_ sql: String, into buffer: inout ByteBuffer) {
        buffer.writeInteger(MySQLCommand.stmtPrepare.rawValue)
        buffer.writeString(sql)
    }

    /// `COM_STMT_CLOSE` / `COM_STMT_RESET`: command + int<4> statement id.
    public static func statement(_ command: MySQLCommand, id: UInt32, into buffer: inout ByteBuffer) {
        buffer.writeInteger(command.rawValue)
        buffer.writeInteger(id, endianness: .little)
    }
}
