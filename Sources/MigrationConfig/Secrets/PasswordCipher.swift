import Crypto
import Foundation

/// Password encryption for config files: AES-256-GCM, written as base64 of
/// nonce (12 bytes) ‖ ciphertext ‖ tag (16 bytes), the shape `dm encrypt` prints.
public enum PasswordCipher {
    public static func encrypt(_ plaintext: String, with source: SecretKeySource) throws(SecretError) -> String {
        do {
            let sealed = try AES.GCM.seal(Array(plaintext.utf8), using: source.key)
            guard let combined = sealed.combined else { throw SecretError.encryptionFailed("no combined representation") }
            return combined.base64EncodedString()
        } catch let error as SecretError {
            throw error
        } catch {
            throw SecretError.encryptionFailed(String(describing: error))
        }
    }

    /// The plaintext when `text` is a ciphertext made with this key; nil otherwise (then the
    /// text is a plain password, as DM treats it). GCM's tag makes a false match impossible in
    /// practice.
    public static func decrypt(_ text: String, with source: SecretKeySource) -> String? {
        guard let bytes = Data(base64Encoded: text), bytes.count > 12 + 16,
            let box = try? AES.GCM.SealedBox(combined: bytes),
            let plain = try? AES.GCM.open(box, using: source.key)
        else { return nil }
        return String(validating: plain, as: UTF8.self)
    }
}
