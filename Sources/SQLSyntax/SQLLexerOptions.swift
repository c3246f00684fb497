/// The session settings that change how SQL text is split into tokens and how operators bind.
public struct SQLLexerOptions: Sendable, Hashable {
    /// ANSI_QUOTES: `"x"` is an identifier, not a string.
    public var ansiQuotes: Bool
    /// NO_BACKSLASH_ESCAPES: a backslash in a string literal is an ordinary character.
    public var noBackslashEscapes: Bool
    /// PIPES_AS_CONCAT: `||` concatenates strings instead of meaning OR.
    public var pipesAsConcat: Bool
    /// HIGH_NOT_PRECEDENCE: `NOT` binds as tightly as `!` (`NOT a BETWEEN b AND c` is
    /// `(NOT a) BETWEEN b AND c`).
    public var highNotPrecedence: Bool
    /// Executable comments `/*!NNNNN .. */` (and MariaDB's `/*M!NNNNNN .. */`) whose version is
    /// greater than this are skipped like ordinary comments; `nil` lexes all of them as SQL,
    /// which is what a server of the newest version would do. Compare with the server's version
    /// written the same way: 80036 for MySQL 8.0.36, 101106 for MariaDB 10.11.6.
    public var versionedCommentMaxVersion: Int?
    /// Return comments as `.comment` tokens instead of skipping them.
    public var keepComments: Bool

    public init(
        ansiQuotes: Bool = false, noBackslashEscapes: Bool = false, pipesAsConcat: Bool = false,
        highNotPrecedence: Bool = false, versionedCommentMaxVersion: Int? = nil, keepComments: Bool = false
    ) {
        self.ansiQuotes = ansiQuotes
        self.noBackslashEscapes = noBackslashEscapes
        self.pipesAsConcat = pipesAsConcat
        self.highNotPrecedence = highNotPrecedence
        self.versionedCommentMaxVersion = versionedCommentMaxVersion
        self.keepComments = keepComments
    }
}
