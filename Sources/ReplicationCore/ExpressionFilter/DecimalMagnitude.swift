/// A non-negative integer of any size, in base 10⁹ limbs (least significant first, no leading
/// zero limbs; zero has no limbs). The coefficient of `SQLDecimal`: MySQL decimals have up to 65
/// digits, more than Foundation's `Decimal` (38) or any fixed-width integer holds.
struct DecimalMagnitude: Sendable, Hashable, Comparable {
    static let limbBase: UInt64 = 1_000_000_000
    private(set) var limbs: [UInt32]

    static let zero = DecimalMagnitude(limbs: [])

    private init(limbs: [UInt32]) {
        self.limbs = limbs
        self.trim()
    }

    init(_ value: UInt64) {
        var limbs: [UInt32] = []
        var rest = value
        while rest > 0 {
            limbs.append(UInt32(rest % Self.limbBase))
            rest /= Self.limbBase
        }
        self.init(limbs: limbs)
    }

    /// Parses ASCII digits only; nil for anything else or an empty string.
    init?(digits: some Collection<UInt8>) {
        guard !digits.isEmpty, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let bytes = Array(digits)
        var limbs: [UInt32] = []
        var end = bytes.count
        while end > 0 {
            let start = max(0, end - 9)
            var limb: UInt32 = 0
            for byte in bytes[start..<end] { limb = limb * 10 + UInt32(byte - 0x30) }
            limbs.append(limb)
            end = start
        }
        self.init(limbs: limbs)
    }

    var isZero: Bool { self.limbs.isEmpty }

    /// Decimal digits without leading zeros ("0" for zero).
    var digitString: String {
        guard let top = self.limbs.last else { return "0" }
        var text = String(top)
        for limb in self.limbs.dropLast().reversed() {
            let part = String(limb)
            text += String(repeating: "0", count: 9 - part.count) + part
        }
        return text
    }

    var digitCount: Int { self.isZero ? 0 : self.digitString.count }

    var uint64Value: UInt64? {
        var value: UInt64 = 0
        for limb in self.limbs.reversed() {
            let (shifted, overflow1) = value.multipliedReportingOverflow(by: Self.limbBase)
            let (sum, overflow2) = shifted.addingReportingOverflow(UInt64(limb))
            if overflow1 || overflow2 { return nil }
            value = sum
        }
        return value
    }

    private mutating func trim() {
        while self.limbs.last == 0 { self.limbs.removeLast() }
    }

    static func < (lhs: Self, rhs: Self) -> Bool {
        if lhs.limbs.count != rhs.limbs.count { return lhs.limbs.count < rhs.limbs.count }
        for index in stride(from: lhs.limbs.count - 1, through: 0, by: -1) where lhs.limbs[index] != rhs.limbs[index] {
            return lhs.limbs[index] < rhs.limbs[index]
        }
        return false
    }

    static func + (lhs: Self, rhs: Self) -> Self {
        var result: [UInt32] = []
        result.reserveCapacity(max(lhs.limbs.count, rhs.limbs.count) + 1)
        var carry: UInt64 = 0
        for index in 0..<max(lhs.limbs.count, rhs.limbs.count) {
            let a = index < lhs.limbs.count ? UInt64(lhs.limbs[index]) : 0
            let b = index < rhs.limbs.count ? UInt64(rhs.limbs[index]) : 0
            let sum = a + b + carry
            result.append(UInt32(sum % limbBase))
            carry = sum / limbBase
        }
        if carry > 0 { result.append(UInt32(carry)) }
        return Self(limbs: result)
    }

    /// `lhs - rhs`; the caller guarantees `lhs >= rhs`.
    static func - (lhs: Self, rhs: Self) -> Self {
        precondition(!(lhs < rhs), "DecimalMagnitude subtraction would be negative")
        var result: [UInt32] = []
        result.reserveCapacity(lhs.limbs.count)
        var borrow: Int64 = 0
        for index in 0..<lhs.limbs.count {
            var difference = Int64(lhs.limbs[index]) - borrow - (index < rhs.limbs.count ? Int64(rhs.limbs[index]) : 0)
            borrow = 0
            if difference < 0 {
                difference += Int64(limbBase)
                borrow = 1
            }
            result.append(UInt32(difference))
        }
        return Self(limbs: result)
    }

    static func * (lhs: Self, rhs: Self) -> Self {
        guard !lhs.isZero, !rhs.isZero else { return .zero }
        var result = [UInt64](repeating: 0, count: lhs.limbs.count + rhs.limbs.count + 1)
        for (i, a) in lhs.limbs.enumerated() {
            var carry: UInt64 = 0
            for (j, b) in rhs.limbs.enumerated() {
                // a*b < 10^18 and result[] < 10^9, so the sum stays below 2^64.
                let value = result[i + j] + UInt64(a) * UInt64(b) + carry
                result[i + j] = value % limbBase
                carry = value / limbBase
            }
            var k = i + rhs.limbs.count
            while carry > 0 {
                let value = result[k] + carry
                result[k] = value % limbBase
                carry = value / limbBase
                k += 1
            }
        }
        return Self(limbs: result.map { UInt32($0) })
    }

    func multipliedByPowerOfTen(_ exponent: Int) -> Self {
        guard exponent > 0, !self.isZero else { return self }
        var power = Self(1)
        var remaining = exponent
        while remaining >= 9 {
            power = power * Self(Self.limbBase)
            remaining -= 9
        }
        var small: UInt64 = 1
        for _ in 0..<remaining { small *= 10 }
        return self * (power * Self(small))
    }

    /// Long division digit by digit: the operands have at most ~100 digits, so at most nine
    /// subtractions per digit are cheap and simpler than Knuth's algorithm D.
    func quotientAndRemainder(dividingBy divisor: Self) -> (quotient: Self, remainder: Self) {
        precondition(!divisor.isZero, "DecimalMagnitude division by zero")
        if self < divisor { return (.zero, self) }
        var quotientDigits: [UInt8] = []
        var remainder = Self.zero
        for digit in self.digitString.utf8 {
            remainder = remainder * Self(10) + Self(UInt64(digit - 0x30))
            var count: UInt8 = 0
            while !(remainder < divisor) {
                remainder = remainder - divisor
                count += 1
            }
            quotientDigits.append(0x30 + count)
        }
        return (Self(digits: quotientDigits) ?? .zero, remainder)
    }
}
