extension StopWords {
    /// English function words: articles, pronouns, prepositions, conjunctions, auxiliaries and frequent adverbs.
    static let englishWords = """
        a an the and or but nor so yet if then else than that this these those there here where when while who whom
        whose which what why how all any both each few more most other some such no not only own same too very can
        will just should would could might must shall may do does did done doing have has had having be is am are was
        were been being i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she
        her hers herself it its itself they them their theirs themselves of at by for with about against between into
        through during before after above below to from up down in out on off over under again further once also
        because as until upon within without among across along around behind beyond since toward towards via per s t
        don didn doesn isn wasn weren aren won wouldn couldn shouldn hasn haven hadn ll re ve d m o y said says say
        according told
        """
}
