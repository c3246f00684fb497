/// Feeds mutated copies of real events to a decoder that has seen the real events before them
/// (so table maps and the format description are in place). For the mutation test and the
/// time-bounded fuzz run: every input must decode or throw `BinlogDecodeError`.
public enum BinlogMutator {
    public struct Stats: Sendable {
        public var decoded = 0
        public var rejected = 0
        public init() {}
    }

    public static func run(events: [[UInt8]], iterations: Int, rng: inout SplitMix64) -> Stats {
        var stats = Stats()
        guard !events.isEmpty else { return stats }
        for _ in 0..<iterations {
            let index = Int(rng.next() % UInt64(events.count))
            var decoder = BinlogDecoder()
            decoder.verifyChecksums = rng.next() % 4 == 0  // mostly skip CRCs so mutations reach the body decoders
            for event in events[..<index] { _ = try? decoder.decode(event) }
            let mutated = self.mutate(events[index], rng: &rng)
            do {
                _ = try decoder.decode(mutated)
                stats.decoded += 1
            } catch {
                stats.rejected += 1
            }
        }
        return stats
    }

    /// Flips, inserts, deletes and overwrites bytes; sometimes keeps the size field consistent
    /// so the mutation reaches the body decoders.
    public static func mutate(_ event: [UInt8], rng: inout SplitMix64) -> [UInt8] {
        var bytes = event
        let edits = 1 + Int(rng.next() % 4)
        for _ in 0..<edits {
            guard !bytes.isEmpty else { break }
            let position = Int(rng.next() % UInt64(bytes.count))
            switch rng.next() % 5 {
            case 0: bytes[position] ^= UInt8(truncatingIfNeeded: 1 << (rng.next() % 8))
            case 1: bytes[position] = UInt8(truncatingIfNeeded: rng.next())
            case 2: bytes.insert(UInt8(truncatingIfNeeded: rng.next()), at: position)
            case 3: bytes.remove(at: position)
            default: bytes[position] = [0x00, 0xFF, 0xFB, 0xFC, 0xFE, 0x7F, 0x80][Int(rng.next() % 7)]
            }
        }
        if rng.next() % 2 == 0 && bytes.count >= BinlogEventHeader.size {
            let size = UInt32(bytes.count)
            for i in 0..<4 { bytes[9 + i] = UInt8(truncatingIfNeeded: size >> (8 * UInt32(i))) }
        }
        return bytes
    }
}

/// A small, seedable generator, so a failing input can be found again.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64
    public init(seed: UInt64) { self.state = seed }
    public mutating func next() -> UInt64 {
        self.state &+= 0x9E37_79B9_7F4A_7C15
        var z = self.state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
