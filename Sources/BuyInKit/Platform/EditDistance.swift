/// How many letters to add, remove, change or swap with their neighbour to turn one word into
/// another (optimal string alignment), for suggesting the name a person meant (`margret` →
/// Margaret, `lgo` → log).
public enum EditDistance {
    static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        var beforePrevious: [Int] = []
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
                if i > 0, j > 0, x == b[j - 1], a[i - 1] == y { current[j + 1] = min(current[j + 1], beforePrevious[j - 1] + 1) }
            }
            beforePrevious = previous
            previous = current
        }
        return previous[b.count]
    }

    /// The candidates closest to `typed`, when close enough to be a slip: at most one letter in
    /// four wrong, compared with the whole name or with any of its words.
    public static func nearest(to typed: String, among candidates: [(key: String, value: String)]) -> [String] {
        let limit = max(1, typed.count / 4)
        var best: [(distance: Int, value: String)] = []
        for candidate in candidates {
            let distance = ([candidate.key] + candidate.key.split(separator: " ").map(String.init))
                .map { between(typed, $0) }.min() ?? Int.max
            if distance <= limit { best.append((distance, candidate.value)) }
        }
        guard let smallest = best.map(\.distance).min() else { return [] }
        return best.filter { $0.distance == smallest }.map(\.value)
    }
}
