import SQLSyntax

/// A column's DEFAULT as information_schema.COLUMNS.COLUMN_DEFAULT shows it: the literal stored
/// into the column's type and read back (`'12'` for INT is `12`, DECIMAL(5,2) `1.5` is `1.50`,
/// CHAR `'a  '` is `'a'`), or the expression as the server prints it.
struct DefaultValueFormatter {
    var column: TrackedColumn
    var table: TableName

    /// A constant after folding signs: what the literal holds, before conversion to the column.
    enum Constant {
        case null
        /// A number as written, with its sign: `-3`, `1.5`, `1e3`.
        case number(String)
        case string([UInt8])
        /// `X'..'`/`b'..'`: bytes in string context, an unsigned integer in numeric context.
        case bytes([UInt8])
        case temporal(String)
    }

    func format(_ expression: SQLExpression) throws(SchemaTrackerError) -> String {
        if let precision = Self.currentTimestampPrecision(expression),
           [.datetime, .timestamp].contains(self.column.family) {
            return Self.currentTimestamp(precision ?? self.column.scale ?? 0)
        }
        guard let constant = Self.constant(expression) else {
            return DefaultExpressionPrinter.print(expression, topLevel: true)
        }
        if [.text, .blob].contains(self.column.family) {
            // BLOB/TEXT defaults are kept as expressions: the literal is shown as written.
            if case .null = constant, !self.column.isNullable { throw self.invalid }
            return Self.literalText(expression, constant)
        }
        if case .null = constant {
            guard self.column.isNullable else { throw self.invalid }
            return "NULL"
        }
        switch self.column.family {
        case .integer: return try self.integer(constant)
        case .decimal: return try self.decimal(constant)
        case .float, .double: return try self.floatingPoint(constant)
        case .bit: return try self.bit(constant)
        case .enumeration: return try self.enumeration(constant)
        case .set: return try self.set(constant)
        case .date, .datetime, .timestamp, .time, .year: return try self.temporal(constant)
        case .char, .varchar, .binary, .varbinary, .text, .blob, .other: return try self.string(constant)
        }
    }

    var invalid: SchemaTrackerError { .invalidDefault(self.column.name, in: self.table) }

    /// `current_timestamp()` / `current_timestamp(3)`, as the server prints NOW() and its synonyms.
    static func currentTimestamp(_ precision: Int) -> String {
        precision > 0 ? "current_timestamp(\(precision))" : "current_timestamp()"
    }

    /// `.some(nil)` for CURRENT_TIMESTAMP/NOW()/LOCALTIME/LOCALTIMESTAMP, `.some(n)` with a precision.
    static func currentTimestampPrecision(_ expression: SQLExpression) -> Int?? {
        guard case .function(let name, let arguments) = expression,
              ["CURRENT_TIMESTAMP", "NOW", "LOCALTIME", "LOCALTIMESTAMP"].contains(name), arguments.count <= 1
        else { return nil }
        guard let argument = arguments.first else { return .some(nil) }
        guard case .literal(.integer(let text)) = argument, let precision = Int(text) else { return nil }
        return .some(precision)
    }

    /// The literal an expression stands for, folding `-`/`+` signs on numbers; nil otherwise.
    static func constant(_ expression: SQLExpression) -> Constant? {
        switch expression {
        case .literal(let literal):
            switch literal {
            case .null: return .null
            case .boolean(let value): return .number(value ? "1" : "0")
            case .integer(let text), .decimal(let text), .float(let text): return .number(text)
            case .string(let bytes, _): return .string(bytes)
            case .hex(let bytes), .bits(let bytes): return .bytes(bytes)
            case .temporal(_, let text): return .temporal(text)
            }
        case .unary(.negate, let operand):
            guard case .number(let text)? = constant(operand) else { return nil }
            return .number(text.hasPrefix("-") ? String(text.dropFirst()) : "-" + text)
        case .unary(.plus, let operand):
            guard case .number? = constant(operand) else { return nil }
            return constant(operand)
        default:
            return nil
        }
    }

    /// A literal as the server prints an expression: numbers as written, strings quoted with
    /// their introducer, `X'..'`/`b'..'` as `0x..`.
    static func literalText(_ expression: SQLExpression, _ constant: Constant) -> String {
        switch constant {
        case .null: return "NULL"
        case .number(let text): return text
        case .bytes(let bytes): return "0x" + bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        case .temporal(let text): return Self.quoted(text)
        case .string(let bytes):
            var introducer = ""
            if case .literal(.string(_, let written?)) = expression, written.hasPrefix("_") { introducer = written.lowercased() }
            return introducer + Self.quoted(String(decoding: bytes, as: UTF8.self))
        }
    }

    /// The constant as a number, as the server converts it in numeric context.
    func number(_ constant: Constant) throws(SchemaTrackerError) -> SQLDecimal {
        switch constant {
        case .number(let text):
            if let value = SQLDecimal(text) { return value }
        case .string(let bytes):
            if let value = SQLDecimal(String(decoding: bytes, as: UTF8.self)) { return value }
        case .bytes(let bytes):
            guard bytes.count <= 8 else { throw self.invalid }
            return SQLDecimal(bytes.reduce(UInt64(0)) { $0 << 8 | UInt64($1) })
        case .null, .temporal:
            break
        }
        throw self.invalid
    }

    /// The constant as text, as the server converts it in string context.
    func text(_ constant: Constant) -> String {
        switch constant {
        case .null: "NULL"
        case .number(let text), .temporal(let text): text
        case .string(let bytes), .bytes(let bytes): String(decoding: bytes, as: UTF8.self)
        }
    }

    /// A string quoted as the server prints it: `'` doubled; backslash, NUL, newline, return and
    /// Ctrl-Z escaped.
    static func quoted(_ text: String) -> String {
        var quoted = "'"
        for scalar in text.unicodeScalars {
            switch scalar {
            case "'": quoted += "''"
            case "\\": quoted += "\\\\"
            case "\0": quoted += "\\0"
            case "\n": quoted += "\\n"
            case "\r": quoted += "\\r"
            case "\u{1A}": quoted += "\\Z"
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "'"
    }
}
