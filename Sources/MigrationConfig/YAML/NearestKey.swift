/// Suggestions for misspelt keys and values ("did you mean ...?").
enum NearestKey {
    /// The candidate closest to `word` by edit distance, if it is close enough to be a likely typo.
    static func suggestion(for word: String, among candidates: [String]) -> String? {
        let lowered = word.lowercased()
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = Self.editDistance(Array(lowered.unicodeScalars), Array(candidate.lowercased().unicodeScalars))
            // Among equally distant candidates prefer one the word abbreviates (`binlog_fmt` →
            // `binlog_format`), then the alphabetically first, so messages do not depend on
            // dictionary order.
            if best == nil || distance < best!.distance
                || (distance == best!.distance && Self.rank(lowered, candidate) < Self.rank(lowered, best!.candidate))
            {
                best = (candidate, distance)
            }
        }
        guard let best else { return nil }
        // A third of the word may differ: catches `rout-rules`, `task_mode`, not unrelated words.
        let limit = max(2, lowered.unicodeScalars.count / 3)
        return best.distance <= limit ? best.candidate : nil
    }

    private static func rank(_ word: String, _ candidate: String) -> (Int, String) {
        (Self.isSubsequence(word, of: candidate.lowercased()) ? 0 : 1, candidate)
    }

    private static func isSubsequence(_ word: String, of text: String) -> Bool {
        var remaining = Substring(text)
        for character in word {
            guard let index = remaining.firstIndex(of: character) else { return false }
            remaining = remaining[remaining.index(after: index)...]
        }
        return true
    }

    /// Levenshtein distance, counting `-`/`_` swaps as free since DM users mix them up.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let same = a[i - 1] == b[j - 1] || (Self.isSeparator(a[i - 1]) && Self.isSeparator(b[j - 1]))
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (same ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "_"
    }
}
