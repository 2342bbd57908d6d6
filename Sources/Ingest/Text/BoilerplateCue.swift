import CrossCheckModel

/// One phrase that marks boilerplate in article text, with what to remove and an example line it removes.
///
/// Cues are data: adding a site's "read also" wording is one line in `BoilerplateCue.all`, and the example given
/// there becomes a test case (`TextBoilerplateTests` runs every example), so the table documents and checks itself.
public struct BoilerplateCue: Sendable, Hashable, CustomStringConvertible {
    public enum Action: String, Sendable, Hashable {
        /// Removes the line and everything after it: a "read also" block is followed by other stories, sometimes a
        /// whole second article, which must never be merged into this one.
        case cutToEnd
        /// Removes this line only (tags, source credit, "follow us").
        case dropLine
    }

    /// How the rest of the line must look for the cue to apply; the line always starts with the phrase.
    public enum Form: Sendable, Hashable {
        /// The line is the phrase alone, maybe followed by punctuation (`مقالات مشابهة`, `Related:`).
        case wholeLine
        /// The phrase ends the line or is followed by a separator such as ":" or "-" (`Tags: Gaza, Morocco`).
        case labeled
        /// The phrase may be followed by anything; Arabic phrases may even be glued to the next word, as scraped
        /// links are (`اقرأ أيضاًبلينكن: …`).
        case prefix
        /// The phrase starts the line and the other phrase occurs later in it (`للإطلاع على … الرابط`).
        case prefixContaining(String)
        /// Both phrases occur anywhere in the line, in any order: a comment policy says "comments" and
        /// "guidelines" wherever the site's wording puts them.
        case containing(String)
    }

    public let phrase: String
    public let language: Language
    public let action: Action
    public let form: Form
    /// Lines longer than this many words are prose, not boilerplate, and are kept.
    public let maximumWords: Int
    /// A line that this cue removes, as found in real pages.
    public let example: String
    /// Lines that look close but are article text and must be kept (tests check them too).
    public let keeps: [String]

    public init(
        _ phrase: String, _ language: Language, _ action: Action, _ form: Form, maximumWords: Int = 80,
        example: String, keeps: [String] = []
    ) {
        self.keeps = keeps
        self.phrase = phrase
        self.language = language
        self.action = action
        self.form = form
        self.maximumWords = maximumWords
        self.example = example
    }

    public var description: String { "\(phrase) (\(language.rawValue), \(action.rawValue))" }
}

