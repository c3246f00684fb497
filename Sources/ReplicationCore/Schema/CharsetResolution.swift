import SQLSyntax

/// How a database, table or column gets its charset and collation in MariaDB 10.11: what is
/// written wins, otherwise it inherits from the level above (column ← table ← database ←
/// server). A charset alone picks its default collation, a collation alone implies its
/// charset, and the `BINARY` attribute picks the charset's `_bin` collation.
struct CharsetResolution: Hashable, Sendable {
    var charset: String
    var collation: String

    /// - Parameters:
    ///   - charset: `CHARACTER SET x` as written (`DEFAULT` means inherit).
    ///   - collation: `COLLATE x` as written (`DEFAULT` means inherit).
    ///   - binary: the column attribute `BINARY`.
    ///   - inherited: what the level above resolves to.
    ///   - owner: the object being defined, for error messages.
    static func resolve(
        charset: String?, collation: String?, binary: Bool = false, inherited: CharsetResolution, owner: String
    ) throws(SchemaTrackerError) -> CharsetResolution {
        let charsetName = charset.flatMap { $0.uppercased() == "DEFAULT" ? nil : $0 }
        let collationName = collation.flatMap { $0.uppercased() == "DEFAULT" ? nil : $0 }
        var resolvedCharset: String?
        if let charsetName {
            guard let canonical = CharsetCatalog.canonicalCharset(charsetName) else {
                throw SchemaTrackerError(.unknownCharset, 1115, "Unknown character set: '\(charsetName)' for \(owner)")
            }
            resolvedCharset = canonical
        }
        if let collationName {
            let canonical = CharsetCatalog.canonicalCollation(collationName)
            guard let owning = CharsetCatalog.charset(ofCollation: canonical) else {
                throw SchemaTrackerError(.unknownCharset, 1273, "Unknown collation: '\(collationName)' for \(owner)")
            }
            if let resolvedCharset, resolvedCharset != owning {
                throw SchemaTrackerError(
                    .collationMismatch, 1253,
                    "COLLATION '\(canonical)' is not valid for CHARACTER SET '\(resolvedCharset)' (\(owner))")
            }
            return CharsetResolution(charset: owning, collation: canonical)
        }
        if let resolvedCharset {
            let collation = binary
                ? CharsetCatalog.binaryCollation(of: resolvedCharset)
                : CharsetCatalog.defaultCollation(of: resolvedCharset)
            return CharsetResolution(charset: resolvedCharset, collation: collation)
        }
        if binary {
            return CharsetResolution(charset: inherited.charset, collation: CharsetCatalog.binaryCollation(of: inherited.charset))
        }
        return inherited
    }

    /// Charset and collation from table or database options (`CHARACTER SET`, `COLLATE`).
    static func resolve(
        options: [SQLTableOption], inherited: CharsetResolution, owner: String
    ) throws(SchemaTrackerError) -> CharsetResolution? {
        let charset = options.last { $0.name == "CHARACTER SET" || $0.name == "CHARSET" }?.value
        let collation = options.last { $0.name == "COLLATE" || $0.name == "COLLATION" }?.value
        guard charset != nil || collation != nil else { return nil }
        return try resolve(charset: charset, collation: collation, inherited: inherited, owner: owner)
    }
}
