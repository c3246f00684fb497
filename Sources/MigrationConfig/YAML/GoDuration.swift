import Yams

/// A duration written the way DM (Go) writes them: `5m0s`, `60s`, `1h30m`, `500ms`, `1.5h`.
public struct GoDuration: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var nanoseconds: Int64

    public init(nanoseconds: Int64) {
        self.nanoseconds = nanoseconds
    }

    public static func seconds(_ seconds: Int64) -> GoDuration { GoDuration(nanoseconds: seconds * 1_000_000_000) }
    public static func minutes(_ minutes: Int64) -> GoDuration { .seconds(minutes * 60) }

    public static func < (lhs: GoDuration, rhs: GoDuration) -> Bool { lhs.nanoseconds < rhs.nanoseconds }

    public var timeInterval: Double { Double(self.nanoseconds) / 1e9 }

    private static let units: [(String, Double)] = [
        ("ns", 1), ("us", 1e3), ("µs", 1e3), ("μs", 1e3), ("ms", 1e6), ("s", 1e9), ("m", 60e9), ("h", 3600e9),
    ]

    /// Parses Go's `time.ParseDuration` syntax; nil when malformed.
    public init?(parsing text: String) {
        var rest = Substring(text)
        var negative = false
        if rest.first == "-" || rest.first == "+" {
            negative = rest.first == "-"
            rest = rest.dropFirst()
        }
        if rest == "0" {
            self.nanoseconds = 0
            return
        }
        guard !rest.isEmpty else { return nil }
        var total = 0.0
        while !rest.isEmpty {
            let number = rest.prefix { $0.isNumber || $0 == "." }
            guard !number.isEmpty, let value = Double(number) else { return nil }
            rest = rest.dropFirst(number.count)
            let unitText = rest.prefix { !($0.isNumber || $0 == ".") }
            guard let unit = Self.units.first(where: { $0.0 == unitText }) else { return nil }
            rest = rest.dropFirst(unitText.count)
            total += value * unit.1
        }
        guard total < 9.2e18 else { return nil }
        self.nanoseconds = Int64(total.rounded()) * (negative ? -1 : 1)
    }

    /// Go's `Duration.String()`: `1h0m0s`, `5m0s`, `1.5s`, `500ms`, `0s`.
    public var description: String {
        if self.nanoseconds == 0 { return "0s" }
        let sign = self.nanoseconds < 0 ? "-" : ""
        let magnitude = self.nanoseconds.magnitude
        if magnitude < 1_000_000_000 {
            let (unit, scale): (String, UInt64) = magnitude < 1_000 ? ("ns", 1) : magnitude < 1_000_000 ? ("µs", 1_000) : ("ms", 1_000_000)
            return sign + Self.decimal(magnitude, scale: scale) + unit
        }
        let hours = magnitude / 3_600_000_000_000
        let minutes = magnitude / 60_000_000_000 % 60
        let seconds = Self.decimal(magnitude % 60_000_000_000, scale: 1_000_000_000)
        var text = sign
        if hours > 0 { text += "\(hours)h" }
        if hours > 0 || minutes > 0 { text += "\(minutes)m" }
        return text + seconds + "s"
    }

    /// `value / scale` printed without trailing zeros in the fraction.
    private static func decimal(_ value: UInt64, scale: UInt64) -> String {
        let whole = value / scale
        var fraction = value % scale
        guard fraction > 0 else { return String(whole) }
        var digits = String(scale).count - 1
        while fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        let text = String(fraction)
        return "\(whole)." + String(repeating: "0", count: digits - text.count) + text
    }
}

extension GoDuration: ConfigCodable {
    static func decode(_ node: Node, at path: ConfigPath, context: DecodeContext) -> GoDuration? {
        guard case .scalar(let scalar) = node, let value = GoDuration(parsing: scalar.string) else {
            context.error("expected a duration such as 30s, 5m or 1h30m, got \(node.describedForError)", at: path, mark: node.mark)
            return nil
        }
        return value
    }

    func encode(_ options: ExportOptions) -> Node { .plainString(self.description) }
}
