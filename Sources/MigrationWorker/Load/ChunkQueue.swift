/// Chunks waiting to be loaded: the planner pushes, workers take. `next()` waits while the
/// queue is empty and returns nil once it is closed and drained.
actor ChunkQueue {
    private var items: [Chunk] = []
    private var head = 0
    private var waiters: [CheckedContinuation<Chunk?, Never>] = []
    private var closed = false

    func push(_ chunk: Chunk) {
        if !self.waiters.isEmpty {
            self.waiters.removeFirst().resume(returning: chunk)
        } else {
            self.items.append(chunk)
        }
    }

    /// No more chunks will come (also on failure, so workers stop waiting).
    func close() {
        self.closed = true
        for waiter in self.waiters { waiter.resume(returning: nil) }
        self.waiters.removeAll()
    }

    func next() async -> Chunk? {
        if self.head < self.items.count {
            defer { self.head += 1 }
            return self.items[self.head]
        }
        if self.closed { return nil }
        return await withCheckedContinuation { self.waiters.append($0) }
    }
}
