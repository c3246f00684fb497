/// How a character string compares, derived from a MySQL collation name, plus where the string
/// got its collation from (MySQL's coercibility), which decides whose collation wins when two
/// strings meet: a column's collation beats a literal's, an explicit `COLLATE` beats both.
///
/// Name rules: `binary` compares bytes; `*_bin` compares code points; `*_cs` is case-sensitive;
/// `*_ci` is case-insensitive (the pre-8.0 `*_ci` collations are also accent-insensitive, so
/// `'e' = 'é'` under utf8mb4_general_ci); `_as_`/`_ai_` say so explicitly. `*_0900_*` and
/// `*_nopad_*` collations are NO PAD; the others are PAD SPACE, where trailing spaces do not count
/// (`'a' = 'a  '`).
public struct SQLCollation: Sendable, Hashable, CustomStringConvertible {
    /// MySQL's coercibility, strongest first.
    public enum Derivation: Int, Sendable, Hashable, Comparable {
        /// `x COLLATE name`.
        case explicit = 0
        /// A column value, or the result of CAST.
        case implicit = 2
        /// A string literal.
        case coercible = 4
        /// A number or temporal value turned into a string.
        case numeric = 5

        public static func < (lhs: Derivation, rhs: Derivation) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The collation name in lower case, e.g. `utf8mb4_general_ci`.
    public let name: String
    /// The character set, the part of the name before the first `_` (`binary` for binary).
    public let charset: String
    /// Compares code points (or bytes) rather than folded letters.
    public let isBinary: Bool
    public let isCaseInsensitive: Bool
    public let isAccentInsensitive: Bool
    /// PAD SPACE: trailing spaces are ignored when comparing (not by LIKE).
    public let padsSpace: Bool
    public var derivation: Derivation

    public init(name: String, derivation: Derivation = .implicit) {
        let name = name.lowercased()
        self.name = name
        self.derivation = derivation
        if name == "binary" {
            self.charset = "binary"
            (self.isBinary, self.isCaseInsensitive, self.isAccentInsensitive, self.padsSpace) = (true, false, false, false)
            return
        }
        self.charset = name.split(separator: "_", maxSplits: 1).first.map(String.init) ?? name
        let noPad = name.contains("_0900_") || name.contains("_nopad_")
        self.padsSpace = !noPad
        if name.hasSuffix("_bin") {
            (self.isBinary, self.isCaseInsensitive, self.isAccentInsensitive) = (true, false, false)
        } else if name.hasSuffix("_cs") {
            (self.isBinary, self.isCaseInsensitive, self.isAccentInsensitive) = (false, false, name.contains("_ai_"))
        } else {
            // `_ci` and unknown suffixes: case-insensitive; accent-insensitive unless `_as_`.
            (self.isBinary, self.isCaseInsensitive, self.isAccentInsensitive) = (false, true, !name.contains("_as_"))
        }
    }

    /// The default collation of a character set, as MySQL 8 picks it.
    public static func defaultCollation(ofCharset charset: String, derivation: Derivation = .implicit) -> SQLCollation {
        switch charset.lowercased() {
        case "binary": return SQLCollation(name: "binary", derivation: derivation)
        case "utf8mb4": return SQLCollation(name: "utf8mb4_0900_ai_ci", derivation: derivation)
        case "utf8", "utf8mb3": return SQLCollation(name: "utf8mb3_general_ci", derivation: derivation)
        case "latin1": return SQLCollation(name: "latin1_swedish_ci", derivation: derivation)
        case "ascii": return SQLCollation(name: "ascii_general_ci", derivation: derivation)
        case let other: return SQLCollation(name: other + "_general_ci", derivation: derivation)
        }
    }

    /// utf8mb4_bin: what TiDB (and so DM) gives string literals by default.
    public static let utf8mb4Bin = SQLCollation(name: "utf8mb4_bin", derivation: .coercible)

    public var description: String { self.name }

    /// The same collation with another derivation.
    func with(_ derivation: Derivation) -> SQLCollation {
        var copy = self
        copy.derivation = derivation
        return copy
    }

    /// The collation used when two strings meet (MySQL's collation aggregation, without its
    /// "illegal mix" errors): the stronger derivation wins; between equals, a binary collation wins,
    /// then the left one.
    static func aggregate(_ lhs: SQLCollation, _ rhs: SQLCollation) -> SQLCollation {
        if lhs.derivation != rhs.derivation { return lhs.derivation < rhs.derivation ? lhs : rhs }
        if rhs.isBinary && !lhs.isBinary { return rhs }
        return lhs
    }
}
