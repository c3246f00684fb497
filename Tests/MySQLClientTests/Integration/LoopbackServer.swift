import NIOCore
import NIOPosix

/// A throwaway TCP server on 127.0.0.1 whose connections get a handler of the test's making:
/// for playing servers that misbehave, or exchanges MariaDB cannot produce.
func withLoopbackServer<T>(
    _ makeHandler: @escaping @Sendable () -> any ChannelHandler & Sendable, _ body: (_ port: Int) async throws -> T
) async throws -> T {
    let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
        .childChannelInitializer { channel in
            channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(makeHandler()) }
        }
        .bind(host: "127.0.0.1", port: 0).get()
    do {
        let result = try await body(channel.localAddress!.port!)
        try await channel.close()
        return result
    } catch {
        try? await channel.close()
        throw error
    }
}
