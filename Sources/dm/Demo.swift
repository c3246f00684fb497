import ArgumentParser
import MariaDBHarness
import MySQLClient
import MySQLProtocol

extension DM {
    /// Starts a throwaway MariaDB on loopback, runs statements through the client, and stops it.
    struct Demo: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Run the client against a throwaway local MariaDB server.")

        @Option(help: "Rows to insert into the demo table.")
        var rows = 5

        func run() async throws {
            print("starting a throwaway MariaDB server on 127.0.0.1 …")
            let server = try await MariaDBHarness.startServer()
            defer { server.stop() }
            let connection = try await MySQLConnection.connect(
                configuration: .init(host: server.host, port: server.port, username: server.user, password: server.password))
            print("connected: \(connection.serverVersion), connection id \(connection.connectionID), port \(server.port)")

            _ = try await connection.query("CREATE DATABASE demo")
            try await connection.selectDatabase("demo")
            _ = try await connection.query("CREATE TABLE city (id INT PRIMARY KEY, name VARCHAR(50), founded DATE, area DECIMAL(10,2))")
            let insert = try await connection.prepare("INSERT INTO city VALUES (?, ?, ?, ?)")
            let names = ["Zürich", "Kraków", "São Paulo", "Reykjavík", "Mumbai", "Osaka", "Lagos", "Quito"]
            for i in 0..<rows {
                _ = try await insert.execute([
                    MySQLData(int: i + 1), MySQLData(string: names[i % names.count]),
                    MySQLData(time: MySQLTime(year: UInt16(1200 + 97 * i), month: 1 + UInt8(i % 12), day: 1), type: .date),
                    MySQLData(decimal: "\(100 + 37 * i).50"),
                ])
            }
            try await insert.close()
            let sql = "SELECT id, name, founded, area FROM city ORDER BY id"
            print("\n> \(sql)")
            print(try ResultTable.render(try await connection.query(sql)))
            try await connection.close()
            print("stopping the server")
        }
    }
}
