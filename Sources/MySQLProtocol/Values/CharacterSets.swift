/// Collation ids that matter for interpreting bytes (the full table lives in the server's
/// `information_schema.COLLATIONS`; these are the ones a client must know to tell text from bytes).
public enum MySQLCollation {
    public static let binary: UInt16 = 63
    public static let latin1SwedishCI: UInt16 = 8
    public static let utf8GeneralCI: UInt16 = 33
    public static let utf8mb4GeneralCI: UInt16 = 45
    public static let utf8mb4Bin: UInt16 = 46
    public static let utf8mb4UnicodeCI: UInt16 = 224
    public static let utf8mb4_0900AICI: UInt16 = 255

    /// The character set name of a collation id, for the common ones; nil if unknown here.
    public static func characterSetName(of collation: UInt16) -> String? {
        switch collation {
        case 63: "binary"
        case 5, 8, 15, 31, 47, 48, 49, 94: "latin1"
        case 11, 65: "ascii"
        case 33, 83, 192...215, 223: "utf8mb3"
        case 45, 46, 224...247, 255...323: "utf8mb4"
        case 28, 87: "gbk"
        case 24, 86: "gb2312"
        case 1, 84: "big5"
        case 95, 96: "cp932"
        case 13, 88: "sjis"
        case 35, 90, 128...151: "ucs2"
        case 54, 55, 101...124: "utf16"
        case 60, 61, 160...183: "utf32"
        default: nil
        }
    }
}
