/// How the printer writes SQL.
public struct PrintOptions: Sendable, Hashable {
    /// Write string literals for a session in NO_BACKSLASH_ESCAPES mode: backslashes and NUL
    /// are written as themselves. By default they are escaped (`\\`, `\0`), which is what a
    /// session without that mode (and this parser's default options) reads back.
    public var noBackslashEscapes: Bool

    public init(noBackslashEscapes: Bool = false) {
        self.noBackslashEscapes = noBackslashEscapes
    }
}

/// Writes statements and expressions as MySQL/MariaDB SQL: identifiers backquoted, keywords
/// upper-case, one line. Parsing the output gives the same tree:
/// `parse(print(s)) == s` for every `s` the parser produces.
///
/// Statements keep no text for what they do not model: `OtherDDL` is printed as its `text`,
/// verbatim parts (partitioning, `AS SELECT`, `.other` specifications) as kept, and a
/// non-DDL statement only as the keywords that classify it (`INSERT`, `BEGIN`): execute
/// `ParsedStatement.text` for those.
public enum SQLPrinter {
    public static func print(_ statement: SQLStatement, options: PrintOptions = .init()) -> String {
        StatementPrinter(options: options).statement(statement)
    }

    public static func print(_ expression: SQLExpression, options: PrintOptions = .init()) -> String {
        ExpressionPrinter(options: options).expression(expression)
    }

    /// `` `name` `` with backquotes doubled.
    public static func quoteIdentifier(_ name: String) -> String {
        var result = "`"
        for character in name.unicodeScalars {
            if character == "`" { result += "``" } else { result.unicodeScalars.append(character) }
        }
        return result + "`"
    }

    /// `` `db`.`t` ``, or `` `t` `` without a schema.
    public static func quoteTableName(_ name: SQLTableName) -> String {
        (name.schema.map { quoteIdentifier($0) + "." } ?? "") + quoteIdentifier(name.name)
    }

    /// A single-quoted string literal of `bytes`: quotes doubled and, unless
    /// `noBackslashEscapes`, backslashes, NUL, CR, LF and Ctrl-Z escaped (so that the text
    /// stays on one line). The bytes should be UTF-8 (the
    /// result is a Swift string); see `ExpressionPrinter` for other bytes.
    public static func quoteString(_ bytes: [UInt8], options: PrintOptions = .init()) -> String {
        var result: [UInt8] = [UInt8(ascii: "'")]
        result.reserveCapacity(bytes.count + 2)
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "'"): result += [UInt8(ascii: "'"), UInt8(ascii: "'")]
            case UInt8(ascii: "\\") where !options.noBackslashEscapes: result += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0 where !options.noBackslashEscapes: result += [UInt8(ascii: "\\"), UInt8(ascii: "0")]
            case 0x0A where !options.noBackslashEscapes: result += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D where !options.noBackslashEscapes: result += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x1A where !options.noBackslashEscapes: result += [UInt8(ascii: "\\"), UInt8(ascii: "Z")]
            default: result.append(byte)
            }
        }
        result.append(UInt8(ascii: "'"))
        return String(decoding: result, as: UTF8.self)
    }

    public static func quoteString(_ text: String, options: PrintOptions = .init()) -> String {
        quoteString(Array(text.utf8), options: options)
    }

    /// A name that may be written bare (a charset, an engine, an option value), else quoted:
    /// bare if it is made of letters, digits, `_`, `$`, `.`, `+`, `-`.
    static func bareOrQuoted(_ value: String, quote: (String) -> String) -> String {
        let plain =
            !value.isEmpty
            && value.utf8.allSatisfy { SQLByte.isLetter($0) || SQLByte.isDigit($0) || "_$.+-".utf8.contains($0) }
        return plain ? value : quote(value)
    }
}
