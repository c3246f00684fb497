/// Where a value sits in a config file: `mysql-instances[0].meta.binlog-pos`.
public struct ConfigPath: Sendable, Hashable, CustomStringConvertible {
    public enum Component: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    public var components: [Component]

    public init(_ components: [Component] = []) {
        self.components = components
    }

    public func appending(_ key: String) -> ConfigPath {
        ConfigPath(self.components + [.key(key)])
    }

    public func appending(index: Int) -> ConfigPath {
        ConfigPath(self.components + [.index(index)])
    }

    public var description: String {
        var text = ""
        for component in self.components {
            switch component {
            case .key(let key):
                if !text.isEmpty { text += "." }
                text += key
            case .index(let index):
                text += "[\(index)]"
            }
        }
        return text.isEmpty ? "(top level)" : text
    }
}
