import Foundation
import MariaDBHarness
import MySQLBinlog

/// A point in the source's binlog, and what the binlog holds between two of them.
struct BinlogMark: CustomStringConvertible {
    let file: String
    let position: Int

    var description: String { "\(file):\(position)" }

    /// The end of the source's binlog (`SHOW MASTER STATUS`).
    static func current(_ server: MariaDBServer) throws -> BinlogMark {
        let fields = try server.cli("SHOW MASTER STATUS").split(separator: "\t").map(String.init)
        guard fields.count >= 2, let position = Int(fields[1]) else { throw BenchmarkFailure("SHOW MASTER STATUS gave no position: \(fields)") }
        return BinlogMark(file: fields[0], position: position)
    }

    /// Transactions (XID events), row changes and bytes of events after `start` up to `end`, read
    /// from the server's binlog files with this project's decoder.
    static func count(_ server: MariaDBServer, from start: BinlogMark, to end: BinlogMark) throws -> (transactions: Int, rows: Int, bytes: Int) {
        let files = try server.cli("SHOW BINARY LOGS").split(separator: "\n").compactMap { $0.split(separator: "\t").first.map(String.init) }
            .filter { $0 >= start.file && $0 <= end.file }
        var (transactions, rows, bytes) = (0, 0, 0)
        for file in files {
            var reader = try BinlogFileReader(path: server.dataDirectory.appendingPathComponent(file).path)
            var decoder = BinlogDecoder()
            while let (position, data) = try reader.next() {
                let event = try decoder.decode(data)
                if file == start.file && Int(position) < start.position { continue }
                if file == end.file && Int(position) >= end.position { break }
                bytes += data.count
                switch event.body {
                case .xid: transactions += 1
                case .rows(let event): rows += event.rows.count
                default: break
                }
            }
        }
        return (transactions, rows, bytes)
    }
}
