/// DM's schema/table wildcard ("table selector" / "wildcard matching" in DM's docs), compiled once.
///
/// - `*` matches zero or more characters; there may be only one and it must be the last character
///   (`doc*` is allowed, `do*c` is not).
/// - `?` matches exactly one character.
/// - `[abc]`, `[a-z0-9]` match one character of the set; `[!...]` one character outside it.
///   As in DM, a `[` without a closing `]` is an ordinary character, the set ends at the first `]`,
///   `-` at either end of a set is literal, and `[!]` matches `!`.
/// - Everything else matches itself.
///
/// The empty pattern matches only the empty name (engines treat an empty `table-pattern` as
/// "schema-level rule" before getting here).
///
/// Without `caseSensitive`, the pattern and the names are compared lower-cased, as DM does.
/// DM's matcher works on bytes; this one works on Unicode scalars, which is the same for ASCII
/// names and lets `?` match one accented letter.
public struct WildcardPattern: Sendable, Hashable, CustomStringConvertible {
    /// The pattern as written.
    public let text: String
    public let caseSensitive: Bool
    private let elements: [Element]
    /// A final `*`: the name may continue after the elements.
    private let isPrefix: Bool

    enum Element: Sendable, Hashable {
        case scalar(Unicode.Scalar)
        case anyScalar
        case set(ScalarSet)
    }

    struct ScalarSet: Sendable, Hashable {
        var negated: Bool
        var ranges: [ClosedRange<UInt32>]

        func contains(_ scalar: Unicode.Scalar) -> Bool {
            ranges.contains { $0.contains(scalar.value) } != negated
        }
    }

    public init(_ text: String, caseSensitive: Bool) throws {
        self.text = text
        self.caseSensitive = caseSensitive
        (elements, isPrefix) = try WildcardParser(text: text, caseSensitive: caseSensitive).parse()
    }

    /// Whether the whole `name` matches.
    public func matches(_ name: String) -> Bool {
        let scalars = caseSensitive ? name.unicodeScalars : name.lowercased().unicodeScalars
        var iterator = scalars.makeIterator()
        for element in elements {
            guard let scalar = iterator.next() else { return false }
            switch element {
            case .scalar(let expected): if scalar != expected { return false }
            case .anyScalar: break
            case .set(let set): if !set.contains(scalar) { return false }
            }
        }
        return isPrefix || iterator.next() == nil
    }

    /// Whether the pattern has no wildcard at all, so it matches only its own text.
    public var isLiteral: Bool {
        !isPrefix && elements.allSatisfy { if case .scalar = $0 { true } else { false } }
    }

    public var description: String { text }
}

/// What is wrong with a wildcard pattern.
public struct WildcardPatternError: Error, Hashable, CustomStringConvertible {
    public enum Reason: Sendable, Hashable {
        /// A `*` that is not the last character (this includes a second `*`).
        case starNotLast
        /// `[]`, which can match nothing.
        case emptySet
        /// `[z-a]`, which can match nothing.
        case reversedRange(String)
    }

    public let pattern: String
    public let reason: Reason

    public init(pattern: String, reason: Reason) {
        self.pattern = pattern
        self.reason = reason
    }

    public var description: String {
        let what = switch reason {
        case .starNotLast: "`*` must be the last character and may appear only once (use `~` and a regular expression where allowed)"
        case .emptySet: "`[]` is an empty character set and matches nothing"
        case .reversedRange(let range): "the character range `\(range)` is reversed and matches nothing"
        }
        return "invalid wildcard pattern \"\(pattern)\": \(what)"
    }
}
