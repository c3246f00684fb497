import NIOCore
import NIOHTTP1
import NIOPosix

/// `dm run --status-addr`: a small HTTP server with the task's status as JSON at `/status`,
/// Prometheus metrics at `/metrics`, and a page that shows the status at `/`.
public final class StatusServer: Sendable {
    public struct Response: Sendable {
        public var status: HTTPResponseStatus
        public var contentType: String
        public var body: String
    }

    private let channel: any Channel

    /// Binds `host:port` (port 0: any free port) and serves `respond(path)` for every GET.
    public static func start(host: String, port: Int, respond: @escaping @Sendable (String) -> Response) async throws -> StatusServer {
        let bootstrap = ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.backlog, value: 32)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(StatusHTTPHandler(respond: respond))
                }
            }
        do {
            return StatusServer(channel: try await bootstrap.bind(host: host, port: port).get())
        } catch {
            throw MigrationError("cannot listen for the status endpoint on \(host):\(port): \(error)")
        }
    }

    private init(channel: any Channel) {
        self.channel = channel
    }

    /// The port it listens on.
    public var port: Int { self.channel.localAddress?.port ?? 0 }

    public func stop() async {
        try? await self.channel.close()
    }

    /// `/status`, `/metrics` and `/` for a task run.
    public static func routes(_ run: TaskRun) -> @Sendable (String) -> Response {
        { path in
            switch path.split(separator: "?").first.map(String.init) ?? path {
            case "/status": Response(status: .ok, contentType: "application/json", body: TaskStatusReport(run).json() + "\n")
            case "/metrics": Response(status: .ok, contentType: "text/plain; version=0.0.4", body: PrometheusText.metrics(TaskStatusReport(run)))
            case "/": Response(status: .ok, contentType: "text/html; charset=utf-8", body: StatusPage.html(TaskStatusReport(run)))
            default: Response(status: .notFound, contentType: "text/plain", body: "not found; try /status, /metrics or /\n")
            }
        }
    }
}

/// Answers each GET request with the route's response; keep-alive is handled by the pipeline.
private final class StatusHTTPHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let respond: @Sendable (String) -> StatusServer.Response
    private var request: HTTPRequestHead?

    init(respond: @escaping @Sendable (String) -> StatusServer.Response) {
        self.respond = respond
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch self.unwrapInboundIn(data) {
        case .head(let head):
            self.request = head
        case .body:
            break
        case .end:
            guard let request = self.request else { return }
            self.request = nil
            let response = request.method == .GET || request.method == .HEAD
                ? self.respond(request.uri)
                : StatusServer.Response(status: .methodNotAllowed, contentType: "text/plain", body: "only GET\n")
            var buffer = context.channel.allocator.buffer(capacity: response.body.utf8.count)
            buffer.writeString(response.body)
            var headers = HTTPHeaders()
            headers.add(name: "Content-Type", value: response.contentType)
            headers.add(name: "Content-Length", value: String(buffer.readableBytes))
            headers.add(name: "Cache-Control", value: "no-store")
            context.write(self.wrapOutboundOut(.head(HTTPResponseHead(version: request.version, status: response.status, headers: headers))), promise: nil)
            if request.method != .HEAD { context.write(self.wrapOutboundOut(.body(.byteBuffer(buffer))), promise: nil) }
            context.writeAndFlush(self.wrapOutboundOut(.end(nil)), promise: nil)
        }
    }
}
