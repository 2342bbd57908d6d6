import CrossCheckModel
import Foundation

/// Turns the `published` values found in manifests, JSONL and HTML metadata into a `CivilDate`.
///
/// Accepted: an ISO date or timestamp string (`2023-10-12`, `2023-10-12T08:00:00+01:00`: the date part is the
/// publisher's own calendar day, which is what a reader of the page saw), or a Unix timestamp in seconds or
/// milliseconds, as a number or a string of digits (`1697097600` → 2023-10-12, UTC).
enum PublishedDate {
    static func parse(_ value: Any) -> CivilDate? {
        if let text = value as? String {
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if let date = CivilDate(iso: trimmed) { return date }
            if !trimmed.isEmpty, trimmed.allSatisfy(\.isASCII), let seconds = Double(trimmed) {
                return fromTimestamp(seconds)
            }
            return nil
        }
        // JSON `true` must not become 1970-01-01.
        if JSONLines.isBoolean(value) { return nil }
        if let number = value as? Int { return fromTimestamp(Double(number)) }
        if let number = value as? Double { return fromTimestamp(number) }
        return nil
    }

    static func fromTimestamp(_ value: Double) -> CivilDate? {
        guard value.isFinite else { return nil }
        // Values past the year 5138 in seconds are taken as milliseconds (JavaScript's Date.now()).
        let seconds = abs(value) > 1e11 ? value / 1000 : value
        return CivilDate(daysSinceEpoch: Int((seconds / 86_400).rounded(.down)))
    }
}
