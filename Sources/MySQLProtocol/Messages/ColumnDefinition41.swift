import NIOCore

/// `Protocol::ColumnDefinition41`.
///
///     string<lenenc> catalog ("def"), schema, table, org_table, name, org_name
///     int<lenenc>    length of fixed fields (0x0c)
///     int<2>         character set (collation id)
///     int<4>         column length
///     int<1>         type
///     int<2>         flags
///     int<1>         decimals
///     int<2>         filler
public struct ColumnDefinition41: Sendable, Equatable {
    public var schema: String
    public var table: String
    public var orgTable: String
    public var name: String
    public var orgName: String
    public var characterSet: UInt16
    public var columnLength: UInt32
    public var type: MySQLColumnType
    public var flags: MySQLColumnFlags
    public var decimals: UInt8

    public init(
        schema: String = "", table: String = "", orgTable: String = "", name: String, orgName: String = "",
        characterSet: UInt16, columnLength: UInt32 = 0, type: MySQLColumnType, flags: MySQLColumnFlags = [], decimals: UInt8 = 0
    ) {
        self.schema = schema
        self.table = table
        self.orgTable = orgTable
        self.name = name
        self.orgName = orgName
        self.characterSet = characterSet
        self.columnLength = columnLength
        self.type = type
        self.flags = flags
        self.decimals = decimals
    }

    public static func decode(from buffer: inout ByteBuffer) throws -> Self {
        let packet = buffer
        guard buffer.readMySQLLengthEncodedSlice() != nil,  // catalog, always "def"
            let schema = buffer.readMySQLLengthEncodedString(),
            let table = buffer.readMySQLLengthEncodedString(),
            let orgTable = buffer.readMySQLLengthEncodedString(),
            let name = buffer.readMySQLLengthEncodedString(),
            let orgName = buffer.readMySQLLengthEncodedString(),
            let fixedLength = buffer.readMySQLLengthEncodedInteger(), fixedLength >= 10,
            let charset = buffer.readInteger(endianness: .little, as: UInt16.self),
            let length = buffer.readInteger(endianness: .little, as: UInt32.self),
            let type = buffer.readInteger(as: UInt8.self),
            let flags = buffer.readInteger(endianness: .little, as: UInt16.self),
            let decimals = buffer.readInteger(as: UInt8.self)
        else { throw MySQLProtocolError.truncated("column definition", packet: packet) }
        return Self(
            schema: schema, table: table, orgTable: orgTable, name: name, orgName: orgName, characterSet: charset,
            columnLength: length, type: MySQLColumnType(rawValue: type), flags: MySQLColumnFlags(rawValue: flags), decimals: decimals)
    }

    public func encode(into buffer: inout ByteBuffer) {
        buffer.writeMySQLLengthEncodedString("def")
        buffer.writeMySQLLengthEncodedString(self.schema)
        buffer.writeMySQLLengthEncodedString(self.table)
        buffer.writeMySQLLengthEncodedString(self.orgTable)
        buffer.writeMySQLLengthEncodedString(self.name)
        buffer.writeMySQLLengthEncodedString(self.orgName)
        buffer.writeMySQLLengthEncodedInteger(0x0C)
        buffer.writeInteger(self.characterSet, endianness: .little)
        buffer.writeInteger(self.columnLength, endianness: .little)
        buffer.writeInteger(self.type.rawValue)
        buffer.writeInteger(self.flags.rawValue, endianness: .little)
        buffer.writeInteger(self.decimals)
        buffer.writeInteger(UInt16(0))
    }
}
