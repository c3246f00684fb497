// The Ed25519 arithmetic behind MariaDB's `client_ed25519` authentication (see MariaDBEd25519.swift).
//
// Only what *signing* needs: the field GF(p) with p = 2^255 - 19, points of the twisted Edwards
// curve -x^2 + y^2 = 1 + d*x^2*y^2 in extended coordinates, multiples of the base point, point
// encoding, and scalars modulo the group order L. The formulas are those of RFC 8032, section 5.1.
// Standard library only: crypto packages expose Ed25519 keyed by a 32-byte seed, while MariaDB
// hashes a password of any length into the expanded key, so the primitives are needed directly.
// Speed hardly matters (one signature per login); the code favours obviously correct steps and
// avoids secret-dependent branches where that costs nothing.

// MARK: - Field elements

/// An element of GF(2^255 - 19) as five 51-bit limbs: value = v0 + v1*2^51 + v2*2^102 + v3*2^153 + v4*2^204.
///
/// Invariant: every value produced by the operations below has limbs < 2^52 (carried but not
/// necessarily fully reduced); `bytes` gives the unique canonical encoding.
struct Ed25519FieldElement {
    var v0: UInt64, v1: UInt64, v2: UInt64, v3: UInt64, v4: UInt64

    static let mask51: UInt64 = (1 << 51) - 1
    static let zero = Self(v0: 0, v1: 0, v2: 0, v3: 0, v4: 0)
    static let one = Self(v0: 1, v1: 0, v2: 0, v3: 0, v4: 0)

    init(v0: UInt64, v1: UInt64, v2: UInt64, v3: UInt64, v4: UInt64) {
        (self.v0, self.v1, self.v2, self.v3, self.v4) = (v0, v1, v2, v3, v4)
    }

    /// A small constant.
    init(_ value: UInt64) {
        precondition(value < 1 << 51)
        self.init(v0: value, v1: 0, v2: 0, v3: 0, v4: 0)
    }

    /// Reads 32 little-endian bytes; bit 255 is ignored, as RFC 8032 does for y coordinates.
    init(bytes: [UInt8]) {
        precondition(bytes.count == 32)
        let w = (0..<4).map { word in
            (0..<8).reduce(UInt64(0)) { acc, i in acc | UInt64(bytes[word * 8 + i]) << (8 * i) }
        }
        let m = Self.mask51
        self.init(
            v0: w[0] & m,
            v1: (w[0] >> 51 | w[1] << 13) & m,
            v2: (w[1] >> 38 | w[2] << 26) & m,
            v3: (w[2] >> 25 | w[3] << 39) & m,
            v4: (w[3] >> 12) & m
        )
    }

    /// Moves each limb's bits above 51 into the next limb; the top carry re-enters limb 0 times 19
    /// because 2^255 = 19 (mod p). Inputs below 2^54 per limb give limbs below 2^52.
    private func carried() -> Self {
        let m = Self.mask51
        var r = self
        r.v1 += r.v0 >> 51
        r.v0 &= m
        r.v2 += r.v1 >> 51
        r.v1 &= m
        r.v3 += r.v2 >> 51
        r.v2 &= m
        r.v4 += r.v3 >> 51
        r.v3 &= m
        r.v0 += 19 * (r.v4 >> 51)
        r.v4 &= m
        return r
    }

    static func + (a: Self, b: Self) -> Self {
        Self(v0: a.v0 + b.v0, v1: a.v1 + b.v1, v2: a.v2 + b.v2, v3: a.v3 + b.v3, v4: a.v4 + b.v4).carried()
    }

    /// a - b computed as a + 4p - b, so that no limb goes negative (b's limbs are below 2^52 < 4p's).
    static func - (a: Self, b: Self) -> Self {
        let fourP0: UInt64 = 4 * ((1 << 51) - 19)
        let fourP: UInt64 = 4 * ((1 << 51) - 1)
        return Self(
            v0: a.v0 + fourP0 - b.v0,
            v1: a.v1 + fourP - b.v1,
            v2: a.v2 + fourP - b.v2,
            v3: a.v3 + fourP - b.v3,
            v4: a.v4 + fourP - b.v4
        ).carried()
    }

    static prefix func - (a: Self) -> Self { zero - a }

