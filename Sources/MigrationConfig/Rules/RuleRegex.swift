import Foundation

/// A compiled regular expression from a task file (`~` names, `sql-pattern`, `table-regexp`...).
///
/// DM compiles these with Go's RE2 syntax. This wraps `NSRegularExpression` (ICU), which is
/// `Sendable` and safe to share between tasks; `Regex<AnyRegexOutput>` is not `Sendable` in Swift 6.
/// The RE2 spellings ICU lacks are rewritten first (see ``RE2Translation``): `(?P<name>...)` and
/// one-letter classes such as `\pL`. Everything in DM's examples (`^t_[\d]+`, `(?i)`,
/// `^DROP\s+PROCEDURE`, `[\s\S]*`) is the same in both. Known differences: `\d`, `\w` and `\s`
/// also match non-ASCII digits, letters and spaces in ICU; RE2's `(?U)` is rejected.
public struct RuleRegex: Sendable, Hashable, CustomStringConvertible {
    /// The pattern as written.
    public let pattern: String
    /// When false, the expression ignores case (as if it started with `(?i)`).
    public let caseSensitive: Bool
    private let regex: NSRegularExpression

    public init(_ pattern: String, caseSensitive: Bool = true) throws {
        self.pattern = pattern
        self.caseSensitive = caseSensitive
        do {
            regex = try NSRegularExpression(
                pattern: RE2Translation.icuPattern(for: pattern),
                options: caseSensitive ? [] : [.caseInsensitive]
            )
        } catch {
            throw RuleRegexError(pattern: pattern)
        }
    }

    /// Whether the expression matches anywhere in `text` (Go's `MatchString`; anchor with `^`/`$`).
    public func matches(_ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// The leftmost match in `text`, with its capture groups.
    public func firstMatch(in text: String) -> Match? {
        guard let result = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
            let whole = Range(result.range, in: text)
        else { return nil }
        let groups = (1..<max(result.numberOfRanges, 1)).map { index -> String? in
            Range(result.range(at: index), in: text).map { String(text[$0]) }
        }
        return Match(wholeMatch: String(text[whole]), groups: groups)
    }

    /// The number of capture groups in the expression.
    public var captureGroupCount: Int { regex.numberOfCaptureGroups }

    /// One match: the matched text and capture groups 1...n (`nil` for a group that did not take part).
    public struct Match: Sendable, Hashable {
        public let wholeMatch: String
        public let groups: [String?]
    }

    public static func == (lhs: RuleRegex, rhs: RuleRegex) -> Bool {
        lhs.pattern == rhs.pattern && lhs.caseSensitive == rhs.caseSensitive
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(pattern)
        hasher.combine(caseSensitive)
    }

    public var description: String { pattern }
}

/// A regular expression that does not compile.
public struct RuleRegexError: Error, Hashable, CustomStringConvertible {
    public let pattern: String

    public init(pattern: String) {
        self.pattern = pattern
    }

    /// Foundation's error says only "The value is invalid", so the reason comes from Swift's own
    /// regex parser, which reports the position and problem (for example "expected ')'").
    public var description: String {
        let reason: String
        do {
            _ = try Regex(pattern)
            reason = "it uses syntax the regular expression engine does not support (for example RE2's `(?U)`)"
        } catch {
            reason = "\(error)"
        }
        return "invalid regular expression \"\(pattern)\": \(reason)"
    }
}
