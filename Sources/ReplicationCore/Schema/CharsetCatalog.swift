/// Character sets as MariaDB 10.11 knows them: each one's default collation and the most bytes
/// one character takes (information_schema.CHARACTER_SETS), which decide a column's collation
/// when only the charset is written and how TEXT types grow under `CONVERT TO CHARACTER SET`.
enum CharsetCatalog {
    struct Charset: Sendable {
        var defaultCollation: String
        var maxBytesPerCharacter: Int
    }

    /// The server's compiled-in character sets.
    static let charsets: [String: Charset] = [
        "armscii8": .init(defaultCollation: "armscii8_general_ci", maxBytesPerCharacter: 1),
        "ascii": .init(defaultCollation: "ascii_general_ci", maxBytesPerCharacter: 1),
        "big5": .init(defaultCollation: "big5_chinese_ci", maxBytesPerCharacter: 2),
        "binary": .init(defaultCollation: "binary", maxBytesPerCharacter: 1),
        "cp1250": .init(defaultCollation: "cp1250_general_ci", maxBytesPerCharacter: 1),
        "cp1251": .init(defaultCollation: "cp1251_general_ci", maxBytesPerCharacter: 1),
        "cp1256": .init(defaultCollation: "cp1256_general_ci", maxBytesPerCharacter: 1),
        "cp1257": .init(defaultCollation: "cp1257_general_ci", maxBytesPerCharacter: 1),
        "cp850": .init(defaultCollation: "cp850_general_ci", maxBytesPerCharacter: 1),
        "cp852": .init(defaultCollation: "cp852_general_ci", maxBytesPerCharacter: 1),
        "cp866": .init(defaultCollation: "cp866_general_ci", maxBytesPerCharacter: 1),
        "cp932": .init(defaultCollation: "cp932_japanese_ci", maxBytesPerCharacter: 2),
        "dec8": .init(defaultCollation: "dec8_swedish_ci", maxBytesPerCharacter: 1),
        "eucjpms": .init(defaultCollation: "eucjpms_japanese_ci", maxBytesPerCharacter: 3),
        "euckr": .init(defaultCollation: "euckr_korean_ci", maxBytesPerCharacter: 2),
        "gb2312": .init(defaultCollation: "gb2312_chinese_ci", maxBytesPerCharacter: 2),
        "gbk": .init(defaultCollation: "gbk_chinese_ci", maxBytesPerCharacter: 2),
        "geostd8": .init(defaultCollation: "geostd8_general_ci", maxBytesPerCharacter: 1),
        "greek": .init(defaultCollation: "greek_general_ci", maxBytesPerCharacter: 1),
        "hebrew": .init(defaultCollation: "hebrew_general_ci", maxBytesPerCharacter: 1),
        "hp8": .init(defaultCollation: "hp8_english_ci", maxBytesPerCharacter: 1),
        "keybcs2": .init(defaultCollation: "keybcs2_general_ci", maxBytesPerCharacter: 1),
        "koi8r": .init(defaultCollation: "koi8r_general_ci", maxBytesPerCharacter: 1),
        "koi8u": .init(defaultCollation: "koi8u_general_ci", maxBytesPerCharacter: 1),
        "latin1": .init(defaultCollation: "latin1_swedish_ci", maxBytesPerCharacter: 1),
        "latin2": .init(defaultCollation: "latin2_general_ci", maxBytesPerCharacter: 1),
        "latin5": .init(defaultCollation: "latin5_turkish_ci", maxBytesPerCharacter: 1),
        "latin7": .init(defaultCollation: "latin7_general_ci", maxBytesPerCharacter: 1),
        "macce": .init(defaultCollation: "macce_general_ci", maxBytesPerCharacter: 1),
        "macroman": .init(defaultCollation: "macroman_general_ci", maxBytesPerCharacter: 1),
        "sjis": .init(defaultCollation: "sjis_japanese_ci", maxBytesPerCharacter: 2),
        "swe7": .init(defaultCollation: "swe7_swedish_ci", maxBytesPerCharacter: 1),
        "tis620": .init(defaultCollation: "tis620_thai_ci", maxBytesPerCharacter: 1),
        "ucs2": .init(defaultCollation: "ucs2_general_ci", maxBytesPerCharacter: 2),
        "ujis": .init(defaultCollation: "ujis_japanese_ci", maxBytesPerCharacter: 3),
        "utf16": .init(defaultCollation: "utf16_general_ci", maxBytesPerCharacter: 4),
        "utf16le": .init(defaultCollation: "utf16le_general_ci", maxBytesPerCharacter: 4),
        "utf32": .init(defaultCollation: "utf32_general_ci", maxBytesPerCharacter: 4),
        "utf8mb3": .init(defaultCollation: "utf8mb3_general_ci", maxBytesPerCharacter: 3),
        "utf8mb4": .init(defaultCollation: "utf8mb4_general_ci", maxBytesPerCharacter: 4),
    ]

    /// The canonical (lower-case) name of a charset as written, or nil if the server has no such
    /// charset. `utf8` means `utf8mb3` (MariaDB 10.11's default old_mode UTF8_IS_UTF8MB3).
    static func canonicalCharset(_ name: String) -> String? {
        let lower = name.lowercased()
        let canonical = lower == "utf8" ? "utf8mb3" : lower
        return charsets[canonical] == nil ? nil : canonical
    }

    /// The canonical name of a collation as written: lower-case, `utf8_` spelled `utf8mb3_`.
    static func canonicalCollation(_ name: String) -> String {
        let lower = name.lowercased()
        return lower.hasPrefix("utf8_") ? "utf8mb3_" + lower.dropFirst("utf8_".count) : lower
    }

    /// The charset a collation belongs to: the part before the first `_` (`binary` is its own).
    static func charset(ofCollation collation: String) -> String? {
        let canonical = canonicalCollation(collation)
        let prefix = canonical.split(separator: "_", maxSplits: 1).first.map(String.init) ?? canonical
        return charsets[prefix] == nil ? nil : prefix
    }

    static func defaultCollation(of charset: String) -> String {
        charsets[charset]?.defaultCollation ?? "\(charset)_general_ci"
    }

    /// The collation the `BINARY` attribute picks: the charset's `_bin` collation.
    static func binaryCollation(of charset: String) -> String {
        charset == "binary" ? "binary" : "\(charset)_bin"
    }

    static func maxBytesPerCharacter(_ charset: String) -> Int {
        charsets[charset]?.maxBytesPerCharacter ?? 1
    }
}
