import Facts
import Reports

/// What a group looked like at the end of a night: its sources, figures and event date, for tomorrow's diff.
///
/// Stored as JSON with each group in the index. Members and figures are sorted, so the same group always encodes to
/// the same text and an unchanged group is recognised by comparing two strings.
struct GroupSnapshot: Codable, Hashable, Sendable {
    struct Member: Codable, Hashable, Sendable {
        var id: String
        var outlet: String?
    }

    /// One kind of figure ("killed", "injured: american") and the distinct values the sources give, ascending.
    struct Figure: Codable, Hashable, Sendable {
        var key: String
        var values: [String]
    }

    var members: [Member]
    var figures: [Figure]
    var eventDate: String?

    init(members: [Member], figures: [Figure], eventDate: String?) {
        self.members = members
        self.figures = figures
        self.eventDate = eventDate
    }

    init(_ report: GroupReport) {
        members = report.members.map { Member(id: $0.id, outlet: $0.outlet) }.sorted { $0.id < $1.id }
        var byKey: [String: Set<String>] = [:]
        for row in report.comparison.rows {
            for entry in row.entries {
                byKey[row.key.description, default: []].insert(Self.figure(entry.fact.count))
            }
        }
        figures = byKey.keys.sorted().map { Figure(key: $0, values: byKey[$0]!.sorted()) }
        eventDate = report.comparison.eventDate?.commonDate?.iso
    }

    /// A figure as the change list shows it: "12", "at least 12", "at most 30", "12–15".
    static func figure(_ count: CountInterval) -> String {
        func number(_ value: Double) -> String {
            value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        }
        switch (count.min, count.max) {
        case (let low?, let high?): return low == high ? number(low) : number(low) + "–" + number(high)
        case (let low?, nil): return "at least " + number(low)
        case (nil, let high?): return "at most " + number(high)
        case (nil, nil): return "unknown"
        }
    }
}
