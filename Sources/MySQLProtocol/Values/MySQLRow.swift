import NIOCore

/// The column definitions of one result set, shared by all of its rows.
public final class MySQLColumns: Sendable {
    public let definitions: [ColumnDefinition41]
    private let indexByName: [String: Int]

    public init(_ definitions: [ColumnDefinition41]) {
        self.definitions = definitions
        var index: [String: Int] = [:]
        for (i, column) in definitions.enumerated() where index[column.name] == nil { index[column.name] = i }
        self.indexByName = index
    }

    public var count: Int { self.definitions.count }
    public func index(of name: String) -> Int? { self.indexByName[name] }
}

/// One row of a result set: the packet as received, decoded lazily. `values` decodes all columns
/// in one pass; subscripts walk to the column asked for.
public struct MySQLRow: Sendable {
    public let columns: MySQLColumns
    public let format: MySQLData.Format
    /// The row packet's payload (binary rows include their 0x00 header and NULL bitmap).
    public let payload: ByteBuffer

    public init(columns: MySQLColumns, format: MySQLData.Format, payload: ByteBuffer) {
        self.columns = columns
        self.format = format
        self.payload = payload
    }

    public var count: Int { self.columns.count }

    /// All values, in column order.
    public var values: [MySQLData] {
        get throws {
            var result: [MySQLData] = []
            result.reserveCapacity(self.columns.count)
            try self.forEachValue { _, value in result.append(value) }
            return result
        }
    }

    public subscript(index: Int) -> MySQLData {
        get throws {
            guard index >= 0, index < self.columns.count else {
                throw MySQLProtocolError("column index \(index) out of range (row has \(self.columns.count) columns)")
            }
            var found: MySQLData?
            try self.forEachValue(upTo: index) { i, value in if i == index { found = value } }
            return found!
        }
    }

    public subscript(name: String) -> MySQLData {
        get throws {
            guard let index = self.columns.index(of: name) else { throw MySQLProtocolError("no column named '\(name)' in the row") }
            return try self[index]
        }
    }

    /// Calls `body` with each column's value in order, stopping after `last`.
    public func forEachValue(upTo last: Int? = nil, _ body: (Int, MySQLData) throws -> Void) throws {
        var buffer = self.payload
        let definitions = self.columns.definitions
        let end = min(last.map { $0 + 1 } ?? definitions.count, definitions.count)
        switch self.format {
        case .text:
            for i in 0..<end {
                let column = definitions[i]
                let value: ByteBuffer?
                if buffer.getInteger(at: buffer.readerIndex, as: UInt8.self) == 0xFB {
                    buffer.moveReaderIndex(forwardBy: 1)
                    value = nil
                } else {
                    guard let slice = buffer.readMySQLLengthEncodedSlice() else { throw self.truncated(column: i) }
                    value = slice
                }
                try body(i, MySQLData(type: column.type, isUnsigned: column.flags.contains(.unsigned), collation: column.characterSet, format: .text, buffer: value))
            }
        case .binary:
            let bitmapLength = (definitions.count + 7 + 2) / 8
            guard buffer.readInteger(as: UInt8.self) == 0x00, let bitmap = buffer.readSlice(length: bitmapLength) else { throw self.truncated(column: 0) }
            for i in 0..<end {
                let column = definitions[i]
                let bit = i + 2
                let isNull = bitmap.getInteger(at: bitmap.readerIndex + bit / 8, as: UInt8.self)! & (1 << UInt8(bit % 8)) != 0
                var value: ByteBuffer?
                if !isNull {
                    if let size = column.type.binaryFixedSize {
                        value = buffer.readSlice(length: size)
                    } else if column.type.isTemporal {
                        value = buffer.readInteger(as: UInt8.self).flatMap { buffer.readSlice(length: Int($0)) }
                    } else {
                        value = buffer.readMySQLLengthEncodedSlice()
                    }
                    guard value != nil else { throw self.truncated(column: i) }
                }
                try body(i, MySQLData(type: column.type, isUnsigned: column.flags.contains(.unsigned), collation: column.characterSet, format: .binary, buffer: value))
            }
        }
    }

    private func truncated(column: Int) -> MySQLProtocolError {
        MySQLProtocolError("row packet ends before column \(column) ('\(self.columns.definitions[column].name)')", packet: self.payload)
    }
}
