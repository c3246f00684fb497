import Crypto
import MySQLProtocol
import _CryptoExtras

/// Scrambles of the authentication plugins this client speaks. Pure functions of password and
/// server nonce, so the state machine stays free of I/O.
enum AuthPlugin {
    static let nativePassword = "mysql_native_password"
    static let cachingSHA2 = "caching_sha2_password"
    static let ed25519 = "client_ed25519"
    static let clearPassword = "mysql_clear_password"

    static let supported: Set<String> = [nativePassword, cachingSHA2, ed25519, clearPassword]

    /// The first response for `plugin`; nil for a plugin this client does not know.
    static func response(plugin: String, password: String, nonce: [UInt8], isSecure: Bool) -> [UInt8]? {
        switch plugin {
        case nativePassword: return self.nativeScramble(password: password, nonce: nonce)
        case cachingSHA2: return self.sha256Scramble(password: password, nonce: nonce)
        case ed25519: return MariaDBEd25519.sign(message: nonce, password: Array(password.utf8))
        case clearPassword: return Array(password.utf8) + [0]
        default: return nil
        }
    }

    /// mysql_native_password: SHA1(password) XOR SHA1(nonce + SHA1(SHA1(password))).
    static func nativeScramble(password: String, nonce: [UInt8]) -> [UInt8] {
        guard !password.isEmpty else { return [] }
        let stage1 = Array(Insecure.SHA1.hash(data: Array(password.utf8)))
        let stage2 = Array(Insecure.SHA1.hash(data: stage1))
        let mix = Array(Insecure.SHA1.hash(data: Array(nonce.prefix(20)) + stage2))
        return zip(stage1, mix).map { $0 ^ $1 }
    }

    /// caching_sha2_password: SHA256(password) XOR SHA256(SHA256(SHA256(password)) + nonce).
    static func sha256Scramble(password: String, nonce: [UInt8]) -> [UInt8] {
        guard !password.isEmpty else { return [] }
        let stage1 = Array(SHA256.hash(data: Array(password.utf8)))
        let stage2 = Array(SHA256.hash(data: stage1))
        let mix = Array(SHA256.hash(data: stage2 + Array(nonce.prefix(20))))
        return zip(stage1, mix).map { $0 ^ $1 }
    }

    /// Full caching_sha2 authentication without TLS: (password + NUL) XOR nonce, encrypted with
    /// the server's RSA public key using OAEP padding (what MySQL 8.0.5+ expects).
    static func rsaEncryptedPassword(password: String, nonce: [UInt8], publicKeyPEM: String) throws -> [UInt8] {
        let plain = Array(password.utf8) + [0]
        let nonce = nonce.isEmpty ? [0] : Array(nonce.prefix(20))
        let xored = plain.enumerated().map { $0.element ^ nonce[$0.offset % nonce.count] }
        let key = try _RSA.Encryption.PublicKey(pemRepresentation: publicKeyPEM)
        return Array(try key.encrypt(xored, padding: .PKCS1_OAEP))
    }
}
