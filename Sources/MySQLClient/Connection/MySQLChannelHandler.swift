import Logging
import MySQLProtocol
import NIOCore
import NIOSSL
import NIOTLS

/// The only place where the protocol state machine meets the channel: it frames packets, feeds
/// them to `ConnectionStateMachine`, and carries out the actions, one command at a time.
final class MySQLChannelHandler: ChannelDuplexHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundIn = MySQLRequest
    typealias OutboundOut = ByteBuffer

    struct TLSSetup {
        var context: NIOSSLContext
        var serverHostname: String?
        /// For verify-identity: the name the certificate must carry.
        var expectedIdentity: String?
    }

    private var state: ConnectionStateMachine
    private var decoder: NIOSingleStepByteToMessageProcessor<MySQLPacketDecoder>
    private let tls: TLSSetup?
    private let logger: Logger
    private let connectPromise: EventLoopPromise<ConnectionStateMachine.Session>
    private var connected = false

    private var queue = CircularBuffer<PendingCommand>()
    private var current: PendingCommand?
    /// Events decoded in this read burst, handed to the stream together on read-complete.
    private var pendingEvents: [MySQLStreamEvent] = []
    /// The current stream's consumer is gone: drain its rows without delivering them.
    private var discarding = false
    /// A LOCAL INFILE request the caller could not serve; reported when the command ends.
    private var refusedLocalInfile: String?
    /// The server waits for a local file that was handed to the caller.
    private var localInfileOutstanding: String?
    /// Streams whose consumer left while their command was still queued.
    private var abandonedStreams = Set<ObjectIdentifier>()
    private var readPaused = false
    private var readPending = false
    private var nextSequenceID: UInt8 = 0
    private var closeError: MySQLError?
    private var context: ChannelHandlerContext?

    private let tracker: CommandTracker

    init(
        settings: ConnectionStateMachine.Settings, tls: TLSSetup?, maxPacketSize: Int, tracker: CommandTracker, logger: Logger,
        connectPromise: EventLoopPromise<ConnectionStateMachine.Session>
    ) {
        self.tracker = tracker
        self.state = ConnectionStateMachine(settings: settings)
        self.decoder = NIOSingleStepByteToMessageProcessor(MySQLPacketDecoder(maxPacketSize: maxPacketSize))
        self.tls = tls
        self.logger = logger
        self.connectPromise = connectPromise
    }

    func handlerAdded(context: ChannelHandlerContext) { self.context = context }

    // MARK: Inbound

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let bytes = self.unwrapInboundIn(data)
        do {
            try self.decoder.process(buffer: bytes) { packet in
                self.nextSequenceID = packet.sequenceID &+ 1
                self.run(self.state.packetReceived(packet), context: context)
            }
        } catch {
            self.run(self.state.close(.protocolViolation(error)), context: context)
        }
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        self.flushEvents()
        context.fireChannelReadComplete()
    }

    func channelInactive(context: ChannelHandlerContext) {
        self.state.closed()
        // Commands written from now on fail at once instead of waiting for a ready state.
        if self.closeError == nil { self.closeError = MySQLError(.connectionClosed, "the server closed the connection") }
        self.failAll(self.closeError!)
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        let mysqlError: MySQLError
        if let e = error as? MySQLError {
            mysqlError = e
        } else if error is NIOSSLError || error is BoringSSLError || "\(type(of: error))".contains("SSL") {
            mysqlError = MySQLError(.tlsFailed, "TLS failed: \(error)", underlying: error)
        } else {
            mysqlError = MySQLError(self.connected ? .connectionClosed : .connectFailed, "connection error: \(error)", underlying: error)
        }
        self.run(self.state.close(mysqlError), context: context)
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if case IdleStateHandler.IdleStateEvent.read = event {
            // A binlog stream with heartbeats went silent: the server or the network is gone.
            // While our reader holds reads back, silence is ours, not the server's.
            if !self.readPaused {
                self.run(self.state.close(MySQLError(.connectionClosed, "no binlog event or heartbeat from the server in time; the connection is dead")), context: context)
            }
            return
        }
        guard case TLSUserEvent.handshakeCompleted = event else {
            context.fireUserInboundEventTriggered(event)
            return
        }
        if let expected = self.tls?.expectedIdentity {
            do {
                let tlsHandler = try context.pipeline.syncOperations.handler(type: NIOSSLClientHandler.self)
                guard let certificate = tlsHandler.peerCertificate else {
                    throw MySQLError(.tlsFailed, "the server presented no certificate")
                }
                try TLSIdentity.check(certificate, expected: expected)
            } catch {
                let mysqlError = error as? MySQLError ?? MySQLError(.tlsFailed, "cannot check the server's certificate: \(error)", underlying: error)
                self.run(self.state.close(mysqlError), context: context)
                return
            }
        }
        self.run(self.state.tlsStarted(), context: context)
    }

    // MARK: Outbound

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        switch self.unwrapOutboundIn(data) {
        case .command(let command):
            if let closeError = self.closeError {
                command.fail(closeError)
            } else {
                self.queue.append(command)
                self.startNextCommand(context: context)
            }
            promise?.succeed()
        case .localInfileData(let chunk):
            guard self.localInfileOutstanding != nil else {
                promise?.fail(MySQLError(.localInfileRefused, "the server no longer waits for the local file"))
                return
            }
            self.writePacket(chunk, context: context, promise: promise, flush: false)
        case .localInfileEnd(let refused):
            guard self.localInfileOutstanding != nil else {
                promise?.succeed()  // already refused on the caller's behalf
                return
            }
            self.localInfileOutstanding = nil
            if let refused { self.refusedLocalInfile = refused }
            self.writePacket(ByteBuffer(), context: context, promise: promise, flush: true)
            self.state.localInfileSent()
        }
    }

    func read(context: ChannelHandlerContext) {
        if self.readPaused {
            self.readPending = true
        } else {
            context.read()
        }
    }

    func triggerUserOutboundEvent(context: ChannelHandlerContext, event: Any, promise: EventLoopPromise<Void>?) {
        guard let control = event as? MySQLStreamControl else {
            context.triggerUserOutboundEvent(event, promise: promise)
            return
        }
        promise?.succeed()
        let currentID: ObjectIdentifier? = if case .stream(_, let id)? = self.current?.sink { id } else { nil }
        switch control {
        case .produceMore(let streamID) where streamID == currentID:
            self.resumeReading(context: context)
        case .terminated(let streamID) where streamID == currentID:
            self.abandonCurrentStream(context: context)
        case .terminated(let streamID):
            if self.queue.contains(where: { if case .stream(_, let id) = $0.sink { id == streamID } else { false } }) {
                self.abandonedStreams.insert(streamID)
            }
        default:
            break
        }
    }

    func close(context: ChannelHandlerContext, mode: CloseMode, promise: EventLoopPromise<Void>?) {
        if self.closeError == nil { self.closeError = .closed }
        context.close(mode: mode, promise: promise)
    }

    // MARK: Running actions

    private func run(_ action: ConnectionStateMachine.Action, context: ChannelHandlerContext) {
        switch action {
        case .wait:
            break
        case .sendSSLRequestAndStartTLS(let request):
            self.writePacket(context: context, flush: true) { request.encode(into: &$0) }
            guard let tls = self.tls else {
                self.run(self.state.close(MySQLError(.tlsFailed, "TLS requested without a TLS configuration")), context: context)
                return
            }
            do {
                let handler = try NIOSSLClientHandler(context: tls.context, serverHostname: tls.serverHostname)
                try context.pipeline.syncOperations.addHandler(handler, position: .first)
            } catch {
                self.run(self.state.close(MySQLError(.tlsFailed, "cannot start TLS: \(error)", underlying: error)), context: context)
            }
            // The login continues once the handshake completed and the certificate was checked,
            // so nothing derived from the password leaves before that.
        case .sendHandshakeResponse(let response):
            self.writePacket(context: context, flush: true) { response.encode(into: &$0) }
        case .sendAuthData(let bytes):
            self.writePacket(context: context, flush: true) { $0.writeBytes(bytes) }
        case .authenticated(let session):
            self.connected = true
            self.connectPromise.succeed(session)
            self.startNextCommand(context: context)
        case .command(let commandAction):
            self.runCommandAction(commandAction, context: context)
        case .closeWithError(let error):
            if self.closeError == nil { self.closeError = error }
            self.connectPromise.fail(error)
            self.failAll(error)
            context.close(promise: nil)
        }
    }

    private func runCommandAction(_ action: CommandStateMachine.Action, context: ChannelHandlerContext) {
        guard let command = self.current else { return }
        switch action {
        case .wait:
            break
        case .columns(let columns):
            self.emit(.columns(columns))
        case .row(let row):
            self.emit(.row(row))
        case .binlogEvent(let event):
            self.emit(.binlogEvent(event))
        case .resultDone(let ok, let final):
            if case .ok(let promise) = command.sink {
                promise.succeed(ok)
            } else {
                self.emit(.result(ok))
            }
            if final { self.finishCurrent(context: context, error: nil) }
        case .localInfileRequested(let filename):
            self.localInfileOutstanding = filename
            if self.discarding {
                self.refuseOutstandingLocalInfile(context: context)
            } else {
                self.emit(.localInfile(filename))
                self.flushEvents()
            }
        case .prepared(let prepared):
            if case .prepared(let promise) = command.sink { promise.succeed(prepared) }
            self.finishCurrent(context: context, error: nil)
        case .failed(let err):
            self.finishCurrent(context: context, error: MySQLError.server(err, query: command.sql))
        case .violation:
            break  // the connection state machine closes the connection on the next action
        }
    }

    private func emit(_ event: MySQLStreamEvent) {
        guard !self.discarding else { return }
        self.pendingEvents.append(event)
    }

    private func flushEvents() {
        guard !self.pendingEvents.isEmpty, case .stream(let source, _)? = self.current?.sink else { return }
        let events = self.pendingEvents
        self.pendingEvents.removeAll(keepingCapacity: true)
        switch source.yield(contentsOf: events) {
        case .stopProducing: self.readPaused = true
        case .produceMore: break
        case .dropped: self.abandonCurrentStream(context: self.context!)
        }
    }

    /// The consumer of the current stream is gone: drop its rows, and refuse a local file the
    /// server is waiting for, so the connection comes back to ready.
    private func abandonCurrentStream(context: ChannelHandlerContext) {
        // A binlog dump never ends by itself: the only way to stop it is to close the connection.
        if case .replication? = self.current?.payload {
            self.run(self.state.close(MySQLError(.connectionClosed, "the binlog stream was stopped by its reader")), context: context)
            return
        }
        self.discarding = true
        self.pendingEvents.removeAll()
        self.refuseOutstandingLocalInfile(context: context)
        self.resumeReading(context: context)
    }

    private func refuseOutstandingLocalInfile(context: ChannelHandlerContext) {
        guard let filename = self.localInfileOutstanding else { return }
        self.localInfileOutstanding = nil
        self.refusedLocalInfile = filename
        self.writePacket(ByteBuffer(), context: context, promise: nil, flush: true)
        self.state.localInfileSent()
    }

    private func finishCurrent(context: ChannelHandlerContext, error: MySQLError?) {
        guard let command = self.current else { return }
        var error = error
        if error == nil, let refused = self.refusedLocalInfile {
            error = MySQLError(.localInfileRefused, "the server asked for local file '\(refused)', which was not given to the query", query: command.sql)
        }
        if case .stream(let source, _) = command.sink {
            self.flushEvents()
            if let error { source.finish(error) } else { source.finish() }
        } else if let error {
            command.fail(error)
        }
        self.current = nil
        self.tracker.finished()
        self.discarding = false
        self.refusedLocalInfile = nil
        self.localInfileOutstanding = nil
        self.pendingEvents.removeAll(keepingCapacity: true)
        self.resumeReading(context: context)
        self.startNextCommand(context: context)
    }

    private func startNextCommand(context: ChannelHandlerContext) {
        while self.current == nil, self.state.isReady, let command = self.queue.popFirst() {
            self.nextSequenceID = 0
            // State first: a failing write closes the channel re-entrantly, and the close path
            // must find this command to fail it.
            if let kind = command.kind {
                self.current = command
                self.state.commandSent(kind)
                self.tracker.started(command.serial)
                if case .stream(_, let id) = command.sink, self.abandonedStreams.remove(id) != nil {
                    self.abandonCurrentStream(context: context)  // a dump closes the connection
                    if case .replication = command.payload { return }
                }
            }
            self.writePacket(context: context, flush: true) { command.encode(into: &$0) }
            if command.kind == nil, case .noResponse(let promise) = command.sink { promise.succeed() }
        }
    }

    private func resumeReading(context: ChannelHandlerContext) {
        self.readPaused = false
        if self.readPending {
            self.readPending = false
            context.read()
        }
    }

    private func failAll(_ error: MySQLError) {
        self.tracker.finished()
        self.pendingEvents.removeAll()
        if let current = self.current {
            self.current = nil
            current.fail(error)
        }
        while let command = self.queue.popFirst() { command.fail(error) }
        self.connectPromise.fail(error)
    }

    // MARK: Writing packets

    private func writePacket(context: ChannelHandlerContext, flush: Bool, _ body: (inout ByteBuffer) -> Void) {
        var buffer = context.channel.allocator.buffer(capacity: 256)
        self.nextSequenceID = buffer.writeMySQLPacket(sequenceID: self.nextSequenceID, body)
        if flush {
            context.writeAndFlush(self.wrapOutboundOut(buffer), promise: nil)
        } else {
            context.write(self.wrapOutboundOut(buffer), promise: nil)
        }
    }

    private func writePacket(_ payload: ByteBuffer, context: ChannelHandlerContext, promise: EventLoopPromise<Void>?, flush: Bool) {
        var buffer = context.channel.allocator.buffer(capacity: payload.readableBytes + 8)
        self.nextSequenceID = buffer.writeMySQLPacket(payload, sequenceID: self.nextSequenceID)
        if flush {
            context.writeAndFlush(self.wrapOutboundOut(buffer), promise: promise)
        } else {
            context.write(self.wrapOutboundOut(buffer), promise: promise)
        }
    }
}
