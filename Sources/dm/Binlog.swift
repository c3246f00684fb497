import ArgumentParser
import Foundation
import MySQLBinlog
import MySQLClient

extension DM {
    struct Binlog: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Decode binlogs; skip or replace DDL events the target refused.",
            subcommands: [Decode.self, Stream.self, Skip.self, Replace.self, Revert.self, List.self])
    }
}

extension DM.Binlog {
    struct Decode: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Decode binlog files (the servers' on-disk format).")

        @Flag(help: "Skip CRC32 verification.") var noVerifyChecksum = false
        @Argument(help: "Binlog files.") var files: [String]

        func run() throws {
            var failed = false
            for path in self.files {
                do {
                    var reader = try BinlogFileReader(path: path)
                    var decoder = BinlogDecoder()
                    decoder.verifyChecksums = !self.noVerifyChecksum
                    let name = URL(fileURLWithPath: path).lastPathComponent
                    while let (position, bytes) = try reader.next() {
                        do {
                            print(BinlogEventJSON.render(try decoder.decode(bytes, position: position), file: name, position: position))
                        } catch var error as BinlogDecodeError {
                            error.file = path
                            error.logPosition = position
                            throw error
                        }
                    }
                } catch {
                    failed = true
                    FileHandle.standardError.write(Data("\(error)\n".utf8))
                }
            }
            if failed { throw ExitCode.failure }
        }
    }

    struct Stream: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Stream a server's binlog as a replica would.")

        @Option(name: .shortAndLong) var host = "127.0.0.1"
        @Option var port = 3306
        @Option(name: .shortAndLong) var user = "root"
        @Option(help: "Password (or set MYSQL_PWD).") var password: String?
        @Option(help: "Binlog file to start from.") var file: String?
        @Option(help: "Position in that file.") var pos: UInt32 = 4
        @Option(help: "GTID to start after: a MySQL GTID set (uuid:1-100) or a MariaDB position (0-1-100).") var gtid: String?
        @Option(help: "Server id to register with.") var serverID: UInt32 = 1_000_001
        @Flag(help: "Keep waiting for new events at the end of the log.") var stopNever = false

        func run() async throws {
            let connection = try await MySQLConnection.connect(
                configuration: .init(
                    host: self.host, port: self.port, username: self.user,
                    password: self.password ?? ProcessInfo.processInfo.environment["MYSQL_PWD"] ?? ""))
            let start: MySQLBinlogRequest.Start
            var file = self.file ?? ""
            if let gtid = self.gtid {
                // MySQL GTID sets name a UUID (`uuid:1-5`); MariaDB positions are `domain-server-seq`.
                start = gtid.contains(":") ? .mysqlGTIDSet(encoded: try MySQLGTIDSet(parsing: gtid).encoded()) : .mariadbGTID(gtid)
            } else {
                if self.file == nil {
                    file = try await connection.query("SHOW BINARY LOGS").rows.first?[0].string ?? ""
                }
                start = .position(file: file, position: self.pos)
            }
            let raw = try await connection.startBinlogStream(.init(start: start, serverID: self.serverID, stopAtEnd: !self.stopNever))
            for try await (eventFile, position, event) in BinlogEventStream(raw, startFile: file) {
                print(BinlogEventJSON.render(event, file: eventFile, position: position))
            }
        }
    }
}
