// Reads a 1,000,000-row result set with this client and with the `mariadb` command-line client
// (`--batch --quick`, output to /dev/null) from the same throwaway server, and inserts rows with
// multi-row prepared statements. Prints the figures side by side.
//
//     swift run -c release ClientBenchmark [rows] [repetitions]
import Foundation
import MariaDBHarness
import MySQLClient
import MySQLProtocol

let arguments = CommandLine.arguments.dropFirst()
let rowCount = arguments.first.flatMap(Int.init) ?? 1_000_000
let repetitions = arguments.dropFirst().first.flatMap(Int.init) ?? 3

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

func format(_ rate: Double) -> String {
    String(format: "%12.0f", rate)
}

let server = try await MariaDBHarness.startServer(
    options: MariaDBServerOptions(extraArguments: ["--innodb-buffer-pool-size=1G", "--max-allowed-packet=256M", "--skip-log-bin"]))
defer { server.stop() }
print("server: MariaDB on 127.0.0.1:\(server.port); \(rowCount) rows, best of \(repetitions)")

let configuration = MySQLConnection.Configuration(host: server.host, port: server.port, username: server.user, password: server.password)
let setup = try await MySQLConnection.connect(configuration: configuration)
_ = try await setup.query("CREATE DATABASE bench")
try await setup.selectDatabase("bench")
// The shape of sysbench's sbtest table.
_ = try await setup.query("CREATE TABLE sbtest (id INT PRIMARY KEY, k INT NOT NULL, c CHAR(120) NOT NULL, pad CHAR(60) NOT NULL)")
_ = try await setup.query(
    """
    INSERT INTO sbtest SELECT seq, seq * 7 % 100000, CONCAT(REPEAT(LPAD(seq, 10, '0'), 11), '-'), REPEAT('p', 59) FROM seq_1_to_\(rowCount)
    """)
_ = try await setup.query("SELECT COUNT(*) FROM sbtest")  // warm the buffer pool

// MARK: Reading

func readWithClient() async throws -> (Double, Int) {
    let connection = try await MySQLConnection.connect(configuration: configuration)
    defer { Task { try? await connection.close() } }
    let start = ContinuousClock.now
    var rows = 0
    var bytes = 0
    for try await row in try await connection.streamQuery("SELECT id, k, c, pad FROM bench.sbtest") {
        try row.forEachValue { _, value in bytes &+= value.buffer?.readableBytes ?? 0 }
        rows += 1
    }
    precondition(rows == rowCount, "read \(rows) rows")
    return (seconds(ContinuousClock.now - start), bytes)
}

func readWithCLI() throws -> Double {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try MariaDBExecutables.locate().client)
    process.arguments = server.clientArguments() + ["--batch", "--quick", "-e", "SELECT id, k, c, pad FROM bench.sbtest"]
    process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
    let start = ContinuousClock.now
    try process.run()
    process.waitUntilExit()
    precondition(process.terminationStatus == 0, "mariadb client failed")
    return seconds(ContinuousClock.now - start)
}

var clientBest = Double.infinity
var cliBest = Double.infinity
var payloadBytes = 0
for _ in 0..<repetitions {
    let (t, bytes) = try await readWithClient()
    clientBest = min(clientBest, t)
    payloadBytes = bytes
    cliBest = min(cliBest, try readWithCLI())
}

// MARK: Inserting

let insertRows = min(rowCount, 200_000)
let rowsPerStatement = 1_000
_ = try await setup.query("CREATE TABLE sbtest_copy LIKE sbtest")
let values = try await setup.query("SELECT id, k, c, pad FROM sbtest WHERE id <= \(insertRows) ORDER BY id").rows.map { try $0.values }
var insertBest = Double.infinity
for _ in 0..<repetitions {
    _ = try await setup.query("TRUNCATE sbtest_copy")
    let statement = try await setup.prepare(
        "INSERT INTO sbtest_copy VALUES " + Array(repeating: "(?, ?, ?, ?)", count: rowsPerStatement).joined(separator: ","))
    let start = ContinuousClock.now
    for batchStart in stride(from: 0, to: insertRows, by: rowsPerStatement) {
        let batch = values[batchStart..<min(batchStart + rowsPerStatement, insertRows)]
        precondition(batch.count == rowsPerStatement, "row count must be a multiple of \(rowsPerStatement)")
        _ = try await statement.execute(batch.flatMap { $0 })
    }
    insertBest = min(insertBest, seconds(ContinuousClock.now - start))
    try await statement.close()
}
let copied = try await setup.query("SELECT COUNT(*) FROM sbtest_copy").rows[0][0].int
precondition(copied == insertRows, "inserted \(copied ?? -1) rows")
try await setup.close()

print("")
print("| what                                             |       rows/s | seconds |")
print("| ------------------------------------------------ | ------------ | ------- |")
print("| read \(rowCount) rows: swift-dm MySQLClient (stream) | \(format(Double(rowCount) / clientBest)) | \(String(format: "%7.2f", clientBest)) |")
print("| read \(rowCount) rows: mariadb --batch --quick       | \(format(Double(rowCount) / cliBest)) | \(String(format: "%7.2f", cliBest)) |")
print("| insert \(insertRows) rows: prepared, \(rowsPerStatement) rows/statement  | \(format(Double(insertRows) / insertBest)) | \(String(format: "%7.2f", insertBest)) |")
print("")
print(String(format: "read speed vs mariadb CLI: %.2fx (%.1f MB of values per run)", cliBest / clientBest, Double(payloadBytes) / 1e6))
