/// Turns wildcard text into ``WildcardPattern`` elements, following DM's table selector
/// (`pkg/util/table-rule-selector`): see ``WildcardPattern`` for the grammar.
struct WildcardParser {
    let text: String
    let scalars: [Unicode.Scalar]

    init(text: String, caseSensitive: Bool) {
        self.text = text
        // DM lower-cases the pattern itself, so `[A-Z]` becomes `[a-z]` too.
        self.scalars = Array((caseSensitive ? text : text.lowercased()).unicodeScalars)
    }

    func parse() throws -> (elements: [WildcardPattern.Element], isPrefix: Bool) {
        var elements: [WildcardPattern.Element] = []
        var index = 0
        while index < scalars.count {
            switch scalars[index] {
            case "*":
                guard index == scalars.count - 1 else { throw error(.starNotLast) }
                return (elements, true)
            case "?":
                elements.append(.anyScalar)
                index += 1
            case "[":
                // No closing bracket: DM treats `[` as an ordinary character.
                guard let close = scalars[(index + 1)...].firstIndex(of: "]") else {
                    elements.append(.scalar("["))
                    index += 1
                    continue
                }
                elements.append(.set(try parseSet(scalars[(index + 1)..<close])))
                index = close + 1
            default:
                elements.append(.scalar(scalars[index]))
                index += 1
            }
        }
        return (elements, false)
    }

    /// The inside of `[...]`.
    private func parseSet(_ body: ArraySlice<Unicode.Scalar>) throws -> WildcardPattern.ScalarSet {
        var body = body
        var set = WildcardPattern.ScalarSet(negated: false, ranges: [])
        if body.first == "!" {
            set.negated = true
            body = body.dropFirst()
        }
        var index = body.startIndex
        while index < body.endIndex {
            let low = body[index]
            // `a-z` needs a character after the dash inside the set; otherwise `-` is literal.
            if index + 2 < body.endIndex, body[index + 1] == "-" {
                let high = body[index + 2]
                guard low.value <= high.value else { throw error(.reversedRange("\(low)-\(high)")) }
                set.ranges.append(low.value...high.value)
                index += 3
            } else {
                set.ranges.append(low.value...low.value)
                index += 1
            }
        }
        if set.ranges.isEmpty {
            // DM reads `[!]` as the character `!`; `[]` can match nothing, so it is a mistake.
            guard set.negated else { throw error(.emptySet) }
            let bang: Unicode.Scalar = "!"
            return WildcardPattern.ScalarSet(negated: false, ranges: [bang.value...bang.value])
        }
        return set
    }

    private func error(_ reason: WildcardPatternError.Reason) -> WildcardPatternError {
        WildcardPatternError(pattern: text, reason: reason)
    }
}
