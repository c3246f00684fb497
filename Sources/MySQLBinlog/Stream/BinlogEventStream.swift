import MySQLClient
import NIOCore

/// Decoded events from a server's binlog stream, with the file and position of each event
/// (tracked through ROTATE events, as a replica does).
public struct BinlogEventStream: AsyncSequence {
    public typealias Element = (file: String, position: UInt64, event: BinlogEvent)

    let raw: MySQLBinlogStream
    let startFile: String

    public init(_ raw: MySQLBinlogStream, startFile: String = "") {
        self.raw = raw
        self.startFile = startFile
    }

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(
            base: self.raw.makeAsyncIterator(), decoder: BinlogDecoder(checksum: self.raw.checksums ? .crc32 : .off), file: self.startFile)
    }

    public struct AsyncIterator: AsyncIteratorProtocol {
        var base: MySQLBinlogStream.AsyncIterator
        var decoder: BinlogDecoder
        var file: String

        public mutating func next() async throws -> Element? {
            guard let buffer = try await self.base.next() else { return nil }
            let bytes = Array(buffer.readableBytesView)
            let event: BinlogEvent
            do {
                event = try self.decoder.decode(bytes)
            } catch var error as BinlogDecodeError {
                error.file = self.file
                throw error
            }
            if case .rotate(let rotate) = event.body { self.file = rotate.nextFile }
            let position = UInt64(event.header.logPosition) - UInt64(Swift.min(event.header.logPosition, event.header.eventSize))
            return (self.file, position, event)
        }
    }
}
