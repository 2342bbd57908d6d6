/// A row of the index that a night could not decode, and what the night did instead.
///
/// The index is written only by crosscheck, so a row that does not decode means a damaged file, a bug, or an edit by
/// hand. The night goes on (its articles and groups are still there), but it says so, naming the row, rather than
/// quietly working from something else: an editor reading tonight's report should know that an indexed article's
/// facts were extracted again, or that a group's changes were worked out without its stored state.
///
///     UnreadableRecord(kind: .facts, subject: "hespress-1042", row: 88, reason: "…").description
///     // "the stored facts of article hespress-1042 (row 88) do not decode (…); extracted again from its text"
public struct UnreadableRecord: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable {
        /// An indexed article's facts: extracted again from its stored text, and stored again by the commit.
        case facts
        /// A stored group's snapshot: tonight's change list counts every source and figure of the group as new.
        case snapshot
        /// A change record's member rows, some of which are no longer indexed (pruned since the night): the page
        /// rebuilt from the record lists the others.
        case members
    }

    public var kind: Kind
    /// The article's id, or the group's report id.
    public var subject: String
    /// The article's row id, or the group's id, in the index.
    public var row: Int64
    /// Why it does not decode, as the decoder says it.
    public var reason: String

    public var description: String {
        switch kind {
        case .facts:
            return "the stored facts of article \(subject) (row \(row)) do not decode (\(reason)); extracted again "
                + "from its text and stored again"
        case .snapshot:
            return "the stored state of group \(subject) does not decode (\(reason)); tonight's changes list the "
                + "whole group as new"
        case .members:
            return "the night's page of group \(subject) (id \(row)) cannot list all its members (\(reason)); it "
                + "lists those still indexed"
        }
    }
}
