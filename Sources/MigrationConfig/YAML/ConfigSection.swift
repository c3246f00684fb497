import Yams

/// Whether the project acts on a key yet. Keys it does not act on are still accepted and kept
/// (so export round-trips), and `dm config check` reports them when they are set.
enum FieldSupport: Equatable {
    case supported
    case notYetSupported
    case deprecated(String)
}

/// One key of a YAML mapping, bound to a property of a config struct. The key is declared once
/// and used for reading, writing, unknown-key suggestions and support notices.
/// Unchecked Sendable: every stored value is immutable and the closures capture only key paths
/// and Sendable defaults.
struct ConfigField<Root>: @unchecked Sendable {
    let key: String
    let support: FieldSupport
    let isRequired: Bool
    let decode: (inout Root, Node, ConfigPath, DecodeContext) -> Void
    let encode: (Root, ExportOptions) -> Node
    let isDefault: (Root) -> Bool

    init(
        key: String, support: FieldSupport = .supported, required: Bool = false,
        decode: @escaping (inout Root, Node, ConfigPath, DecodeContext) -> Void, encode: @escaping (Root, ExportOptions) -> Node,
        isDefault: @escaping (Root) -> Bool
    ) {
        self.key = key
        self.support = support
        self.isRequired = required
        self.decode = decode
        self.encode = encode
        self.isDefault = isDefault
    }

    init<Value: ConfigCodable & Sendable>(
        _ key: String, _ keyPath: WritableKeyPath<Root, Value>, default defaultValue: Value, support: FieldSupport = .supported,
        required: Bool = false
    ) {
        self.key = key
        self.support = support
        self.isRequired = required
        self.decode = { root, node, path, context in
            if let value = Value.decode(node, at: path, context: context) {
                root[keyPath: keyPath] = value
            }
        }
        self.encode = { root, options in root[keyPath: keyPath].encode(options) }
        self.isDefault = { root in root[keyPath: keyPath] == defaultValue }
    }

    /// An optional section or value: `null` or absent leaves it nil; exported only when set.
    init<Value: ConfigCodable & Sendable>(
        _ key: String, optional keyPath: WritableKeyPath<Root, Value?>, support: FieldSupport = .supported, required: Bool = false
    ) {
        self.key = key
        self.support = support
        self.isRequired = required
        self.decode = { root, node, path, context in
            if let value = Value.decode(node, at: path, context: context) {
                root[keyPath: keyPath] = value
            }
        }
        self.encode = { root, options in root[keyPath: keyPath].map { $0.encode(options) } ?? Node.scalar(.init("null", Tag(.null), .plain)) }
        self.isDefault = { root in root[keyPath: keyPath] == nil }
    }
}

/// A YAML mapping decoded field by field. Unknown keys are errors with the nearest valid key.
protocol ConfigSection: ConfigCodable {
    init()
    static var fields: [ConfigField<Self>] { get }
    /// Checks that need several keys of this section; runs after its fields were read.
    func validate(at path: ConfigPath, context: DecodeContext)
}

extension ConfigSection {
    func validate(at path: ConfigPath, context: DecodeContext) {}

    static var emptyValue: Self? { Self() }

    static func decode(_ node: Node, at path: ConfigPath, context: DecodeContext) -> Self? {
        guard case .mapping(let mapping) = node else {
            context.error("expected a mapping, got \(node.describedForError)", at: path, mark: node.mark)
            return nil
        }
        var value = Self()
        var seen: Set<String> = []
        let fields = Self.fields
        for (keyNode, valueNode) in mapping {
            guard case .scalar(let keyScalar) = keyNode else {
                context.error("expected a key, got \(keyNode.describedForError)", at: path, mark: keyNode.mark)
                continue
            }
            let key = keyScalar.string
            let fieldPath = path.appending(key)
            guard let field = fields.first(where: { $0.key == key }) else {
                var message = "unknown key '\(key)'"
                if let nearest = NearestKey.suggestion(for: key, among: fields.map(\.key)) {
                    message += "; did you mean '\(nearest)'?"
                } else {
                    message += "; valid keys here: \(fields.map(\.key).joined(separator: ", "))"
                }
                context.error(message, at: fieldPath, mark: keyNode.mark)
                continue
            }
            context.record(fieldPath, at: keyNode.mark)
            // `key: null` (as DM's own exports write) means "not set": keep the default.
            if valueNode.isNull { continue }
            seen.insert(key)
            field.decode(&value, valueNode, fieldPath, context)
            switch field.support {
            case .supported:
                break
            case .notYetSupported:
                if !field.isDefault(value) {
                    context.notice("accepted, but not yet supported by this project: the value is kept and ignored", at: fieldPath)
                }
            case .deprecated(let advice):
                if !field.isDefault(value) {
                    context.notice("deprecated: \(advice)", at: fieldPath)
                }
            }
        }
        for field in fields where field.isRequired && !seen.contains(field.key) {
            context.error("missing required key '\(field.key)'", at: path.appending(field.key), mark: node.mark)
        }
        value.validate(at: path, context: context)
        return value
    }

    func encode(_ options: ExportOptions) -> Node {
        let pairs = Self.fields.map { (Node.plainString($0.key), $0.encode(self, options)) }
        return Node.mapping(.init(pairs, Tag(.map), .block))
    }
}
