import Crypto

/// MariaDB's `client_ed25519` authentication plugin.
///
/// The server sends a 32-byte scramble; the client answers with an Ed25519 signature of it. The
/// key is derived from the password the way MariaDB's `plugin/auth_ed25519/ref10/sign.c` does:
/// SHA-512 of the password bytes (any length) stands where RFC 8032 puts SHA-512 of a 32-byte
/// seed. For a password of exactly 32 bytes the result is therefore standard Ed25519 with that
/// seed, which is how the tests reuse RFC 8032's vectors. Crypto's `Curve25519.Signing` accepts only
/// a 32-byte seed, so the signature is computed with `Ed25519Math.swift`.
enum MariaDBEd25519 {
    /// The public key A (32 bytes) for a password. The server stores it base64-encoded without
    /// padding (43 characters) as the account's authentication string, e.g. in
    /// `mysql.global_priv` after `CREATE USER u IDENTIFIED VIA ed25519 USING PASSWORD('pw')`.
    static func publicKey(password: [UInt8]) -> [UInt8] {
        let (secretScalar, _) = expandedKey(password: password)
        return Ed25519Point.baseMultiple(secretScalar).encoded
    }

    /// The 64-byte signature R || S of `message` (the server's scramble) under the key derived from `password`.
    static func sign(message: [UInt8], password: [UInt8]) -> [UInt8] {
        let (secretScalar, prefix) = expandedKey(password: password)
        let publicKey = Ed25519Point.baseMultiple(secretScalar).encoded
        let r = Ed25519Scalar.reduce(sha512(prefix + message))
        let encodedR = Ed25519Point.baseMultiple(r).encoded
        let h = Ed25519Scalar.reduce(sha512(encodedR + publicKey + message))
        let s = Ed25519Scalar.multiplyAdd(h: h, a: secretScalar, r: r)
        return encodedR + s
    }

    /// SHA-512 of the password, split into the clamped secret scalar a (first half) and the
    /// prefix that makes the per-signature nonce r deterministic (second half). Clamping
    /// (RFC 8032, 5.1.5) clears the 3 low bits and bit 255 and sets bit 254.
    private static func expandedKey(password: [UInt8]) -> (secretScalar: [UInt8], prefix: [UInt8]) {
        let digest = sha512(password)
        var scalar = Array(digest[0..<32])
        scalar[0] &= 248
        scalar[31] &= 63
        scalar[31] |= 64
        return (scalar, Array(digest[32..<64]))
    }

    private static func sha512(_ bytes: [UInt8]) -> [UInt8] {
        Array(SHA512.hash(data: bytes))
    }
}
