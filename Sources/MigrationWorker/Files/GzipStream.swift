import CZlib
import Foundation

/// A gzip file written as a stream (what `gzip`, mydumper `-c` and myloader use).
final class GzipWriter {
    private var stream = z_stream()
    private let handle: FileHandle
    private var output = [UInt8](repeating: 0, count: 1 << 16)
    private let path: String

    init(path: String, level: Int32 = 1) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw MigrationError("cannot create \(path)")
        }
        self.handle = handle
        self.path = path
        // 15 window bits + 16: a gzip header and trailer rather than raw zlib.
        guard deflateInit2_(&self.stream, level, Z_DEFLATED, MAX_WBITS + 16, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK
        else { throw MigrationError("zlib could not start compressing \(path)") }
    }

    func write(_ bytes: [UInt8]) throws {
        try self.deflate(bytes, flush: Z_NO_FLUSH)
    }

    func close() throws {
        defer {
            deflateEnd(&self.stream)
            try? self.handle.close()
        }
        try self.deflate([], flush: Z_FINISH)
    }

    private func deflate(_ input: [UInt8], flush: Int32) throws {
        var input = input
        try input.withUnsafeMutableBufferPointer { source in
            self.stream.next_in = source.baseAddress
            self.stream.avail_in = uInt(source.count)
            repeat {
                let (status, produced) = self.output.withUnsafeMutableBufferPointer { destination in
                    self.stream.next_out = destination.baseAddress
                    self.stream.avail_out = uInt(destination.count)
                    let status = CZlib.deflate(&self.stream, flush)
                    return (status, destination.count - Int(self.stream.avail_out))
                }
                guard status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR else {
                    throw MigrationError("zlib failed compressing \(self.path) (status \(status))")
                }
                if produced > 0 { try self.handle.write(contentsOf: self.output[0..<produced]) }
                if flush == Z_FINISH, status == Z_STREAM_END { return }
                if flush != Z_FINISH, self.stream.avail_in == 0, produced < self.output.count { return }
            } while true
        }
    }
}

/// Reads a whole gzip file (dump chunks are bounded by `chunk-filesize`).
enum GzipReader {
    static func read(path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else { throw MigrationError("cannot read \(path)") }
        var stream = z_stream()
        // 15 window bits + 32: accept a gzip or zlib header.
        guard inflateInit2_(&stream, MAX_WBITS + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw MigrationError("zlib could not start reading \(path)")
        }
        defer { inflateEnd(&stream) }
        var input = [UInt8](data)
        var result: [UInt8] = []
        var output = [UInt8](repeating: 0, count: 1 << 16)
        try input.withUnsafeMutableBufferPointer { source in
            stream.next_in = source.baseAddress
            stream.avail_in = uInt(source.count)
            while true {
                let (status, produced) = output.withUnsafeMutableBufferPointer { destination in
                    stream.next_out = destination.baseAddress
                    stream.avail_out = uInt(destination.count)
                    let status = inflate(&stream, Z_NO_FLUSH)
                    return (status, destination.count - Int(stream.avail_out))
                }
                result.append(contentsOf: output[0..<produced])
                if status == Z_STREAM_END { return }
                guard status == Z_OK else { throw MigrationError("\(path) is not valid gzip data (zlib status \(status))") }
                if stream.avail_in == 0 && produced == 0 { throw MigrationError("\(path) ends before its gzip trailer") }
            }
        }
        return result
    }
}
