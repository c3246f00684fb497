import MySQLProtocol
import NIOCore
import Testing

@testable import MySQLClient

/// Responses to commands, as sequences of packets built from the protocol documentation.
@Suite struct CommandStateMachineTests {
    func columnPacket(_ name: String, _ type: MySQLColumnType) -> ByteBuffer {
        var b = ByteBuffer()
        ColumnDefinition41(name: name, characterSet: 45, type: type).encode(into: &b)
        return b
    }

    func okPacket(header: UInt8 = 0, status: StatusFlags = .autocommit, affected: UInt64 = 0) -> ByteBuffer {
        var b = ByteBuffer()
        OKPacket(affectedRows: affected, statusFlags: status).encode(into: &b, header: header)
        return b
    }

    func textRow(_ values: [String?]) -> ByteBuffer {
        var b = ByteBuffer()
        for v in values {
            if let v { b.writeMySQLLengthEncodedString(v) } else { b.writeInteger(UInt8(0xFB)) }
        }
        return b
    }

    /// Feeds packets and describes the actions, so a test reads like the protocol trace.
    func trace(_ machine: inout CommandStateMachine, _ packets: [ByteBuffer]) throws -> [String] {
        try packets.map { packet in
            switch machine.packetReceived(packet) {
            case .wait: return "wait"
            case .columns(let c): return "columns(\(c.definitions.map(\.name).joined(separator: ",")))"
            case .row(let r): return "row(\(try r.values.map(\.description).joined(separator: ",")))"
            case .resultDone(let ok, let final): return "done(affected: \(ok.affectedRows), final: \(final))"
            case .localInfileRequested(let name): return "infile(\(name))"
            case .binlogEvent(let bytes): return "event(\(bytes.readableBytes) bytes)"
            case .prepared(let p): return "prepared(\(p.ok.statementID), params: \(p.parameters.count), columns: \(p.columns.count))"
            case .failed(let err): return "failed(\(err.errorCode))"
            case .violation: return "violation"
            }
        }
    }

    @Test func textResultSetWithDeprecateEOF() throws {
        var m = CommandStateMachine(kind: .query, capabilities: [.protocol41, .deprecateEOF])
        let packets = [ByteBuffer(bytes: [2]), columnPacket("a", .longlong), columnPacket("b", .varString), textRow(["1", "x"]), textRow(["2", nil]), okPacket(header: 0xFE)]
        #expect(try trace(&m, packets) == ["wait", "wait", "columns(a,b)", "row(1,x)", "row(2,NULL)", "done(affected: 0, final: true)"])
        #expect(m.isDone)
    }

    @Test func textResultSetWithEOFPackets() throws {
        var m = CommandStateMachine(kind: .query, capabilities: [.protocol41])
        var eof = ByteBuffer()
        EOFPacket(statusFlags: .autocommit).encode(into: &eof)
        let packets = [ByteBuffer(bytes: [1]), columnPacket("a", .longlong), eof, textRow(["7"]), eof]
        #expect(try trace(&m, packets) == ["wait", "columns(a)", "wait", "row(7)", "done(affected: 0, final: true)"])
    }

    @Test func multipleResults() throws {
        var m = CommandStateMachine(kind: .query, capabilities: [.protocol41, .deprecateEOF])
        let packets = [
            okPacket(status: [.autocommit, .moreResultsExist], affected: 3),
            ByteBuffer(bytes: [1]), columnPacket("x", .long), textRow(["5"]), okPacket(header: 0xFE, status: [.moreResultsExist]),
            okPacket(affected: 0),
        ]
        #expect(
            try trace(&m, packets) == [
                "done(affected: 3, final: false)", "wait", "columns(x)", "row(5)", "done(affected: 0, final: false)", "done(affected: 0, final: true)",
            ])
    }

    @Test func errorMidResultSet() throws {
        var m = CommandStateMachine(kind: .query, capabilities: [.protocol41, .deprecateEOF])
        var err = ByteBuffer()
        ERRPacket(errorCode: 1317, sqlState: "70100", message: "Query execution was interrupted").encode(into: &err)
        #expect(try trace(&m, [ByteBuffer(bytes: [1]), columnPacket("x", .long), textRow(["1"]), err]) == ["wait", "columns(x)", "row(1)", "failed(1317)"])
        #expect(m.isDone)
    }

    @Test func localInfileRequest() throws {
        var m = CommandStateMachine(kind: .query, capabilities: [.protocol41, .deprecateEOF])
        #expect(try trace(&m, [ByteBuffer(bytes: [0xFB] + Array("data.csv".utf8))]) == ["infile(data.csv)"])
        #expect(try trace(&m, [okPacket()]) == ["violation"], "no packet is expected while the client sends the file")
        var m2 = CommandStateMachine(kind: .query, capabilities: [.protocol41, .deprecateEOF])
        _ = m2.packetReceived(ByteBuffer(bytes: [0xFB] + Array("data.csv".utf8)))
        m2.localInfileSent()
        #expect(try trace(&m2, [okPacket(affected: 2)]) == ["done(affected: 2, final: true)"])
    }

    @Test func prepareWithParametersAndColumns() throws {
        var m = CommandStateMachine(kind: .prepare, capabilities: [.protocol41])
        var ok = ByteBuffer()
        StmtPrepareOK(statementID: 5, columnCount: 1, parameterCount: 2).encode(into: &ok)
        var eof = ByteBuffer()
        EOFPacket().encode(into: &eof)
        let packets = [ok, columnPacket("?", .varString), columnPacket("?", .varString), eof, columnPacket("c", .long), eof]
        #expect(try trace(&m, packets) == ["wait", "wait", "wait", "wait", "wait", "prepared(5, params: 2, columns: 1)"])
    }

    @Test func binaryRowsForExecute() throws {
        var m = CommandStateMachine(kind: .execute, capabilities: [.protocol41, .deprecateEOF])
        var row = ByteBuffer(bytes: [0x00, 0x00])
        row.writeInteger(UInt32(77), endianness: .little)
        #expect(try trace(&m, [ByteBuffer(bytes: [1]), columnPacket("n", .long), row, okPacket(header: 0xFE)]) == ["wait", "columns(n)", "row(77)", "done(affected: 0, final: true)"])
    }

    @Test func binlogDumpPacketsThenEOF() throws {
        var m = CommandStateMachine(kind: .binlogDump, capabilities: [.protocol41, .deprecateEOF])
        var eof = ByteBuffer()
        EOFPacket().encode(into: &eof)
        let packets = [ByteBuffer(bytes: [0x00] + Array(repeating: 1, count: 19)), ByteBuffer(bytes: [0x00] + Array(repeating: 2, count: 30)), eof]
        #expect(try trace(&m, packets) == ["event(19 bytes)", "event(30 bytes)", "done(affected: 0, final: true)"])
        var failing = CommandStateMachine(kind: .binlogDump, capabilities: [.protocol41])
        var err = ByteBuffer()
        ERRPacket(errorCode: 1236, message: "Could not find first log file name in binary log index file").encode(into: &err)
        #expect(try trace(&failing, [err]) == ["failed(1236)"])
    }

    @Test func garbageIsAViolation() throws {
        var m = CommandStateMachine(kind: .query, capabilities: [.protocol41])
        #expect(try trace(&m, [ByteBuffer(bytes: [0xFC])]) == ["violation"])
    }
}

