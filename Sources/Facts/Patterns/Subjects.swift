/// Who a casualty figure counts, as a key that is the same across spellings and languages.
struct Subject: Sendable, Hashable {
    /// The normalised key ("american", "children"); nil for people in general ("شخص", "people").
    var key: String?
    /// How specific the word is: people 0, nationality 1, group (children, soldiers…) 2. The most specific wins:
    /// "17 مواطنا أمريكيا" is "american", "5 Palestinian children" is "children".
    var rank: Int
    /// The grammatical number of an Arabic noun: 1 singular, 2 dual, nil plural or unknown ("مقتل شخصين" = 2).
    var count: Int?
}

/// The subject table and its examples.
enum Subjects {
    /// Arabic nisba adjectives and their keys: every case, gender and number form is generated from the stem.
    private static let nationalities: [(String, String)] = [
        ("أمريكي", "american"), ("أميركي", "american"), ("إسرائيلي", "israeli"), ("فلسطيني", "palestinian"),
        ("لبناني", "lebanese"), ("سوري", "syrian"), ("مصري", "egyptian"), ("عراقي", "iraqi"), ("مغربي", "moroccan"),
        ("فرنسي", "french"), ("بريطاني", "british"), ("روسي", "russian"), ("أوكراني", "ukrainian"),
        ("سوداني", "sudanese"), ("يمني", "yemeni"), ("إيراني", "iranian"), ("تركي", "turkish"), ("أردني", "jordanian"),
        ("سعودي", "saudi"), ("جزائري", "algerian"), ("تونسي", "tunisian"), ("ليبي", "libyan"), ("أجنبي", "foreign"),
        ("ألماني", "german"), ("تايلاندي", "thai"), ("أفغاني", "afghan"), ("باكستاني", "pakistani"),
    ]

    private static let latinNationalities: [(String, String)] = [
        ("american", "american"), ("americans", "american"), ("israeli", "israeli"), ("israelis", "israeli"),
        ("palestinian", "palestinian"), ("palestinians", "palestinian"), ("lebanese", "lebanese"),
        ("syrian", "syrian"), ("syrians", "syrian"), ("egyptian", "egyptian"), ("egyptians", "egyptian"),
        ("iraqi", "iraqi"), ("iraqis", "iraqi"), ("moroccan", "moroccan"), ("moroccans", "moroccan"),
        ("british", "british"), ("russian", "russian"), ("russians", "russian"), ("ukrainian", "ukrainian"),
        ("ukrainians", "ukrainian"), ("sudanese", "sudanese"), ("foreigners", "foreign"), ("foreign", "foreign"),
        ("américains", "american"), ("israéliens", "israeli"), ("palestiniens", "palestinian"),
        ("libanais", "lebanese"), ("syriens", "syrian"), ("égyptiens", "egyptian"), ("marocains", "moroccan"),
        ("français", "french"), ("étrangers", "foreign"), ("thai", "thai"),
    ]

