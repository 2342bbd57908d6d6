import CrossCheckModel
import Facts

/// Numbers that are not casualty figures ("50 مليار دولار", "49 عاما", "100,000 barrels"), lined up by what they
/// count.
///
/// Headlines that contradict each other often differ only in such a number: "عن عمر يناهز 49 عاما" against "80 عام".
/// The numbers are aligned by their unit word (`UnitWord`), and a row is only made when at least two sources give a
/// number with that unit, so the many incidental numbers of a long article do not each become a line. The verdict
/// is `agree` when some value is given, within rounding, by every source, and `conflict` otherwise; quantities have
/// no `update`, because a sum of money or an age does not grow the way a toll does.
public struct QuantityRow: Hashable, Codable, Sendable {
    /// The normalised unit word the values share ("عام", "دولار", "barrel"); empty for bare numbers.
    public var unit: String
    public var verdict: Verdict
    public var entries: [QuantityEntry]
    /// For a conflict: |a − b| / max(a, b) between the closest values of two sources. Nil otherwise.
    public var relativeDifference: Double?

    public init(unit: String, verdict: Verdict, entries: [QuantityEntry], relativeDifference: Double? = nil) {
        self.unit = unit
        self.verdict = verdict
        self.entries = entries
        self.relativeDifference = relativeDifference
    }
}

/// One source's numbers for a `QuantityRow`, in text order.
public struct QuantityEntry: Hashable, Codable, Sendable {
    public var articleID: String
    public var outlet: String?
    public var published: CivilDate?
    public var numbers: [NumberMention]

    public init(articleID: String, outlet: String? = nil, published: CivilDate? = nil, numbers: [NumberMention]) {
        self.articleID = articleID
        self.outlet = outlet
        self.published = published
        self.numbers = numbers
    }
}
