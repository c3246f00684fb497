/// DATE, TIME, DATETIME, TIMESTAMP and YEAR values. The old (pre-5.6.4) layouts are
/// little-endian; the *2 layouts are big-endian integers with the fractional second appended in
/// `(fsp + 1) / 2` bytes, so each value is read with one `uintBE` and split with shifts
/// (no allocation).
enum TemporalDecoding {
    /// Fraction width in bytes for a precision of 0...6; throws for larger (corrupt) metadata.
    @inline(__always)
    private static func fractionBytes(_ fsp: UInt16, _ type: UInt8, at offset: Int) throws -> Int {
        guard fsp <= 6 else {
            throw BinlogDecodeError("\(ColumnTypeCode.name(type)) column has fractional precision \(fsp) (at most 6)", offset: offset)
        }
        return (Int(fsp) + 1) / 2
    }

    /// Stored fraction to microseconds: 1 byte holds hundredths, 2 bytes ten-thousandths and
    /// 3 bytes microseconds, whatever the exact precision.
    @inline(__always)
    private static func microseconds(_ fraction: UInt64, bytes: Int) -> Int {
        switch bytes {
        case 1: return Int(fraction) * 10_000
        case 2: return Int(fraction) * 100
        default: return Int(fraction)
        }
    }

    /// YEAR: one byte, years since 1900; 0 is the zero year 0000.
    @inline(__always)
    static func year(from cursor: inout BinlogCursor) throws -> BinlogValue {
        let stored = try cursor.u8("a YEAR value")
        return .year(stored == 0 ? 0 : UInt16(stored) + 1900)
    }

    /// DATE (and NEWDATE): 3 bytes little-endian, `year << 9 | month << 5 | day`.
    @inline(__always)
    static func date(from cursor: inout BinlogCursor) throws -> BinlogValue {
        let v = Int(try cursor.uintLE(3, "a DATE value"))
        return .temporal(BinlogTime(kind: .date, year: v >> 9, month: (v >> 5) & 0x0F, day: v & 0x1F))
    }

    /// Old TIME: 3 bytes little-endian, signed, the decimal number `±hhmmss`.
    @inline(__always)
    static func time(from cursor: inout BinlogCursor) throws -> BinlogValue {
        let stored = Int32(truncatingIfNeeded: try cursor.uintLE(3, "a TIME value") << 8) >> 8  // sign-extend 24 bits
        let v = Int(stored.magnitude)
        return .temporal(BinlogTime(kind: .time, isNegative: stored < 0, hour: v / 10_000, minute: v / 100 % 100, second: v % 100))
    }

    /// TIME2: `(3 + fraction bytes)` big-endian bytes holding `packed + offset`, where packed is
    /// `±(hour << 12 | minute << 6 | second)` shifted left over the fraction (MySQL's
    /// `my_time_packed_to_binary`; the offset is 0x800000 in the integer part). Negative values are
    /// the two's complement of the whole field, fraction included, so taking the magnitude of
    /// the combined number undoes MySQL's "reverse fractional part order" for every precision.
    @inline(__always)
    static func time2(fsp: UInt16, from cursor: inout BinlogCursor) throws -> BinlogValue {
        let fractionBytes = try self.fractionBytes(fsp, ColumnTypeCode.time2, at: cursor.offset)
        let shift = UInt64(8 * fractionBytes)
        let stored = try cursor.uintBE(3 + fractionBytes, "a TIME2 value")
        let signed = Int64(bitPattern: stored) - Int64(bitPattern: 0x80_0000 << shift)
        let magnitude = signed.magnitude
        let int = magnitude >> shift
        let fraction = magnitude & ((1 << shift) - 1)
        return .temporal(
            BinlogTime(
                kind: .time, isNegative: signed < 0, hour: Int((int >> 12) & 0x3FF), minute: Int((int >> 6) & 0x3F), second: Int(int & 0x3F),
                microsecond: self.microseconds(fraction, bytes: fractionBytes), precision: Int(fsp)))
    }

    /// Old DATETIME: 8 bytes little-endian, the decimal number `yyyymmddhhmmss`.
    @inline(__always)
    static func datetime(from cursor: inout BinlogCursor) throws -> BinlogValue {
        let v = try cursor.u64("a DATETIME value")
        let date = Int(v / 1_000_000)
        let time = Int(v % 1_000_000)
        return .temporal(
            BinlogTime(
                kind: .datetime, year: date / 10_000, month: date / 100 % 100, day: date % 100, hour: time / 10_000, minute: time / 100 % 100,
                second: time % 100))
    }

    /// DATETIME2: 5 big-endian bytes `1 bit sign (set) | 17 bits year*13+month | 5 day | 5 hour |
    /// 6 minute | 6 second`, then the fraction. Datetimes are never negative, so the sign bit is
    /// ignored.
    @inline(__always)
    static func datetime2(fsp: UInt16, from cursor: inout BinlogCursor) throws -> BinlogValue {
        let fractionBytes = try self.fractionBytes(fsp, ColumnTypeCode.datetime2, at: cursor.offset)
        let shift = UInt64(8 * fractionBytes)
        let stored = try cursor.uintBE(5 + fractionBytes, "a DATETIME2 value")
        let packed = Int(truncatingIfNeeded: (stored >> shift) & 0x7F_FFFF_FFFF)
        let yearMonth = packed >> 22
        return .temporal(
            BinlogTime(
                kind: .datetime, year: yearMonth / 13, month: yearMonth % 13, day: (packed >> 17) & 0x1F, hour: (packed >> 12) & 0x1F,
                minute: (packed >> 6) & 0x3F, second: packed & 0x3F,
                microsecond: self.microseconds(stored & ((1 << shift) - 1), bytes: fractionBytes), precision: Int(fsp)))
    }

    /// Old TIMESTAMP: 4 bytes little-endian, seconds since the epoch (0 = the zero timestamp).
    @inline(__always)
    static func timestamp(from cursor: inout BinlogCursor) throws -> BinlogValue {
        .timestamp(seconds: try cursor.u32("a TIMESTAMP value"), microseconds: 0)
    }

    /// TIMESTAMP2: 4 bytes big-endian seconds since the epoch, then the fraction.
    @inline(__always)
    static func timestamp2(fsp: UInt16, from cursor: inout BinlogCursor) throws -> BinlogValue {
        let fractionBytes = try self.fractionBytes(fsp, ColumnTypeCode.timestamp2, at: cursor.offset)
        let shift = UInt64(8 * fractionBytes)
        let stored = try cursor.uintBE(4 + fractionBytes, "a TIMESTAMP2 value")
        return .timestamp(
            seconds: UInt32(truncatingIfNeeded: stored >> shift),
            microseconds: UInt32(truncatingIfNeeded: self.microseconds(stored & ((1 << shift) - 1), bytes: fractionBytes)))
    }
}
