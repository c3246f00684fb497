/// String functions. Positions and lengths count characters (bytes for binary strings), as in
/// MySQL; any NULL argument gives NULL unless noted (CONCAT_WS skips NULLs). A result is binary
/// if an argument is, otherwise it takes the arguments' collation.
extension SQLInterpreter {
    /// The largest string REPEAT/LPAD/SPACE build before giving NULL (MySQL's limit is
    /// max_allowed_packet).
    static let maxResultLength = 16 << 20

    func stringFunction(_ function: SQLFunction, _ values: [SQLValue]) throws -> SQLValue {
        if function == .concatWS { return self.concatWithSeparator(values) }
        if values.contains(where: \.isNull) { return .null }
        let units = values.map(Self.units)
        switch function {
        case .length:
            return .int(Int64(values[0].bytes?.count ?? 0))
        case .charLength:
            return .int(Int64(units[0].count))
        case .upper, .lower:
            switch values[0] {
            case .binary: return values[0]  // MySQL leaves binary strings alone.
            case .string(let text, let collation): return .string(function == .upper ? text.uppercased() : text.lowercased(), collation)
            default: return self.string(values[0].text ?? "", like: values)
            }
        case .concat:
            return self.string(values.compactMap(\.text).joined(), like: values)
        case .substring:
            return self.units(
                Self.substring(units[0], from: values[1].integerArgument ?? 0, length: values.count > 2 ? values[2].integerArgument : nil),
                like: values)
        case .left:
            return self.units(Array(units[0].prefix(Self.count(values[1]))), like: values)
        case .right:
            return self.units(Array(units[0].suffix(Self.count(values[1]))), like: values)
        case .trim, .ltrim, .rtrim, .trimBoth, .trimLeading, .trimTrailing:
            let leading = function != .rtrim && function != .trimTrailing
            let trailing = function != .ltrim && function != .trimLeading
            return self.units(Self.trimmed(units[0], units.count > 1 ? units[1] : [0x20], leading: leading, trailing: trailing), like: values)
        case .replace:
            return self.units(Self.replacing(units[0], units[1], with: units[2]), like: values)
        case .instr:
            return .int(Int64(self.position(of: values[1], in: values[0], from: 1)))
        case .locate:
            return .int(Int64(self.position(of: values[0], in: values[1], from: values.count > 2 ? values[2].integerArgument ?? 1 : 1)))
        case .reverse:
            return self.units(units[0].reversed(), like: values)
        case .lpad, .rpad:
            return self.pad(units[0], to: values[1].integerArgument ?? 0, with: units[2], left: function == .lpad, like: values)
        case .repeat:
            let times = Self.count(values[1])
            guard units[0].count * times <= Self.maxResultLength else { return .null }
            return self.units(Array([[UInt32]](repeating: units[0], count: times).joined()), like: values)
        case .space:
            let count = Self.count(values[0])
            guard count <= Self.maxResultLength else { return .null }
            return .string(String(repeating: " ", count: count), self.context.literalCollation.with(.numeric))
        case .ascii:
            return .int(Int64(values[0].bytes?.first ?? 0))
        case .hex:
            return .string(Self.hex(values[0]), self.context.literalCollation.with(.numeric))
        case .strcmp:
            return .int(Int64(self.compareAsStrings(values[0], values[1])))
        case .findInSet:
            let collation = self.stringCollation(values)
            let needle = values[0].text ?? ""
            // A needle containing a comma never matches, as in MySQL.
            guard !needle.contains(",") else { return .int(0) }
            let items = (values[1].text ?? "").split(separator: ",", omittingEmptySubsequences: false)
            let index = items.firstIndex { collation.compare(String($0), needle) == 0 }
            return .int(Int64(index.map { $0 + 1 } ?? 0))
        default:
            throw Self.misrouted(function)
        }
    }

    /// A value as the units string functions count: bytes of a binary string, code points otherwise.
    private static func units(_ value: SQLValue) -> [UInt32] {
        if case .binary(let bytes) = value { return bytes.map(UInt32.init) }
        return (value.text ?? "").unicodeScalars.map(\.value)
    }

