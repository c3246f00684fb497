/// One logical change to a JSON document, as MySQL 8 logs it in a PARTIAL_UPDATE_ROWS event
/// (`binlog_row_value_options=PARTIAL_JSON`) instead of the whole updated document: what
/// `JSON_SET`, `JSON_REPLACE` and `JSON_REMOVE` did to the column's value in the before image.
public struct JSONDiff: Sendable, Hashable {
    /// `enum_json_diff_operation` in MySQL's `sql/json_diff.h`.
    public enum Operation: UInt8, Sendable {
        /// The value at `path` is replaced with `value`.
        case replace = 0
        /// `value` is added at `path` (a new object member, or an array element inserted at
        /// that index).
        case insert = 1
        /// The value at `path` is removed from its object or array.
        case remove = 2
    }

    public var operation: Operation
    /// The JSON path as the server wrote it, e.g. `$.age` or `$.a[2]`.
    public var path: String
    /// The new value as JSON text (`BinaryJSON.text`); nil for `remove`.
    public var value: String?

    public init(operation: Operation, path: String, value: String?) {
        self.operation = operation
        self.path = path
        self.value = value
    }
}

/// The after image of one row of a PARTIAL_UPDATE_ROWS event (type 39).
///
/// The event is an UPDATE_ROWS_V2 event in every other respect: post-header, extra data, column
/// count, columns-present bitmaps of both images, then rows of (before image, after image); the
/// before image is an ordinary row image. Only the after image differs (MySQL
/// `sql/rpl_record.cc`, `pack_row` / `unpack_row` with `UPDATE_AI`):
///
///     int<lenenc>  value_options    0, or 1 = PARTIAL_JSON_UPDATES (no other bit is defined;
///                                   the server rejects the event if any is set)
///     if value_options & 1:
///       partial_bits                ceil(J / 8) bytes, J = number of JSON columns in the *table
///                                   map* (present in this image or not), one bit per JSON
///                                   column in column order, LSB first; 1 = logged as a diff
///     NULL bitmap                   ceil(present / 8) bytes, as in every row image
///     values                        present, non-NULL columns in order; a column whose partial
///                                   bit is set holds a JSON diff vector instead of its value
///
/// A diff vector (`Json_diff_vector::write_binary`) is a fixed `int<4>` byte length (the same
/// 4-byte prefix a full JSON value has, JSON's table-map metadata being 4) followed by that many
/// bytes of diffs, each (`Json_diff::write_binary`):
///
///     int<1>       operation        0 REPLACE, 1 INSERT, 2 REMOVE
///     int<lenenc>  path length, then the path text (e.g. `$.age`)
///     REPLACE/INSERT only: int<lenenc> value length, then the value in binary JSON
///
/// The server writes value_options = 0 (and no partial bits) for rows where no JSON column was
/// updated through a diff.
enum PartialUpdateImage {
    /// Decodes one after image of a partial update. Returns one entry per column in `values`:
    /// nil for columns absent from the image *and for columns logged as diffs*, `.null` for NULLs;
    /// the diffs of each diff-logged column are in `diffs[columnIndex]` (0-based; possibly an
    /// empty list, which the server reads as "unchanged").
    ///
    /// A partial bit set for a column that is absent from the image or NULL in it is ignored, as
    /// the server does. Malformed input throws `BinlogDecodeError`.
    static func decodeAfterImage(
        types: [UInt8], metadata: [UInt16], unsigned: [Bool], present: [Bool], from cursor: inout BinlogCursor
    ) throws -> (values: [BinlogValue?], diffs: [Int: [JSONDiff]]) {
        guard metadata.count == types.count, present.count == types.count else {
            throw BinlogDecodeError(
                "row has \(types.count) column types but \(metadata.count) metadata and \(present.count) presence entries", offset: cursor.offset)
        }
        let optionsStart = cursor.offset
        let valueOptions = try cursor.lenenc("the value_options of a partial update's after image")
        guard valueOptions <= 1 else {
            throw BinlogDecodeError("partial update after image has unknown value_options 0x\(String(valueOptions, radix: 16))", offset: optionsStart)
        }
        if valueOptions == 0 {
            return (try ColumnValueDecoder.decodeRow(types: types, metadata: metadata, unsigned: unsigned, present: present, from: &cursor), [:])
        }

        // Partial bits: one per JSON column of the table, whether in this image or not.
        var jsonColumnCount = 0
        for type in types where type == ColumnTypeCode.json { jsonColumnCount += 1 }
        let partialBits = try cursor.bytes((jsonColumnCount + 7) / 8, "the partial-JSON bitmap of a row")
        var isPartial = [Bool](repeating: false, count: types.count)
        var jsonIndex = 0
        for column in 0..<types.count where types[column] == ColumnTypeCode.json {
            isPartial[column] = partialBits[jsonIndex >> 3] & (1 << UInt8(truncatingIfNeeded: jsonIndex & 7)) != 0
            jsonIndex += 1
        }

        var presentCount = 0
        for isPresent in present where isPresent { presentCount += 1 }
        let bitmap = cursor.offset
        try cursor.skip((presentCount + 7) / 8, "the NULL bitmap of a row")
        var values: [BinlogValue?] = []
        values.reserveCapacity(types.count)
        var diffs: [Int: [JSONDiff]] = [:]
        var bit = 0
        for column in 0..<types.count {
            guard present[column] else {
                values.append(nil)
                continue
            }
            let isNull = cursor.bytes[bitmap + bit >> 3] & (1 << UInt8(truncatingIfNeeded: bit & 7)) != 0
            bit += 1
            if isNull {
                values.append(.null)
                continue
            }
            do {
                if isPartial[column] {
                    diffs[column] = try self.decodeDiffVector(from: &cursor)
                    values.append(nil)
                } else {
                    values.append(
                        try ColumnValueDecoder.decode(
                            type: types[column], metadata: metadata[column], isUnsigned: column < unsigned.count && unsigned[column], from: &cursor))
                }
            } catch var error as BinlogDecodeError {
                error.message = "column \(column + 1) (\(ColumnTypeCode.name(types[column]))): " + error.message
                throw error
            }
        }
        return (values, diffs)
    }

