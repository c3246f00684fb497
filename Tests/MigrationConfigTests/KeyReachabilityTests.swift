import Foundation
import Testing
import Yams

@testable import MigrationConfig

/// Every key DM's example files set is reachable in the parsed value: the normalized export
/// (which is written from the parsed value only) holds the same value at the same key path.
@Suite struct KeyReachabilityTests {
    static let files = ["dm-example-task.yaml", "dm-example-task-all-keys.yaml", "dm-example-source.yaml", "dm-example-source-all-keys.yaml"]

    @Test(arguments: files) func everyWrittenKeySurvivesIntoTheParsedValue(_ name: String) throws {
        let path = DMFixtureTests.path(name)
        let text = try ConfigLoader.read(path)
        let original = try #require(try Yams.compose(yaml: text))
        let exported: String
        switch try ConfigLoader.detectKind(yaml: text, file: path) {
        case .task: exported = try ConfigLoader.loadTask(yaml: text).value.exportYAML(ExportOptions(maskSecrets: false))
        case .source: exported = try ConfigLoader.loadSource(yaml: text).value.exportYAML(ExportOptions(maskSecrets: false))
        }
        let normalized = try #require(try Yams.compose(yaml: exported))
        var leaves = 0
        Self.compare(original, normalized, path: name, leaves: &leaves)
        #expect(leaves >= 8, "\(name): only \(leaves) keys compared")
    }

    /// Walks `original`; each scalar must equal the scalar at the same path in `normalized`
    /// (integers and durations compared by value, since the export writes them in normal form).
    static func compare(_ original: Node, _ normalized: Node?, path: String, leaves: inout Int) {
        switch original {
        case .mapping(let mapping):
            guard case .mapping(let other)? = normalized else {
                if mapping.isEmpty { return }
                Issue.record("\(path): a mapping in the file, \(normalized.map { "\($0)" } ?? "nothing") in the export")
                return
            }
            for (key, value) in mapping {
                let keyText = key.string ?? "?"
                Self.compare(value, other[keyText], path: "\(path).\(keyText)", leaves: &leaves)
            }
        case .sequence(let sequence):
            guard case .sequence(let other)? = normalized, other.count == sequence.count else {
                Issue.record("\(path): a list of \(sequence.count) in the file, \(normalized.map { "\($0)" } ?? "nothing") in the export")
                return
            }
            for (index, item) in sequence.enumerated() {
                Self.compare(item, other[index], path: "\(path)[\(index)]", leaves: &leaves)
            }
        case .scalar(let scalar):
            leaves += 1
            // `key: null` means "not set": the export writes the default instead.
            if scalar.style == .plain && ["null", "~", ""].contains(scalar.string) { return }
            guard let exported = normalized?.scalar?.string else {
                Issue.record("\(path): '\(scalar.string)' in the file, \(normalized.map { "\($0)" } ?? "nothing") in the export")
                return
            }
            let same =
                exported == scalar.string
                || (GoDuration(parsing: exported) != nil && GoDuration(parsing: exported) == GoDuration(parsing: scalar.string))
                || (Double(exported) != nil && Double(exported) == Double(scalar.string))
            #expect(same, "\(path): '\(scalar.string)' in the file, '\(exported)' in the export")
        case .alias:
            Issue.record("\(path): aliases are not expected in DM's examples")
        }
    }
}
