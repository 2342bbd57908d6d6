/// Titles before a ruler's name. A definite ordinal right after such a name is a regnal number ("الملك محمد
/// السادس": Mohammed VI), part of the name and never a figure, so `FactExtractor` leaves it out of the numbers.
enum RulerTitles {
    static let all: [String] = [
        "الملك", "الملكة", "الأمير", "الأميرة", "السلطان", "البابا", "الإمام", "الشاه", "القيصر", "الإمبراطور",
    ]

    static let examples: [PatternExample] = [
        PatternExample("استقبل الملك محمد السادس الوفد", "", .numbers),
        PatternExample("رحب السلطان هيثم الأول بالضيوف", "", .numbers),
        PatternExample("انعقدت الدورة السادسة للمجلس", "6th", .numbers),
    ]
}
