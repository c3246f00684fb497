import MySQLProtocol
import NIOCore

/// Reads the server's response to one command: OK/ERR, result sets (text or binary rows, one or
/// several), a LOCAL INFILE request, or a prepared statement's metadata.
struct CommandStateMachine {
    enum Kind: Equatable {
        /// Commands answered by OK or ERR (ping, init db, reset connection, stmt reset).
        case okOnly
        /// COM_QUERY: text result sets, OK, or LOCAL INFILE.
        case query
        /// COM_STMT_EXECUTE: binary result sets or OK.
        case execute
        /// COM_STMT_PREPARE: PREPARE_OK and its parameter and column definitions.
        case prepare
        /// COM_BINLOG_DUMP(_GTID): event packets (0x00 + event) until EOF (non-blocking) or ERR.
        case binlogDump
    }

    struct Prepared: Equatable {
        var ok: StmtPrepareOK
        var parameters: [ColumnDefinition41]
        var columns: [ColumnDefinition41]
    }

    enum Action {
        case wait
        case columns(MySQLColumns)
        case row(MySQLRow)
        /// One result ended (an OK, or the end of a result set); `final` ends the command.
        case resultDone(OKPacket, final: Bool)
        case localInfileRequested(String)
        /// One binlog event (the packet after its 0x00 marker).
        case binlogEvent(ByteBuffer)
        case prepared(Prepared)
        /// The server refused the command; the connection stays usable.
        case failed(ERRPacket)
        /// The packet breaks the protocol; the connection must close.
        case violation(MySQLProtocolError)
    }

    private enum State {
        case awaitingResponse
        case columnDefinitions(remaining: Int, [ColumnDefinition41])
        case columnsEOF(MySQLColumns)
        case rows(MySQLColumns)
        case prepareDefinitions(Prepared, remainingParameters: Int, remainingColumns: Int)
        case prepareEOF(Prepared, remainingColumns: Int)
        case sendingLocalInfile
        case done
    }

    let kind: Kind
    private let capabilities: CapabilityFlags
    private var state: State = .awaitingResponse
    private var deprecateEOF: Bool { self.capabilities.contains(.deprecateEOF) }

    init(kind: Kind, capabilities: CapabilityFlags) {
        self.kind = kind
        self.capabilities = capabilities
    }

    var isDone: Bool { if case .done = self.state { true } else { false } }

    /// After the client sent the local file and its terminating empty packet.
    mutating func localInfileSent() {
        self.state = .awaitingResponse
    }

    mutating func packetReceived(_ payload: ByteBuffer) -> Action {
        do {
            return try self.handle(payload)
        } catch let error as MySQLProtocolError {
            self.state = .done
            return .violation(error)
        } catch {
            self.state = .done
            return .violation(MySQLProtocolError("\(error)", packet: payload))
        }
    }

