import Foundation

/// String comparison under a collation. Letters are folded to upper case (the weights of the
/// `_general_ci` collations, so `'a' < 'B'` and `'_' > 'Z'`), accents are stripped for
/// accent-insensitive collations, and the folded code points are compared in order. This is an
/// approximation of MySQL's weight tables: the UCA (`_0900_`) orders punctuation differently, and
/// contractions such as `ß = ss` are not modelled.
extension SQLCollation {
    /// The code points a string compares by (before PAD SPACE trimming).
    func foldedScalars(_ text: String) -> [UInt32] {
        if self.isBinary || (!self.isCaseInsensitive && !self.isAccentInsensitive) {
            return text.unicodeScalars.map(\.value)
        }
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII fast path: accents cannot occur, only case matters.
            return text.utf8.map { byte in
                self.isCaseInsensitive && byte >= 0x61 && byte <= 0x7A ? UInt32(byte - 0x20) : UInt32(byte)
            }
        }
        var folded = text
        if self.isAccentInsensitive { folded = folded.folding(options: .diacriticInsensitive, locale: nil) }
        if self.isCaseInsensitive { folded = folded.uppercased() }
        return folded.unicodeScalars.map(\.value)
    }

    /// Three-way comparison: negative, zero or positive.
    func compare(_ lhs: String, _ rhs: String) -> Int {
        var a = self.foldedScalars(lhs)
        var b = self.foldedScalars(rhs)
        if self.padsSpace {
            while a.last == 0x20 { a.removeLast() }
            while b.last == 0x20 { b.removeLast() }
        }
        return Self.compare(a, b)
    }

    static func compare<T: Comparable>(_ a: [T], _ b: [T]) -> Int {
        for (x, y) in zip(a, b) where x != y { return x < y ? -1 : 1 }
        return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
    }
}