extension BoilerplateCue {
    /// Every cue crosscheck knows, in Arabic, English and French. Alef and hamza spellings and tanween are matched
    /// loosely (`اقرأ أيضا` also finds `إقرأ أيضاً`), Latin case and accents too (`a lire aussi`).
    public static let all: [BoilerplateCue] = [
        // "Read also" / related-stories blocks: everything after them belongs to other articles.
        .init("اقرأ أيضا", .arabic, .cutToEnd, .prefix, example: "اقرأ أيضا"),
        .init("إقرأ أيضاً", .arabic, .cutToEnd, .prefix, example: "إقرأ أيضاً:"),
        .init("اقرأ أيضاً", .arabic, .cutToEnd, .prefix, example: "اقرأ أيضاًبلينكن: سأفكر طوال حياتي بآلاف الأطفال"),
        .init("اقرأ المزيد", .arabic, .cutToEnd, .labeled, example: "اقرأ المزيد: بوريطة يستقبل نظيره"),
        .init("مقالات مشابهة", .arabic, .cutToEnd, .wholeLine, example: "مقالات مشابهة"),
        .init("مقالات ذات صلة", .arabic, .cutToEnd, .wholeLine, example: "مقالات ذات صلة:"),
        .init("أخبار ذات صلة", .arabic, .cutToEnd, .wholeLine, example: "أخبار ذات صلة"),
        .init("Read also", .english, .cutToEnd, .labeled, example: "Read also: Blinken calls Bourita"),
        .init("Read more", .english, .cutToEnd, .labeled, example: "Read more:"),
        .init("Related", .english, .cutToEnd, .wholeLine, example: "Related"),
        .init("Related articles", .english, .cutToEnd, .wholeLine, example: "Related articles:"),
        .init("Related stories", .english, .cutToEnd, .wholeLine, example: "RELATED STORIES"),
        .init("Lire aussi", .french, .cutToEnd, .labeled, example: "Lire aussi : Blinken appelle Bourita"),
        .init("À lire aussi", .french, .cutToEnd, .labeled, example: "À lire aussi"),
        // Tag lists.
        .init("كلمات دلالية", .arabic, .dropLine, .labeled, example: "كلمات دلالية: الولايات المتحدة غزة فلسطين"),
        .init("الكلمات المفتاحية", .arabic, .dropLine, .labeled, example: "الكلمات المفتاحية: المغرب، أمريكا"),
        .init("الوسوم", .arabic, .dropLine, .labeled, example: "الوسوم: غزة - المغرب"),
        .init("Tags", .english, .dropLine, .labeled, example: "Tags: Gaza, Morocco, United States"),
        .init("Mots-clés", .french, .dropLine, .labeled, example: "Mots-clés : Gaza, Maroc"),
        // Source credits: short lines only, so that a sentence quoting "the source" stays.
        .init("المصدر", .arabic, .dropLine, .labeled, maximumWords: 8, example: "المصدر: الأسبوع"),
        .init("عن موقع", .arabic, .dropLine, .labeled, maximumWords: 8, example: "عن موقع: فاس نيوز ميديا"),
        .init("Source", .english, .dropLine, .labeled, maximumWords: 8, example: "Source: Reuters"),
        .init("Source", .french, .dropLine, .labeled, maximumWords: 8, example: "Source : AFP"),
        // "Click the link" and "follow us" calls to action.
        .init(
            "للإطلاع على", .arabic, .dropLine, .prefixContaining("الرابط"),
            example: "للإطلاع على جميع منشورات الجريدة المرجو النقر على الرابط الموالي: https://example.com/tag/x"),
        .init("اضغط هنا", .arabic, .dropLine, .prefix, maximumWords: 20, example: "اضغط هنا لمتابعة آخر الأخبار"),
        .init("Click here", .english, .dropLine, .prefix, maximumWords: 20, example: "Click here to read our coverage"),
        .init("Cliquez ici", .french, .dropLine, .prefix, maximumWords: 20, example: "Cliquez ici pour lire la suite"),
        .init("تابعونا", .arabic, .dropLine, .prefix, maximumWords: 10, example: "تابعونا على فيسبوك وتويتر"),
        .init("Follow us", .english, .dropLine, .prefix, maximumWords: 10, example: "Follow us on X and Facebook"),
        .init("Suivez-nous", .french, .dropLine, .prefix, maximumWords: 10, example: "Suivez-nous sur Facebook"),
        // Comment policies and disclaimers: they open the comment section, so everything after them goes too.
        .init(
            "التعليقات", .arabic, .cutToEnd, .containing("سياسة الخصوصية"), maximumWords: 70,
            example: "ترحب شبكة CNN بالنقاش الحيوي والمفيد، وكي لا نضطر إلى مراجعة التعليقات قبل نشرها. ننصحك بمراجعة "
                + "إرشادات الاستخدام. وللعلم فان جميع مشاركاتك يمكن استخدامها استنادا إلى سياسة الخصوصية.",
            keeps: ["قالت الشركة إن سياسة الخصوصية الجديدة تسري على الرسائل، ولم ترد على طلبات التعليق."]),
        .init(
            "الآراء الواردة", .arabic, .cutToEnd, .containing("لا تعبر"), maximumWords: 40,
            example: "الآراء الواردة أدناه لا تعبر عن رأي موقع CNN بالعربية، بل تعكس وجهات نظر أصحابها فقط."),
        .init(
            "التعليقات المنشورة", .arabic, .cutToEnd, .containing("لا تعبر"), maximumWords: 40,
            example: "جميع التعليقات المنشورة تعبر عن رأي كتابها ولا تعبر بالضرورة عن رأي الموقع"),
        .init(
            "comments", .english, .cutToEnd, .containing("community guidelines"), maximumWords: 60,
            example: "We welcome comments that follow our community guidelines. Comments are reviewed before posting.",
            keeps: ["The agency said the comments broke no guidelines, and no one was charged."]),
        .init(
            "views expressed", .english, .cutToEnd, .containing("comments"), maximumWords: 40,
            example: "The views expressed in the comments below are those of their authors, not of this site."),
        .init(
            "commentaires", .french, .cutToEnd, .containing("charte"), maximumWords: 60,
            example: "Les commentaires sont modérés selon notre charte de modération."),
        .init(
            "propos", .french, .cutToEnd, .containing("n'engagent que"), maximumWords: 40,
            example: "Les propos tenus dans les commentaires n'engagent que leurs auteurs."),
        // Ad slot labels left in the text.
        .init("Advertisement", .english, .dropLine, .wholeLine, example: "ADVERTISEMENT"),
        .init("Advert", .english, .dropLine, .wholeLine, example: "Advert"),
        .init("Sponsored", .english, .dropLine, .wholeLine, example: "Sponsored"),
        .init("Publicité", .french, .dropLine, .wholeLine, example: "Publicité"),
        .init("إعلان", .arabic, .dropLine, .wholeLine, example: "إعلان"),
        // Comment section headings.
        .init("Comments", .english, .cutToEnd, .wholeLine, example: "Comments"),
        .init("Commentaires", .french, .cutToEnd, .wholeLine, example: "Commentaires"),
        .init("التعليقات", .arabic, .cutToEnd, .wholeLine, example: "التعليقات"),
        .init("أضف تعليقك", .arabic, .cutToEnd, .wholeLine, example: "أضف تعليقك"),
        .init("Leave a comment", .english, .cutToEnd, .wholeLine, example: "Leave a comment"),
        .init("Laisser un commentaire", .french, .cutToEnd, .wholeLine, example: "Laisser un commentaire"),
        // Newsletter boxes and share bars.
        .init(
            "Sign up", .english, .dropLine, .prefixContaining("newsletter"), maximumWords: 40,
            example: "Sign up for our daily newsletter to get the top stories in your inbox"),
        .init(
            "Subscribe to", .english, .dropLine, .prefixContaining("newsletter"), maximumWords: 40,
            example: "Subscribe to our newsletter"),
        .init(
            "Inscrivez-vous", .french, .dropLine, .prefixContaining("newsletter"), maximumWords: 40,
            example: "Inscrivez-vous à notre newsletter quotidienne"),
        .init(
            "اشترك", .arabic, .dropLine, .prefixContaining("النشرة"), maximumWords: 30,
            example: "اشترك في النشرة البريدية ليصلك أهم الأخبار"),
        .init("Share this", .english, .dropLine, .prefix, maximumWords: 12, example: "Share this article"),
        .init("Partager", .french, .dropLine, .prefix, maximumWords: 6, example: "Partager cet article"),
        .init("شارك", .arabic, .dropLine, .prefix, maximumWords: 6, example: "شارك هذا المقال"),
    ]
}
