/// WRITE/UPDATE/DELETE_ROWS (v0, v1, v2, and MariaDB's compressed forms): row images of one
/// table, decoded with the table map that precedes them.
///
///     post-header: int<6> table_id, int<2> flags, (v2) int<2> extra length + extra data
///     body: int<lenenc> column count, columns-present bitmap, (update) after-image bitmap,
///           rows: [NULL bitmap, values] (before image, then after image for updates)
public struct RowsEvent: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable { case write, update, delete }

    public var kind: Kind
    public var tableID: UInt64
    public var flags: UInt16
    public var schema: String
    public var table: String
    public var columnCount: Int
    /// Which columns the before image (delete, update) or the only image (write) carries.
    public var columnsPresent: [Bool]
    /// Which columns the after image of an update carries.
    public var columnsPresentAfter: [Bool]?
    public var rows: [RowChange]
    /// PARTIAL_UPDATE_ROWS: after images may carry JSON columns as diffs (`RowChange.jsonDiffs`).
    public var isPartialJSON: Bool

    /// STMT_END_F: the last row event of its statement.
    public var isStatementEnd: Bool { self.flags & 0x01 != 0 }

    init(
        kind: Kind, version: Int, compressed: Bool, partialJSON: Bool = false, body: inout BinlogCursor, postHeaderLength: Int,
        tableMap: (UInt64) -> TableMapEvent?
    ) throws {
        self.kind = kind
        self.isPartialJSON = partialJSON
        self.tableID = try body.uintLE(postHeaderLength == 6 ? 4 : 6, "table id")
        self.flags = try body.u16("rows flags")
        if version == 2 {
            let extraLength = Int(try body.u16("extra data length"))
            guard extraLength >= 2 else { throw BinlogDecodeError("extra data length \(extraLength) is below 2", offset: body.offset) }
            try body.skip(extraLength - 2, "extra data")
        }
        guard let map = tableMap(self.tableID) else {
            throw BinlogDecodeError("row event for table id \(self.tableID) without a preceding TABLE_MAP event", offset: body.offset)
        }
        self.schema = map.schema
        self.table = map.table
        // Column count and bitmaps are never compressed; MariaDB's compressed events compress
        // only the row images that follow them.
        let count = try body.lenencInt("column count")
        guard count == map.columnCount else {
            throw BinlogDecodeError(
                "row event has \(count) columns but the table map of \(map.schema).\(map.table) has \(map.columnCount)", offset: body.offset)
        }
        self.columnCount = count
        self.columnsPresent = try Self.bitmap(&body, count: count)
        self.columnsPresentAfter = kind == .update ? try Self.bitmap(&body, count: count) : nil
        var rowsCursor: BinlogCursor
        if compressed {
            rowsCursor = BinlogCursor(try MariaDBCompression.decompress(body.rest(), what: "compressed rows of \(map.schema).\(map.table)"))
        } else {
            rowsCursor = body
            _ = body.rest()
        }
        let unsigned = (0..<count).map { map.isUnsigned($0) ?? false }
        var rows: [RowChange] = []
        // Each row image starts with a NULL bitmap over its columns; images of no columns would
        // be empty, and a loop over them would never end.
        let carriesColumns = self.columnsPresent.contains(true) || (self.columnsPresentAfter?.contains(true) ?? false)
        if !carriesColumns && !rowsCursor.isAtEnd {
            throw BinlogDecodeError("row event carries no columns but has \(rowsCursor.remaining) bytes of rows", offset: rowsCursor.offset)
        }
        while !rowsCursor.isAtEnd {
            let first = try ColumnValueDecoder.decodeRow(
                types: map.columnTypes, metadata: map.metadata, unsigned: unsigned, present: self.columnsPresent, from: &rowsCursor)
            switch kind {
            case .write: rows.append(RowChange(before: nil, after: first))
            case .delete: rows.append(RowChange(before: first, after: nil))
            case .update where partialJSON:
                let after = try PartialUpdateImage.decodeAfterImage(
                    types: map.columnTypes, metadata: map.metadata, unsigned: unsigned, present: self.columnsPresentAfter!, from: &rowsCursor)
                rows.append(RowChange(before: first, after: after.values, jsonDiffs: after.diffs.isEmpty ? nil : after.diffs))
            case .update:
                let after = try ColumnValueDecoder.decodeRow(
                    types: map.columnTypes, metadata: map.metadata, unsigned: unsigned, present: self.columnsPresentAfter!, from: &rowsCursor)
                rows.append(RowChange(before: first, after: after))
            }
        }
        self.rows = rows
    }

    static func bitmap(_ cursor: inout BinlogCursor, count: Int) throws -> [Bool] {
        let bytes = try cursor.bytes((count + 7) / 8, "columns-present bitmap")
        return (0..<count).map { bytes[$0 / 8] & (1 << UInt8($0 % 8)) != 0 }
    }
}

/// One changed row: the image before (update, delete) and after (write, update). A nil element
/// is a column the image does not carry (binlog_row_image=MINIMAL/NOBLOB).
public struct RowChange: Sendable, Hashable {
    public var before: [BinlogValue?]?
    public var after: [BinlogValue?]?
    /// PARTIAL_UPDATE_ROWS: JSON columns (by index) logged as diffs; their `after` entry is nil.
    public var jsonDiffs: [Int: [JSONDiff]]?

    public init(before: [BinlogValue?]?, after: [BinlogValue?]?, jsonDiffs: [Int: [JSONDiff]]? = nil) {
        self.before = before
        self.after = after
        self.jsonDiffs = jsonDiffs
    }
}
