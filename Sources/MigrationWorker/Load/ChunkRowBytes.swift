import MySQLClient
import NIOCore
import Synchronization

/// Rows of one chunk read from the source and encoded for LOAD DATA, in batches of about
/// 256 KiB, as the target asks for them: the source connection reads only as fast as the
/// target loads, so memory stays bounded whatever the chunk's size.
struct ChunkRowBytes: AsyncSequence, Sendable {
    typealias Element = ByteBuffer
    typealias Failure = any Error

    let connection: MySQLConnection
    let sql: String
    let columnCount: Int
    let encoder: LoadDataEncoder
    let tally: RowTally

    static let batchBytes = 1 << 18

    func makeAsyncIterator() -> AsyncIterator { AsyncIterator(sequence: self) }

    struct AsyncIterator: AsyncIteratorProtocol {
        let sequence: ChunkRowBytes
        var rows: MySQLRowStream.AsyncIterator?
        var finished = false

        mutating func next() async throws -> ByteBuffer? {
            if self.finished { return nil }
            var iterator: MySQLRowStream.AsyncIterator
            if let rows = self.rows {
                iterator = rows
            } else {
                iterator = try await self.sequence.connection.streamQuery(self.sequence.sql).makeAsyncIterator()
            }
            var out = ByteBuffer()
            out.reserveCapacity(Self.capacity)
            var count = 0
            var enumErrorValues = 0
            while out.readableBytes < ChunkRowBytes.batchBytes, let row = try await iterator.next() {
                enumErrorValues += try self.sequence.encoder.append(row: row.payload, columnCount: self.sequence.columnCount, to: &out)
                count += 1
            }
            self.rows = iterator
            if count == 0 {
                self.finished = true
                return nil
            }
            self.sequence.tally.add(rows: count, bytes: out.readableBytes, enumErrorValues: enumErrorValues)
            return out
        }

        static let capacity = ChunkRowBytes.batchBytes + 65_536
    }
}

/// Rows and bytes sent so far, readable from other tasks (progress) while a chunk loads.
final class RowTally: Sendable {
    private let state = Mutex((rows: 0, bytes: 0, enumErrorValues: 0))
    private let onAdd: @Sendable (Int, Int) -> Void

    init(onAdd: @escaping @Sendable (Int, Int) -> Void = { _, _ in }) {
        self.onAdd = onAdd
    }

    func add(rows: Int, bytes: Int, enumErrorValues: Int = 0) {
        self.state.withLock {
            $0.rows += rows
            $0.bytes += bytes
            $0.enumErrorValues += enumErrorValues
        }
        self.onAdd(rows, bytes)
    }

    var rows: Int { self.state.withLock { $0.rows } }
    var bytes: Int { self.state.withLock { $0.bytes } }
    var enumErrorValues: Int { self.state.withLock { $0.enumErrorValues } }
}
