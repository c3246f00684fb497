/// Walks GTID text byte by byte for the MySQL and MariaDB parsers, so that every error can
/// name the offset of the character that broke the grammar.
struct GTIDTextScanner {
    let text: String
    let bytes: [UInt8]
    private(set) var offset = 0

    init(_ text: String) {
        self.text = text
        self.bytes = Array(text.utf8)
    }

    var isAtEnd: Bool { self.offset >= self.bytes.count }
    var peek: UInt8? { self.isAtEnd ? nil : self.bytes[self.offset] }

    mutating func advance() { self.offset += 1 }

    /// Servers print sets with ",\n" between sources, and users paste them with spaces.
    mutating func skipWhitespace() {
        while let byte = self.peek, Self.isWhitespace(byte) { self.offset += 1 }
    }

    /// Consumes `byte` if it is next.
    mutating func take(_ byte: UInt8) -> Bool {
        guard self.peek == byte else { return false }
        self.offset += 1
        return true
    }

    func error(_ reason: String, at position: Int? = nil) -> GTIDParseError {
        GTIDParseError(text: self.text, position: position ?? self.offset, reason: reason)
    }

    /// What the next character is, for error messages.
    var found: String {
        guard let byte = self.peek else { return "the end of the text" }
        return byte >= 0x21 && byte < 0x7F ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x\(String(byte, radix: 16))"
    }

    /// An unsigned decimal number no greater than `max` (digits only: no sign, no spaces).
    mutating func decimal(max: UInt64, _ what: String) throws -> UInt64 {
        let start = self.offset
        guard let first = self.peek, Self.isDigit(first) else { throw self.error("expected \(what), found \(self.found)") }
        var value: UInt64 = 0
        while let byte = self.peek, Self.isDigit(byte) {
            let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(UInt64(byte - UInt8(ascii: "0")))
            guard !overflow1, !overflow2, sum <= max else { throw self.error("\(what) is larger than \(max)", at: start) }
            value = sum
            self.offset += 1
        }
        return value
    }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)  // space, \t \n \v \f \r (what MySQL skips)
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// The value of a hex digit of either case, or nil.
    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
