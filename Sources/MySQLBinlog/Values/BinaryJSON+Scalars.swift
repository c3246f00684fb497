// Text of the scalar values inside binary JSON, written the way MySQL 8 writes them.

extension BinaryJSON {
    // MARK: Doubles

    /// A double as `Json_wrapper::to_string` prints it: `my_gcvt(d, MY_GCVT_ARG_DOUBLE,
    /// MY_GCVT_MAX_FIELD_WIDTH)` (shortest round-trip digits; fixed notation for decimal exponents
    /// -14...15, else `1.5e300` / `1e-16` with no `+` and no exponent padding), then `.0` when that
    /// has neither `.` nor `e` (MySQL 8.0+; 5.7 printed `2` where 8.0 prints `2.0`).
    /// -0 prints as `-0.0`. Nil for infinities and NaN, which MySQL's JSON cannot hold.
    static func doubleText(_ value: Double) -> String? {
        guard value.isFinite else { return nil }
        let (digits, decpt) = self.shortestDigits(value.magnitude)
        let len = digits.count

        // my_gcvt's choice between 'f' and 'e' format. `width` is MY_GCVT_MAX_FIELD_WIDTH
        // (DBL_DIG + 4 + max(5, MAX_DECPT_FOR_F_FORMAT) = 34), less one for a minus sign.
        let maxDecptForF = 15  // MAX_DECPT_FOR_F_FORMAT = DBL_DIG
        let width = value < 0 ? 33 : 34
        let fLength = decpt <= 0 ? len - decpt + 2 : (decpt < len ? len + 1 : decpt)
        let haveSpace = fLength <= width
        let expLen = 1 + (decpt >= 101 || decpt <= -99 ? 1 : 0) + (decpt >= 11 || decpt <= -9 ? 1 : 0)
        let forceE = decpt <= 0 && width <= 2 - decpt && width >= 3 + expLen
        let fitsF = decpt <= width && (decpt >= -1 || (decpt == -2 && (len > 1 || !forceE))) && !forceE
        let useF = (haveSpace || fitsF) && (!haveSpace || (decpt >= -maxDecptForF + 1 && (decpt <= maxDecptForF || len > decpt)))
        // With at most 17 significant digits and width >= 33, neither format ever has to drop
        // digits, so my_gcvt's re-rounding branches (dtoa modes 4/5 with fewer digits) never run.

        var text: [UInt8] = []
        if value.sign == .minus { text.append(UInt8(ascii: "-")) }  // dtoa reports the sign of -0 too
        if useF {
            if decpt <= 0 {
                text.append(contentsOf: [UInt8(ascii: "0"), UInt8(ascii: ".")])
                text.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: -decpt))
                text.append(contentsOf: digits)
            } else if decpt < len {
                text.append(contentsOf: digits[..<decpt])
                text.append(UInt8(ascii: "."))
                text.append(contentsOf: digits[decpt...])
            } else {
                text.append(contentsOf: digits)
                text.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: decpt - len))
                text.append(contentsOf: [UInt8(ascii: "."), UInt8(ascii: "0")])  // json_dom.cc's ".0"
            }
        } else {
            text.append(digits[0])
            if len > 1 {
                text.append(UInt8(ascii: "."))
                text.append(contentsOf: digits[1...])
            }
            text.append(UInt8(ascii: "e"))
            let exponent = decpt - 1
            if exponent < 0 { text.append(UInt8(ascii: "-")) }
            text.append(contentsOf: String(exponent.magnitude).utf8)
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The shortest digit string that reads back as `value` (>= 0, finite), without leading or
    /// trailing zeros, and the decimal exponent `decpt` with value = 0.DIGITS × 10^decpt: what
    /// dtoa returns in mode 0 (and in the mode 4 with ndigits >= 17 that my_gcvt uses). Zero is
    /// ("0", 1). Swift's `description` prints the same shortest, closest digits; we only re-read
    /// them from its "123.45", "0.0001", "1e-05" or "1.5e+300" layout.
    static func shortestDigits(_ value: Double) -> (digits: [UInt8], decpt: Int) {
        if value == 0 { return ([UInt8(ascii: "0")], 1) }
        var digits: [UInt8] = []
        var pointAt: Int?
        var exponent = 0
        var exponentSign = 1
        var inExponent = false
        for char in value.description.utf8 {
            switch char {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if inExponent { exponent = exponent * 10 + Int(char - UInt8(ascii: "0")) } else { digits.append(char) }
            case UInt8(ascii: "."): pointAt = digits.count
            case UInt8(ascii: "e"), UInt8(ascii: "E"): inExponent = true
            case UInt8(ascii: "-"): exponentSign = -1
            default: break  // "+" of the exponent
            }
        }
        var decpt = (pointAt ?? digits.count) + exponentSign * exponent
        let leadingZeros = digits.prefix { $0 == UInt8(ascii: "0") }.count
        digits.removeFirst(leadingZeros)
        decpt -= leadingZeros
        while digits.last == UInt8(ascii: "0") { digits.removeLast() }
        return (digits, decpt)
    }

    // MARK: Temporal values

    /// DATE, TIME, DATETIME and TIMESTAMP, stored as MySQL's packed "longlong" form
    /// (`TIME_to_longlong_*_packed`) and printed by `my_TIME_to_str(t, 6)`: `2015-01-15`,
    /// `23:24:25.000000`, `-838:59:59.000000`, `2015-01-15 23:24:25.000000`. TIMESTAMP reads as a
    /// DATETIME. Out-of-range fields print as MySQL's formatter prints them (two-digit fields
    /// of 100 or more as `00`, microseconds modulo 10^6).
    static func temporalText(fieldType: UInt8, packed: Int64) -> String {
        let isNegative = packed < 0
        let magnitude = packed.magnitude
        let microseconds = Int(magnitude % (1 << 24))
        let integral = magnitude >> 24

        func two(_ value: Int) -> String {
            let value = value >= 0 && value < 100 ? value : 0
            return value < 10 ? "0\(value)" : String(value)
        }
        func padded(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        let fraction = "." + padded(microseconds % 1_000_000, 6)

        if fieldType == FieldType.time {
            // Suhhhhhh.hhhhmmmm.mmssssss: 10 bits of hours, 6 of minutes, 6 of seconds.
            let hour = Int((integral >> 12) % (1 << 10))
            let minute = Int((integral >> 6) % (1 << 6))
            let second = Int(integral % (1 << 6))
            return (isNegative ? "-" : "") + padded(hour, 2) + ":" + two(minute) + ":" + two(second) + fraction
        }
        // (year * 13 + month) << 22 | day << 17 | hour << 12 | minute << 6 | second; the sign
        // is not printed for dates.
        let ymd = integral >> 17
        let ym = ymd >> 5
        let hms = integral % (1 << 17)
        let year = Int(ym / 13)
        let date = two(year / 100) + two(year % 100) + "-" + two(Int(ym % 13)) + "-" + two(Int(ymd % (1 << 5)))
        if fieldType == FieldType.date { return date }
        let hour = Int(hms >> 12)
        let minute = Int((hms >> 6) % (1 << 6))
        let second = Int(hms % (1 << 6))
        return date + " " + two(hour) + ":" + two(minute) + ":" + two(second) + fraction
    }

    // MARK: Base64

    /// MySQL's `base64_encode`: standard alphabet, `=` padding, and a newline before every
    /// further group once a line holds 76 characters.
    static func base64(_ data: ArraySlice<UInt8>) -> [UInt8] {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var out: [UInt8] = []
        out.reserveCapacity((data.count + 2) / 3 * 4 + data.count / 57)
        var lineLength = 0
        var index = data.startIndex
        while index < data.endIndex {
            if lineLength == 76 {
                out.append(UInt8(ascii: "\n"))
                lineLength = 0
            }
            let available = data.endIndex - index
            let b0 = UInt32(data[index])
            let b1 = available > 1 ? UInt32(data[index + 1]) : 0
            let b2 = available > 2 ? UInt32(data[index + 2]) : 0
            let group = b0 << 16 | b1 << 8 | b2
            out.append(alphabet[Int(group >> 18 & 0x3F)])
            out.append(alphabet[Int(group >> 12 & 0x3F)])
            out.append(available > 1 ? alphabet[Int(group >> 6 & 0x3F)] : UInt8(ascii: "="))
            out.append(available > 2 ? alphabet[Int(group & 0x3F)] : UInt8(ascii: "="))
            index += min(3, available)
            lineLength += 4
        }
        return out
    }

    // MARK: DECIMAL

    /// An opaque DECIMAL at `range` of `bytes`: precision byte, scale byte, then MySQL's binary
    /// decimal (`Json_decimal::convert_from_binary`), printed like `decimal2string`: `-12.340`,
    /// `0.5`, `9.00`. The digits are decoded by `DecimalDecoding` (as for DECIMAL columns); here we
    /// add the checks `convert_from_binary` makes on top: the size must be exactly
    /// `decimal_bin_size(p, s)`, and `bin2decimal` takes at most 9 words (81 digits).
    static func decimalText(_ bytes: [UInt8], in range: Range<Int>) throws -> String {
        guard range.count >= 2 else {
            throw BinlogDecodeError("JSON DECIMAL of \(range.count) bytes lacks precision and scale", offset: range.lowerBound)
        }
        let precision = Int(bytes[range.lowerBound])
        let scale = Int(bytes[range.lowerBound + 1])
        guard scale <= precision else {
            throw BinlogDecodeError("JSON DECIMAL scale \(scale) exceeds precision \(precision)", offset: range.lowerBound)
        }
        let words = (precision - scale + 8) / 9 + (scale + 8) / 9
        guard words <= 9 else {
            throw BinlogDecodeError("JSON DECIMAL(\(precision),\(scale)) is wider than MySQL's 81 digits", offset: range.lowerBound)
        }
        let size = DecimalDecoding.size(precision: precision, scale: scale)
        guard range.count - 2 == size else {
            throw BinlogDecodeError(
                "JSON DECIMAL(\(precision),\(scale)) needs \(size) bytes, has \(range.count - 2)", offset: range.lowerBound)
        }
        var cursor = BinlogCursor(bytes, offset: range.lowerBound + 2, end: range.upperBound)
        return try DecimalDecoding.decode(precision: precision, scale: scale, from: &cursor)
    }
}
