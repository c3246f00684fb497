import NIOCore
import NIOSSL

/// verify-identity: the certificate must name the host we meant. NIOSSL's own check accepts a
/// certificate that lists the peer's IP address even when a different host name was asked for,
/// so the name is checked here, against the subjectAlternativeName entries.
enum TLSIdentity {
    static func check(_ certificate: NIOSSLCertificate, expected name: String) throws {
        let names = certificate._subjectAlternativeNames()
        let expectedIP = Self.ipBytes(name)
        var listed: [String] = []
        for entry in names {
            let contents = Array(entry.contents)
            switch entry.nameType {
            case .dnsName:
                let dns = String(decoding: contents, as: UTF8.self)
                listed.append(dns)
                if expectedIP == nil && Self.matches(dnsName: dns, host: name) { return }
            case .ipAddress:
                listed.append(contents.map(String.init).joined(separator: "."))
                if let expectedIP, expectedIP == contents { return }
            default:
                continue
            }
        }
        throw MySQLError(
            .tlsFailed,
            "the server's certificate is not issued for '\(name)' (it names: \(listed.isEmpty ? "nothing" : listed.joined(separator: ", ")))")
    }

    /// Case-insensitive match with a wildcard allowed as the whole leftmost label.
    static func matches(dnsName: String, host: String) -> Bool {
        let pattern = dnsName.lowercased().split(separator: ".", omittingEmptySubsequences: false)
        let labels = host.lowercased().split(separator: ".", omittingEmptySubsequences: false)
        guard pattern.count == labels.count, !pattern.isEmpty else { return false }
        for (i, (p, l)) in zip(pattern, labels).enumerated() {
            if i == 0 && p == "*" && pattern.count > 2 { continue }
            if p != l { return false }
        }
        return true
    }

    static func ipBytes(_ host: String) -> [UInt8]? {
        guard let address = try? SocketAddress(ipAddress: host, port: 0) else { return nil }
        switch address {
        case .v4(let v4):
            return withUnsafeBytes(of: v4.address.sin_addr) { Array($0) }
        case .v6(let v6):
            return withUnsafeBytes(of: v6.address.sin6_addr) { Array($0) }
        default:
            return nil
        }
    }
}
