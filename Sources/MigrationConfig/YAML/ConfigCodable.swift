import Yams

/// A value that can be read from a YAML node (reporting problems to the context) and written
/// back as a normalized YAML node.
protocol ConfigCodable: Equatable {
    /// Nil when the node is unusable; the problem has been reported.
    static func decode(_ node: Node, at path: ConfigPath, context: DecodeContext) -> Self?
    func encode(_ options: ExportOptions) -> Node
    /// What a `null` value means for this type, when null is allowed (sections: all defaults).
    static var emptyValue: Self? { get }
}

/// How `config export` writes values.
public struct ExportOptions: Sendable {
    /// Write passwords as `******` (the default): secrets never leave through an export.
    public var maskSecrets: Bool

    public init(maskSecrets: Bool = true) {
        self.maskSecrets = maskSecrets
    }
}

extension Node {
    static func plainString(_ text: String) -> Node {
        // Tag str with the "any" style lets the emitter quote only where YAML would otherwise
        // read the text as something else (`"64"`, `"true"`, `""`).
        // An empty plain scalar would read back as null, so empty strings are quoted.
        Node.scalar(.init(text, Tag(.str), text.isEmpty ? .singleQuoted : .any))
    }

    static func plainInt<T: BinaryInteger>(_ value: T) -> Node {
        Node.scalar(.init(String(value), Tag(.int), .plain))
    }

    static func plainBool(_ value: Bool) -> Node {
        Node.scalar(.init(value ? "true" : "false", Tag(.bool), .plain))
    }
}

extension String: ConfigCodable {
    static func decode(_ node: Node, at path: ConfigPath, context: DecodeContext) -> String? {
        guard case .scalar(let scalar) = node else {
            context.error("expected a string, got \(node.describedForError)", at: path, mark: node.mark)
            return nil
        }
        return scalar.string
    }

    func encode(_ options: ExportOptions) -> Node { .plainString(self) }
}

extension Bool: ConfigCodable {
    static func decode(_ node: Node, at path: ConfigPath, context: DecodeContext) -> Bool? {
        if case .scalar(let scalar) = node {
            switch scalar.string.lowercased() {
            case "true", "yes", "on": return true
            case "false", "no", "off": return false
            default: break
            }
        }
        context.error("expected true or false, got \(node.describedForError)", at: path, mark: node.mark)
        return nil
    }

    func encode(_ options: ExportOptions) -> Node { .plainBool(self) }
}

/// Integers of every width decode the same way, with a range check.
protocol ConfigInteger: ConfigCodable, FixedWidthInteger {}

extension ConfigInteger {
    static func decode(_ node: Node, at path: ConfigPath, context: DecodeContext) -> Self? {
        guard case .scalar(let scalar) = node, let value = Self(scalar.string.replacingUnderscores) else {
            if case .scalar(let scalar) = node, Int64(scalar.string) != nil || UInt64(scalar.string) != nil {
                context.error("\(scalar.string) is out of range (\(Self.min)...\(Self.max))", at: path, mark: node.mark)
            } else {
                context.error("expected an integer, got \(node.describedForError)", at: path, mark: node.mark)
            }
            return nil
        }
        return value
    }

    func encode(_ options: ExportOptions) -> Node { .plainInt(self) }
}

extension Int: ConfigInteger {}
extension Int64: ConfigInteger {}
extension UInt32: ConfigInteger {}
extension UInt64: ConfigInteger {}

extension Double: ConfigCodable {
    static func decode(_ node: Node, at path: ConfigPath, context: DecodeContext) -> Double? {
        guard case .scalar(let scalar) = node, let value = Double(scalar.string) else {
            context.error("expected a number, got \(node.describedForError)", at: path, mark: node.mark)
            return nil
        }
        return value
    }

    func encode(_ options: ExportOptions) -> Node {
        Node.scalar(.init(self == self.rounded() && abs(self) < 1e15 ? String(Int64(self)) : String(self), Tag(.float), .plain))
    }
}

extension String {
    fileprivate var replacingUnderscores: String {
        self.contains("_") ? self.replacingOccurrences(of: "_", with: "") : self
    }
}

extension Array: ConfigCodable where Element: ConfigCodable {
    static func decode(_ node: Node, at path: ConfigPath, context: DecodeContext) -> [Element]? {
        // DM accepts a single scalar where a one-element list is meant? No: Go's YAML does not,
        // and neither do we, so a typo like `route-rules: r1` is caught.
        guard case .sequence(let sequence) = node else {
            context.error("expected a list, got \(node.describedForError)", at: path, mark: node.mark)
            return nil
        }
        var values: [Element] = []
        var failed = false
        for (index, item) in sequence.enumerated() {
            let itemPath = path.appending(index: index)
            context.record(itemPath, at: item.mark)
            if let value = Element.decode(item, at: itemPath, context: context) {
                values.append(value)
            } else {
                failed = true
            }
        }
        return failed ? nil : values
    }

    func encode(_ options: ExportOptions) -> Node {
        Node.sequence(.init(self.map { $0.encode(options) }, Tag(.seq), .block))
    }
}

/// Maps keyed by rule or config name. Exported with keys sorted, so exports are stable.
extension Dictionary: ConfigCodable where Key == String, Value: ConfigCodable {
    static func decode(_ node: Node, at path: ConfigPath, context: DecodeContext) -> [String: Value]? {
        guard case .mapping(let mapping) = node else {
            context.error("expected a mapping of names to values, got \(node.describedForError)", at: path, mark: node.mark)
            return nil
        }
        var values: [String: Value] = [:]
        for (keyNode, valueNode) in mapping {
            guard case .scalar(let key) = keyNode else {
                context.error("expected a name as key, got \(keyNode.describedForError)", at: path, mark: keyNode.mark)
                continue
            }
            let itemPath = path.appending(key.string)
            context.record(itemPath, at: keyNode.mark)
            if valueNode.isNull, let empty = Value.emptyValue {
                values[key.string] = empty
            } else if let value = Value.decode(valueNode, at: itemPath, context: context) {
                values[key.string] = value
            }
        }
        return values
    }

    func encode(_ options: ExportOptions) -> Node {
        let pairs = self.keys.sorted().map { (Node.plainString($0), self[$0]!.encode(options)) }
        return Node.mapping(.init(pairs, Tag(.map), .block))
    }
}

extension ConfigCodable {
    static var emptyValue: Self? { nil }
}

/// Enums spelled as in DM's files: decode case-insensitively, suggest the nearest spelling.
protocol ConfigEnum: ConfigCodable, CaseIterable, RawRepresentable where RawValue == String {}

extension ConfigEnum {
    static func decode(_ node: Node, at path: ConfigPath, context: DecodeContext) -> Self? {
        guard case .scalar(let scalar) = node else {
            context.error("expected one of \(Self.spellings), got \(node.describedForError)", at: path, mark: node.mark)
            return nil
        }
        if let value = Self.allCases.first(where: { $0.rawValue.lowercased() == scalar.string.lowercased() }) {
            return value
        }
        var message = "expected one of \(Self.spellings), got '\(scalar.string)'"
        if let nearest = NearestKey.suggestion(for: scalar.string, among: Self.allCases.map(\.rawValue)), !nearest.isEmpty {
            message += "; did you mean '\(nearest)'?"
        }
        context.error(message, at: path, mark: node.mark)
        return nil
    }

    func encode(_ options: ExportOptions) -> Node { .plainString(self.rawValue) }

    static var spellings: String {
        Self.allCases.map { $0.rawValue.isEmpty ? "\"\"" : $0.rawValue }.joined(separator: ", ")
    }
}
