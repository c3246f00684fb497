import NIOCore

/// A DATE, DATETIME, TIMESTAMP or TIME value as MySQL writes it: field by field, no time zone,
/// zero dates allowed (`0000-00-00`). For TIME, `hour` may exceed 23 (up to 838) and `isNegative`
/// applies; the date fields are zero.
public struct MySQLTime: Sendable, Hashable, CustomStringConvertible {
    public var year: UInt16
    public var month: UInt8
    public var day: UInt8
    public var hour: UInt32
    public var minute: UInt8
    public var second: UInt8
    public var microsecond: UInt32
    public var isNegative: Bool

    public init(
        year: UInt16 = 0, month: UInt8 = 0, day: UInt8 = 0, hour: UInt32 = 0, minute: UInt8 = 0, second: UInt8 = 0,
        microsecond: UInt32 = 0, isNegative: Bool = false
    ) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.microsecond = microsecond
        self.isNegative = isNegative
    }

    /// Parses the text protocol's forms: `YYYY-MM-DD`, `YYYY-MM-DD hh:mm:ss[.ffffff]` and
    /// `[-]hhh:mm:ss[.ffffff]` (TIME).
    public init?(text: String) {
        var s = Substring(text)
        var negative = false
        if s.first == "-" {
            negative = true
            s = s.dropFirst()
        }
        func number(_ part: Substring) -> UInt32? { part.isEmpty ? nil : UInt32(part) }
        let dateAndTime = s.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false)
        var result = MySQLTime(isNegative: negative)
        var timePart: Substring?
        if dateAndTime[0].contains("-") {
            let d = dateAndTime[0].split(separator: "-", omittingEmptySubsequences: false)
            guard d.count == 3, let y = number(d[0]), let m = number(d[1]), let day = number(d[2]), y <= 9999, m <= 12, day <= 31 else { return nil }
            result.year = UInt16(y)
            result.month = UInt8(m)
            result.day = UInt8(day)
            timePart = dateAndTime.count > 1 ? dateAndTime[1] : nil
        } else {
            timePart = dateAndTime[0]
        }
        if let timePart {
            let secondsAndFraction = timePart.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
            let t = secondsAndFraction[0].split(separator: ":", omittingEmptySubsequences: false)
            guard t.count == 3, let h = number(t[0]), let mi = number(t[1]), let sec = number(t[2]), mi < 60, sec < 60 else { return nil }
            result.hour = h
            result.minute = UInt8(mi)
            result.second = UInt8(sec)
            if secondsAndFraction.count > 1 {
                let digits = secondsAndFraction[1]
                guard digits.count <= 6, let f = number(digits) else { return nil }
                var micro = f
                for _ in digits.count..<6 { micro *= 10 }
                result.microsecond = micro
            }
        }
        self = result
    }

    /// Text form; `fractionalDigits` nil prints six digits only when the fraction is non-zero.
    /// `alwaysWithTime` prints `00:00:00` for DATETIME/TIMESTAMP at midnight.
    public func text(isTime: Bool, fractionalDigits: Int? = nil, alwaysWithTime: Bool = false) -> String {
        func pad(_ v: some BinaryInteger, _ width: Int) -> String {
            let s = String(v)
            return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
        }
        var out = ""
        if isTime {
            out = (self.isNegative ? "-" : "") + pad(self.hour, 2) + ":" + pad(self.minute, 2) + ":" + pad(self.second, 2)
        } else {
            out = pad(self.year, 4) + "-" + pad(self.month, 2) + "-" + pad(self.day, 2)
            if alwaysWithTime || self.hour != 0 || self.minute != 0 || self.second != 0 || self.microsecond != 0 || (fractionalDigits ?? 0) > 0 {
                out += " " + pad(self.hour, 2) + ":" + pad(self.minute, 2) + ":" + pad(self.second, 2)
            }
        }
        let digits = fractionalDigits ?? (self.microsecond == 0 ? 0 : 6)
        if digits > 0 {
            out += "." + String(pad(self.microsecond, 6).prefix(digits))
        }
        return out
    }

    public var description: String {
        self.year == 0 && self.month == 0 && self.day == 0 && (self.hour > 0 || self.isNegative)
            ? self.text(isTime: true) : self.text(isTime: false)
    }

    // MARK: Binary protocol

    /// Reads the binary form of DATE/DATETIME/TIMESTAMP (`length` 0, 4, 7 or 11 bytes).
    public static func readBinaryDate(from buffer: inout ByteBuffer, length: Int) -> MySQLTime? {
        var t = MySQLTime()
        guard [0, 4, 7, 11].contains(length), buffer.readableBytes >= length else { return nil }
        if length >= 4 {
            t.year = buffer.readInteger(endianness: .little, as: UInt16.self)!
            t.month = buffer.readInteger(as: UInt8.self)!
            t.day = buffer.readInteger(as: UInt8.self)!
        }
        if length >= 7 {
            t.hour = UInt32(buffer.readInteger(as: UInt8.self)!)
            t.minute = buffer.readInteger(as: UInt8.self)!
            t.second = buffer.readInteger(as: UInt8.self)!
        }
        if length == 11 { t.microsecond = buffer.readInteger(endianness: .little, as: UInt32.self)! }
        return t
    }

    /// Reads the binary form of TIME (`length` 0, 8 or 12 bytes): sign, days, h, m, s, µs.
    public static func readBinaryTime(from buffer: inout ByteBuffer, length: Int) -> MySQLTime? {
        var t = MySQLTime()
        guard [0, 8, 12].contains(length), buffer.readableBytes >= length else { return nil }
        if length >= 8 {
            t.isNegative = buffer.readInteger(as: UInt8.self)! == 1
            let days = buffer.readInteger(endianness: .little, as: UInt32.self)!
            t.hour = days * 24 + UInt32(buffer.readInteger(as: UInt8.self)!)
            t.minute = buffer.readInteger(as: UInt8.self)!
            t.second = buffer.readInteger(as: UInt8.self)!
        }
        if length == 12 { t.microsecond = buffer.readInteger(endianness: .little, as: UInt32.self)! }
        return t
    }

    /// Writes the binary DATE/DATETIME form without its length byte, choosing the shortest length.
    public func writeBinaryDate(into buffer: inout ByteBuffer) {
        let hasTime = self.hour != 0 || self.minute != 0 || self.second != 0
        if self.year == 0 && self.month == 0 && self.day == 0 && !hasTime && self.microsecond == 0 { return }
        buffer.writeInteger(self.year, endianness: .little)
        buffer.writeInteger(self.month)
        buffer.writeInteger(self.day)
        guard hasTime || self.microsecond != 0 else { return }
        buffer.writeInteger(UInt8(truncatingIfNeeded: self.hour))
        buffer.writeInteger(self.minute)
        buffer.writeInteger(self.second)
        if self.microsecond != 0 { buffer.writeInteger(self.microsecond, endianness: .little) }
    }

    /// Writes the binary TIME form without its length byte.
    public func writeBinaryTime(into buffer: inout ByteBuffer) {
        if self.hour == 0 && self.minute == 0 && self.second == 0 && self.microsecond == 0 { return }
        buffer.writeInteger(UInt8(self.isNegative ? 1 : 0))
        buffer.writeInteger(self.hour / 24, endianness: .little)
        buffer.writeInteger(UInt8(self.hour % 24))
        buffer.writeInteger(self.minute)
        buffer.writeInteger(self.second)
        if self.microsecond != 0 { buffer.writeInteger(self.microsecond, endianness: .little) }
    }
}
