/// One line a person can follow: rows and bytes done of the estimate, chunks, rate and ETA.
public enum ProgressLine {
    public static func format(_ report: LoadProgress.Report, label: String) -> String {
        let percent = report.estimatedRows > 0 ? min(100, Double(report.rows) * 100 / Double(report.estimatedRows)) : 100
        let filled = Int(percent / 5)
        let bar = "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: 20 - filled) + "]"
        var line = "\(label): \(bar) \(Self.count(report.rows))/\(Self.count(report.estimatedRows)) rows (\(Self.fixed(percent))%), "
            + "\(Self.bytes(report.bytes)), chunks \(report.chunksDone)/\(report.chunksPlanned), "
            + "\(Self.count(Int(report.rowsPerSecond))) rows/s, \(Self.bytes(Int(report.bytesPerSecond)))/s"
        if report.finished {
            line += ", done in \(Self.duration(report.elapsed))"
        } else if let eta = report.eta {
            line += ", ETA \(Self.duration(eta))"
        }
        return line
    }

    static func count(_ value: Int) -> String {
        switch value {
        case 10_000_000...: "\(value / 1_000_000)M"
        case 10_000...: "\(value / 1_000)k"
        default: "\(value)"
        }
    }

    static func bytes(_ value: Int) -> String {
        switch value {
        case (1 << 30)...: "\(Self.fixed(Double(value) / Double(1 << 30))) GiB"
        case (1 << 20)...: "\(Self.fixed(Double(value) / Double(1 << 20))) MiB"
        case (1 << 10)...: "\(Self.fixed(Double(value) / Double(1 << 10))) KiB"
        default: "\(value) B"
        }
    }

    static func fixed(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    static func duration(_ duration: Duration) -> String {
        let seconds = Int(duration.components.seconds)
        if seconds >= 3600 { return "\(seconds / 3600)h\(seconds % 3600 / 60)m" }
        if seconds >= 60 { return "\(seconds / 60)m\(seconds % 60)s" }
        let tenths = Int((Double(duration.components.attoseconds) / 1e17).rounded(.down))
        return "\(seconds).\(tenths)s"
    }
}
