import Foundation
import MySQLProtocol
import NIOCore
import Testing
import _CryptoExtras

@testable import MySQLClient

/// Login exchanges driven by packets built from the protocol documentation, including what
/// MariaDB cannot show (caching_sha2_password's full authentication).
@Suite struct AuthenticationStateMachineTests {
    static let nonce = Array(UInt8(1)...UInt8(20))

    func handshake(plugin: String?, capabilities: CapabilityFlags = [.protocol41, .secureConnection, .pluginAuth, .pluginAuthLenencClientData, .ssl, .deprecateEOF]) -> HandshakeV10 {
        HandshakeV10(
            serverVersion: "8.0.36", connectionID: 9, authPluginData: Self.nonce, capabilities: capabilities, characterSet: 255,
            statusFlags: .autocommit, authPluginName: plugin)
    }

    func credentials(password: String = "secret", key: String? = nil, retrieve: Bool = true) -> AuthenticationStateMachine.Credentials {
        .init(username: "u", password: password, database: nil, serverPublicKeyPEM: key, allowPublicKeyRetrieval: retrieve)
    }

    func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }

    func packet(_ bytes: [UInt8]) -> ByteBuffer { ByteBuffer(bytes: bytes) }

    @Test func nativePasswordScramble() {
        let auth = AuthenticationStateMachine(credentials: credentials(), handshake: handshake(plugin: "mysql_native_password"), isSecure: false)
        #expect(auth.initialPlugin == "mysql_native_password")
        // Expected: SHA1(pw) XOR SHA1(nonce + SHA1(SHA1(pw))), computed with Python's hashlib.
        #expect(hex(auth.initialResponse(nonce: Self.nonce)) == "b32bb3a583e1340c0a1108d58b1be49781ad8c2f")
        #expect(AuthPlugin.nativeScramble(password: "", nonce: Self.nonce).isEmpty, "an empty password sends an empty response")
    }

    @Test func cachingSHA2FastPath() {
        var auth = AuthenticationStateMachine(credentials: credentials(), handshake: handshake(plugin: "caching_sha2_password"), isSecure: false)
        // Expected: SHA256(pw) XOR SHA256(SHA256(SHA256(pw)) + nonce), computed with Python's hashlib.
        #expect(hex(auth.initialResponse(nonce: Self.nonce)) == "746ebe205d56a0707acb3e796e834e0dd7b1d61743b26bd5202c7a623230c7c9")
        #expect(auth.packetReceived(packet([0x01, 0x03])) == .wait)
        #expect(auth.packetReceived(packet([0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00])) == .succeeded)
    }

    @Test func cachingSHA2FullAuthOverTLSSendsThePassword() {
        var auth = AuthenticationStateMachine(credentials: credentials(), handshake: handshake(plugin: "caching_sha2_password"), isSecure: true)
        #expect(auth.packetReceived(packet([0x01, 0x04])) == .send(Array("secret".utf8) + [0]))
        #expect(auth.packetReceived(packet([0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00])) == .succeeded)
    }

    @Test func cachingSHA2FullAuthWithoutTLSRequestsTheKeyAndEncrypts() throws {
        let serverKey = try _RSA.Encryption.PrivateKey(keySize: .bits2048)
        var auth = AuthenticationStateMachine(credentials: credentials(), handshake: handshake(plugin: "caching_sha2_password"), isSecure: false)
        #expect(auth.packetReceived(packet([0x01, 0x04])) == .send([0x02]), "asks for the server's public key")
        let action = auth.packetReceived(packet([0x01] + Array(serverKey.publicKey.pemRepresentation.utf8)))
        guard case .send(let encrypted) = action else {
            Issue.record("expected the encrypted password, got \(action)")
            return
        }
        #expect(encrypted.count == 256)
        let plain = Array(try serverKey.decrypt(encrypted, padding: .PKCS1_OAEP))
        let unxored = plain.enumerated().map { $0.element ^ Self.nonce[$0.offset % Self.nonce.count] }
        #expect(unxored == Array("secret".utf8) + [0])
        #expect(auth.packetReceived(packet([0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00])) == .succeeded)
    }

    @Test func cachingSHA2FullAuthWithConfiguredKey() throws {
        let serverKey = try _RSA.Encryption.PrivateKey(keySize: .bits2048)
        var auth = AuthenticationStateMachine(
            credentials: credentials(key: serverKey.publicKey.pemRepresentation), handshake: handshake(plugin: "caching_sha2_password"), isSecure: false)
        guard case .send(let encrypted) = auth.packetReceived(packet([0x01, 0x04])) else {
            Issue.record("expected the encrypted password without asking for the key")
            return
        }
        #expect(encrypted.count == 256)
    }

    @Test func cachingSHA2FullAuthRefusedWithoutKeyOrTLS() {
        var auth = AuthenticationStateMachine(
            credentials: credentials(retrieve: false), handshake: handshake(plugin: "caching_sha2_password"), isSecure: false)
        guard case .failed(let code, let message, _) = auth.packetReceived(packet([0x01, 0x04])) else {
            Issue.record("expected a failure")
            return
        }
        #expect(code == .authenticationFailed)
        #expect(message.contains("TLS"))
    }

    @Test func authSwitchToEd25519() {
        var auth = AuthenticationStateMachine(credentials: credentials(), handshake: handshake(plugin: "mysql_native_password"), isSecure: false)
        let nonce = Array(repeating: UInt8(9), count: 32)
        let action = auth.packetReceived(packet([0xFE] + Array("client_ed25519".utf8) + [0] + nonce))
        #expect(action == .send(MariaDBEd25519.sign(message: nonce, password: Array("secret".utf8))))
    }

    @Test func authSwitchToUnknownPluginIsAClearError() {
        var auth = AuthenticationStateMachine(credentials: credentials(), handshake: handshake(plugin: "mysql_native_password"), isSecure: false)
        guard case .failed(let code, let message, _) = auth.packetReceived(packet([0xFE] + Array("auth_gssapi_client".utf8) + [0, 1, 2])) else {
            Issue.record("expected a failure")
            return
        }
        #expect(code == .unsupportedAuthPlugin)
        #expect(message.contains("auth_gssapi_client"))
    }

    @Test func unknownDefaultPluginFallsBackToNative() {
        let auth = AuthenticationStateMachine(credentials: credentials(), handshake: handshake(plugin: "some_future_plugin"), isSecure: false)
        #expect(auth.initialPlugin == "mysql_native_password")
    }

    @Test func clearPasswordRefusedWithoutTLS() {
        var auth = AuthenticationStateMachine(credentials: credentials(), handshake: handshake(plugin: "mysql_native_password"), isSecure: false)
        guard case .failed(let code, _, _) = auth.packetReceived(packet([0xFE] + Array("mysql_clear_password".utf8) + [0])) else {
            Issue.record("expected a failure")
            return
        }
        #expect(code == .authenticationFailed)
    }

    @Test func accessDenied() {
        var auth = AuthenticationStateMachine(credentials: credentials(), handshake: handshake(plugin: "mysql_native_password"), isSecure: false)
        var err = ByteBuffer()
        ERRPacket(errorCode: 1045, sqlState: "28000", message: "Access denied for user 'u'@'localhost' (using password: YES)").encode(into: &err)
        guard case .failed(let code, let message, let packet) = auth.packetReceived(err) else {
            Issue.record("expected a failure")
            return
        }
        #expect(code == .authenticationFailed)
        #expect(message.contains("Access denied"))
        #expect(packet?.errorCode == 1045)
    }
}
