import Foundation

/// The figures of one run, printed as a markdown table for the README.
struct Report {
    var rows: Int
    var results: [(tool: String, seconds: Double)] = []

    func table() -> String {
        var lines = ["| tool | wall seconds | rows/s |", "| --- | ---: | ---: |"]
        for (tool, seconds) in results {
            lines.append("| \(tool) | " + String(format: "%.2f | %.0f |", seconds, Double(rows) / seconds))
        }
        return lines.joined(separator: "\n")
    }

    /// "ours vs theirs" in both directions: speed-up and share of the time.
    static func comparison(_ ours: Double, _ theirs: Double, against name: String) -> String {
        "dm run vs \(name): "
            + String(format: "%.2fx the speed (%.2f s vs %.2f s, %.0f%% of the time)", theirs / ours, ours, theirs, 100 * ours / theirs)
    }
}