    private static let groups: [(String, String, Int?)] = [
        ("أطفال", "children", nil), ("طفل", "children", 1), ("طفلا", "children", nil), ("طفلين", "children", 2),
        ("طفلة", "children", 1), ("طفلان", "children", 2), ("أطفالا", "children", nil), ("children", "children", nil),
        ("child", "children", 1), ("kids", "children", nil), ("enfants", "children", nil), ("مدنيين", "civilians", nil),
        ("مدنيا", "civilians", nil), ("مدني", "civilians", 1), ("مدنيون", "civilians", nil), ("مدنيان", "civilians", 2),
        ("civilians", "civilians", nil), ("civils", "civilians", nil), ("نساء", "women", nil), ("امرأة", "women", 1),
        ("امرأتين", "women", 2), ("سيدات", "women", nil), ("women", "women", nil), ("femmes", "women", nil),
        ("جنود", "soldiers", nil), ("جندي", "soldiers", 1), ("جنديا", "soldiers", nil), ("جنديين", "soldiers", 2),
        ("جنديان", "soldiers", 2),
        ("عسكريين", "soldiers", nil), ("عسكريا", "soldiers", nil), ("soldiers", "soldiers", nil),
        ("troops", "soldiers", nil), ("soldats", "soldiers", nil), ("militaires", "soldiers", nil),
        ("صحفيين", "journalists", nil), ("صحفيا", "journalists", nil), ("صحافيين", "journalists", nil),
        ("صحافيا", "journalists", nil), ("journalists", "journalists", nil), ("journalistes", "journalists", nil),
        ("شرطيين", "police", nil), ("policemen", "police", nil), ("police officers", "police", nil),
        ("policiers", "police", nil), ("مسلحين", "militants", nil), ("militants", "militants", nil),
        ("gunmen", "militants", nil), ("مسعفين", "medics", nil), ("medics", "medics", nil),
        ("aid workers", "aid workers", nil), ("طلاب", "students", nil), ("students", "students", nil),
        ("مهاجرين", "migrants", nil), ("مهاجرا", "migrants", nil), ("مهاجرون", "migrants", nil),
        ("migrants", "migrants", nil), ("ركاب", "passengers", nil), ("راكبا", "passengers", nil),
        ("passengers", "passengers", nil), ("passagers", "passengers", nil), ("عمال", "workers", nil),
        ("عاملا", "workers", nil), ("workers", "workers", nil),
        ("gendarmes", "police", nil), ("gendarme", "police", 1), ("policier", "police", 1),
        ("passer-by", "bystanders", 1), ("passers-by", "bystanders", nil), ("bystander", "bystanders", 1),
        ("bystanders", "bystanders", nil), ("passant", "bystanders", 1), ("passants", "bystanders", nil),
        ("passante", "bystanders", 1), ("pedestrian", "pedestrians", 1), ("pedestrians", "pedestrians", nil),
        ("piéton", "pedestrians", 1), ("piétons", "pedestrians", nil), ("piétonne", "pedestrians", 1),
    ]

    private static let people: [(String, Int?)] = [
        ("شخص", 1), ("أشخاص", nil), ("شخصا", nil), ("شخصين", 2), ("شخصان", 2), ("مواطن", 1), ("مواطنين", nil),
        ("مواطنا", nil), ("مواطنون", nil), ("فرد", 1), ("أفراد", nil), ("فردا", nil), ("نسمة", nil),
        ("آخرين", nil), ("آخرون", nil), ("people", nil), ("persons", nil), ("person", 1), ("others", nil),
        ("citizens", nil), ("residents", nil), ("personnes", nil), ("autres", nil), ("citoyens", nil),
        // One person, named by who they were: "قتل شاب", "مصرع رجل"; two with the dual: "أصيب مواطنان".
        ("شاب", 1), ("شابة", 1), ("رجل", 1), ("سيدة", 1), ("فتاة", 1), ("سائق", 1), ("راكب", 1), ("عامل", 1),
        ("تلميذ", 1), ("تلميذة", 1), ("طالب", 1), ("طالبة", 1), ("شرطي", 1), ("دركي", 1), ("ضابط", 1), ("مسن", 1),
        ("رضيع", 1), ("مهاجر", 1), ("صياد", 1), ("مزارع", 1), ("حارس", 1), ("سجين", 1), ("مريض", 1),
        ("مهندس", 1), ("صحفي", 1), ("ممرض", 1), ("طبيب", 1), ("مسعف", 1), ("بحار", 1), ("مواطنان", 2), ("رجلان", 2),
        ("رجلين", 2), ("شابان", 2), ("شابين", 2), ("شرطيان", 2), ("عاملان", 2), ("عاملين", 2),
        // Relatives counted together: "لقي ثلاثة أشقاء مصرعهم", "مقتل خمسة إخوة".
        ("أشقاء", nil), ("إخوة", nil), ("أبناء", nil), ("أقارب", nil), ("شقيقات", nil), ("أخوات", nil),
        ("شقيقان", 2), ("شقيقين", 2), ("شقيقتان", 2), ("شقيقتين", 2),
        // One more victim named by an ordinal after a first figure: "قتل شخصان وأصيب ثالث".
        ("ثالث", 1), ("رابع", 1), ("خامس", 1), ("ثالثة", 1), ("رابعة", 1), ("خامسة", 1),
    ]