    /// Schoolbook product. A partial product that lands at 2^(51*k) with k >= 5 is folded down to
    /// 2^(51*(k-5)) times 19, again because 2^255 = 19 (mod p). With limbs < 2^52 each column sum
    /// stays below 2^111, which the 128-bit accumulator holds.
    static func * (a: Self, b: Self) -> Self {
        let (b1x19, b2x19, b3x19, b4x19) = (19 * b.v1, 19 * b.v2, 19 * b.v3, 19 * b.v4)
        // Column k collects every a_i * b_j with i + j = k (mod 5).
        let t0 = Wide.sum((a.v0, b.v0), (a.v1, b4x19), (a.v2, b3x19), (a.v3, b2x19), (a.v4, b1x19))
        var t1 = Wide.sum((a.v0, b.v1), (a.v1, b.v0), (a.v2, b4x19), (a.v3, b3x19), (a.v4, b2x19))
        var t2 = Wide.sum((a.v0, b.v2), (a.v1, b.v1), (a.v2, b.v0), (a.v3, b4x19), (a.v4, b3x19))
        var t3 = Wide.sum((a.v0, b.v3), (a.v1, b.v2), (a.v2, b.v1), (a.v3, b.v0), (a.v4, b4x19))
        var t4 = Wide.sum((a.v0, b.v4), (a.v1, b.v3), (a.v2, b.v2), (a.v3, b.v1), (a.v4, b.v0))

        // Carry the wide columns down to 51 bits each; the carry out of the top column re-enters
        // column 0 times 19 (computed wide too, so no bound on it is needed).
        t1.add(t0.shiftedRight51)
        t2.add(t1.shiftedRight51)
        t3.add(t2.shiftedRight51)
        t4.add(t3.shiftedRight51)
        var c0 = Wide(t0.low & mask51)
        c0.add(t4.shiftedRight51, 19)
        return Self(
            v0: c0.low & mask51,
            v1: (t1.low & mask51) + c0.shiftedRight51,
            v2: t2.low & mask51,
            v3: t3.low & mask51,
            v4: t4.low & mask51
        )
    }

    func squared() -> Self { self * self }

    /// The inverse by Fermat's little theorem, self^(p-2). The exponent p - 2 = 2^255 - 21 has all
    /// bits 0...254 set except bits 2 and 4. Zero maps to zero (never needed for valid points).
    func inverted() -> Self {
        var result = Self.one
        for bit in stride(from: 254, through: 0, by: -1) {
            result = result.squared()
            if bit != 2 && bit != 4 {
                result = result * self
            }
        }
        return result
    }

    /// The canonical 32-byte little-endian encoding (value fully reduced below p).
    var bytes: [UInt8] {
        // Two carry passes leave every limb below 2^51, so the value is below 2^255 but may
        // still be in [p, 2^255).
        var t = carried().carried()
        // q = 1 exactly when value >= p, i.e. when value + 19 reaches 2^255.
        var q = (t.v0 + 19) >> 51
        q = (t.v1 + q) >> 51
        q = (t.v2 + q) >> 51
        q = (t.v3 + q) >> 51
        q = (t.v4 + q) >> 51
        // Subtract q*p: add 19*q, then drop bit 255.
        let m = Self.mask51
        t.v0 += 19 * q
        t.v1 += t.v0 >> 51
        t.v0 &= m
        t.v2 += t.v1 >> 51
        t.v1 &= m
        t.v3 += t.v2 >> 51
        t.v2 &= m
        t.v4 += t.v3 >> 51
        t.v3 &= m
        t.v4 &= m

        let words = [t.v0 | t.v1 << 51, t.v1 >> 13 | t.v2 << 38, t.v2 >> 26 | t.v3 << 25, t.v3 >> 39 | t.v4 << 12]
        return words.flatMap { word in (0..<8).map { UInt8(truncatingIfNeeded: word >> (8 * $0)) } }
    }

    /// RFC 8032 calls x "negative" when its canonical value is odd; the sign goes into bit 255 of an encoded point.
    var isNegative: Bool { bytes[0] & 1 == 1 }

    /// `b` when `condition` is true, else `a`, without branching on the condition.
    static func select(_ a: Self, _ b: Self, if condition: Bool) -> Self {
        let mask = 0 &- UInt64(condition ? 1 : 0)
        func pick(_ x: UInt64, _ y: UInt64) -> UInt64 { (x & ~mask) | (y & mask) }
        return Self(
            v0: pick(a.v0, b.v0),
            v1: pick(a.v1, b.v1),
            v2: pick(a.v2, b.v2),
            v3: pick(a.v3, b.v3),
            v4: pick(a.v4, b.v4)
        )
    }

