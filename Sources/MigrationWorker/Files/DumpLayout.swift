import Foundation
import ReplicationCore

/// File names and the `metadata` file of mydumper's output layout, which myloader (and the
/// load unit) read back.
enum DumpLayout {
    static func schemaCreate(_ schema: String) -> String { "\(schema)-schema-create.sql" }
    static func tableSchema(_ table: TableName) -> String { "\(table.schema).\(table.table)-schema.sql" }
    static func data(_ table: TableName, chunk: Int, compressed: Bool) -> String {
        "\(table.schema).\(table.table).\(Self.padded(chunk)).sql" + (compressed ? ".gz" : "")
    }

    static func padded(_ number: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, 5 - digits.count)) + digits
    }

    /// mydumper 0.10's `metadata`: start and end times and the snapshot's binlog position.
    static func metadata(started: Date, finished: Date, position: BinlogPosition?) -> String {
        var text = "Started dump at: \(Self.timestamp(started))\n"
        if let position {
            text += "SHOW MASTER STATUS:\n\tLog: \(position.file)\n\tPos: \(position.position)\n\tGTID:\(position.gtidSet)\n\n"
        }
        return text + "Finished dump at: \(Self.timestamp(finished))\n"
    }

    /// Reads the position back from a `metadata` file (ours or mydumper's).
    static func position(fromMetadata text: String) -> BinlogPosition? {
        var file: String?
        var position: UInt64?
        var gtid = ""
        var inMaster = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("SHOW MASTER STATUS") || trimmed == "[source]" { inMaster = true; continue }
            if trimmed.isEmpty || trimmed.hasPrefix("SHOW SLAVE STATUS") || (trimmed.hasPrefix("[") && trimmed != "[source]") {
                if file != nil { break }
                continue
            }
            guard inMaster else { continue }
            let parts = trimmed.split(separator: trimmed.contains(":") ? ":" : "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else { continue }
            switch parts[0] {
            case "Log", "File": file = parts[1]
            case "Pos", "Position": position = UInt64(parts[1])
            case "GTID", "Executed_Gtid_Set": gtid = parts[1]
            default: break
            }
        }
        guard let file, let position else { return nil }
        return BinlogPosition(file: file, position: position, gtidSet: gtid)
    }

    private static func timestamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter.string(from: date)
    }
}
