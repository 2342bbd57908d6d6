/// The words that hedge a figure, before it ("أكثر من 2500") or after it ("17 على الأقل").
///
/// Each maps to a `Qualifier`, which decides the interval the figure stands for (see the table in `Qualifier`).
/// Ranges ("بين 20 و30", "من 20 إلى 30", "20 to 30", "entre 20 et 30") are read by the quantity parser from the
/// `rangeOpeners` and `rangeJoiners` below.
enum Qualifiers {
    static let before: [(String, Qualifier)] = [
        ("أكثر من", .moreThan), ("أزيد من", .moreThan), ("ما يزيد عن", .moreThan), ("ما يزيد على", .moreThan),
        ("يزيد عن", .moreThan), ("يزيد على", .moreThan), ("ما يربو على", .moreThan), ("ما يفوق", .moreThan),
        ("يفوق", .moreThan), ("أكثر من", .moreThan), ("فوق", .moreThan), ("more than", .moreThan),
        ("over", .moreThan), ("in excess of", .moreThan), ("plus de", .moreThan), ("plus d", .moreThan),
        ("ما لا يقل عن", .atLeast), ("لا يقل عن", .atLeast), ("على الأقل", .atLeast), ("at least", .atLeast),
        ("au moins", .atLeast), ("نحو", .about), ("حوالي", .about), ("حوالى", .about), ("قرابة", .about),
        ("زهاء", .about), ("ما يقارب", .about), ("يقارب", .about), ("ما يناهز", .about), ("يناهز", .about),
        ("ما يقرب من", .about), ("تقريبا", .about), ("about", .about), ("around", .about), ("nearly", .about),
        ("almost", .about), ("approximately", .about), ("roughly", .about), ("some", .about),
        ("an estimated", .about), ("environ", .about), ("près de", .about), ("pres d", .about),
        ("quelque", .about), ("حتى", .upTo), ("ما يصل إلى", .upTo), ("ما يصل الى", .upTo), ("up to", .upTo),
        ("as many as", .upTo), ("jusqu à", .upTo), ("أقل من", .lessThan), ("less than", .lessThan),
        ("fewer than", .lessThan), ("moins de", .lessThan), ("moins d", .lessThan),
    ]

    /// Qualifiers written after the figure (and its noun): "17 على الأقل", "20 people at least".
    static let after: [(String, Qualifier)] = [
        ("على الأقل", .atLeast), ("at least", .atLeast), ("au moins", .atLeast), ("تقريبا", .about),
        ("approximately", .about), ("or more", .atLeast), ("أو أكثر", .atLeast),
    ]

    /// Words that open a range: "بين 20 و30", "من 20 إلى 30", "between 20 and 30", "entre 20 et 30".
    static let rangeOpeners: [(String, Bool)] = [
        ("بين", true), ("ما بين", true), ("من", false), ("between", true), ("from", false), ("entre", true),
        ("de", false),
    ]

    /// Words that join the two ends of a range ("to", "إلى", "et", "-").
    static let rangeJoiners: [(String, Bool)] = [
        ("و", true), ("and", true), ("et", true), ("إلى", false), ("الى", false), ("حتى", false), ("to", false),
        ("à", false), ("a", false), ("-", false), ("–", false),
    ]

    /// Words after a number that make it a share, not a count: "20%", "20 في المئة".
    static let percent: [(String, Bool)] = [
        ("%", true), ("٪", true), ("في المئة", true), ("في المائة", true), ("بالمئة", true), ("بالمائة", true),
        ("percent", true), ("per cent", true), ("pour cent", true),
    ]

    static let examples: [PatternExample] = [
        PatternExample("أدى إلى مقتل أكثر من 2500 شخص", "killed more_than [2501, ]", .casualties),
        PatternExample("قتل أزيد من 30 شخصا", "killed more_than [31, ]", .casualties),
        PatternExample("قتل ما يزيد عن 40 شخصا", "killed more_than [41, ]", .casualties),
        PatternExample("more than 100 people were killed", "killed more_than [101, ]", .casualties),
        PatternExample("plus de 50 morts", "killed more_than [51, ]", .casualties),
        PatternExample("فقد ما لا يقل عن 17 مواطنا", "missing at_least [17, ]", .casualties),
        PatternExample("killed at least 20 people", "killed at_least [20, ]", .casualties),
        PatternExample("au moins 12 blessés", "injured at_least [12, ]", .casualties),
        PatternExample("قتل 17 شخصا على الأقل", "killed at_least [17, ]", .casualties),
        PatternExample("إصابة نحو 100 شخص", "injured about [90, 110]", .casualties),
        PatternExample("مقتل حوالي 10 أشخاص", "killed about [9, 11]", .casualties),
        PatternExample("مقتل قرابة 5 أشخاص", "killed about [4, 6]", .casualties),
        PatternExample("about 30 people were injured", "injured about [27, 33]", .casualties),
        PatternExample("نزوح زهاء 2000 شخص", "displaced about [1800, 2200]", .casualties),
        PatternExample("مقتل ما يقارب 50 شخصا", "killed about [45, 55]", .casualties),
        PatternExample("قد يصل عدد القتلى حتى 40 شخصا", "killed up_to [0, 40] hypothetical", .casualties),
        PatternExample("nearly 3,000 people were displaced", "displaced about [2700, 3300]", .casualties),
        PatternExample("environ 200 déplacés", "displaced about [180, 220]", .casualties),
        PatternExample("مقتل ما يصل إلى 40 شخصا", "killed up_to [0, 40]", .casualties),
        PatternExample("killed up to 40 people", "killed up_to [0, 40]", .casualties),
        PatternExample("less than 10 people were wounded", "injured less_than [0, 9]", .casualties),
        PatternExample("moins de 10 blessés", "injured less_than [0, 9]", .casualties),
        PatternExample("مقتل بين 20 و30 شخصا", "killed range [20, 30]", .casualties),
        PatternExample("مقتل من 20 إلى 30 شخصا", "killed range [20, 30]", .casualties),
        PatternExample("between 20 and 30 people were killed", "killed range [20, 30]", .casualties),
        PatternExample("killed 20 to 30 people", "killed range [20, 30]", .casualties),
        PatternExample("entre 20 et 30 morts", "killed range [20, 30]", .casualties),
        PatternExample("ارتفعت نسبة القتلى 20 في المئة", "", .casualties),
    ]
}