    /// An unsigned 128-bit accumulator for limb products. (Swift's UInt128 would need availability
    /// annotations for Apple platforms before iOS 18 / macOS 15; two halves avoid them.)
    private struct Wide {
        var high: UInt64 = 0
        var low: UInt64 = 0

        init(_ value: UInt64 = 0) { low = value }

        /// Adds x * y (y defaults to 1).
        mutating func add(_ x: UInt64, _ y: UInt64 = 1) {
            let (productHigh, productLow) = x.multipliedFullWidth(by: y)
            let (sum, overflow) = low.addingReportingOverflow(productLow)
            low = sum
            high = high &+ productHigh &+ (overflow ? 1 : 0)
        }

        /// The sum of the given products.
        static func sum(_ products: (UInt64, UInt64)...) -> Wide {
            var result = Wide()
            for (x, y) in products {
                result.add(x, y)
            }
            return result
        }

        /// The value divided by 2^51; callers keep values below 2^115 so the quotient fits 64 bits.
        var shiftedRight51: UInt64 { high << 13 | low >> 51 }
    }
}

// MARK: - Curve points

/// A point (x, y) of edwards25519 in extended coordinates: x = X/Z, y = Y/Z, x*y = T/Z
/// (RFC 8032, section 5.1.4). Projective coordinates avoid a field inversion per addition.
struct Ed25519Point {
    var x: Ed25519FieldElement, y: Ed25519FieldElement, z: Ed25519FieldElement, t: Ed25519FieldElement

    /// The curve constant d = -121665/121666.
    static let d = -Ed25519FieldElement(121_665) * Ed25519FieldElement(121_666).inverted()
    static let twoD = d + d

    /// The neutral element (0, 1).
    static let identity = Self(x: .zero, y: .one, z: .one, t: .zero)

    /// The base point B of RFC 8032: y = 4/5 and x even (tests check both against these bytes).
    static let base: Self = {
        let xBytes = bytes(hex: "1ad5258f602d56c9b2a7259560c72c695cdcd6fd31e2a4c0fe536ecdd3366921")
        let yBytes = bytes(hex: "5866666666666666666666666666666666666666666666666666666666666666")
        let (x, y) = (Ed25519FieldElement(bytes: xBytes), Ed25519FieldElement(bytes: yBytes))
        return Self(x: x, y: y, z: .one, t: x * y)
    }()

    /// Point addition (RFC 8032, 5.1.4). The formula is complete: it also doubles and handles the identity.
    static func + (p: Self, q: Self) -> Self {
        let a = (p.y - p.x) * (q.y - q.x)
        let b = (p.y + p.x) * (q.y + q.x)
        let c = p.t * twoD * q.t
        let dd = (p.z + p.z) * q.z  // RFC 8032's D; renamed so it does not shadow the curve constant
        let (e, f, g, h) = (b - a, dd - c, dd + c, b + a)
        return Self(x: e * f, y: g * h, z: f * g, t: e * h)
    }

    /// Point doubling (RFC 8032, 5.1.4); cheaper than `self + self`.
    func doubled() -> Self {
        let a = x.squared()
        let b = y.squared()
        let zz = z.squared()
        let c = zz + zz
        let h = a + b
        let e = h - (x + y).squared()
        let g = a - b
        let f = c + g
        return Self(x: e * f, y: g * h, z: f * g, t: e * h)
    }

    /// scalar * B for a 32-byte little-endian scalar (all 256 bits are used, unreduced scalars are fine).
    /// Double-and-add from the top bit; the addition is always computed and selected without a
    /// branch, so the sequence of operations does not depend on the secret scalar.
    static func baseMultiple(_ scalar: [UInt8]) -> Self {
        precondition(scalar.count == 32)
        var result = identity
        for bit in stride(from: 255, through: 0, by: -1) {
            result = result.doubled()
            let sum = result + base
            let isSet = (scalar[bit / 8] >> UInt8(bit % 8)) & 1 == 1
            result = select(result, sum, if: isSet)
        }
        return result
    }

    private static func select(_ a: Self, _ b: Self, if condition: Bool) -> Self {
        Self(
            x: .select(a.x, b.x, if: condition),
            y: .select(a.y, b.y, if: condition),
            z: .select(a.z, b.z, if: condition),
            t: .select(a.t, b.t, if: condition)
        )
    }

    /// The 32-byte encoding (RFC 8032, 5.1.2): y little-endian, with the sign of x in bit 255.
    var encoded: [UInt8] {
        let zInverse = z.inverted()
        var bytes = (y * zInverse).bytes
        if (x * zInverse).isNegative {
            bytes[31] |= 0x80
        }
        return bytes
    }

