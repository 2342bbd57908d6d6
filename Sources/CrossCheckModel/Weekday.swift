/// A day of the week; raw values count from Sunday = 0 as in most calendars of the Arab world and the US.
public enum Weekday: Int, CaseIterable, Codable, Sendable {
    case sunday = 0
    case monday, tuesday, wednesday, thursday, friday, saturday

    public var englishName: String {
        ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"][rawValue]
    }
}
