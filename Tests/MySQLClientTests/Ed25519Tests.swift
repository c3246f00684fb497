import Testing

@testable import MySQLClient

/// Tests of MariaDB's `client_ed25519` signing (MariaDBEd25519) and the arithmetic under it (Ed25519Math.swift).
///
/// Where the expected values come from:
/// - RFC 8032, section 7.1, TEST 1-3: a 32-byte password is exactly an RFC 8032 secret key (seed).
/// - MariaDB's own test suite, `mysql-test/suite/plugins/r/auth_ed25519.result` in MariaDB/server:
///   the base64 public keys that `ed25519_password('...')` returns and that the server stores.
/// - The other vectors were generated with a pure-Python reference of the formula in MariaDB's
///   `plugin/auth_ed25519/ref10/sign.c` (Python big integers and `hashlib.sha512`: az = SHA512(password),
///   clamp az[0..<32], r = SHA512(az[32..<64] || m) mod L, R = rB, h = SHA512(R || A || m) mod L,
///   S = r + h*a mod L). That reference was first checked to match the `cryptography` package's
///   Ed25519PrivateKey on 50 random 32-byte seeds and messages and on RFC 8032 TEST 1.
@Suite struct Ed25519Tests {
    // MARK: Signatures

    struct Vector: CustomTestStringConvertible, Sendable {
        var password: [UInt8]
        var message: [UInt8]
        var publicKey: String
        var signature: String
        var label: String
        var testDescription: String { label }
    }

    static let rfc8032Vectors: [Vector] = [
        Vector(
            password: bytes(hex: "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"),
            message: [],
            publicKey: "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
            signature: "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                + "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b",
            label: "RFC 8032 TEST 1"
        ),
        Vector(
            password: bytes(hex: "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb"),
            message: [0x72],
            publicKey: "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c",
            signature: "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
                + "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00",
            label: "RFC 8032 TEST 2"
        ),
        Vector(
            password: bytes(hex: "c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7"),
            message: [0xaf, 0x82],
            publicKey: "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025",
            signature: "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac"
                + "18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a",
            label: "RFC 8032 TEST 3"
        ),
    ]

    /// Generated with the Python reference described above; the messages are 32-byte scrambles as the server sends.
    static let passwordVectors: [Vector] = [
        Vector(
            password: [],
            message: Array(0..<32),
            publicKey: "e0b1fe74117e1b95b608a4f221df314774b20ea66842350d515371c7c6966c6e",
            signature: "1e7e2c09c0c0e5f755a202872d95c85c4b14d23a888e9c40a0e9323e1ed28dd4"
                + "aee4a8197c2d2ca26942bf6496d61c60c63661959ab57706eb0bfda05749ad0f",
            label: "empty password"
        ),
        Vector(
            password: Array("secret".utf8),
            message: Array(0..<32),
            publicKey: "648814444520e4f56043a2ec9215e63be7992d2d270bc6dee873e36164786096",
            signature: "546c3e9311d19ee389d1ae5d945821bfe459423910136f16b3bd2ae89fd7d63b"
                + "449e689f4be812891a85b8f999076446d92adb83d0707215aaa60b5a23220907",
            label: "secret"
        ),
        Vector(
            password: Array("foo".utf8),
            message: Array(repeating: 0xab, count: 32),
            publicKey: "bee6c507322b6a96df1dcb75fc9ef676752bcb3e554bb940e971c7f2c231e132",
            signature: "531ed9edde744825866a289bf8f2e69458d89990dff6ce4d983ab3a31e44dcba"
                + "d439a4469e6fc34f038609ae934098a2eba054bfc20dbe18351533dde3594e06",
            label: "foo"
        ),
        Vector(
            password: Array("pässwörd€".utf8),  // 13 UTF-8 bytes
            message: Array(32..<64),
            publicKey: "d60bd60bab47f853a8ad56737de45f9df5de13d43c242f545583b0964855ff5c",
            signature: "b25b41e51e42a0a1b0acfac0fb23764f359f75fddf1feb1ba6f203be0abd16a5"
                + "f940754a398e3bda6e0c8606a214c53aa345de87d6da433b2aef951022c13803",
            label: "non-ASCII password"
        ),
        Vector(
            password: Array(String(repeating: "0123456789", count: 10).utf8),  // 100 bytes
            message: Array(64..<96),
            publicKey: "001d3b520f626b879c4cb3a4b5011be028268e440202cf76fda728281dd17de0",
            signature: "ae10688150dc8eb596bc12872983facc6eb8d062dc09f4d4d68bb46d56727524"
                + "75efc2aed8b16f8020908ea4c8121878da798f461d83a2afda5e07fbf38fb308",
            label: "100-byte password"
        ),
    ]

