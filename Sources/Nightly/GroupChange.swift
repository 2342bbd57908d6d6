import CrossCheckModel

/// One thing that changed in a group during a night, as the nightly report lists it.
///
///     GroupChange(kind: .changedFigure, detail: "killed: 12 → 12, 15")
public struct GroupChange: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Sendable {
        /// The group did not exist before tonight.
        case newGroup = "new group"
        /// An article joined the group.
        case newSource = "new source"
        /// An article left the group (regrouping split or merged it).
        case sourceLeft = "source left"
        /// A stored group was found to be the same story and merged into this one (its articles are listed as new
        /// sources); the merged group's id is no longer used.
        case mergedStory = "merged story"
        /// A kind of figure no source of the group gave before.
        case newFact = "new fact"
        /// A kind of figure whose values changed.
        case changedFigure = "changed figure"
        /// The event date the sources agree on changed.
        case eventDate = "event date"
    }

    public var kind: Kind
    public var detail: String

    public init(kind: Kind, detail: String) {
        self.kind = kind
        self.detail = detail
    }

    /// The changes from `before` (nil: the group is new) to `after`, sources first, then facts.
    static func changes(from before: GroupSnapshot?, to after: GroupSnapshot) -> [GroupChange] {
        var changes: [GroupChange] = []
        if before == nil {
            changes.append(
                GroupChange(kind: .newGroup, detail: CountedNoun.phrase(after.members.count, "article")))
        }
        let oldMembers = Set(before?.members.map(\.id) ?? [])
        let newMembers = Set(after.members.map(\.id))
        for member in after.members where !oldMembers.contains(member.id) {
            changes.append(GroupChange(kind: .newSource, detail: describe(member)))
        }
        for member in before?.members ?? [] where !newMembers.contains(member.id) {
            changes.append(GroupChange(kind: .sourceLeft, detail: describe(member)))
        }
        var oldFigures: [String: [String]] = [:]
        for figure in before?.figures ?? [] { oldFigures[figure.key] = figure.values }
        for figure in after.figures {
            let values = figure.values.joined(separator: ", ")
            if let old = oldFigures[figure.key] {
                if old != figure.values {
                    changes.append(
                        GroupChange(
                            kind: .changedFigure, detail: "\(figure.key): \(old.joined(separator: ", ")) → \(values)"))
                }
            } else {
                changes.append(GroupChange(kind: .newFact, detail: "\(figure.key): \(values)"))
            }
        }
        if let before, before.eventDate != after.eventDate {
            changes.append(
                GroupChange(kind: .eventDate, detail: "\(before.eventDate ?? "none") → \(after.eventDate ?? "none")"))
        }
        return changes
    }

    private static func describe(_ member: GroupSnapshot.Member) -> String {
        member.outlet.map { "\($0) (\(member.id))" } ?? member.id
    }
}
