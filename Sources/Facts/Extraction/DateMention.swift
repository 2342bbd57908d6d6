import CrossCheckModel

/// The parts of a date as the text wrote them, before they are placed on the calendar.
///
/// "أمس الأربعاء 11 أكتوبر الجاري" is relative −1, weekday Wednesday, day 11, month 10, modifier `current`, no year.
struct DateMention: Sendable {
    var first: Int {
        get { Int(_first) }
        set { _first = Int32(clamping: newValue) }
    }
    var last: Int {
        get { Int(_last) }
        set { _last = Int32(clamping: newValue) }
    }
    var relativeDay: Int? {
        get { _relativeDay.map(Int.init) }
        set { _relativeDay = newValue.map(Int16.init(clamping:)) }
    }
    var weekday: Weekday?
    var day: Int? {
        get { _day.map(Int.init) }
        set { _day = newValue.map(Int16.init(clamping:)) }
    }
    var month: MonthName?
    var year: Int? {
        get { _year.map(Int.init) }
        set { _year = newValue.map(Int16.init(clamping:)) }
    }
    /// "الماضي"/"last" (−1), "المقبل"/"next" (+1), "الجاري"/"this" (0); a month "after next" (+2).
    var modifier: Int? {
        get { _modifier.map(Int.init) }
        set { _modifier = newValue.map(Int16.init(clamping:)) }
    }
    /// "11 من الشهر الجاري" (0), "of last month" (−1): the month is the publication month plus this.
    var relativeMonth: Int? {
        get { _relativeMonth.map(Int.init) }
        set { _relativeMonth = newValue.map(Int16.init(clamping:)) }
    }
    /// "الشهر الماضي" (month, −1), "هذا العام" (year, 0): a whole month or year relative to the publication date.
    var relativePeriod: (grain: DateFact.Grain, offset: Int)? {
        get { _relativePeriod.map { ($0.grain, Int($0.offset)) } }
        set { _relativePeriod = newValue.map { ($0.grain, Int16(clamping: $0.offset)) } }
    }
    /// "شهر تموز", "في شوال", "in March": a month named on its own is a date only after such a cue.
    var monthCue = false
    /// A cue before the date says the article refers back to it ("حدود", "ذكرى", "war").
    var historicalCue = false
    /// A date the grammar composed (a relative period, a shift, a holiday, a set), placed by `DateResolver`.
    var expression: DateExpression?
    /// The part of the period the mention names: "end of March".
    var part: PeriodPart?
    /// The other end of an interval ("from 13 to 15 July"): zero or one mention.
    var rangeEnd: [DateMention] = []
    /// A bare day written as one ("le 13", "the 13th", "الثالث"), not a plain number that may count people.
    var isMarkedDay = false
    /// Days added after the weekday is placed: "mercredi en huit" (+7), "lundi en quinze" (+14), "wednesday after
    /// next" (+7 after the next one).
    var extraDays: Int {
        get { Int(_extraDays) }
        set { _extraDays = Int16(clamping: newValue) }
    }
    /// "next Friday", "vendredi prochain": the Friday of next week, as both corpora read it.
    var inNextWeek = false
    /// "the third quarter next year": the year of a quarter relative to the anchor's.
    var yearOffset: Int {
        get { Int(_yearOffset) }
        set { _yearOffset = Int16(clamping: newValue) }
    }
    /// "the week of 6 October": the week that contains the date.
    var weekOf = false
    /// "thanksgiving in 3 years", "of next year": the holiday of the year the anchor moves to.
    var holidayShift: [(unit: DateUnit, count: Int)] = []
    /// "three days after Easter": steps that move the date once it is placed.
    var afterShift: [(unit: DateUnit, count: Int)] = []
    /// "the third Tuesday of September 2014" (3, Tuesday), "the last week of October" (−1, nil): the nth weekday
    /// or week of the month the rest of the mention names.
    var nth: Int? {
        get { _nth.map(Int.init) }
        set { _nth = newValue.map(Int16.init(clamping:)) }
    }
    var nthWeekday: Weekday?
    var nthIsWeek = false
    /// "for 3 days from today", "18th Dec for 10 days": the date starts a span of that many units.
    var duration: (unit: DateUnit, count: Int)? {
        get { _duration.map { ($0.unit, Int($0.count)) } }
        set { _duration = newValue.map { ($0.unit, Int16(clamping: $0.count)) } }
    }
    /// "the 2nd closest Monday to Oct 5th": the rank and the date the candidates are nearest to (zero or one).
    var closestRank: Int {
        get { Int(_closestRank) }
        set { _closestRank = Int16(clamping: newValue) }
    }
    var closestTo: [DateMention] = []
    /// French corpora cut weeks and years into parts differently ("en début d'année" is January and February),
    /// and read a count of years to the month ("dans un an").
    var frenchParts = false
    /// "since 2014", "before 2018": the date bounds a period open at its other end.
    var openSide: OpenBound.Side?
    /// "the first six months of 2023", "first half of 2023": the part of the period the mention names.
    var slice: DateParser.PeriodSlice?

    // The small numbers are stored in 16 bits: a mention is copied at every rule that reads one, and its size was
    // a tenth of the extraction time (memmove). The accessors above keep the arithmetic in `Int`.
    private var _first: Int32 = 0
    private var _last: Int32 = 0
    private var _relativePeriod: (grain: DateFact.Grain, offset: Int16)?
    private var _duration: (unit: DateUnit, count: Int16)?
    private var _relativeDay: Int16?
    private var _day: Int16?
    private var _year: Int16?
    private var _modifier: Int16?
    private var _relativeMonth: Int16?
    private var _extraDays: Int16 = 0
    private var _yearOffset: Int16 = 0
    private var _nth: Int16?
    private var _closestRank: Int16 = 0

    init(first: Int) {
        self._first = Int32(clamping: first)
        self._last = Int32(clamping: first)
    }

    /// True when the parts make a date worth reporting.
    var isComplete: Bool {
        if relativeDay != nil || weekday != nil || relativePeriod != nil || expression != nil { return true }
        if day != nil && (month != nil || relativeMonth != nil) { return true }
        if month != nil { return year != nil || modifier != nil || monthCue }
        return year != nil
    }

    var grain: DateFact.Grain {
        if let expression { return expression.grain }
        if let relativePeriod { return relativePeriod.grain }
        if relativeDay != nil || weekday != nil || day != nil { return .day }
        return month != nil ? .month : .year
    }
}
