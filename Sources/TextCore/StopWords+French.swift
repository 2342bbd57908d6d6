extension StopWords {
    /// French function words, including the elided forms left by apostrophes ("l'armée" → `l`, `armee`).
    static let frenchWords = """
        le la les l un une des du de d au aux ce cet cette ces c ça cela ceci celui celle ceux celles et ou mais donc
        or ni car que qu qui quoi dont où ne n pas plus moins très trop peu je j me m moi tu te t toi il elle on nous
        vous ils elles se s soi lui leur leurs mon ma mes ton ta tes son sa ses notre nos votre vos à a en dans par
        pour sur sous avec sans chez entre vers contre depuis pendant avant après selon comme si lorsque quand puis
        alors ainsi aussi encore déjà tout tous toute toutes autre autres même mêmes tel telle tels telles est sont
        était étaient été être avoir ai as avons avez ont avait avaient eu fait faire sera seront serait ont y ici là
        cependant toutefois néanmoins lors dès jusqu jusque afin parmi auprès quelque quelques chaque aucun aucune
        dit déclaré
        """
}
