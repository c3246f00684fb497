/// FNV-1a over UTF-8: the same value in every process, unlike `Hasher`. Applier assignment
/// must not change between runs (see `SyncUnit.commit`).
enum StableHash {
    static func of(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }
}
