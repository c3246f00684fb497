import Foundation
import Testing

@testable import MigrationConfig

@Suite struct SecretTests {
    static let keyHex = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"

    @Test func encryptThenDecryptGivesThePassword() throws {
        let key = try SecretKeySource(hex: Self.keyHex, origin: "test")
        let ciphertext = try PasswordCipher.encrypt("s3cret pässword", with: key)
        #expect(!ciphertext.contains("s3cret"))
        #expect(PasswordCipher.decrypt(ciphertext, with: key) == "s3cret pässword")
        // A fresh nonce each time: the same password never gives the same ciphertext.
        #expect(try PasswordCipher.encrypt("s3cret pässword", with: key) != ciphertext)
    }

    @Test func anotherKeyOrATamperedCiphertextIsNotDecrypted() throws {
        let key = try SecretKeySource(hex: Self.keyHex, origin: "test")
        let other = try SecretKeySource(hex: String(repeating: "ab", count: 32), origin: "test")
        let ciphertext = try PasswordCipher.encrypt("pw", with: key)
        #expect(PasswordCipher.decrypt(ciphertext, with: other) == nil)
        var bytes = try #require(Data(base64Encoded: ciphertext))
        bytes[14] ^= 1
        #expect(PasswordCipher.decrypt(bytes.base64EncodedString(), with: key) == nil)
    }

    @Test func configWithCiphertextIsDecryptedAtLoadAndNeverPrinted() throws {
        let key = try SecretKeySource(hex: Self.keyHex, origin: "test")
        let ciphertext = try PasswordCipher.encrypt("db-pass-123", with: key)
        let yaml = "source-id: s\nfrom:\n  host: h\n  user: u\n  password: \"\(ciphertext)\"\n"
        let source = try ConfigLoader.loadSource(yaml: yaml, secrets: key).value
        #expect(source.from.password.plaintext == "db-pass-123")
        #expect(source.from.password.isEncrypted)
        #expect(!"\(source)".contains("db-pass-123"))
        #expect(!String(reflecting: source).contains("db-pass-123"))
        let masked = try source.exportYAML()
        #expect(!masked.contains("db-pass-123") && !masked.contains(ciphertext))
        // Unmasked export keeps what the user wrote (the ciphertext), not the plaintext.
        let unmasked = try source.exportYAML(ExportOptions(maskSecrets: false))
        #expect(unmasked.contains(ciphertext) && !unmasked.contains("db-pass-123"))
        // Without the key the ciphertext is taken as a plain password, as DM does.
        let withoutKey = try ConfigLoader.loadSource(yaml: yaml).value
        #expect(withoutKey.from.password.plaintext == ciphertext)
    }

    @Test func errorsNeverContainThePassword() throws {
        let yaml = "source-id: s\nfrom:\n  host: h\n  user: u\n  password: hunter2\n  port: nope\n"
        do {
            _ = try ConfigLoader.loadSource(yaml: yaml)
            Issue.record("expected an error")
        } catch {
            #expect(!error.description.contains("hunter2"))
        }
    }

    @Test func badKeysAreRefusedWithAReason() throws {
        #expect(throws: SecretError.self) { try SecretKeySource(hex: "abcd", origin: "$DM_SECRET_KEY") }
        #expect(throws: SecretError.self) { try SecretKeySource(hex: String(repeating: "zz", count: 32), origin: "$DM_SECRET_KEY") }
        #expect(throws: SecretError.self) { try SecretKeySource(path: "/nonexistent/dm.key") }
        let none = try SecretKeySource.fromEnvironment([:])
        #expect(none == nil)
    }

    @Test func keyComesFromTheEnvironmentOrAFile() throws {
        let direct = try #require(try SecretKeySource.fromEnvironment(["DM_SECRET_KEY": Self.keyHex]))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("dm-key-\(UInt32.random(in: 0...UInt32.max))")
        try (Self.keyHex + "\n").write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let fromFile = try #require(try SecretKeySource.fromEnvironment(["DM_SECRET_KEY_PATH": file.path]))
        let ciphertext = try PasswordCipher.encrypt("x", with: direct)
        #expect(PasswordCipher.decrypt(ciphertext, with: fromFile) == "x")
    }
}

@Suite struct GoDurationTests {
    static let texts: [(String, Int64, String)] = [
        ("5m0s", 300_000_000_000, "5m0s"), ("60s", 60_000_000_000, "1m0s"), ("30m", 1_800_000_000_000, "30m0s"),
        ("1h30m", 5_400_000_000_000, "1h30m0s"), ("1.5s", 1_500_000_000, "1.5s"), ("500ms", 500_000_000, "500ms"), ("0", 0, "0s"),
        ("2h", 7_200_000_000_000, "2h0m0s"), ("1m30.25s", 90_250_000_000, "1m30.25s"),
    ]

    @Test func parsesAndPrintsLikeGo() throws {
        for (text, nanoseconds, printed) in Self.texts {
            let duration = try #require(GoDuration(parsing: text), "\(text)")
            #expect(duration.nanoseconds == nanoseconds, "\(text)")
            #expect(duration.description == printed, "\(text)")
        }
        for bad in ["", "5", "5 m", "m", "1x", "--1s"] {
            #expect(GoDuration(parsing: bad) == nil, "\(bad)")
        }
    }
}