    /// A JSON diff vector: `int<4>` length, then diffs filling exactly that many bytes.
    static func decodeDiffVector(from cursor: inout BinlogCursor) throws -> [JSONDiff] {
        let length = Int(try cursor.u32("the length of a JSON diff vector"))
        var body = try cursor.sub(length, "a JSON diff vector")
        var diffs: [JSONDiff] = []
        while !body.isAtEnd {
            diffs.append(try self.decodeDiff(from: &body))
        }
        return diffs
    }

    /// One diff; `cursor` ends where its vector ends, so no field may run past that.
    static func decodeDiff(from cursor: inout BinlogCursor) throws -> JSONDiff {
        let operationOffset = cursor.offset
        let code = try cursor.u8("a JSON diff operation")
        guard let operation = JSONDiff.Operation(rawValue: code) else {
            throw BinlogDecodeError("unknown JSON diff operation \(code)", offset: operationOffset)
        }
        let pathLength = try cursor.lenencInt("the length of a JSON diff path")
        let pathOffset = cursor.offset
        let path = try cursor.string(pathLength, "a JSON diff path")
        // The server writes paths with Json_path::to_string and parses them back on replicas; a
        // path always starts with the document root `$`.
        guard path.first == "$" else {
            throw BinlogDecodeError("JSON diff path \"\(path.prefix(40))\" does not start with $", offset: pathOffset)
        }
        guard operation != .remove else { return JSONDiff(operation: operation, path: path, value: nil) }
        let valueLength = try cursor.lenencInt("the length of a JSON diff value")
        let valueOffset = cursor.offset
        let binary = try cursor.bytes(valueLength, "a JSON diff value")
        do {
            return JSONDiff(operation: operation, path: path, value: try BinaryJSON.text(from: binary))
        } catch var error as BinlogDecodeError {
            // Offsets within the document become offsets within the event.
            error.message = "JSON diff value at \(path): " + error.message
            error.offset += valueOffset
            throw error
        }
    }
}