    @Test(arguments: rfc8032Vectors + passwordVectors)
    func signature(_ vector: Vector) {
        #expect(Self.hex(MariaDBEd25519.publicKey(password: vector.password)) == vector.publicKey)
        let signature = MariaDBEd25519.sign(message: vector.message, password: vector.password)
        #expect(signature.count == 64)
        #expect(Self.hex(signature) == vector.signature)
    }

    /// The authentication strings MariaDB computes for these passwords (base64 of A without the
    /// trailing "="), from `auth_ed25519.result`; the server accepts password "secret" for
    /// 'ZIgUREUg5PVgQ6LskhXmO+eZLS0nC8be6HPjYWR4YJY' in that test.
    @Test(arguments: [
        ("foo", "vubFBzIrapbfHct1/J72dnUryz5VS7lA6XHH8sIx4TI"),
        ("foobar", "qv2mG6HWCuy32Slb5xhV4THStewNz2VINVPbgk+XAJ8"),
        ("foo bar", "Y5fV74JAVRMOK2cdnUsYS+WW9sXaaL/o+6WGKOgqnzc"),
        ("bar", "pfzkeWMzkTefY1oshXS+/kATeN51M+4jxi3/cbyTd10"),
        ("secret", "ZIgUREUg5PVgQ6LskhXmO+eZLS0nC8be6HPjYWR4YJY"),
    ])
    func publicKeyMatchesMariaDB(password: String, authenticationString: String) {
        let publicKey = MariaDBEd25519.publicKey(password: Array(password.utf8))
        #expect(publicKey == Self.base64DecodeUnpadded(authenticationString))
    }

    @Test func signingIsDeterministicAndDependsOnTheMessage() {
        let password = Array("secret".utf8)
        let first = MariaDBEd25519.sign(message: Array(0..<32), password: password)
        #expect(MariaDBEd25519.sign(message: Array(0..<32), password: password) == first)
        #expect(MariaDBEd25519.sign(message: Array(1...32), password: password) != first)
        // R depends on the message only through r; A is the same for both.
        #expect(Array(MariaDBEd25519.sign(message: Array(1...32), password: password)[0..<32]) != Array(first[0..<32]))
    }

    // MARK: Field arithmetic

    @Test func fieldEncodingIsCanonical() {
        // p itself encodes as 0, and 2^255 - 1 = p + 18 as 18.
        let p = Self.bytes(hex: "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f")
        #expect(Ed25519FieldElement(bytes: p).bytes == [UInt8](repeating: 0, count: 32))
        let pPlus18 = Self.bytes(hex: "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f")
        #expect(Ed25519FieldElement(bytes: pPlus18).bytes == [18] + [UInt8](repeating: 0, count: 31))
        // 0 - 1 = p - 1.
        let minusOne = Ed25519FieldElement.zero - .one
        #expect(Self.hex(minusOne.bytes) == "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f")
    }

    @Test func fieldInverse() {
        // 2^200 + 12345 and its inverse mod p (Python: pow(x, p - 2, p)).
        let x = Ed25519FieldElement(
            bytes: Self.bytes(hex: "3930000000000000000000000000000000000000000000000001000000000000")
        )
        #expect(Self.hex(x.inverted().bytes) == "57e3317bf434ccbec2669c10da6fb73bb35d721623b73e1a762147a862261071")
        #expect((x * x.inverted()).bytes == Ed25519FieldElement.one.bytes)
    }

