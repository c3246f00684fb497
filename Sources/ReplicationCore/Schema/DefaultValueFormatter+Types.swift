/// Conversion of literal defaults to numeric, bit and string columns.
extension DefaultValueFormatter {
    func integer(_ constant: Constant) throws(SchemaTrackerError) -> String {
        let value = try self.number(constant).rounded(toScale: 0)
        let range = Self.integerRange(self.column.dataType, unsigned: self.column.isUnsigned)
        guard range.contains(value) else { throw self.invalid }
        return self.zeroFilled(value.isZero ? "0" : value.description)
    }

    /// ZEROFILL columns show their default padded with zeros to the display width (FLOAT 12,
    /// DOUBLE 22, DECIMAL(M,D) M digits and the point).
    func zeroFilled(_ text: String) -> String {
        guard self.column.isZerofill else { return text }
        let width: Int = switch self.column.family {
        case .decimal: (self.column.length ?? 10) + ((self.column.scale ?? 0) > 0 ? 1 : 0)
        case .float: self.column.length ?? 12
        case .double: self.column.length ?? 22
        default: self.column.length ?? 0
        }
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    static func integerRange(_ dataType: String, unsigned: Bool) -> ClosedRange<SQLDecimal> {
        let bits: Int64 = switch dataType {
        case "tinyint": 8
        case "smallint": 16
        case "mediumint": 24
        case "int": 32
        default: 64
        }
        if bits == 64 {
            return unsigned ? SQLDecimal(UInt64(0))...SQLDecimal(UInt64.max) : SQLDecimal(Int64.min)...SQLDecimal(Int64.max)
        }
        let half: Int64 = 1 << (bits - 1)
        return unsigned ? SQLDecimal(Int64(0))...SQLDecimal(2 * half - 1) : SQLDecimal(-half)...SQLDecimal(half - 1)
    }

    func decimal(_ constant: Constant) throws(SchemaTrackerError) -> String {
        let scale = self.column.scale ?? 0
        let precision = self.column.length ?? 10
        let value = try self.number(constant).rounded(toScale: scale)
        if self.column.isUnsigned, value < SQLDecimal(Int64(0)) { throw self.invalid }
        guard value.integerDigitCount <= precision - scale else { throw self.invalid }
        return self.zeroFilled(value.isZero ? SQLDecimal(Int64(0)).rounded(toScale: scale).description : value.description)
    }

    func floatingPoint(_ constant: Constant) throws(SchemaTrackerError) -> String {
        let number = try self.number(constant)
        var value = number.doubleValue
        let single = self.column.family == .float
        if single { value = Double(Float(value)) }
        if self.column.isUnsigned, value < 0 { throw self.invalid }
        guard !single || abs(value) <= Double(Float.greatestFiniteMagnitude) else { throw self.invalid }
        if let scale = self.column.scale, let precision = self.column.length {
            // FLOAT(M,D)/DOUBLE(M,D) keep D decimals and at most M - D digits before the point.
            guard let exact = SQLDecimal(value) else { throw self.invalid }
            let rounded = exact.rounded(toScale: scale)
            guard rounded.integerDigitCount <= precision - scale else { throw self.invalid }
            return self.zeroFilled(rounded.isZero ? SQLDecimal(Int64(0)).rounded(toScale: scale).description : rounded.description)
        }
        return self.zeroFilled(FloatingPointText.format(value, singlePrecision: single))
    }

    func bit(_ constant: Constant) throws(SchemaTrackerError) -> String {
        var value: UInt64
        switch constant {
        case .bytes(let bytes), .string(let bytes):
            guard bytes.count <= 8 else { throw self.invalid }
            value = bytes.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        default:
            let number = try self.number(constant).rounded(toScale: 0)
            guard let unsigned = UInt64(number.description) else { throw self.invalid }
            value = unsigned
        }
        let width = self.column.length ?? 1
        guard width == 64 || value < (UInt64(1) << UInt64(width)) else { throw self.invalid }
        return "b'" + String(value, radix: 2) + "'"
    }

    func string(_ constant: Constant) throws(SchemaTrackerError) -> String {
        var text = self.text(constant)
        if self.column.family == .char {
            // CHAR values are read back without trailing spaces.
            while text.last == " " { text.removeLast() }
        }
        if let length = self.column.length, [.char, .varchar].contains(self.column.family), text.count > length {
            throw self.invalid
        }
        if let length = self.column.length, [.binary, .varbinary].contains(self.column.family) {
            guard text.utf8.count <= length else { throw self.invalid }
            // BINARY(n) values are padded with NUL bytes to n.
            if self.column.family == .binary { text += String(repeating: "\0", count: length - text.utf8.count) }
        }
        return Self.quoted(text)
    }

    /// ENUM and SET defaults must be strings naming members (numbers are refused in strict mode).
    func enumeration(_ constant: Constant) throws(SchemaTrackerError) -> String {
        if case .number = constant { throw self.invalid }
        guard let member = self.member(matching: self.text(constant)) else { throw self.invalid }
        return Self.quoted(member)
    }

    func set(_ constant: Constant) throws(SchemaTrackerError) -> String {
        let values = self.column.values
        if case .number = constant { throw self.invalid }
        var chosen = Set<Int>()
        let text = self.text(constant)
        if !text.isEmpty {
            for item in text.split(separator: ",", omittingEmptySubsequences: false) {
                guard let member = self.member(matching: String(item)), let index = values.firstIndex(of: member) else {
                    throw self.invalid
                }
                chosen.insert(index)
            }
        }
        return Self.quoted(chosen.sorted().map { values[$0] }.joined(separator: ","))
    }

    /// The ENUM/SET member a text denotes: trailing spaces ignored, case ignored unless binary.
    private func member(matching text: String) -> String? {
        var trimmed = Substring(text)
        while trimmed.last == " " { trimmed.removeLast() }
        let binary = self.column.collation.map { $0 == "binary" || $0.hasSuffix("_bin") } ?? true
        return self.column.values.first { binary ? $0 == trimmed : $0.lowercased() == trimmed.lowercased() }
    }
}
