import Foundation

/// Reads a binlog file in the servers' on-disk format: the 4-byte magic `\xfe bin`, then events.
/// Reads in large chunks so a file of any size streams with bounded memory.
public struct BinlogFileReader {
    public static let magic: [UInt8] = [0xFE, 0x62, 0x69, 0x6E]

    public let path: String
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var bufferStart = 0
    /// File offset of the next event.
    public private(set) var position: UInt64 = 4
    private var exhausted = false
    static let chunkSize = 4 << 20

    public init(path: String) throws {
        self.path = path
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw BinlogDecodeError("cannot open binlog file", offset: 0, file: path)
        }
        self.handle = handle
        let magic = try handle.read(upToCount: 4).map(Array.init) ?? []
        guard magic == Self.magic else {
            throw BinlogDecodeError("not a binlog file (magic is \(magic.map { String($0, radix: 16) }), expected fe 62 69 6e)", offset: 0, file: path)
        }
    }

    /// The next event's bytes and its file position, or nil at the end of the file. A file that
    /// ends inside an event throws, naming the position.
    public mutating func next() throws -> (position: UInt64, bytes: [UInt8])? {
        guard try self.fill(BinlogEventHeader.size) else {
            if self.available > 0 {
                throw BinlogDecodeError("file ends \(self.available) bytes into an event header", offset: 0, logPosition: self.position, file: self.path)
            }
            return nil
        }
        let sizeIndex = self.bufferStart + 9
        let size = Int(self.buffer[sizeIndex]) | Int(self.buffer[sizeIndex + 1]) << 8 | Int(self.buffer[sizeIndex + 2]) << 16
            | Int(self.buffer[sizeIndex + 3]) << 24
        guard size >= BinlogEventHeader.size, size <= 1 << 30 else {
            throw BinlogDecodeError("event size \(size) is impossible", offset: 9, logPosition: self.position, file: self.path)
        }
        guard try self.fill(size) else {
            throw BinlogDecodeError(
                "file ends inside an event of \(size) bytes (\(self.available) present)", offset: self.available, logPosition: self.position,
                file: self.path)
        }
        let bytes = Array(self.buffer[self.bufferStart..<self.bufferStart + size])
        let position = self.position
        self.bufferStart += size
        self.position += UInt64(size)
        return (position, bytes)
    }

    private var available: Int { self.buffer.count - self.bufferStart }

    private mutating func fill(_ count: Int) throws -> Bool {
        while self.available < count && !self.exhausted {
            let chunk = try self.handle.read(upToCount: max(Self.chunkSize, count)) ?? Data()
            if chunk.isEmpty {
                self.exhausted = true
                break
            }
            if self.bufferStart > 0 {
                self.buffer.removeFirst(self.bufferStart)
                self.bufferStart = 0
            }
            self.buffer.append(contentsOf: chunk)
        }
        return self.available >= count
    }
}