    @Test func curveConstants() {
        // d = -121665/121666 mod p.
        #expect(Self.hex(Ed25519Point.d.bytes) == "a3785913ca4deb75abd841414d0a700098e879777940c78c73fe6f2bee6c0352")
        // The base point lies on -x^2 + y^2 = 1 + d x^2 y^2 and has y = 4/5.
        let b = Ed25519Point.base
        let (xx, yy) = (b.x.squared(), b.y.squared())
        #expect((yy - xx).bytes == (.one + Ed25519Point.d * xx * yy).bytes)
        #expect((b.y * Ed25519FieldElement(5)).bytes == Ed25519FieldElement(4).bytes)
    }

    @Test func baseMultiples() {
        let one = [1] + [UInt8](repeating: 0, count: 31)
        let base = Self.hex(Ed25519Point.baseMultiple(one).encoded)
        #expect(base == "5866666666666666666666666666666666666666666666666666666666666666")
        // L * B is the identity, encoded as y = 1, x = 0.
        let order = Self.bytes(hex: "edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010")
        #expect(Ed25519Point.baseMultiple(order).encoded == one)
        // Doubling agrees with adding a point to itself.
        let two = [2] + [UInt8](repeating: 0, count: 31)
        #expect(Ed25519Point.baseMultiple(two).encoded == (Ed25519Point.base + Ed25519Point.base).encoded)
        #expect(Ed25519Point.base.doubled().encoded == (Ed25519Point.base + Ed25519Point.base).encoded)
    }

    // MARK: Scalars modulo L

    @Test func scalarReduction() {
        let order = "edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010"
        let orderMinusOne = "ecd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010"
        let zeros32 = String(repeating: "00", count: 32)
        #expect(Self.hex(Ed25519Scalar.reduce(Self.bytes(hex: order + zeros32))) == zeros32)
        #expect(Self.hex(Ed25519Scalar.reduce(Self.bytes(hex: orderMinusOne + zeros32))) == orderMinusOne)
        // (2^512 - 1) mod L, from Python.
        #expect(
            Self.hex(Ed25519Scalar.reduce([UInt8](repeating: 0xff, count: 64)))
                == "000f9c44e31106a447938568a71b0ed065bef517d273ecce3d9a307c1b419903"
        )
    }

    @Test func scalarMultiplyAdd() {
        // (L-1) + (L-1) * (2^255 - 1) mod L, the largest inputs sign() can pass; from Python.
        let orderMinusOne = Self.bytes(hex: "ecd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010")
        let largestA = [UInt8](repeating: 0xff, count: 31) + [0x7f]
        #expect(
            Self.hex(Ed25519Scalar.multiplyAdd(h: orderMinusOne, a: largestA, r: orderMinusOne))
                == "689faee7d21893c0b2e6bc17f5cef7a600000000000000000000000000000000"
        )
        // 2 + 3 * 4 = 14.
        let small: (UInt8) -> [UInt8] = { [$0] + [UInt8](repeating: 0, count: 31) }
        #expect(Ed25519Scalar.multiplyAdd(h: small(3), a: small(4), r: small(2)) == small(14))
    }

    // MARK: Helpers

    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        return String(decoding: bytes.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0x0f)]] }, as: UTF8.self)
    }

    static func bytes(hex: String) -> [UInt8] {
        let digits = Array(hex.utf8)
        return stride(from: 0, to: digits.count, by: 2).map {
            UInt8(String(decoding: digits[$0..<$0 + 2], as: UTF8.self), radix: 16)!
        }
    }

    /// Decodes base64 without "=" padding, as MariaDB stores ed25519 public keys.
    static func base64DecodeUnpadded(_ text: String) -> [UInt8] {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var bits: UInt32 = 0
        var bitCount = 0
        var output: [UInt8] = []
        for character in text.utf8 {
            bits = bits << 6 | UInt32(alphabet.firstIndex(of: character)!)
            bitCount += 6
            if bitCount >= 8 {
                bitCount -= 8
                output.append(UInt8(truncatingIfNeeded: bits >> UInt32(bitCount)))
            }
        }
        return output
    }
}
