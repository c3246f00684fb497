import Foundation
import Glibc
import MariaDBHarness
import MySQLBinlog

/// Prints a decoded value the way `mariadb-binlog --verbose` prints a row column, so the two
/// decoders can be compared line by line (`###   @N=value`).
enum MariaDBBinlogText {
    /// The `###   @N=value` lines `mariadb-binlog -v` prints for a rows event, with whether the
    /// column is MySQL binary JSON (which mariadb-binlog cannot decode).
    static func lines(_ rows: RowsEvent, map: TableMapEvent) -> [(line: String, isJSON: Bool)] {
        var lines: [(String, Bool)] = []
        for change in rows.rows {
            for image in [change.before, change.after] {
                guard let image else { continue }
                for (column, value) in image.enumerated() {
                    guard let value else { continue }
                    let text = self.format(value, type: map.columnTypes[column], metadata: map.metadata[column])
                    lines.append(("###   @\(column + 1)=\(text)".trimmingTrailingSpaces, map.columnTypes[column] == 245))
                }
            }
        }
        return lines
    }

    /// Runs `mariadb-binlog --verbose --base64-output=decode-rows` on `files`; nil when it fails.
    static func run(_ files: [String]) throws -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try MariaDBExecutables.find(["mariadb-binlog", "mysqlbinlog"]))
        process.arguments = ["--no-defaults", "--verbose", "--base64-output=decode-rows"] + files
        // A file, not a pipe: a server another test starts meanwhile would inherit the pipe's
        // write end, and reading to its end would never return.
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("binlog-text-\(UUID().uuidString.prefix(8)).txt")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        process.waitUntilExit()
        try handle.close()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: try Data(contentsOf: output), as: UTF8.self)
    }

    /// The value lines of mariadb-binlog's output.
    static func valueLines(_ output: String) -> [String] {
        output.split(separator: "\n").filter { $0.hasPrefix("###   @") }.map { String($0).trimmingTrailingSpaces }
    }

    static func format(_ value: BinlogValue, type: UInt8, metadata: UInt16) -> String {
        switch value {
        case .null: return "NULL"
        case .int(let i):
            // mariadb-binlog cannot know signedness: negative values get their unsigned reading.
            guard i < 0 else { return String(i) }
            let width: UInt64 = switch type { case 1: 8; case 2: 16; case 9: 24; case 3: 32; default: 64 }
            let unsigned = width == 64 ? UInt64(bitPattern: i) : UInt64(bitPattern: i) & ((1 << width) - 1)
            return "\(i) (\(unsigned))"
        case .uint(let u):
            // Known UNSIGNED: mariadb-binlog still prints the signed reading first.
            let width: UInt64 = switch type { case 1: 8; case 2: 16; case 9: 24; case 3: 32; default: 64 }
            guard width < 64 ? u >= 1 << (width - 1) : u > UInt64(Int64.max) else { return String(u) }
            let signed = width == 64 ? Int64(bitPattern: u) : Int64(u) - Int64(1 << width)
            return "\(signed) (\(u))"
        case .float(let f): return self.printf("%-20g", Double(f))
        case .double(let d): return self.printf("%-.20g", d)
        case .decimal(let text): return text
        case .year(let y): return String(y == 0 ? 1900 : y)  // it prints 1900 + the stored byte
        case .temporal(let t):
            let text = type == 10 ? String(t.description.map { $0 == "-" ? ":" : $0 }) : t.description
            return "'" + text + "'"
        case .timestamp(let seconds, let micros):
            guard type == 17, metadata > 0 else { return String(seconds) }
            let digits = String(micros)
            return "\(seconds)." + (String(repeating: "0", count: 6 - digits.count) + digits).prefix(Int(metadata))
        case .bytes(let b), .geometry(let b): return self.quoted(b)
        case .json(let j): return j
        case .enumIndex(let i): return String(i)
        case .setBits(let bits):
            let width = ColumnMetadata.realType(type: type, metadata: metadata) == type ? Int(metadata & 0xFF) : ColumnMetadata.stringLayout(metadata: metadata).length
            return "b'" + (0..<width).map { self.binary((bits >> UInt64(8 * $0)) & 0xFF, 8) }.joined() + "'"
        case .bit(let b): return "b'" + self.binary(b, Int(metadata >> 8) * 8 + Int(metadata & 0xFF)) + "'"
        }
    }

    static func quoted(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = [0x27]
        for c in bytes {
            if c > 0x1F { out.append(c) } else { out += Array(("\\x" + (c < 16 ? "0" : "") + String(c, radix: 16)).utf8) }
        }
        out.append(0x27)
        return String(decoding: out, as: UTF8.self)
    }

    static func binary(_ value: UInt64, _ width: Int) -> String {
        String(stride(from: width - 1, through: 0, by: -1).map { (value >> UInt64($0)) & 1 == 1 ? "1" : "0" })
    }

    static func printf(_ format: String, _ value: Double) -> String {
        var buffer = [CChar](repeating: 0, count: 400)
        _ = withVaList([value]) { vsnprintf(&buffer, 400, format, $0) }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
