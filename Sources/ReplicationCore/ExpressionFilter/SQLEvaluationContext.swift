import Foundation

/// Session settings an expression is evaluated under. The defaults are DM's: time zone UTC, and
/// string literals in `utf8mb4_bin` (TiDB's default collation).
public struct SQLEvaluationContext: Sendable {
    /// The clock behind NOW(), CURDATE(), UNIX_TIMESTAMP(). Read once per row evaluation, so all
    /// calls in one expression see the same instant. Tests inject a fixed date.
    public var now: @Sendable () -> Date
    /// The session time zone as seconds east of UTC: TIMESTAMP columns, NOW() and FROM_UNIXTIME()
    /// are shown in it. DM evaluates in UTC (0).
    public var sessionTimeZoneOffsetSeconds: Int
    /// The collation of string literals (with derivation `.coercible`, so column collations win).
    public var literalCollation: SQLCollation
    /// Extra scale digits of `/` on exact numbers (MySQL's `div_precision_increment`).
    public var divPrecisionIncrement: Int

    public init(
        now: @escaping @Sendable () -> Date = { Date() }, sessionTimeZoneOffsetSeconds: Int = 0, literalCollation: SQLCollation = .utf8mb4Bin,
        divPrecisionIncrement: Int = 4
    ) {
        self.now = now
        self.sessionTimeZoneOffsetSeconds = sessionTimeZoneOffsetSeconds
        self.literalCollation = literalCollation.with(.coercible)
        self.divPrecisionIncrement = divPrecisionIncrement
    }

    /// The current wall-clock time in the session time zone, in microseconds since 1970-01-01.
    func sessionNowMicroseconds() -> Int64 {
        let utc = Int64((self.now().timeIntervalSince1970 * 1_000_000).rounded(.down))
        return utc + Int64(self.sessionTimeZoneOffsetSeconds) * 1_000_000
    }
}
