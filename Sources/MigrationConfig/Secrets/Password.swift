import Yams

/// A password from a config file. The plaintext is used to connect; it is never printed:
/// `description` and masked exports show `******`.
public struct Password: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
    /// What the user wrote (plaintext or a ciphertext from `dm encrypt`).
    public var written: String
    /// The password to send to the server.
    public var plaintext: String

    public init(_ plaintext: String) {
        self.written = plaintext
        self.plaintext = plaintext
    }

    init(written: String, plaintext: String) {
        self.written = written
        self.plaintext = plaintext
    }

    public static let mask = "******"

    public var isEncrypted: Bool { self.written != self.plaintext }
    public var description: String { self.written.isEmpty ? "" : Self.mask }
    public var debugDescription: String { self.description }
}

extension Password: ConfigCodable {
    static func decode(_ node: Node, at path: ConfigPath, context: DecodeContext) -> Password? {
        guard let written = String.decode(node, at: path, context: context) else { return nil }
        if let key = context.secrets, let plain = PasswordCipher.decrypt(written, with: key) {
            return Password(written: written, plaintext: plain)
        }
        return Password(written)
    }

    func encode(_ options: ExportOptions) -> Node {
        .plainString(options.maskSecrets && !self.written.isEmpty ? Self.mask : self.written)
    }
}