    private mutating func handle(_ payload: ByteBuffer) throws -> Action {
        var buffer = payload
        let header = payload.getInteger(at: payload.readerIndex, as: UInt8.self)
        if header == 0xFF {
            switch self.state {
            case .done, .sendingLocalInfile: break
            default:
                self.state = .done
                return .failed(try ERRPacket.decode(from: &buffer))
            }
        }
        if self.kind == .binlogDump, case .awaitingResponse = self.state {
            if header == 0x00 {
                return .binlogEvent(payload.getSlice(at: payload.readerIndex + 1, length: payload.readableBytes - 1)!)
            }
            if EOFPacket.isEOF(payload) { return self.resultDone(OKPacket(statusFlags: (try EOFPacket.decode(from: &buffer)).statusFlags)) }
            throw MySQLProtocolError("unexpected packet in the binlog stream", packet: payload)
        }
        switch self.state {
        case .awaitingResponse:
            return try self.firstResponse(payload, header: header)

        case .columnDefinitions(let remaining, var definitions):
            definitions.append(try ColumnDefinition41.decode(from: &buffer))
            if remaining > 1 {
                self.state = .columnDefinitions(remaining: remaining - 1, definitions)
                return .wait
            }
            let columns = MySQLColumns(definitions)
            self.state = self.deprecateEOF ? .rows(columns) : .columnsEOF(columns)
            return .columns(columns)

        case .columnsEOF(let columns):
            guard EOFPacket.isEOF(payload) else { throw MySQLProtocolError("expected EOF after column definitions", packet: payload) }
            self.state = .rows(columns)
            return .wait

        case .rows(let columns):
            if header == 0xFE && payload.readableBytes < MySQLPacket.maxFramePayload && (self.deprecateEOF || payload.readableBytes < 9) {
                let ok: OKPacket
                if self.deprecateEOF {
                    ok = try OKPacket.decode(from: &buffer, capabilities: self.capabilities)
                } else {
                    let eof = try EOFPacket.decode(from: &buffer)
                    ok = OKPacket(statusFlags: eof.statusFlags, warnings: eof.warnings)
                }
                return self.resultDone(ok)
            }
            return .row(MySQLRow(columns: columns, format: self.kind == .execute ? .binary : .text, payload: payload))

        case .prepareDefinitions(var prepared, let remainingParameters, let remainingColumns):
            let definition = try ColumnDefinition41.decode(from: &buffer)
            if remainingParameters > 0 {
                prepared.parameters.append(definition)
                return self.afterPrepareDefinition(prepared, remainingParameters - 1, remainingColumns, sectionEnded: remainingParameters == 1)
            }
            prepared.columns.append(definition)
            return self.afterPrepareDefinition(prepared, 0, remainingColumns - 1, sectionEnded: remainingColumns == 1)

        case .prepareEOF(let prepared, let remainingColumns):
            guard EOFPacket.isEOF(payload) else { throw MySQLProtocolError("expected EOF after prepared statement definitions", packet: payload) }
            if remainingColumns > 0 {
                self.state = .prepareDefinitions(prepared, remainingParameters: 0, remainingColumns: remainingColumns)
                return .wait
            }
            self.state = .done
            return .prepared(prepared)

        case .sendingLocalInfile:
            throw MySQLProtocolError("server sent a packet while the client was sending a local file", packet: payload)

        case .done:
            throw MySQLProtocolError("server sent a packet after the command had completed", packet: payload)
        }
    }

    private mutating func firstResponse(_ payload: ByteBuffer, header: UInt8?) throws -> Action {
        var buffer = payload
        switch (header, self.kind) {
        case (0x00, .prepare):
            let ok = try StmtPrepareOK.decode(from: &buffer)
            let prepared = Prepared(ok: ok, parameters: [], columns: [])
            if ok.parameterCount == 0 && ok.columnCount == 0 {
                self.state = .done
                return .prepared(prepared)
            }
            self.state = .prepareDefinitions(prepared, remainingParameters: Int(ok.parameterCount), remainingColumns: Int(ok.columnCount))
            return .wait
        case (0x00, _), (0xFE, .okOnly):
            return self.resultDone(try OKPacket.decode(from: &buffer, capabilities: self.capabilities))
        case (0xFB, .query):
            self.state = .sendingLocalInfile
            return .localInfileRequested(try LocalInfileRequest.decode(from: &buffer).filename)
        case (_, .query), (_, .execute):
            guard let count = buffer.readMySQLLengthEncodedInteger(), count > 0, count <= 4096, buffer.readableBytes == 0 else {
                throw MySQLProtocolError("expected OK, ERR or a column count", packet: payload)
            }
            self.state = .columnDefinitions(remaining: Int(count), [])
            return .wait
        default:
            throw MySQLProtocolError("unexpected response to the command", packet: payload)
        }
    }

    private mutating func afterPrepareDefinition(_ prepared: Prepared, _ parameters: Int, _ columns: Int, sectionEnded: Bool) -> Action {
        if sectionEnded && !self.deprecateEOF {
            self.state = .prepareEOF(prepared, remainingColumns: columns)
            return .wait
        }
        if parameters == 0 && columns == 0 {
            self.state = .done
            return .prepared(prepared)
        }
        self.state = .prepareDefinitions(prepared, remainingParameters: parameters, remainingColumns: columns)
        return .wait
    }

    private mutating func resultDone(_ ok: OKPacket) -> Action {
        let more = ok.statusFlags.contains(.moreResultsExist)
        self.state = more ? .awaitingResponse : .done
        return .resultDone(ok, final: !more)
    }
}
