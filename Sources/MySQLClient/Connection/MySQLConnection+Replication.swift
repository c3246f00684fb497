import MySQLProtocol
import NIOCore

/// Where a binlog stream starts and how it behaves.
public struct MySQLBinlogRequest: Sendable {
    public enum Start: Sendable {
        /// A file and byte position (4 = the first event).
        case position(file: String, position: UInt32)
        /// MySQL: the GTID set already applied, in its binary form (events not in it are sent).
        case mysqlGTIDSet(encoded: [UInt8])
        /// MariaDB: the GTID position (`@@gtid_slave_pos` form, e.g. "0-1-100").
        case mariadbGTID(String)
    }

    public var start: Start
    /// The server id this replica registers with; must differ from every server's.
    public var serverID: UInt32
    /// Ask the server for a heartbeat when the log is idle this long.
    public var heartbeatPeriod: Duration?
    /// End the stream at the end of the log instead of waiting for new events.
    public var stopAtEnd: Bool
    /// Ask for CRC32 checksums on every event when the server writes them.
    public var checksums: Bool

    public init(start: Start, serverID: UInt32, heartbeatPeriod: Duration? = .seconds(30), stopAtEnd: Bool = false, checksums: Bool = true) {
        self.start = start
        self.serverID = serverID
        self.heartbeatPeriod = heartbeatPeriod
        self.stopAtEnd = stopAtEnd
        self.checksums = checksums
    }
}

/// Raw binlog events from a server, with back-pressure: while the reader is behind, the
/// connection stops reading from the socket. Each element is one whole event (header, body,
/// checksum). Dropping the stream closes the connection, since a dump cannot be stopped otherwise.
public struct MySQLBinlogStream: AsyncSequence {
    public typealias Element = ByteBuffer
    /// Whether each event ends with a CRC32 (`binlog_checksum=CRC32` negotiated).
    public let checksums: Bool
    let producer: MySQLEventStream.Producer

    public func makeAsyncIterator() -> AsyncIterator { AsyncIterator(base: self.producer.makeAsyncIterator()) }

    public struct AsyncIterator: AsyncIteratorProtocol {
        var base: MySQLEventStream.Producer.AsyncIterator

        public mutating func next() async throws -> ByteBuffer? {
            while let event = try await self.base.next() {
                if case .binlogEvent(let bytes) = event { return bytes }
            }
            return nil
        }
    }
}

extension MySQLConnection {
    /// Registers as a replica and starts dumping the binlog. The connection serves only this
    /// stream from then on. A purged file or GTID ends the stream with the server's error
    /// (ER_MASTER_FATAL_ERROR_READING_BINLOG, 1236).
    public func startBinlogStream(_ request: MySQLBinlogRequest) async throws -> MySQLBinlogStream {
        let serverChecksum = try await self.query("SELECT @@global.binlog_checksum").rows.first?[0].string ?? "NONE"
        let checksums = request.checksums && serverChecksum.uppercased() == "CRC32"
        _ = try await self.query("SET @master_binlog_checksum = '\(checksums ? "CRC32" : "NONE")'")
        var idleTimeout: TimeAmount?
        if let period = request.heartbeatPeriod {
            // The server takes nanoseconds up to about 4,294,967 s; clamp instead of overflowing.
            let seconds = min(max(period.components.seconds, 0), 4_000_000)
            let nanoseconds = seconds * 1_000_000_000 + max(period.components.attoseconds, 0) / 1_000_000_000
            _ = try await self.query("SET @master_heartbeat_period = \(nanoseconds)")
            // Heartbeats make silence meaningful: two missed ones plus 5 s of slack (a busy
            // server or machine) mean a dead link. Armed just before the dump, below.
            idleTimeout = TimeAmount.nanoseconds(2 * nanoseconds + 5_000_000_000)
        }
        if self.isMariaDB {
            // MARIA_SLAVE_CAPABILITY_GTID: the server sends GTID events and annotations.
            _ = try await self.query("SET @mariadb_slave_capability = 4")
        }
        var register = ByteBuffer()
        BinlogDumpEncoder.registerReplica(serverID: request.serverID, hostname: "swift-dm", port: 0, into: &register)
        _ = try await self.okCommand(.replication(.registerSlave, register))

        var dump = ByteBuffer()
        switch request.start {
        case .position(let file, let position):
            BinlogDumpEncoder.dump(file: file, position: position, serverID: request.serverID, nonBlocking: request.stopAtEnd, into: &dump)
        case .mysqlGTIDSet(let encoded):
            BinlogDumpEncoder.dumpGTID(gtidSet: encoded, serverID: request.serverID, nonBlocking: request.stopAtEnd, into: &dump)
        case .mariadbGTID(let position):
            guard self.isMariaDB else { throw MySQLError(.invalidArgument, "a MariaDB GTID position needs a MariaDB server") }
            guard position.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-" || $0 == "," || $0 == " ") }) else {
                throw MySQLError(.invalidArgument, "'\(position)' is not a MariaDB GTID position (domain-server-sequence, comma-separated)")
            }
            _ = try await self.query("SET @slave_connect_state = \(MySQLLiteral.quoteString(position, noBackslashEscapes: false))")
            _ = try await self.query("SET @slave_gtid_strict_mode = 0")
            _ = try await self.query("SET @slave_gtid_ignore_duplicates = 0")
            BinlogDumpEncoder.dump(file: "", position: 4, serverID: request.serverID, nonBlocking: request.stopAtEnd, into: &dump)
        }
        if let idleTimeout {
            let channel = self.channel
            try await channel.eventLoop.submit {
                let pipeline = channel.pipeline.syncOperations
                try pipeline.addHandler(IdleStateHandler(readTimeout: idleTimeout), position: .before(try pipeline.handler(type: MySQLChannelHandler.self)))
            }.get()
        }
        let producer = self.streamCommand(.replication(request.start.command, dump))
        return MySQLBinlogStream(checksums: checksums, producer: producer)
    }
}

extension MySQLBinlogRequest.Start {
    var command: MySQLCommand {
        if case .mysqlGTIDSet = self { return .binlogDumpGTID }
        return .binlogDump
    }
}
