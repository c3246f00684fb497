import NIOCore

// Helpers for the MySQL wire encodings. Public, so other modules (binlog decoding) share them;
// prefixed with `mysql` so they never collide with NIO's own ByteBuffer API.
extension ByteBuffer {
    /// Reads an `int<lenenc>`. Returns nil when bytes are missing or on the NULL marker (0xFB).
    public mutating func readMySQLLengthEncodedInteger() -> UInt64? {
        guard let first = self.getInteger(at: self.readerIndex, as: UInt8.self) else { return nil }
        switch first {
        case 0..<0xFB:
            self.moveReaderIndex(forwardBy: 1)
            return UInt64(first)
        case 0xFC:
            guard self.readableBytes >= 3 else { return nil }
            self.moveReaderIndex(forwardBy: 1)
            return UInt64(self.readInteger(endianness: .little, as: UInt16.self)!)
        case 0xFD:
            guard self.readableBytes >= 4 else { return nil }
            self.moveReaderIndex(forwardBy: 1)
            let low = UInt64(self.readInteger(endianness: .little, as: UInt16.self)!)
            let high = UInt64(self.readInteger(as: UInt8.self)!)
            return low | high << 16
        case 0xFE:
            guard self.readableBytes >= 9 else { return nil }
            self.moveReaderIndex(forwardBy: 1)
            return self.readInteger(endianness: .little, as: UInt64.self)
        default:  // 0xFB is NULL in rows, 0xFF an error header: neither is an integer.
            return nil
        }
    }

    /// Writes an `int<lenenc>`.
    @discardableResult
    public mutating func writeMySQLLengthEncodedInteger(_ value: UInt64) -> Int {
        switch value {
        case 0..<0xFB:
            return self.writeInteger(UInt8(value))
        case 0xFB..<0x1_0000:
            return self.writeInteger(UInt8(0xFC)) + self.writeInteger(UInt16(value), endianness: .little)
        case 0x1_0000..<0x100_0000:
            return self.writeInteger(UInt8(0xFD)) + self.writeInteger(UInt16(truncatingIfNeeded: value), endianness: .little)
                + self.writeInteger(UInt8(truncatingIfNeeded: value >> 16))
        default:
            return self.writeInteger(UInt8(0xFE)) + self.writeInteger(value, endianness: .little)
        }
    }

    /// Reads a `string<lenenc>` as a slice of this buffer (no copy). Nil when bytes are missing.
    public mutating func readMySQLLengthEncodedSlice() -> ByteBuffer? {
        let save = self.readerIndex
        guard let length = self.readMySQLLengthEncodedInteger(), length <= UInt64(Int.max),
            let slice = self.readSlice(length: Int(length))
        else {
            self.moveReaderIndex(to: save)
            return nil
        }
        return slice
    }

    /// Reads a `string<lenenc>` decoded as UTF-8.
    public mutating func readMySQLLengthEncodedString() -> String? {
        guard var slice = self.readMySQLLengthEncodedSlice() else { return nil }
        return slice.readString(length: slice.readableBytes)
    }

    /// Writes a `string<lenenc>`.
    @discardableResult
    public mutating func writeMySQLLengthEncodedBytes(_ bytes: some Collection<UInt8>) -> Int {
        self.writeMySQLLengthEncodedInteger(UInt64(bytes.count)) + self.writeBytes(bytes)
    }

    @discardableResult
    public mutating func writeMySQLLengthEncodedString(_ string: String) -> Int {
        self.writeMySQLLengthEncodedBytes(Array(string.utf8))
    }

    /// Reads a `string<NUL>`; nil if no terminator is present.
    public mutating func readMySQLNullTerminatedString() -> String? {
        guard let end = self.readableBytesView.firstIndex(of: 0) else { return nil }
        let string = self.readString(length: end - self.readerIndex)
        self.moveReaderIndex(forwardBy: 1)
        return string
    }

    /// Reads a `string<NUL>` as raw bytes; nil if no terminator is present.
    public mutating func readMySQLNullTerminatedBytes() -> [UInt8]? {
        guard let end = self.readableBytesView.firstIndex(of: 0) else { return nil }
        let bytes = self.readBytes(length: end - self.readerIndex)
        self.moveReaderIndex(forwardBy: 1)
        return bytes
    }

    @discardableResult
    public mutating func writeMySQLNullTerminatedString(_ string: String) -> Int {
        self.writeString(string) + self.writeInteger(UInt8(0))
    }

    /// Reads a little-endian unsigned integer of `count` bytes (1...8), as the binlog and the
    /// protocol use for 3-, 5- and 6-byte fields.
    public mutating func readMySQLUnsignedInteger(byteCount count: Int) -> UInt64? {
        guard count >= 0, count <= 8, self.readableBytes >= count else { return nil }
        var value: UInt64 = 0
        for shift in 0..<count {
            value |= UInt64(self.readInteger(as: UInt8.self)!) << (8 * UInt64(shift))
        }
        return value
    }
}