    /// Decodes the lowercase hex of a compile-time constant.
    private static func bytes(hex: String) -> [UInt8] {
        let digits = hex.utf8.map { c in c <= UInt8(ascii: "9") ? c - UInt8(ascii: "0") : c - UInt8(ascii: "a") + 10 }
        return stride(from: 0, to: digits.count, by: 2).map { digits[$0] << 4 | digits[$0 + 1] }
    }
}

// MARK: - Scalars modulo L

/// Arithmetic on scalars modulo the group order L = 2^252 + 27742317777372353535851937790883648493,
/// as 32-byte little-endian values.
enum Ed25519Scalar {
    /// L as little-endian 64-bit words.
    private static let order: [UInt64] = [0x5812_631a_5cf5_d3ed, 0x14de_f9de_a2f7_9cd6, 0, 0x1000_0000_0000_0000]

    /// A 64-byte little-endian value (a SHA-512 digest) reduced modulo L.
    static func reduce(_ wide: [UInt8]) -> [UInt8] {
        precondition(wide.count == 64)
        return bytes(reduce(words: words(wide)))
    }

    /// (r + h*a) mod L, the S half of a signature. h and r are reduced; a (the clamped secret) is
    /// below 2^255 but need not be reduced: h*a + r < 2^509 fits the 512-bit intermediate.
    static func multiplyAdd(h: [UInt8], a: [UInt8], r: [UInt8]) -> [UInt8] {
        precondition(h.count == 32 && a.count == 32 && r.count == 32)
        let (hw, aw, rw) = (words(h), words(a), words(r))
        // 256 x 256 -> 512-bit schoolbook product, with r added into the low words first.
        var product = rw + [0, 0, 0, 0]
        for i in 0..<4 {
            var carry: UInt64 = 0
            for j in 0..<4 {
                let (high, low) = hw[i].multipliedFullWidth(by: aw[j])
                let (s1, o1) = low.addingReportingOverflow(product[i + j])
                let (s2, o2) = s1.addingReportingOverflow(carry)
                product[i + j] = s2
                // high <= 2^64 - 2, so adding two carry bits cannot overflow.
                carry = high + (o1 ? 1 : 0) + (o2 ? 1 : 0)
            }
            // Propagate into the higher words (only r's addition can make this ripple).
            var k = i + 4
            while carry != 0 && k < 8 {
                let (sum, overflow) = product[k].addingReportingOverflow(carry)
                product[k] = sum
                carry = overflow ? 1 : 0
                k += 1
            }
        }
        return bytes(reduce(words: product))
    }

    /// Binary long division: feed the bits in from the top, keeping the remainder below L by a
    /// conditional subtraction after each one. 512 simple steps; slow by crypto standards, plainly right.
    private static func reduce(words input: [UInt64]) -> [UInt64] {
        var remainder: [UInt64] = [0, 0, 0, 0]
        for bit in stride(from: input.count * 64 - 1, through: 0, by: -1) {
            // remainder < L < 2^253, so 2*remainder + 1 < 2^254 still fits in four words.
            let incoming = (input[bit / 64] >> UInt64(bit % 64)) & 1
            remainder = [
                remainder[0] << 1 | incoming,
                remainder[1] << 1 | remainder[0] >> 63,
                remainder[2] << 1 | remainder[1] >> 63,
                remainder[3] << 1 | remainder[2] >> 63,
            ]
            // Subtract L; keep the difference only if it did not borrow (remainder >= L).
            var difference: [UInt64] = [0, 0, 0, 0]
            var borrow = false
            for i in 0..<4 {
                let (d1, b1) = remainder[i].subtractingReportingOverflow(order[i])
                let (d2, b2) = d1.subtractingReportingOverflow(borrow ? 1 : 0)
                difference[i] = d2
                borrow = b1 || b2
            }
            let keep = borrow ? UInt64.max : 0
            for i in 0..<4 {
                remainder[i] = (remainder[i] & keep) | (difference[i] & ~keep)
            }
        }
        return remainder
    }

    private static func words(_ bytes: [UInt8]) -> [UInt64] {
        (0..<bytes.count / 8).map { word in
            (0..<8).reduce(UInt64(0)) { acc, i in acc | UInt64(bytes[word * 8 + i]) << (8 * i) }
        }
    }

    private static func bytes(_ words: [UInt64]) -> [UInt8] {
        words.flatMap { word in (0..<8).map { UInt8(truncatingIfNeeded: word >> (8 * $0)) } }
    }
}
