import Foundation

/// Per-server settings for `MariaDBHarness.startServer(options:)` and `withMariaDB`.
public struct MariaDBServerOptions: Sendable {
    /// Extra `mariadbd` arguments, appended after the harness defaults (for `mariadbd` the last
    /// occurrence of an option wins, so these can also override defaults). Examples:
    /// `TLSFixture.serverArguments`, `--plugin-load-add=auth_ed25519`, `--local-infile=1`,
    /// `--max-allowed-packet=64M`, `--skip-log-bin`, `--character-set-server=utf8mb4`.
    public var extraArguments: [String]
    /// A fixed `server_id`. `nil` takes the next value of a process-wide counter (1, 2, 3, ...),
    /// so servers started by one process never collide. With `count: n`, server `i` gets `serverID + i`.
    public var serverID: UInt32?
    /// How long to wait for the server to accept connections before failing with its log tail.
    /// Generous by default: CI machines running a parallel build can be very slow.
    public var startupTimeout: TimeInterval
    /// How long `stop()` waits after SIGTERM before sending SIGKILL.
    public var shutdownTimeout: TimeInterval

    public init(
        extraArguments: [String] = [],
        serverID: UInt32? = nil,
        startupTimeout: TimeInterval = 60,
        shutdownTimeout: TimeInterval = 10
    ) {
        self.extraArguments = extraArguments
        self.serverID = serverID
        self.startupTimeout = startupTimeout
        self.shutdownTimeout = shutdownTimeout
    }
}
