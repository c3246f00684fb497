import ArgumentParser
import Foundation
import MigrationConfig

/// `dm encrypt` and `dmctl encrypt`: prints the AES-256-GCM ciphertext of a password for use
/// in task and source files.
public struct EncryptCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "encrypt",
        abstract: "Encrypt a password for a task or source file.",
        discussion: """
            The key comes from --secret-key-path, or $\(SecretKeySource.environmentKey) (64 hex digits), or \
            $\(SecretKeySource.environmentPath). Make one with: openssl rand -hex 32 > dm.key
            Without a PLAINTEXT argument the password is read from standard input, so it stays out of the shell history.
            """)

    @Option(help: "File holding the 64-hex-digit key.") var secretKeyPath: String?
    @Argument(help: "The password to encrypt.") var plaintext: String?

    public init() {}

    public func run() throws {
        let key = try SecretKeyOption.resolve(path: self.secretKeyPath)
        let password = self.plaintext ?? (readLine(strippingNewline: true) ?? "")
        if password.isEmpty { throw ValidationError("nothing to encrypt: give a password as argument or on standard input") }
        print(try PasswordCipher.encrypt(password, with: key))
    }
}

/// The secret key named on the command line or by the environment.
public enum SecretKeyOption {
    public static func resolve(path: String?) throws -> SecretKeySource {
        if let path { return try SecretKeySource(path: path) }
        guard let key = try SecretKeySource.fromEnvironment(ProcessInfo.processInfo.environment) else { throw SecretError.noKey }
        return key
    }

    /// Like `resolve`, but a missing key is fine (configs then hold plain passwords only).
    public static func optional(path: String?) throws -> SecretKeySource? {
        if let path { return try SecretKeySource(path: path) }
        return try SecretKeySource.fromEnvironment(ProcessInfo.processInfo.environment)
    }
}