@Suite struct ConnectionStateMachineTests {
    func settings(tls: ConnectionStateMachine.TLSWish) -> ConnectionStateMachine.Settings {
        .init(
            credentials: .init(username: "root", password: "", database: nil, serverPublicKeyPEM: nil, allowPublicKeyRetrieval: false),
            tls: tls, collation: 45, connectionAttributes: [], multiStatements: false, localInfile: true)
    }

    func greeting(_ capabilities: CapabilityFlags) -> MySQLPacket {
        var b = ByteBuffer()
        HandshakeV10(
            serverVersion: "10.11.6-MariaDB", connectionID: 3, authPluginData: Array(repeating: 1, count: 20), capabilities: capabilities,
            characterSet: 45, statusFlags: .autocommit, authPluginName: "mysql_native_password"
        ).encode(into: &b)
        return MySQLPacket(sequenceID: 0, payload: b)
    }

    @Test func requiredTLSWithoutServerSupportFails() {
        var m = ConnectionStateMachine(settings: settings(tls: .required))
        guard case .closeWithError(let error) = m.packetReceived(greeting([.protocol41, .secureConnection, .pluginAuth])) else {
            Issue.record("expected failure")
            return
        }
        #expect(error.code == .tlsUnavailable)
    }

    @Test func preferredTLSFallsBackToPlain() {
        var m = ConnectionStateMachine(settings: settings(tls: .preferred))
        guard case .sendHandshakeResponse(let response) = m.packetReceived(greeting([.protocol41, .secureConnection, .pluginAuth])) else {
            Issue.record("expected a plain handshake response")
            return
        }
        #expect(!response.capabilities.contains(.ssl))
        #expect(response.username == "root")
    }

    @Test func tlsThenLoginThenReady() {
        var m = ConnectionStateMachine(settings: settings(tls: .required))
        guard case .sendSSLRequestAndStartTLS(let request) = m.packetReceived(greeting([.protocol41, .secureConnection, .pluginAuth, .ssl, .deprecateEOF])) else {
            Issue.record("expected an SSL request")
            return
        }
        #expect(request.capabilities.contains(.ssl))
        guard case .sendHandshakeResponse(let response) = m.tlsStarted() else {
            Issue.record("expected the handshake response after TLS")
            return
        }
        #expect(response.capabilities.contains(.ssl))
        #expect(response.capabilities.contains(.deprecateEOF))
        var ok = ByteBuffer()
        OKPacket().encode(into: &ok)
        guard case .authenticated(let session) = m.packetReceived(MySQLPacket(sequenceID: 3, payload: ok)) else {
            Issue.record("expected login to succeed")
            return
        }
        #expect(session.isTLS)
        #expect(m.isReady)
    }

    @Test func errWhileIdleClosesWithTheServersReason() {
        var m = ConnectionStateMachine(settings: settings(tls: .disabled))
        _ = m.packetReceived(greeting([.protocol41, .secureConnection, .pluginAuth]))
        var ok = ByteBuffer()
        OKPacket().encode(into: &ok)
        _ = m.packetReceived(MySQLPacket(sequenceID: 2, payload: ok))
        #expect(m.isReady)
        var err = ByteBuffer()
        ERRPacket(errorCode: 4031, message: "The client was disconnected by the server because of inactivity.").encode(into: &err)
        guard case .closeWithError(let error) = m.packetReceived(MySQLPacket(sequenceID: 0, payload: err)) else {
            Issue.record("expected the connection to close")
            return
        }
        #expect(error.code == .connectionClosed)
        #expect(error.errorNumber == 4031)
    }

    @Test func serverRefusalBeforeGreeting() {
        var m = ConnectionStateMachine(settings: settings(tls: .disabled))
        var err = ByteBuffer()
        ERRPacket(errorCode: 1040, message: "Too many connections").encode(into: &err)
        guard case .closeWithError(let error) = m.packetReceived(MySQLPacket(sequenceID: 0, payload: err)) else {
            Issue.record("expected failure")
            return
        }
        #expect(error.code == .connectFailed)
        #expect(error.serverError?.errorCode == 1040)
    }
}
