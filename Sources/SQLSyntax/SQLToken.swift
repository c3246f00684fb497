/// One lexical token of MySQL/MariaDB SQL.
///
/// `range` holds UTF-8 byte offsets into the lexed text, covering everything the token was
/// written with (quotes, `X`/`N`/`0x` prefixes, the `@`/`@@` of variables). A printer rebuilds the
/// statement byte for byte from these ranges and the gaps between them (whitespace, comments and
/// the markers of executable comments live in the gaps).
public struct SQLToken: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A bare word as written: an identifier or a keyword (the parser decides which), also
        /// words that start with digits such as `1abc`, and charset introducers such as `_utf8mb4`.
        case word(String)
        /// A backquoted identifier, or a double-quoted one under ANSI_QUOTES, without its quotes
        /// and with doubled quotes undone.
        case quotedIdentifier(String)
        /// A string literal's bytes after unescaping. `national` for `N'..'`. A charset introducer
        /// before it is a separate `.word` token; adjacent literals are separate tokens.
        case string([UInt8], national: Bool)
        /// `42`, as written.
        case integer(String)
        /// `1.5`, `1.`, `.5`, as written.
        case decimal(String)
        /// `1e3`, `1.5E-3`, as written.
        case float(String)
        /// `0x4142` or `X'4142'`: the bytes (an odd digit count in `0x..` gets a leading zero).
        case hex([UInt8])
        /// `0b0101` or `b'0101'`: the bytes, big-endian, left-padded to whole bytes.
        case bits([UInt8])
        /// `@name`, `@'name'`, `` @`name` ``: the name without `@` and quotes. MySQL spells an
        /// account as `user@host`, so a string or word directly followed by this token can also
        /// be an account name (`'root'@'%'`, `root@localhost`).
        case userVariable(String)
        /// `@@name`, `@@global.name`: the scope (`GLOBAL`, `SESSION`, `LOCAL`, `PERSIST`,
        /// `PERSIST_ONLY`, as written) if one was given, and the rest of the name.
        case systemVariable(scope: String?, name: String)
        /// An operator or punctuation mark.
        case symbol(Symbol)
        /// `\N`, the old spelling of NULL (MariaDB still accepts it).
        case nullMarker
        /// A comment; only produced when `SQLLexerOptions.keepComments` is set.
        case comment(CommentStyle)
        /// The end of the text; its range is empty.
        case endOfInput
    }

    public enum CommentStyle: Sendable, Hashable {
        /// `-- ` up to the end of the line (the line break is not part of it).
        case dashDash
        /// `#` up to the end of the line.
        case hash
        /// `/* .. */`, and executable comments skipped because of their version.
        case block
        /// `/*+ .. */`.
        case optimizerHint
    }

    public var kind: Kind
    /// UTF-8 byte offsets of the token in the lexed text.
    public var range: Range<Int>
    /// 1-based line of the token's first character.
    public var line: Int
    /// 1-based column of the token's first character, counted in Unicode scalars.
    public var column: Int

    public init(kind: Kind, range: Range<Int>, line: Int, column: Int) {
        self.kind = kind
        self.range = range
        self.line = line
        self.column = column
    }

    /// The token exactly as written in `source`, which must be the text it was lexed from.
    public func text(in source: String) -> Substring {
        let utf8 = source.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let upper = utf8.index(lower, offsetBy: range.count)
        return source[lower..<upper]
    }
}
