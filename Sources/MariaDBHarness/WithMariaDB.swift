import Foundation

/// Starts one server, runs `body`, and stops the server (deleting its data) afterwards,
/// also when `body` throws.
///
///     try await withMariaDB { server in
///         try server.cli("CREATE TABLE test.t (id INT PRIMARY KEY)")
///     }
public func withMariaDB<T>(
    options: MariaDBServerOptions = MariaDBServerOptions(),
    isolation: isolated (any Actor)? = #isolation,
    _ body: (MariaDBServer) async throws -> T
) async throws -> T {
    let server = try await MariaDBHarness.startServer(options: options)
    do {
        let result = try await body(server)
        await MariaDBHarness.stop([server])
        return result
    } catch {
        await MariaDBHarness.stop([server])
        throw error
    }
}

/// Starts `count` servers (distinct server IDs, same options) in parallel, runs `body`, and
/// stops them all afterwards, also when `body` throws.
///
///     try await withMariaDB(count: 2) { servers in
///         let (source, target) = (servers[0], servers[1])
///     }
public func withMariaDB<T>(
    count: Int,
    options: MariaDBServerOptions = MariaDBServerOptions(),
    isolation: isolated (any Actor)? = #isolation,
    _ body: ([MariaDBServer]) async throws -> T
) async throws -> T {
    let servers = try await MariaDBHarness.startServers(count: count, options: options)
    do {
        let result = try await body(servers)
        await MariaDBHarness.stop(servers)
        return result
    } catch {
        await MariaDBHarness.stop(servers)
        throw error
    }
}
