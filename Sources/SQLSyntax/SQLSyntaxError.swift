/// A lexing or parsing error, positioned like the server's own messages:
/// `line 1, column 12: unterminated string literal near ''abc'`.
public struct SQLSyntaxError: Error, CustomStringConvertible, Sendable, Hashable {
    /// What is wrong, without the position.
    public var reason: String
    /// 1-based line of the offending text.
    public var line: Int
    /// 1-based column, counted in Unicode scalars.
    public var column: Int
    /// UTF-8 byte offset of the offending text.
    public var offset: Int
    /// The text from the error position on, cut at 40 characters (like MySQL's "near '...'");
    /// empty at the end of the input.
    public var near: String

    public init(reason: String, line: Int, column: Int, offset: Int, near: String) {
        self.reason = reason
        self.line = line
        self.column = column
        self.offset = offset
        self.near = near
    }

    public var description: String {
        let position = "line \(line), column \(column): \(reason)"
        return near.isEmpty ? position : "\(position) near '\(near)'"
    }

    /// How many characters of the remaining text an error quotes.
    static let nearLength = 40

    /// An error at `offset` of `source`, with the excerpt taken from there.
    init(_ reason: String, at offset: Int, line: Int, column: Int, in source: [UInt8]) {
        let rest = source[min(offset, source.count)...]
        let near = String(decoding: rest.prefix(SQLSyntaxError.nearLength * 4), as: UTF8.self)
        self.init(reason: reason, line: line, column: column, offset: offset, near: String(near.prefix(SQLSyntaxError.nearLength)))
    }
}
