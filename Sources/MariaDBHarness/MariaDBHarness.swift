import Foundation

/// Entry points for starting throwaway MariaDB servers in tests.
///
/// All async functions do their blocking work (copying the data directory, waiting for
/// `mariadbd`) on dedicated threads, not on the cooperative thread pool.
///
///     let server = try await MariaDBHarness.startServer()
///     defer { server.stop() }
///     try server.cli("CREATE DATABASE app")
///
/// or, stopping also when the body throws:
///
///     try await withMariaDB(count: 2) { servers in ... }
public enum MariaDBHarness {
    /// Starts one server and waits until it answers on TCP (~0.4 s once the per-process template
    /// exists: ~0.2 s copying the data directory, ~0.15 s server start; the first call in a
    /// process also bootstraps the template, ~0.9 s on an idle 2-core machine).
    /// The caller must `stop()` it (or use `withMariaDB`); leftovers are stopped at process exit.
    public static func startServer(options: MariaDBServerOptions = MariaDBServerOptions()) async throws -> MariaDBServer {
        let serverID = options.serverID ?? MariaDBServer.nextServerID()
        return try await runOffPool { try MariaDBServer.start(options: options, serverID: serverID, isShared: false) }
    }

    /// Starts `count` servers in parallel with distinct server IDs (`options.serverID + i`, or
    /// consecutive values of the process-wide counter) and the same extra arguments.
    /// If any fails, the others are stopped and the first error is thrown.
    public static func startServers(
        count: Int,
        options: MariaDBServerOptions = MariaDBServerOptions()
    ) async throws -> [MariaDBServer] {
        precondition(count >= 0, "count must not be negative")
        let serverIDs = (0..<count).map { index in
            options.serverID.map { $0 + UInt32(index) } ?? MariaDBServer.nextServerID()
        }
        // Bootstrap the template first, so the parallel starts don't all queue on its lock.
        try await prepareTemplate()
        var results = [Result<MariaDBServer, any Error>?](repeating: nil, count: count)
        await withTaskGroup(of: (Int, Result<MariaDBServer, any Error>).self) { group in
            for (index, serverID) in serverIDs.enumerated() {
                group.addTask {
                    do {
                        let server = try await runOffPool {
                            try MariaDBServer.start(options: options, serverID: serverID, isShared: false)
                        }
                        return (index, .success(server))
                    } catch {
                        return (index, .failure(error))
                    }
                }
            }
            for await (index, result) in group { results[index] = result }
        }
        let servers = results.compactMap { try? $0?.get() }
        if let failure = results.lazy.compactMap({ result -> (any Error)? in
            if case .failure(let error) = result { return error }
            return nil
        }).first {
            await stop(servers)
            throw failure
        }
        return servers
    }

    /// Stops servers in parallel (each: SIGTERM, wait, SIGKILL after its shutdown timeout,
    /// delete directory). The shared server is left alone.
    public static func stop(_ servers: [MariaDBServer]) async {
        await withTaskGroup(of: Void.self) { group in
            for server in servers {
                group.addTask { _ = try? await runOffPool { server.stop() } }
            }
        }
    }

    /// A process-wide server shared by all tests that ask for it: started on first use, stopped
    /// at process exit (atexit); `stop()` on it does nothing. Safe to share only for tests that
    /// keep to their own objects, e.g. a database from `createScratchDatabase()`; tests that
    /// change global state (variables, users, binlog position expectations, restarts) need their
    /// own server. A failed start is remembered and rethrown to later callers.
    public static func sharedServer() async throws -> MariaDBServer {
        try await runOffPool { try sharedServerBlocking() }
    }

    /// Blocking form of `sharedServer()`.
    public static func sharedServerBlocking() throws -> MariaDBServer {
        try shared.withLock { shared in
            if let shared { return try shared.get() }
            let result = Result {
                try MariaDBServer.start(
                    options: MariaDBServerOptions(), serverID: MariaDBServer.nextServerID(), isShared: true)
            }
            shared = result
            return try result.get()
        }
    }

    private static let shared = Locked<Result<MariaDBServer, any Error>?>(nil)

    /// Bootstraps the per-process template data directory now (otherwise the first start does).
    /// Throws `executableNotFound` if MariaDB isn't installed.
    public static func prepareTemplate() async throws {
        _ = try await runOffPool { try TemplateDataDirectory.get() }
    }

    /// How long this process's template bootstrap took (`mariadb-install-db` plus the one-time
    /// root setup), or nil if it hasn't run.
    public static var templateBootstrapDuration: TimeInterval? {
        TemplateDataDirectory.bootstrapDuration.withLock { $0 }
    }
}
