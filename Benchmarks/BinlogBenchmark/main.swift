// Decodes a binlog of at least 500 MB (sysbench-shaped rows written by a throwaway MariaDB) with
// this decoder — every event, every row value — and with `mariadb-binlog --verbose
// --base64-output=decode-rows` in the same run, and prints MB/s and events/s side by side.
//
//     swift run -c release BinlogBenchmark [megabytes] [repetitions]
import Foundation
import MariaDBHarness
import MySQLBinlog
import MySQLClient

let arguments = CommandLine.arguments.dropFirst()
let targetMB = arguments.first.flatMap(Int.init) ?? 500
let repetitions = arguments.dropFirst().first.flatMap(Int.init) ?? 2

func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }

let server = try await MariaDBHarness.startServer(
    options: MariaDBServerOptions(extraArguments: ["--innodb-buffer-pool-size=512M", "--max-binlog-size=1G", "--innodb-flush-log-at-trx-commit=0", "--sync-binlog=0"]))
defer { server.stop() }
let connection = try await MySQLConnection.connect(
    configuration: .init(host: server.host, port: server.port, username: server.user, password: server.password))
_ = try await connection.query("CREATE DATABASE bench")
try await connection.selectDatabase("bench")
_ = try await connection.query(
    "CREATE TABLE sbtest (id INT PRIMARY KEY, k INT NOT NULL, c CHAR(120) NOT NULL, pad CHAR(60) NOT NULL, d DECIMAL(12,2), t DATETIME(3))")
var written = 0
var next = 1
let chunk = 100_000
while written < targetMB * 1_000_000 {
    _ = try await connection.query(
        """
        INSERT INTO sbtest SELECT seq, seq * 7 % 100000, CONCAT(REPEAT(LPAD(seq, 10, '0'), 11), '-'), REPEAT('p', 59),
          seq / 100, '2024-01-01 00:00:00.000' + INTERVAL seq SECOND FROM seq_\(next)_to_\(next + chunk - 1)
        """)
    next += chunk
    written = try await connection.query("SHOW BINARY LOGS").rows.reduce(0) { $0 + (try $1[1].int ?? 0) }
}
_ = try await connection.query("UPDATE sbtest SET k = k + 1 WHERE id % 10 = 0")
_ = try await connection.query("FLUSH BINARY LOGS")
let files = try await connection.query("SHOW BINARY LOGS").rows.map { server.dataDirectory.appendingPathComponent(try $0[0].string ?? "").path }
let totalBytes = files.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
try await connection.close()
print("binlog: \(files.count) files, \(totalBytes / 1_000_000) MB, \(next - 1) rows inserted; best of \(repetitions)")

func decodeAll() throws -> (Double, Int, Int) {
    let start = ContinuousClock.now
    var events = 0
    var rows = 0
    for file in files {
        var reader = try BinlogFileReader(path: file)
        var decoder = BinlogDecoder()
        while let (_, bytes) = try reader.next() {
            let event = try decoder.decode(bytes)
            events += 1
            if case .rows(let r) = event.body { rows += r.rows.count }
        }
    }
    return (seconds(ContinuousClock.now - start), events, rows)
}

func mariadbBinlog() throws -> Double {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try MariaDBExecutables.find(["mariadb-binlog", "mysqlbinlog"]))
    process.arguments = ["--verbose", "--base64-output=decode-rows"] + files
    process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
    let start = ContinuousClock.now
    try process.run()
    process.waitUntilExit()
    precondition(process.terminationStatus == 0, "mariadb-binlog failed")
    return seconds(ContinuousClock.now - start)
}

var ours = Double.infinity
var theirs = Double.infinity
var eventCount = 0
var rowCount = 0
for _ in 0..<repetitions {
    let (t, e, r) = try decodeAll()
    ours = min(ours, t)
    (eventCount, rowCount) = (e, r)
    theirs = min(theirs, try mariadbBinlog())
}
let mb = Double(totalBytes) / 1e6
print("")
print("| decoder | MB/s | events/s | rows/s | seconds |")
print("| --- | ---: | ---: | ---: | ---: |")
print(String(format: "| swift-dm MySQLBinlog (all row values) | %.0f | %.0f | %.0f | %.2f |", mb / ours, Double(eventCount) / ours, Double(rowCount) / ours, ours))
print(String(format: "| mariadb-binlog -v --base64-output=decode-rows | %.0f | %.0f | %.0f | %.2f |", mb / theirs, Double(eventCount) / theirs, Double(rowCount) / theirs, theirs))
print(String(format: "\n%.1f MB, %d events, %d rows; speed vs mariadb-binlog: %.2fx", mb, eventCount, rowCount, theirs / ours))
