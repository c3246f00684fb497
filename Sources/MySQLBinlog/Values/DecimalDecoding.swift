/// NEWDECIMAL values: MySQL's compressed binary decimal (`decimal2bin` in strings/decimal.c).
///
/// A DECIMAL(p, s) has `p - s` integer and `s` fraction digits, stored big-endian in groups of
/// nine digits per 4 bytes; the integer part's leftover digits come first, the fraction's last,
/// in `dig2bytes` = [0, 1, 1, 2, 2, 3, 3, 4, 4, 4] bytes. The top bit of the first byte is
/// flipped (set = non-negative) and negative values have every byte inverted, so the bytes sort
/// like the numbers. Example from decimal.c, DECIMAL(14,4) 1234567890.1234 =
/// `81 0D FB 38 D2 04 D2`, and -1234567890.1234 = `7E F2 04 C7 2D FB 2D`.
enum DecimalDecoding {
    /// Bytes for `digits` (0...9) leftover digits.
    @inline(__always)
    static func leftoverBytes(_ digits: Int) -> Int { (digits + 1) / 2 - (digits == 9 ? 1 : 0) }

    /// 10^`digits` for 0...9.
    @inline(__always)
    private static func power10(_ digits: Int) -> UInt32 {
        var p: UInt32 = 1
        for _ in 0..<digits { p &*= 10 }
        return p
    }

    /// Size of a DECIMAL(precision, scale) value in bytes.
    static func size(precision: Int, scale: Int) -> Int {
        let intg = precision - scale
        return intg / 9 * 4 + self.leftoverBytes(intg % 9) + scale / 9 * 4 + self.leftoverBytes(scale % 9)
    }

    /// The exact text of the next DECIMAL(precision, scale): optional "-", integer digits without
    /// leading zeros ("0" if none), and exactly `scale` fraction digits. Zero is never signed.
    static func decode(precision: Int, scale: Int, from cursor: inout BinlogCursor) throws -> String {
        guard precision >= scale else {
            throw BinlogDecodeError("DECIMAL(\(precision),\(scale)) has a scale above its precision", offset: cursor.offset)
        }
        let size = self.size(precision: precision, scale: scale)
        let start = cursor.offset
        try cursor.skip(size, "a DECIMAL(\(precision),\(scale)) value")
        guard size > 0 else { return "0" }
        return try cursor.bytes.withUnsafeBufferPointer { all in
            try self.format(UnsafeBufferPointer(rebasing: all[start..<start + size]), precision: precision, scale: scale, offset: start)
        }
    }

    private static func format(_ bytes: UnsafeBufferPointer<UInt8>, precision: Int, scale: Int, offset: Int) throws -> String {
        let intg = precision - scale
        let negative = bytes[0] & 0x80 == 0
        let mask: UInt8 = negative ? 0xFF : 0
        func corrupt(_ what: String, at position: Int) -> BinlogDecodeError {
            BinlogDecodeError("corrupt DECIMAL(\(precision),\(scale)): \(what) out of range", offset: offset + position)
        }
        // "-", integer digits (at least one), ".", fraction digits.
        let capacity = 1 + max(intg, 1) + 1 + scale
        return try String(unsafeUninitializedCapacity: capacity) { out in
            var position = 0  // in `bytes`
            var n = negative ? 1 : 0  // in `out`
            if negative { out[0] = UInt8(ascii: "-") }
            var nonzero = false
            var started = false  // first non-zero integer group written: later groups are zero-padded
            let leading = intg % 9
            if leading > 0 {
                let value = self.group(bytes, &position, self.leftoverBytes(leading), mask)
                guard value < self.power10(leading) else { throw corrupt("leading digits", at: position) }
                if value != 0 {
                    n = self.write(value, into: out, at: n)
                    started = true
                }
            }
            for _ in 0..<intg / 9 {
                let value = self.group(bytes, &position, 4, mask)
                guard value < 1_000_000_000 else { throw corrupt("integer digits", at: position) }
                if started {
                    self.write(value, width: 9, into: out, at: n)
                    n += 9
                } else if value != 0 {
                    n = self.write(value, into: out, at: n)
                    started = true
                }
            }
            nonzero = started
            if !started {
                out[n] = UInt8(ascii: "0")
                n += 1
            }
            if scale > 0 {
                out[n] = UInt8(ascii: ".")
                n += 1
                for _ in 0..<scale / 9 {
                    let value = self.group(bytes, &position, 4, mask)
                    guard value < 1_000_000_000 else { throw corrupt("fraction digits", at: position) }
                    nonzero = nonzero || value != 0
                    self.write(value, width: 9, into: out, at: n)
                    n += 9
                }
                let trailing = scale % 9
                if trailing > 0 {
                    let value = self.group(bytes, &position, self.leftoverBytes(trailing), mask)
                    guard value < self.power10(trailing) else { throw corrupt("trailing digits", at: position) }
                    nonzero = nonzero || value != 0
                    self.write(value, width: trailing, into: out, at: n)
                    n += trailing
                }
            }
            // The servers never store -0, but inverted zero bytes decode to it: print "0.00".
            if negative && !nonzero {
                for i in 1..<n { out[i - 1] = out[i] }
                n -= 1
            }
            return n
        }
    }

    /// The next group of `count` bytes as an unsigned number: un-inverted, and with the sign bit
    /// cleared when it is the value's first byte.
    @inline(__always)
    private static func group(_ bytes: UnsafeBufferPointer<UInt8>, _ position: inout Int, _ count: Int, _ mask: UInt8) -> UInt32 {
        var value: UInt32 = 0
        for k in 0..<count { value = value << 8 | UInt32(bytes[position + k] ^ mask) }
        if position == 0, count > 0 { value ^= 0x80 << UInt32(8 * (count - 1)) }
        position += count
        return value
    }

    /// Writes `value` without leading zeros at `at`; returns the index after it.
    @inline(__always)
    private static func write(_ value: UInt32, into out: UnsafeMutableBufferPointer<UInt8>, at: Int) -> Int {
        var digits = 1
        var rest = value
        while rest >= 10 {
            rest /= 10
            digits += 1
        }
        self.write(value, width: digits, into: out, at: at)
        return at + digits
    }

    /// Writes the low `width` decimal digits of `value`, zero-padded, at `at`.
    @inline(__always)
    private static func write(_ value: UInt32, width: Int, into out: UnsafeMutableBufferPointer<UInt8>, at: Int) {
        var rest = value
        var i = at + width
        while i > at {
            i -= 1
            out[i] = 0x30 &+ UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
        }
    }
}
