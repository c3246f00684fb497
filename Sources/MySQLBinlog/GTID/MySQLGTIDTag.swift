/// The tag of a MySQL 8.4 tagged GTID (`uuid:tag:number`): `[a-z_][a-z0-9_]{0,31}`, compared
/// case-insensitively, so it is kept in lowercase as MySQL does.
public struct MySQLGTIDTag: Sendable, Hashable, Comparable, CustomStringConvertible {
    public static let maxLength = 32

    /// The lowercase tag.
    public let name: String

    /// Accepts letters of either case; throws for anything that is not a valid tag.
    public init(parsing text: String) throws {
        var scanner = GTIDTextScanner(text)
        guard let tag = try Self.parse(&scanner) else {
            throw scanner.error("a tag starts with a letter or '_', found \(scanner.found)")
        }
        guard scanner.isAtEnd else { throw scanner.error("expected the end of the tag, found \(scanner.found)") }
        self = tag
    }

    init(validatedLowercase name: String) {
        self.name = name
    }

    public var description: String { self.name }

    /// Byte-wise, as MySQL orders tags of the same UUID.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.name.utf8.lexicographicallyPrecedes(rhs.name.utf8)
    }

    /// A tag if one starts here (nil, consuming nothing, if the next character cannot start one).
    static func parse(_ scanner: inout GTIDTextScanner) throws -> Self? {
        guard let first = scanner.peek, Self.isTagCharacter(first, isFirst: true) else { return nil }
        let start = scanner.offset
        var name: [UInt8] = []
        while let byte = scanner.peek, Self.isTagCharacter(byte, isFirst: false) {
            guard name.count < Self.maxLength else {
                throw scanner.error("tag is longer than \(Self.maxLength) characters", at: start)
            }
            name.append(Self.lowercased(byte))
            scanner.advance()
        }
        return Self(validatedLowercase: String(decoding: name, as: UTF8.self))
    }

    /// Checks a tag as stored in binary sets (already lowercase there, but accept either case).
    static func validate(_ bytes: some Collection<UInt8>) -> Self? {
        guard !bytes.isEmpty, bytes.count <= Self.maxLength else { return nil }
        var name: [UInt8] = []
        for (index, byte) in bytes.enumerated() {
            guard Self.isTagCharacter(byte, isFirst: index == 0) else { return nil }
            name.append(Self.lowercased(byte))
        }
        return Self(validatedLowercase: String(decoding: name, as: UTF8.self))
    }

    static func isTagCharacter(_ byte: UInt8, isFirst: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"): true
        case UInt8(ascii: "0")...UInt8(ascii: "9"): !isFirst
        default: false
        }
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }
}
