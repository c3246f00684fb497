/// One JSON object per event, for `dm binlog decode` and `dm binlog stream` (the role
/// `mysqlbinlog -v` plays). Value format:
/// - NULL → `null`; integers → numbers; FLOAT/DOUBLE → numbers (`"inf"`/`"nan"` as strings);
/// - DECIMAL → string with the exact digits (`"-12.50"`); YEAR → number;
/// - DATE/DATETIME/TIME → strings as MySQL prints them; TIMESTAMP → `"seconds.micro"` UTC epoch;
/// - strings/blobs → JSON strings when the bytes are valid UTF-8, else `{"hex": "..."}`;
/// - ENUM → `{"enum": index}`, SET → `{"set": bits}`, BIT → `{"bit": n}`, JSON → its text as a
///   string, GEOMETRY → `{"hex": "..."}` (SRID + WKB); a column absent from the image → `"<absent>"`.
public enum BinlogEventJSON {
    public static func render(_ event: BinlogEvent, file: String?, position: UInt64) -> String {
        var fields: [(String, String)] = []
        if let file { fields.append(("file", quote(file))) }
        fields.append(("pos", String(position)))
        fields.append(("type", quote(event.header.type.description)))
        fields.append(("server_id", String(event.header.serverID)))
        fields.append(("timestamp", String(event.header.timestamp)))
        fields.append(("next_pos", String(event.header.logPosition)))
        switch event.body {
        case .formatDescription(let f):
            fields += [("server_version", quote(f.serverVersion)), ("checksum", quote(f.checksumAlgorithm == .crc32 ? "CRC32" : "NONE"))]
        case .rotate(let r): fields += [("next_file", quote(r.nextFile)), ("next_position", String(r.position))]
        case .query(let q):
            fields += [("schema", quote(q.schema)), ("query", quote(q.queryText)), ("thread_id", String(q.threadID))]
            if let mode = q.status.sqlMode { fields.append(("sql_mode", String(mode))) }
        case .xid(let xid): fields.append(("xid", String(xid)))
        case .tableMap(let t):
            fields += [("table_id", String(t.tableID)), ("schema", quote(t.schema)), ("table", quote(t.table)), ("column_types", "[" + t.columnTypes.map { String($0) }.joined(separator: ",") + "]")]
            if let names = t.optional.columnNames { fields.append(("column_names", "[" + names.map(quote).joined(separator: ",") + "]")) }
        case .rows(let r):
            fields += [("schema", quote(r.schema)), ("table", quote(r.table)), ("kind", quote(r.kind.rawValue))]
            let rows = r.rows.map { change -> String in
                var parts: [String] = []
                if let before = change.before { parts.append("\"before\":" + row(before)) }
                if let after = change.after { parts.append("\"after\":" + row(after)) }
                if let diffs = change.jsonDiffs {
                    let columns = diffs.keys.sorted().map { column in
                        quote(String(column)) + ":[" + diffs[column]!.map { diff in
                            "{\"op\":\(quote("\(diff.operation)")),\"path\":\(quote(diff.path))" + (diff.value.map { ",\"value\":" + quote($0) } ?? "") + "}"
                        }.joined(separator: ",") + "]"
                    }
                    parts.append("\"json_diffs\":{" + columns.joined(separator: ",") + "}")
                }
                return "{" + parts.joined(separator: ",") + "}"
            }
            fields.append(("rows", "[" + rows.joined(separator: ",") + "]"))
        case .intvar(let i): fields += [("intvar_type", String(i.type)), ("value", String(i.value))]
        case .rand(let r): fields += [("seed1", String(r.seed1)), ("seed2", String(r.seed2))]
        case .userVar(let u): fields += [("name", quote(u.name)), ("value", u.value.map { bytes($0) } ?? "null")]
        case .stop: break
        case .incident(let i): fields += [("incident", String(i.type)), ("message", quote(i.message))]
        case .heartbeat(let file): fields.append(("log_file", quote(file)))
        case .loadDataBlock(let block): fields += [("file_id", String(block.fileID)), ("data", bytes(block.data))]
        case .executeLoadQuery(let e):
            fields += [("schema", quote(e.query.schema)), ("query", quote(e.query.queryText)), ("file_id", String(e.fileID))]
        case .deleteFile(let id): fields.append(("file_id", String(id)))
        case .rowsQuery(let q), .annotateRows(let q): fields.append(("query", quote(q)))
        case .xaPrepare(let x): fields += [("one_phase", String(x.onePhase)), ("format_id", String(x.formatID))]
        case .mysqlGTID(let g, let anonymous):
            fields.append(("gtid", anonymous ? "null" : quote("\(g.uuid):" + (g.tag.map { "\($0):" } ?? "") + "\(g.gno)")))
            if let lc = g.lastCommitted, let seq = g.sequenceNumber { fields += [("last_committed", String(lc)), ("sequence_number", String(seq))] }
        case .previousGTIDs(let set): fields.append(("gtid_set", quote(set.description)))
        case .mariadbGTID(let g):
            fields += [("gtid", quote("\(g.gtid.domain)-\(g.gtid.server)-\(g.gtid.sequence)")), ("standalone", String(g.isStandalone))]
        case .mariadbGTIDList(let list): fields.append(("gtid_list", quote(list.map { "\($0.domain)-\($0.server)-\($0.sequence)" }.joined(separator: ","))))
        case .binlogCheckpoint(let file): fields.append(("checkpoint_file", quote(file)))
        case .unsupported(let reason): fields.append(("unsupported", quote(reason)))
        case .transactionPayload(let events):
            fields.append(("events", "[" + events.map { render($0, file: nil, position: 0) }.joined(separator: ",") + "]"))
        case .unknown: break
        }
        return "{" + fields.map { quote($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }

    static func row(_ values: [BinlogValue?]) -> String {
        "[" + values.map { $0.map(value) ?? "\"<absent>\"" }.joined(separator: ",") + "]"
    }

    public static func value(_ value: BinlogValue) -> String {
        switch value {
        case .null: return "null"
        case .int(let v): return String(v)
        case .uint(let v): return String(v)
        case .float(let v): return v.isFinite ? "\(v)" : quote("\(v)")
        case .double(let v): return v.isFinite ? "\(v)" : quote("\(v)")
        case .decimal(let text): return quote(text)
        case .year(let y): return String(y)
        case .temporal(let t): return quote(t.description)
        case .timestamp(let seconds, let micros):
            let fraction = String(micros)
            return quote("\(seconds)." + String(repeating: "0", count: max(0, 6 - fraction.count)) + fraction)
        case .bytes(let b): return bytes(b)
        case .enumIndex(let i): return "{\"enum\":\(i)}"
        case .setBits(let s): return "{\"set\":\(s)}"
        case .bit(let b): return "{\"bit\":\(b)}"
        case .json(let text): return quote(text)
        case .geometry(let g): return "{\"hex\":\"\(hex(g))\"}"
        }
    }

    static func bytes(_ b: [UInt8]) -> String {
        if let text = String(validating: b, as: UTF8.self) { return quote(text) }
        return "{\"hex\":\"\(hex(b))\"}"
    }

    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 15)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A JSON string literal, escaped as MySQL prints JSON strings.
    public static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case _ where scalar.value < 0x20:
                let h = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - h.count) + h
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
