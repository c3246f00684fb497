import Foundation
import ReplicationCore

/// The files of a dump directory in mydumper's layout, as the load unit reads them.
struct DumpDirectory {
    struct DataFile: Sendable, Hashable {
        var table: TableName
        /// The chunk number in the name (`db.t.00003.sql` → 3; `db.t.sql` → 0).
        var index: Int
        var path: String
    }

    var schemaFiles: [String: String] = [:]
    var tableFiles: [TableName: String] = [:]
    var dataFiles: [DataFile] = []
    var metadata: String?

    init(path: String) throws {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
        } catch {
            throw MigrationError("cannot read the dump directory \(path): \(error.localizedDescription)")
        }
        for name in names {
            let full = (path as NSString).appendingPathComponent(name)
            var base = name
            if base.hasSuffix(".gz") { base.removeLast(3) }
            if name == "metadata" {
                self.metadata = try String(contentsOfFile: full, encoding: .utf8)
            } else if base.hasSuffix("-schema-create.sql") {
                self.schemaFiles[String(base.dropLast("-schema-create.sql".count))] = full
            } else if base.hasSuffix("-schema.sql") {
                let parts = base.dropLast("-schema.sql".count).split(separator: ".", maxSplits: 1).map(String.init)
                if parts.count == 2 { self.tableFiles[TableName(schema: parts[0], table: parts[1])] = full }
            } else if base.hasSuffix(".sql") && !base.contains("-schema") {
                var parts = base.dropLast(4).split(separator: ".").map(String.init)
                var index = 0
                if parts.count >= 3, let number = Int(parts[parts.count - 1]) {
                    index = number
                    parts.removeLast()
                }
                guard parts.count >= 2 else { continue }
                let table = TableName(schema: parts[0], table: parts[1...].joined(separator: "."))
                self.dataFiles.append(DataFile(table: table, index: index, path: full))
            }
        }
        if self.tableFiles.isEmpty && self.dataFiles.isEmpty {
            throw MigrationError("\(path) holds no dump (no *-schema.sql or data files)")
        }
    }

    /// The file's bytes, gunzipped when it ends in .gz.
    static func contents(of path: String) throws -> [UInt8] {
        if path.hasSuffix(".gz") { return try GzipReader.read(path: path) }
        guard let data = FileManager.default.contents(atPath: path) else { throw MigrationError("cannot read \(path)") }
        return [UInt8](data)
    }

    /// The statements of a dump file: a statement ends with a line ending in `;` (values never
    /// hold a raw newline; dumps escape it). Comment lines are dropped.
    static func statements(of path: String) throws -> [[UInt8]] {
        let bytes = try contents(of: path)
        var statements: [[UInt8]] = []
        var current: [UInt8] = []
        var lineNumber = 0
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = line
            if line.last == 0x0D { line = line.dropLast() }
            if current.isEmpty && (line.isEmpty || line.starts(with: Array("-- ".utf8))) { continue }
            if !current.isEmpty { current.append(0x0A) }
            current.append(contentsOf: line)
            if line.last == UInt8(ascii: ";") {
                statements.append(current)
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.allSatisfy({ $0 == 0x20 || $0 == 0x0A }) {
            throw MigrationError("\(path) ends inside a statement (line \(lineNumber)): the file is truncated")
        }
        return statements
    }

    /// The statements of a schema file, which are UTF-8 text.
    static func textStatements(of path: String) throws -> [String] {
        try statements(of: path).enumerated().map { index, bytes in
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw MigrationError("\(path): statement \(index + 1) is not UTF-8 text")
            }
            return text
        }
    }
}
