import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Loopback TCP helpers: picking a free port and probing for the MariaDB handshake.
enum LoopbackPort {
    /// Ports handed out by this process and not yet released, so two servers started in parallel
    /// never get the same port from the kernel's ephemeral-port allocator.
    private static let reserved = Locked<Set<Int>>([])

    /// A port that was free a moment ago (bind to port 0, read it back, close). Another process
    /// can still grab it before `mariadbd` binds, so callers retry on "Address already in use".
    static func reserveFreePort() throws -> Int {
        for _ in 0..<50 {
            let port = try kernelAssignedPort()
            let isNew = reserved.withLock { $0.insert(port).inserted }
            if isNew { return port }
        }
        throw MariaDBHarnessError.serverUnavailable("could not find a free loopback TCP port")
    }

    static func release(_ port: Int) {
        _ = reserved.withLock { $0.remove(port) }
    }

    private static func kernelAssignedPort() throws -> Int {
        let fd = socket(AF_INET, socketStreamType, 0)
        guard fd >= 0 else { throw posixError("socket") }
        defer { close(fd) }
        var address = loopbackAddress(port: 0)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0 else { throw posixError("bind") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard named == 0 else { throw posixError("getsockname") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// True when something on 127.0.0.1:`port` sends a MySQL protocol-10 handshake packet
    /// (3-byte length, 1-byte sequence id, then protocol version 10).
    static func answersWithHandshake(port: Int, timeout: TimeInterval = 1) -> Bool {
        let fd = socket(AF_INET, socketStreamType, 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var tv = timeval(tv_sec: Int(timeout), tv_usec: suseconds_tFrom(timeout))
        _ = setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        _ = setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        var address = loopbackAddress(port: port)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { return false }
        var header = [UInt8](repeating: 0, count: 5)
        var received = 0
        while received < header.count {
            let n = header.withUnsafeMutableBytes { buffer in
                recv(fd, buffer.baseAddress! + received, buffer.count - received, 0)
            }
            if n <= 0 { return false }
            received += n
        }
        return header[3] == 0 && header[4] == 10
    }

    private static var socketStreamType: Int32 {
        #if os(Linux)
        return Int32(SOCK_STREAM.rawValue)
        #else
        return SOCK_STREAM
        #endif
    }

    private static func suseconds_tFrom(_ timeout: TimeInterval) -> suseconds_t {
        suseconds_t((timeout - timeout.rounded(.down)) * 1_000_000)
    }

    private static func loopbackAddress(port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        #if !os(Linux)
        address.sin_len = UInt8(MemoryLayout<sockaddr_in>.size)
        #endif
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return address
    }

    private static func posixError(_ call: String) -> MariaDBHarnessError {
        .serverUnavailable("\(call) failed: \(String(cString: strerror(errno)))")
    }
}
