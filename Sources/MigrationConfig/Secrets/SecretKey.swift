import Crypto
import Foundation

/// The AES-256 key that protects passwords in config files. It is never compiled in: it comes
/// from the environment (`DM_SECRET_KEY`, 64 hex digits) or from a key file
/// (`DM_SECRET_KEY_PATH`, or `--secret-key-path`), as DM's `secret-key-path` does.
public struct SecretKeySource: Sendable {
    public static let environmentKey = "DM_SECRET_KEY"
    public static let environmentPath = "DM_SECRET_KEY_PATH"

    let key: SymmetricKey
    /// Where the key came from, for messages (never the key itself).
    public let origin: String

    public init(hex: String, origin: String) throws(SecretError) {
        let digits = hex.trimmingCharacters(in: .whitespacesAndNewlines)
        guard digits.utf8.count == 64, let bytes = Self.bytes(fromHex: digits) else {
            throw SecretError.badKey("the key from \(origin) must be 64 hexadecimal digits (32 bytes), e.g. from `openssl rand -hex 32`")
        }
        self.key = SymmetricKey(data: bytes)
        self.origin = origin
    }

    /// Reads the key from a file holding 64 hex digits.
    public init(path: String) throws(SecretError) {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw SecretError.badKey("cannot read the secret key file \(path)")
        }
        try self.init(hex: text, origin: "key file \(path)")
    }

    /// The key named by the environment, or nil when neither variable is set.
    public static func fromEnvironment(_ environment: [String: String]) throws(SecretError) -> SecretKeySource? {
        if let hex = environment[Self.environmentKey], !hex.isEmpty {
            return try SecretKeySource(hex: hex, origin: "$\(Self.environmentKey)")
        }
        if let path = environment[Self.environmentPath], !path.isEmpty {
            return try SecretKeySource(path: path)
        }
        return nil
    }

    private static func bytes(fromHex text: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        var high: UInt8?
        for scalar in text.unicodeScalars {
            guard let nibble = UInt8(String(scalar), radix: 16) else { return nil }
            if let h = high {
                bytes.append(h << 4 | nibble)
                high = nil
            } else {
                high = nibble
            }
        }
        return high == nil ? bytes : nil
    }
}

public enum SecretError: Error, Sendable, CustomStringConvertible, Equatable {
    case badKey(String)
    case noKey
    case encryptionFailed(String)

    public var description: String {
        switch self {
        case .badKey(let message): return message
        case .noKey:
            return "no secret key: set \(SecretKeySource.environmentKey) to 64 hex digits or \(SecretKeySource.environmentPath) to a file holding them (e.g. `openssl rand -hex 32 > dm.key`)"
        case .encryptionFailed(let message): return "encryption failed: \(message)"
        }
    }
}