    private func units(_ units: [UInt32], like values: [SQLValue]) -> SQLValue {
        if values.contains(where: { if case .binary = $0 { return true } else { return false } }) {
            return .binary(units.map { UInt8(truncatingIfNeeded: $0) })
        }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: units.compactMap(Unicode.Scalar.init))
        return .string(String(scalars), self.stringCollation(values))
    }

    /// A text result: binary if any argument is binary, else in the arguments' collation.
    func string(_ text: String, like values: [SQLValue]) -> SQLValue {
        if values.contains(where: { if case .binary = $0 { return true } else { return false } }) { return .binary(Array(text.utf8)) }
        return .string(text, self.stringCollation(values))
    }

    /// The collation of a string result: the strongest of the string arguments' collations.
    func stringCollation(_ values: [SQLValue]) -> SQLCollation {
        var result: SQLCollation?
        for value in values {
            guard case .string(_, let collation) = value else { continue }
            result = result.map { SQLCollation.aggregate($0, collation) } ?? collation
        }
        return result ?? self.context.literalCollation.with(.numeric)
    }

    private func concatWithSeparator(_ values: [SQLValue]) -> SQLValue {
        guard let separator = values[0].text else { return .null }
        return self.string(values.dropFirst().compactMap(\.text).joined(separator: separator), like: values)
    }

    /// A count argument: negative means zero.
    private static func count(_ value: SQLValue) -> Int {
        Int(clamping: max(0, min(value.integerArgument ?? 0, Int64(Int32.max))))
    }

    /// SUBSTRING: 1-based, a negative start counts from the end, start 0 gives ''.
    private static func substring(_ units: [UInt32], from start: Int64, length: Int64?) -> [UInt32] {
        let count = Int64(units.count)
        guard start != 0, start.magnitude <= UInt64(count) else { return [] }
        let first = start > 0 ? start - 1 : count + start
        let available = count - first
        let take = min(available, max(0, length ?? available))
        return Array(units[Int(first)..<Int(first + take)])
    }

    /// TRIM: removes whole repetitions of `remove` (a space by default) from either end.
    private static func trimmed(_ units: [UInt32], _ remove: [UInt32], leading: Bool, trailing: Bool) -> [UInt32] {
        guard !remove.isEmpty else { return units }
        var (start, end) = (0, units.count)
        while leading, end - start >= remove.count, Array(units[start..<start + remove.count]) == remove { start += remove.count }
        while trailing, end - start >= remove.count, Array(units[end - remove.count..<end]) == remove { end -= remove.count }
        return Array(units[start..<end])
    }

    private static func replacing(_ units: [UInt32], _ target: [UInt32], with replacement: [UInt32]) -> [UInt32] {
        guard !target.isEmpty else { return units }
        var result: [UInt32] = []
        var index = 0
        while index < units.count {
            if index + target.count <= units.count, Array(units[index..<index + target.count]) == target {
                result += replacement
                index += target.count
            } else {
                result.append(units[index])
                index += 1
            }
        }
        return result
    }

    /// INSTR/LOCATE: the 1-based position of `needle` in `haystack` at or after `start`, under
    /// the collation (case-insensitive for `_ci`); 0 when absent.
    private func position(of needle: SQLValue, in haystack: SQLValue, from start: Int64) -> Int {
        let binary = Self.eitherIsBinary(needle, haystack)
        let collation = binary ? SQLCollation(name: "binary") : self.stringCollation([haystack, needle])
        // Fold character by character so positions still count characters.
        let fold: (SQLValue) -> [UInt32] = { value in
            Self.units(value).map { unit in
                guard !binary, let scalar = Unicode.Scalar(unit) else { return unit }
                return collation.foldedScalars(String(scalar)).first ?? unit
            }
        }
        let text = fold(haystack)
        let target = fold(needle)
        guard start >= 1, start - 1 <= Int64(text.count) else { return 0 }
        if target.isEmpty { return Int(start) }
        var index = Int(start - 1)
        while index + target.count <= text.count {
            if Array(text[index..<index + target.count]) == target { return index + 1 }
            index += 1
        }
        return 0
    }

    private func pad(_ units: [UInt32], to length: Int64, with padding: [UInt32], left: Bool, like values: [SQLValue]) -> SQLValue {
        guard length >= 0, length <= Int64(Self.maxResultLength) else { return .null }
        let target = Int(length)
        if units.count >= target { return self.units(Array(units.prefix(target)), like: values) }
        guard !padding.isEmpty else { return .null }
        var fill: [UInt32] = []
        while fill.count < target - units.count { fill += padding }
        fill = Array(fill.prefix(target - units.count))
        return self.units(left ? fill + units : units + fill, like: values)
    }

    /// HEX: the bytes of a string, or the two's-complement digits of a number.
    private static func hex(_ value: SQLValue) -> String {
        switch value {
        case .int, .uint, .decimal, .double:
            return String(value.bitOperand ?? 0, radix: 16, uppercase: true)
        default:
            return (value.bytes ?? []).map { byte in
                let digits = String(byte, radix: 16, uppercase: true)
                return digits.count == 1 ? "0" + digits : digits
            }.joined()
        }
    }

    /// STRCMP: -1, 0 or 1 comparing both arguments as strings.
    private func compareAsStrings(_ lhs: SQLValue, _ rhs: SQLValue) -> Int {
        if Self.eitherIsBinary(lhs, rhs) { return SQLCollation.compare(lhs.bytes ?? [], rhs.bytes ?? []) }
        return self.stringCollation([lhs, rhs]).compare(lhs.text ?? "", rhs.text ?? "")
    }
}
