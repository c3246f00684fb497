/// A schema or table name pattern of a block-allow list or route rule: a regular expression when it
/// starts with `~` (the rest is the expression, matched anywhere in the name unless anchored, as in
/// DM's `~^test.*`), otherwise a ``WildcardPattern`` (a name without wildcards matches only itself).
///
/// Without `caseSensitive`, regular expressions ignore case and wildcards compare lower-cased,
/// as DM does.
public enum NamePattern: Sendable, Hashable, CustomStringConvertible {
    case wildcard(WildcardPattern)
    case regex(RuleRegex)

    public init(_ text: String, caseSensitive: Bool) throws {
        if text.hasPrefix("~") {
            self = .regex(try RuleRegex(String(text.dropFirst()), caseSensitive: caseSensitive))
        } else {
            self = .wildcard(try WildcardPattern(text, caseSensitive: caseSensitive))
        }
    }

    public func matches(_ name: String) -> Bool {
        switch self {
        case .wildcard(let pattern): pattern.matches(name)
        case .regex(let regex): regex.matches(name)
        }
    }

    /// The pattern as written, with the `~` of a regular expression.
    public var description: String {
        switch self {
        case .wildcard(let pattern): pattern.text
        case .regex(let regex): "~" + regex.pattern
        }
    }
}
