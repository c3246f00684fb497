import MySQLProtocol
import NIOCore

/// What travels from the public API to the channel handler (as an outbound message).
enum MySQLRequest: Sendable {
    case command(PendingCommand)
    /// A chunk of the local file the server asked for.
    case localInfileData(ByteBuffer)
    /// The end of the local file (an empty packet); `refused` means the file was not provided.
    case localInfileEnd(refused: String?)
}

/// Back-pressure and cancellation signals from a result stream to the handler.
enum MySQLStreamControl: Sendable {
    case produceMore(ObjectIdentifier)
    case terminated(ObjectIdentifier)
}

struct PendingCommand: Sendable {
    enum Payload: Sendable {
        case query(String)
        case queryBytes([UInt8])
        case simple(MySQLCommand)
        case initDB(String)
        case prepare(String)
        case execute(statementID: UInt32, parameters: [MySQLData])
        /// COM_STMT_CLOSE and friends that take a statement id.
        case statement(MySQLCommand, UInt32)
        /// COM_REGISTER_SLAVE, COM_BINLOG_DUMP, COM_BINLOG_DUMP_GTID, already encoded.
        case replication(MySQLCommand, ByteBuffer)
    }

    enum Sink: Sendable {
        case ok(EventLoopPromise<OKPacket>)
        case stream(MySQLEventStream.Source, id: ObjectIdentifier)
        case prepared(EventLoopPromise<CommandStateMachine.Prepared>)
        /// Commands the server does not answer (COM_STMT_CLOSE, COM_QUIT).
        case noResponse(EventLoopPromise<Void>)
    }

    var payload: Payload
    var sink: Sink
    /// Identifies the command to `CommandTracker` (0 when nobody needs to know).
    var serial: UInt64 = 0

    var kind: CommandStateMachine.Kind? {
        switch self.payload {
        case .query, .queryBytes: .query
        case .execute: .execute
        case .replication(.registerSlave, _): .okOnly
        case .replication: .binlogDump
        case .prepare: .prepare
        case .simple(.quit), .statement(.stmtClose, _): nil
        case .simple, .initDB, .statement: .okOnly
        }
    }

    var sql: String? {
        switch self.payload {
        case .query(let sql), .prepare(let sql): sql
        case .queryBytes(let bytes): String(decoding: bytes.prefix(1000), as: UTF8.self)
        default: nil
        }
    }

    func encode(into buffer: inout ByteBuffer) {
        switch self.payload {
        case .query(let sql): CommandEncoder.query(sql, into: &buffer)
        case .queryBytes(let bytes): CommandEncoder.query(bytes: bytes, into: &buffer)
        case .simple(let command): CommandEncoder.simple(command, into: &buffer)
        case .initDB(let name): CommandEncoder.initDB(name, into: &buffer)
        case .prepare(let sql): CommandEncoder.stmtPrepare(sql, into: &buffer)
        case .execute(let id, let parameters): StmtExecute.encode(statementID: id, parameters: parameters, into: &buffer)
        case .statement(let command, let id): CommandEncoder.statement(command, id: id, into: &buffer)
        case .replication(_, let encoded): buffer.writeImmutableBuffer(encoded)
        }
    }

    func fail(_ error: any Error) {
        switch self.sink {
        case .ok(let promise): promise.fail(error)
        case .stream(let source, _): source.finish(error)
        case .prepared(let promise): promise.fail(error)
        case .noResponse(let promise): promise.fail(error)
        }
    }
}
