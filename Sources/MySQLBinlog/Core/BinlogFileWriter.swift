import Foundation

/// Writes binlog files in the servers' on-disk format (the magic, then whole events), so relay
/// logs and recorded fixtures go through the same reader. Events are written as given; with
/// `rewriteChecksums`, each event's trailing CRC32 is recomputed (for events built or edited here).
public struct BinlogFileWriter {
    public let path: String
    private let handle: FileHandle
    public private(set) var position: UInt64 = 4
    public var rewriteChecksums = false

    /// Creates (or truncates) `path` and writes the magic header.
    public init(path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: Data(BinlogFileReader.magic)),
            let handle = FileHandle(forWritingAtPath: path)
        else {
            throw BinlogDecodeError("cannot create binlog file", offset: 0, file: path)
        }
        try handle.seekToEnd()
        self.path = path
        self.handle = handle
    }

    /// Appends one whole event (header, body, checksum when the log has them) and returns the
    /// position it was written at.
    @discardableResult
    public mutating func append(_ event: [UInt8]) throws -> UInt64 {
        guard event.count >= BinlogEventHeader.size else {
            throw BinlogDecodeError("an event needs at least its \(BinlogEventHeader.size)-byte header", offset: 0, file: self.path)
        }
        var bytes = event
        if self.rewriteChecksums && bytes.count >= BinlogEventHeader.size + 4 {
            let crc = CRC32.checksum(bytes[0..<bytes.count - 4])
            for i in 0..<4 { bytes[bytes.count - 4 + i] = UInt8(truncatingIfNeeded: crc >> (8 * UInt32(i))) }
        }
        try self.handle.write(contentsOf: bytes)
        defer { self.position += UInt64(bytes.count) }
        return self.position
    }

    public func close() throws {
        try self.handle.synchronize()
        try self.handle.close()
    }
}
