/// Which way a date that leaves something out is placed on the calendar.
///
/// News reports what happened: "السبت" and "4 أبريل" are the latest such days on or before the publication date.
/// Calendar assistants (Duckling, Recognizers-Text) read the same words as the next such day; the evaluation against
/// their corpora uses `forward` so that both conventions are measured by the same parser.
public enum DateDirection: String, Codable, Sendable {
    /// The latest matching day on or before the reference date (news; the default).
    case backward
    /// The next matching day: a bare weekday is the next one after the reference date, a day and month without a
    /// year the first one on or after it.
    case forward
}
