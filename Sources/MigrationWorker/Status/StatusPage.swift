/// The page at `/`: the task's status, refreshed every 2 seconds, without scripts.
enum StatusPage {
    static func html(_ report: TaskStatusReport) -> String {
        var rows = ""
        for subtask in report.subtasks {
            var detail = ""
            if let load = subtask.load, !load.finished || subtask.sync == nil {
                let percent = load.estimatedRows > 0 ? min(100, 100 * load.rows / load.estimatedRows) : 0
                detail = "<progress max=\"100\" value=\"\(percent)\"></progress> \(load.rows) rows, \(load.bytes / 1_000_000) MB, "
                    + "chunks \(load.chunksDone)/\(load.chunksPlanned), \(Int(load.rowsPerSecond)) rows/s"
                    + (load.etaSeconds.map { ", ETA \(Int($0)) s" } ?? "") + (load.finished ? ", finished" : "")
            }
            if let sync = subtask.sync {
                detail = "read \(sync.readPosition ?? "-"), committed \(sync.committedPosition ?? "-"), lag \(Int(sync.lagSeconds)) s, "
                    + "\(Int(sync.rowsPerSecond)) rows/s, \(sync.rows) rows, \(sync.ddl) DDL"
                    + (sync.caughtUp ? ", caught up" : "") + (sync.safeMode ? ", safe mode" : "")
                    + (sync.paused.map { "<br><b>paused:</b> \(Self.escaped($0))" } ?? "")
            }
            rows += "<tr><td>\(Self.escaped(subtask.source))</td><td>\(subtask.stage)</td><td>\(detail)</td></tr>\n"
        }
        return """
            <!doctype html>
            <html><head><meta charset="utf-8"><meta http-equiv="refresh" content="2">
            <title>dm: \(Self.escaped(report.task))</title>
            <style>body{font-family:sans-serif;margin:2em}td,th{padding:.3em 1em;text-align:left;border-bottom:1px solid #ddd}</style>
            </head><body>
            <h1>task \(Self.escaped(report.task)) (\(report.taskMode))</h1>
            <table><tr><th>source</th><th>stage</th><th>progress</th></tr>
            \(rows)</table>
            <p><a href="/status">/status</a> (JSON) · <a href="/metrics">/metrics</a> (Prometheus)</p>
            </body></html>

            """
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
