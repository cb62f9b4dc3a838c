/// Stop words: words too common to tell two OKRs apart, left out of the features.
///
/// The words are Snowball's English and German lists, as kept in `Data/stopwords-*.txt`
/// (BSD licence in `Data/LICENSE-snowball.txt`), and a list of OKR filler words; a test
/// checks that both copies agree.
enum StopWords {
  /// The English list, as written (one space between words).
  static let englishText = """
    a about above after again against all am an and any are as at be because been before
    being below between both but by can did do does doing don down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is
    it its itself just me more most my myself no nor not now of off on once only or other
    our ours ourselves out over own s same she should so some such t than that the their
    theirs them themselves then there these they this those through to too under until up
    very was we were what when where which while who whom why will with you your yours
    yourself yourselves
    """

  /// The German list, as written, umlauts and `ß` included.
  static let germanText = """
    aber alle allem allen aller alles als also am an ander andere anderem anderen anderer
    anderes anderm andern anderr anders auch auf aus bei bin bis bist da damit dann das
    dasselbe dazu daß dein deine deinem deinen deiner deines dem demselben den denn
    denselben der derer derselbe derselben des desselben dessen dich die dies diese dieselbe
    dieselben diesem diesen dieser dieses dir doch dort du durch ein eine einem einen einer
    eines einig einige einigem einigen einiger einiges einmal er es etwas euch euer eure
    eurem euren eurer eures für gegen gewesen hab habe haben hat hatte hatten hier hin
    hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer ihres im in indem ins ist jede jedem
    jeden jeder jedes jene jenem jenen jener jenes jetzt kann kein keine keinem keinen
    keiner keines können könnte machen man manche manchem manchen mancher manches mein meine
    meinem meinen meiner meines mich mir mit muss musste nach nicht nichts noch nun nur ob
    oder ohne sehr sein seine seinem seinen seiner seines selbst sich sie sind so solche
    solchem solchen solcher solches soll sollte sondern sonst um und uns unse unsem unsen
    unser unses unter viel vom von vor war waren warst was weg weil weiter welche welchem
    welchen welcher welches wenn werde werden wie wieder will wir wird wirst wo wollen
    wollte während würde würden zu zum zur zwar zwischen über
    """

  /// Filler words of OKR titles in both languages ("make", "within", "bringen"), from
  /// `Data/stopwords-okr.txt`.
  static let fillerText = """
    able across allow also around away back become bring bringen can come done drei each
    eins enable ensure etc ever every first five four get getting give go going help instead
    into jeder lassen let lets like machen make making many much need needs neue neuen neuer
    neues new next one per put really run runs second set six sowie stets sure take ten
    thing things third three together turn two use using via way ways whole wieder within
    without work working zwei über
    """

  /// The English words, folded.
  static let english: Set<String> = words(englishText)

  /// The German words, folded (`für` becomes `fur`, `daß` becomes `dass`).
  static let german: Set<String> = words(germanText)

  /// Every stop word of either language, and the filler words, folded.
  static let all: Set<String> = english.union(german).union(words(fillerText))

  /// Words that only the English list has: evidence that a text is English.
  static let onlyEnglish: Set<String> = english.subtracting(german)

  /// Words that only the German list has: evidence that a text is German.
  static let onlyGerman: Set<String> = german.subtracting(english)

  /// Bits of `flags`: a stop word of either list or a filler word; a word of the English
  /// list only; a word of the German list only.
  static let stop: UInt8 = 1
  static let englishOnly: UInt8 = 2
  static let germanOnly: UInt8 = 4

  /// The bits of every stop word, for one look-up per word.
  static let flags: [String: UInt8] = {
    var flags: [String: UInt8] = [:]
    for word in all { flags[word, default: 0] |= stop }
    for word in onlyEnglish { flags[word, default: 0] |= englishOnly }
    for word in onlyGerman { flags[word, default: 0] |= germanOnly }
    return flags
  }()

  private static func words(_ text: String) -> Set<String> {
    Set(
      text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { TextFolding.fold(String($0)) })
  }
}
