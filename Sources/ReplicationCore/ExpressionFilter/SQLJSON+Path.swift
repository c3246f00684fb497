/// A MySQL JSON path: `$`, `$.a`, `$."a b"`, `$[0]`, `$[last]`, `$[*]`, `$.*`, `$**.a`.
struct SQLJSONPath: Sendable, Hashable {
    enum Leg: Sendable, Hashable {
        case member(String)
        case anyMember
        case index(Int)
        /// `[last]` or `[last-N]`.
        case fromLast(Int)
        case anyIndex
        /// `**`: this value and every value nested in it.
        case anyDescendant
    }

    var legs: [Leg]

    var hasWildcard: Bool {
        self.legs.contains { leg in
            switch leg {
            case .anyMember, .anyIndex, .anyDescendant: return true
            default: return false
            }
        }
    }

    init?(_ text: String) {
        let chars = Array(text.unicodeScalars)
        var index = 0
        func skipSpaces() { while index < chars.count, chars[index] == " " { index += 1 } }
        skipSpaces()
        guard index < chars.count, chars[index] == "$" else { return nil }
        index += 1
        var legs: [Leg] = []
        while true {
            skipSpaces()
            guard index < chars.count else { break }
            switch chars[index] {
            case ".":
                index += 1
                skipSpaces()
                guard index < chars.count else { return nil }
                if chars[index] == "*" {
                    legs.append(.anyMember)
                    index += 1
                } else if chars[index] == "\"" {
                    index += 1
                    var key = String.UnicodeScalarView()
                    while index < chars.count, chars[index] != "\"" {
                        if chars[index] == "\\", index + 1 < chars.count { index += 1 }
                        key.append(chars[index])
                        index += 1
                    }
                    guard index < chars.count else { return nil }
                    index += 1
                    legs.append(.member(String(key)))
                } else {
                    var key = String.UnicodeScalarView()
                    while index < chars.count,
                        chars[index] == "_" || chars[index] == "$" || chars[index].properties.isAlphabetic
                            || ("0"..."9").contains(chars[index])
                    {
                        key.append(chars[index])
                        index += 1
                    }
                    guard !key.isEmpty else { return nil }
                    legs.append(.member(String(key)))
                }
            case "[":
                index += 1
                var body = ""
                while index < chars.count, chars[index] != "]" {
                    body.unicodeScalars.append(chars[index])
                    index += 1
                }
                guard index < chars.count else { return nil }
                index += 1
                let trimmed = body.filter { $0 != " " }
                if trimmed == "*" {
                    legs.append(.anyIndex)
                } else if trimmed == "last" {
                    legs.append(.fromLast(0))
                } else if trimmed.hasPrefix("last-"), let back = Int(trimmed.dropFirst(5)), back >= 0 {
                    legs.append(.fromLast(back))
                } else if let position = Int(trimmed), position >= 0 {
                    legs.append(.index(position))
                } else {
                    return nil
                }
            case "*":
                guard index + 1 < chars.count, chars[index + 1] == "*" else { return nil }
                index += 2
                legs.append(.anyDescendant)
            default:
                return nil
            }
        }
        if legs.last == .anyDescendant { return nil }
        self.legs = legs
    }
}

extension SQLJSON {
    /// Every value the path selects, in document order.
    func values(at path: SQLJSONPath) -> [SQLJSON] {
        var current = [self]
        for leg in path.legs {
            current = current.flatMap { $0.step(leg) }
        }
        return current
    }

    private func step(_ leg: SQLJSONPath.Leg) -> [SQLJSON] {
        switch (leg, self) {
        case (.member(let key), .object(let members)):
            return members[key].map { [$0] } ?? []
        case (.anyMember, .object(let members)):
            return members.keys.sorted(by: SQLJSON.keyOrder).map { members[$0]! }
        case (.index(let position), .array(let values)):
            return position < values.count ? [values[position]] : []
        case (.index(0), _):
            // MySQL treats a scalar as a one-element array: `$[0]` of 5 is 5.
            return [self]
        case (.fromLast(let back), .array(let values)):
            return back < values.count ? [values[values.count - 1 - back]] : []
        case (.anyIndex, .array(let values)):
            return values
        case (.anyDescendant, _):
            return [self] + self.descendants
        default:
            return []
        }
    }

    private var descendants: [SQLJSON] {
        switch self {
        case .array(let values): return values.flatMap { [$0] + $0.descendants }
        case .object(let members): return members.keys.sorted(by: SQLJSON.keyOrder).flatMap { [members[$0]!] + members[$0]!.descendants }
        default: return []
        }
    }
}