    /// Relatives named with their possessive, coordinated after a first victim ("قتل رجل وطفلاه", "وأصيب والدهم"):
    /// each relation with "his", "her", "their" (one person), and in the dual ("ابناه", "ابنيها": two).
    private static let relatives: [(String, Int?)] = {
        let singular = [
            "طفل", "ابن", "ابنت", "زوج", "زوجت", "والد", "والدت", "شقيق", "شقيقت", "حفيد", "حفيدت", "صديق", "صديقت",
            "رفيق", "زميل",
        ]
        let dual = ["طفل", "ابن", "ابنت", "شقيق", "شقيقت", "حفيد", "حفيدت", "صديق", "رفيق", "زميل"]
        var list: [(String, Int?)] = []
        for stem in singular {
            for suffix in ["ه", "ها", "هم", "هما", "هن"] { list.append((stem + suffix, 1)) }
        }
        for stem in dual {
            for suffix in ["اه", "يه", "اها", "يها", "اهم", "يهم"] { list.append((stem + suffix, 2)) }
        }
        return list
    }()

    static let all: [(String, Subject)] = {
        var list: [(String, Subject)] = []
        for (stem, key) in nationalities {
            for suffix in ["", "ا", "ين", "ون", "ة", "ات", "ان"] {
                list.append((stem + suffix, Subject(key: key, rank: 1, count: suffix.isEmpty ? 1 : nil)))
            }
        }
        list.append(("أجانب", Subject(key: "foreign", rank: 1, count: nil)))
        list += latinNationalities.map { ($0.0, Subject(key: $0.1, rank: 1, count: nil)) }
        list += groups.map { ($0.0, Subject(key: $0.1, rank: 2, count: $0.2)) }
        list += (people + relatives).map { ($0.0, Subject(key: nil, rank: 0, count: $0.1)) }
        return list
    }()

    static let examples: [PatternExample] = [
        PatternExample("مقتل 22 أمريكيا", "killed exact 22 american", .casualties),
        PatternExample("مقتل 22 أميركيا", "killed exact 22 american", .casualties),
        PatternExample("فقد 17 مواطنا أمريكيا", "missing exact 17 american", .casualties),
        PatternExample("22 Americans were killed", "killed exact 22 american", .casualties),
        PatternExample("killed 5 Palestinian children", "killed exact 5 children", .casualties),
        PatternExample("مقتل 9 أطفال", "killed exact 9 children", .casualties),
        PatternExample("إصابة 40 مدنيا", "injured exact 40 civilians", .casualties),
        PatternExample("مقتل 3 نساء", "killed exact 3 women", .casualties),
        PatternExample("مقتل 4 جنود إسرائيليين", "killed exact 4 soldiers", .casualties),
        PatternExample("12 soldats ont été tués", "killed exact 12 soldiers", .casualties),
        PatternExample("مقتل 30 شخصا", "killed exact 30", .casualties),
        PatternExample("30 people were killed", "killed exact 30", .casualties),
        PatternExample("لقي ثلاثة أشقاء مصرعهم في حادث سير", "killed exact 3", .casualties),
        PatternExample("قتل شخصان وأصيب ثالث بجروح خطيرة", "killed implied 2; injured implied 1", .casualties),
        PatternExample(
            "قتل طفلان وأصيبت والدتهما بانفجار لغم", "killed implied 2 children; injured implied 1", .casualties),
        PatternExample("قتل رجل وابناه في قصف على القرية", "killed implied 3", .casualties),
    ]
}
