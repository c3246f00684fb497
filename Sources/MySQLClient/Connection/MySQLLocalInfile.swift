import Foundation
import MySQLProtocol
import NIOCore
import NIOPosix

/// Data the client sends when a `LOAD DATA LOCAL INFILE` statement asks for it.
public struct MySQLLocalInfile: Sendable {
    enum Source: Sendable {
        case file(String)
        case chunks(@Sendable () -> any AsyncSequence<ByteBuffer, any Error>)
    }
    let source: Source

    /// A file of this machine, read in chunks when the server asks.
    public static func file(_ path: String) -> MySQLLocalInfile { MySQLLocalInfile(source: .file(path)) }

    /// Bytes produced by an async sequence (e.g. generated rows), sent as they come.
    public static func stream<S: AsyncSequence<ByteBuffer, any Error> & Sendable>(_ sequence: S) -> MySQLLocalInfile {
        MySQLLocalInfile(source: .chunks({ sequence }))
    }

    /// Bytes already in memory.
    public static func bytes(_ buffer: ByteBuffer) -> MySQLLocalInfile {
        .stream(BufferSequence(buffer: buffer))
    }

    struct BufferSequence: AsyncSequence, Sendable {
        typealias Element = ByteBuffer
        typealias Failure = any Error
        let buffer: ByteBuffer
        struct AsyncIterator: AsyncIteratorProtocol {
            var buffer: ByteBuffer?
            mutating func next() async throws -> ByteBuffer? {
                defer { self.buffer = nil }
                return self.buffer
            }
        }
        func makeAsyncIterator() -> AsyncIterator { AsyncIterator(buffer: self.buffer) }
    }
}

extension MySQLConnection {
    /// Largest data packet sent: below the 16 MiB frame size, so a chunk never ends in the
    /// empty frame that would tell the server the file is over.
    static let localInfileChunkSize = 1 << 20

    func sendLocalInfile(named name: String, from sources: [String: MySQLLocalInfile]) async throws {
        guard let source = sources[name] else {
            try await self.channel.writeAndFlush(MySQLRequest.localInfileEnd(refused: name))
            return
        }
        do {
            switch source.source {
            case .file(let path):
                try await self.sendFile(path)
            case .chunks(let make):
                for try await chunk in make() { try await self.sendChunk(chunk) }
            }
        } catch {
            // The server still waits for the end of the data; end it so the connection stays usable.
            try? await self.channel.writeAndFlush(MySQLRequest.localInfileEnd(refused: nil))
            throw MySQLError(.invalidArgument, "cannot read local file '\(name)': \(error)", underlying: error)
        }
        try await self.channel.writeAndFlush(MySQLRequest.localInfileEnd(refused: nil))
    }

    private func sendChunk(_ chunk: ByteBuffer) async throws {
        var chunk = chunk
        while chunk.readableBytes > 0 {
            let part = chunk.readSlice(length: min(chunk.readableBytes, Self.localInfileChunkSize))!
            try await self.channel.writeAndFlush(MySQLRequest.localInfileData(part))
        }
    }

    private func sendFile(_ path: String) async throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw MySQLError(.invalidArgument, "cannot open '\(path)' for reading")
        }
        defer { try? handle.close() }
        while true {
            let data = try await NIOThreadPool.singleton.runIfActive { try handle.read(upToCount: Self.localInfileChunkSize) ?? Data() }
            if data.isEmpty { return }
            try await self.sendChunk(ByteBuffer(bytes: data))
        }
    }
}
