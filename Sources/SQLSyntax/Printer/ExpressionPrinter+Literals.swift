/// Literals and function calls.
extension ExpressionPrinter {
    func literal(_ literal: SQLLiteral) -> String {
        switch literal {
        case .null: return "NULL"
        case .boolean(let value): return value ? "TRUE" : "FALSE"
        case .integer(let text), .decimal(let text), .float(let text): return text
        case .string(let bytes, let introducer):
            // Bytes that are not UTF-8 (from `_binary X'FF'`) cannot live in the printed text:
            // they are written in hexadecimal after their introducer.
            guard String(validating: bytes, as: UTF8.self) != nil else {
                return (introducer.map { $0 + " " } ?? "") + "X'" + Self.hexDigits(bytes) + "'"
            }
            return (introducer ?? "") + SQLPrinter.quoteString(bytes, options: options)
        case .hex(let bytes): return "X'" + Self.hexDigits(bytes) + "'"
        case .bits(let bytes):
            // The fewest digits that give back as many bytes: the first byte without its
            // leading zeros, the others in full.
            var digits = bytes.first.map { String($0, radix: 2) } ?? ""
            for byte in bytes.dropFirst() {
                let bits = String(byte, radix: 2)
                digits += String(repeating: "0", count: 8 - bits.count) + bits
            }
            return "b'" + digits + "'"
        case .temporal(let kind, let text): return kind.rawValue + " " + SQLPrinter.quoteString(text, options: options)
        }
    }

    static func hexDigits(_ bytes: [UInt8]) -> String {
        bytes.map { ($0 < 0x10 ? "0" : "") + String($0, radix: 16, uppercase: true) }.joined()
    }

    /// A call, with the special syntax the parser turned into plain calls written back.
    func function(_ name: String, _ arguments: [SQLExpression]) -> String {
        let keyword = arguments.first.flatMap(Self.keywordArgument)
        switch (name, arguments.count) {
        case ("TRIM_BOTH", 1...2), ("TRIM_LEADING", 1...2), ("TRIM_TRAILING", 1...2):
            let side = String(name.dropFirst("TRIM_".count))
            let remove = arguments.count == 2 ? " " + expression(arguments[1]) : ""
            return "TRIM(" + side + remove + " FROM " + expression(arguments[0]) + ")"
        case ("POSITION", 2):
            return "POSITION(" + expression(arguments[0], atLeast: .bitOr) + " IN " + expression(arguments[1]) + ")"
        case ("EXTRACT", 2) where keyword.flatMap(SQLIntervalUnit.init(rawValue:)) != nil:
            return "EXTRACT(" + (keyword ?? "") + " FROM " + expression(arguments[1]) + ")"
        case ("TIMESTAMPADD", 3) where keyword != nil, ("TIMESTAMPDIFF", 3) where keyword != nil, ("GET_FORMAT", 2) where keyword != nil:
            return name + "(" + ([keyword ?? ""] + arguments.dropFirst().map { expression($0) }).joined(separator: ", ") + ")"
        case ("MEMBER_OF", 2):
            return expression(arguments[0], atLeast: .bitOr) + " MEMBER OF (" + expression(arguments[1], atLeast: .prefix) + ")"
        case (_, 0) where SQLKeywords.functionsWithoutParentheses.contains(name):
            return name
        default:
            let written = arguments.map { argument in
                if case .interval = argument { render(argument: argument) } else { expression(argument) }
            }
            return functionName(name) + "(" + written.joined(separator: ", ") + ")"
        }
    }

    /// An INTERVAL argument (DATE_ADD's second), written bare.
    private func render(argument: SQLExpression) -> String {
        guard case .interval(let value, let unit) = argument else { return expression(argument) }
        return "INTERVAL " + expression(value, atLeast: .prefix) + " " + unit.rawValue
    }

    /// A unit or type passed as an upper-case string (`EXTRACT('DAY', d)`), if it is one.
    private static func keywordArgument(_ argument: SQLExpression) -> String? {
        guard case .literal(.string(let bytes, nil)) = argument, !bytes.isEmpty,
            bytes.allSatisfy({ SQLByte.isLetter($0) || $0 == UInt8(ascii: "_") })
        else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Bare when the parser reads it back as a call; backquoted otherwise. A stored function
    /// `db.F` is `` `db`.`F` ``.
    private func functionName(_ name: String) -> String {
        if let dot = name.firstIndex(of: ".") {
            return SQLPrinter.quoteIdentifier(String(name[..<dot])) + "."
                + SQLPrinter.quoteIdentifier(String(name[name.index(after: dot)...]))
        }
        let plain =
            name.utf8.first.map { !SQLByte.isDigit($0) } ?? false
            && name.utf8.allSatisfy { SQLByte.isLetter($0) || SQLByte.isDigit($0) || $0 == UInt8(ascii: "_") }
        let reserved = SQLKeywords.reserved.contains(name) && !SQLKeywords.reservedFunctionNames.contains(name)
        return plain && !reserved ? name : SQLPrinter.quoteIdentifier(name)
    }
}
