import Facts

/// The word a number counts, reduced to a key that matches across spellings: "عاما", "عام" and "العام" → "عام";
/// "barrels" → "barrel".
///
/// The unit is the first word after the number ("80 عام", "100 ألف برميل" once "ألف" is part of the number); when
/// the number ends its sentence or is followed by a sign ("5%"), the word before it is used ("عند 77"). Arabic is
/// folded (hamza forms of alef, ta marbuta, alef maqsura, harakat, tatweel) and stripped of the article and of one
/// conjunction or preposition before it, and of the endings "ا", "ين", "ون", "ات" when three letters remain;
/// Latin words are lower-cased and lose a plural "s". This is deliberately light: a miss leaves two numbers
/// unaligned, never wrongly aligned across different units.
///
///     UnitWord.key(of: mention)  // "عام" for the 49 in "عن عمر لم يتجاوز 49 عاما"
enum UnitWord {
    static func key(of number: NumberMention) -> String {
        let sentence = Array(number.evidence.sentence.unicodeScalars)
        let end = number.evidence.end - number.evidence.sentenceStart
        if let after = word(in: sentence, from: end, step: 1) { return normalized(after) }
        return precedingKey(of: number) ?? ""
    }

    /// The word before the number, as "عمر …", for numbers whose unit word no other source shares: "عمرها 4400
    /// عام" and "عمرها 1000 سنة" still line up. Words of one letter (a clitic "ب" split from "ب900") are too weak.
    static func precedingKey(of number: NumberMention) -> String? {
        let sentence = Array(number.evidence.sentence.unicodeScalars)
        let start = number.evidence.start - number.evidence.sentenceStart
        guard let before = word(in: sentence, from: start - 1, step: -1) else { return nil }
        let key = normalized(before)
        return key.unicodeScalars.count >= 2 ? key + " …" : nil
    }

    /// The word next to `index` going in direction `step`, across spaces only; nil when a sign or the sentence's
    /// edge comes first.
    static func word(in scalars: [Unicode.Scalar], from index: Int, step: Int) -> [Unicode.Scalar]? {
        var position = index
        while scalars.indices.contains(position), scalars[position].properties.isWhitespace { position += step }
        var letters: [Unicode.Scalar] = []
        while scalars.indices.contains(position), isLetter(scalars[position]) {
            letters.append(scalars[position])
            position += step
        }
        if step < 0 { letters.reverse() }
        return letters.isEmpty ? nil : letters
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic && scalar.properties.numericType == nil
    }

    static func normalized(_ word: [Unicode.Scalar]) -> String {
        var letters: [Unicode.Scalar] = []
        for scalar in word {
            switch scalar.value {
            case 0x064B...0x065F, 0x0670, 0x0640: continue
            case 0x0622, 0x0623, 0x0625: letters.append("\u{0627}")
            case 0x0629: letters.append("\u{0647}")
            case 0x0649: letters.append("\u{064A}")
            default: letters += String(scalar).lowercased().unicodeScalars
            }
        }
        let isArabic = letters.contains { (0x0600...0x06FF).contains($0.value) }
        var text = String(String.UnicodeScalarView(letters))
        if isArabic {
            for prefix in ["وال", "بال", "فال", "كال", "لل", "ال"] where text.hasPrefix(prefix) {
                let rest = String(text.unicodeScalars.dropFirst(prefix.unicodeScalars.count))
                if rest.unicodeScalars.count >= 2 { text = rest }
                break
            }
            for suffix in ["ين", "ون", "ات", "ا"] where text.hasSuffix(suffix) {
                let rest = String(text.unicodeScalars.dropLast(suffix.unicodeScalars.count))
                if rest.unicodeScalars.count >= 3 { text = rest }
                break
            }
        } else if text.unicodeScalars.count > 3 && text.hasSuffix("s") {
            text = String(text.unicodeScalars.dropLast())
        }
        return text
    }
}
