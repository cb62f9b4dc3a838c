// Words that every field shares: verbs, qualifiers, places, products, people and dates.
// One entry a line, `english | paraphrase = German` as in the fields' vocabulary.

/// The text from which the vocabulary is read, in the line formats described above.
enum DomainText {
  static let all = [
    care, growth, product, marketing, operations, people, finance, engineering, security,
    data, sustainability, partners,
  ]
}

enum GeneralText {
  /// English verbs of each direction; the first four letters of a line name it.
  static let englishVerbs = """
    up   Grow, Increase, Raise, Lift, Boost, Drive up, Push up, Step up, Expand, Accelerate, \
    Strengthen, Maximise
    down Cut, Reduce, Lower, Bring down, Shrink, Decrease, Drive down, Trim, Curb, Minimise, \
    Slash, Rein in, Push down, Contain, Tackle
    new  Launch, Build, Introduce, Roll out, Set up, Establish, Deliver, Create, Pilot, \
    Put in place, Bring in, Stand up, Kick off, Start, Implement, Develop, Offer, Provide
    fix  Improve, Modernise, Simplify, Streamline, Stabilise, Rework, Overhaul, Refresh, \
    Sharpen, Professionalise, Upgrade, Fix, Rethink, Redesign, Clean up, Mature, Polish, \
    Revamp, Renew, Optimise, Tidy up
    """

  /// German verbs of each direction, as infinitives for the end of a title.
  static let germanVerbs = """
    up   steigern, erhöhen, ausbauen, vergrößern, anheben, stärken, deutlich steigern, \
    spürbar erhöhen, nach oben bringen, maximieren
    down senken, reduzieren, verringern, minimieren, deutlich senken, spürbar reduzieren, \
    drücken, eindämmen, abbauen, zurückfahren
    new  einführen, aufbauen, starten, bereitstellen, ausrollen, etablieren, pilotieren, \
    live bringen, auf den Weg bringen, schaffen, umsetzen, entwickeln, an den Start bringen
    fix  verbessern, modernisieren, vereinfachen, stabilisieren, verschlanken, überarbeiten, \
    professionalisieren, erneuern, neu aufstellen, weiterentwickeln, optimieren, schärfen
    """

  /// When, how or under which condition: the end of most objective titles.
  static let qualifiers = """
    without adding headcount | with the people we already have = ohne zusätzliches Personal
    before the summer peak | ahead of the busy summer season = vor der Sommersaison
    before the Christmas season | ahead of the holiday rush = vor dem Weihnachtsgeschäft
    across all sales channels | in every channel we sell through = über alle Vertriebskanäle
    while keeping costs flat | at no extra cost = bei gleichbleibenden Kosten
    without slowing down releases | while still shipping every week = ohne langsamere Releases
    in time for the spring launch | before the spring launch = rechtzeitig zum Frühjahrsstart
    with fewer manual steps | with less manual work = mit weniger Handarbeit
    so that audits pass first time | so that audits find nothing = ohne Audit-Beanstandungen
    on every device | on phones and computers alike = auf allen Endgeräten
    without new tools | with the tools we already pay for = ohne neue Werkzeuge
    with visible impact on revenue | in a way that shows in revenue = mit Wirkung auf den Umsatz
    before the price change in April | ahead of the April price change = vor der Preisanpassung
    after the merger | now that the merger is done = nach der Fusion
    in close cooperation with sales | together with the sellers = in Abstimmung mit dem Vertrieb
    through better data | by using our data better = durch bessere Daten
    as competitors raise prices | while rivals get dearer = während die Konkurrenz teurer wird
    during the platform migration | while the platform moves = während der Plattformmigration
    with a clear owner for every step | so each step has an owner = mit klaren Zuständigkeiten
    for the next growth phase | so we are ready to grow = für die nächste Wachstumsphase
    before the autumn trade fair | ahead of the trade fair = vor der Herbstmesse
    without extra marketing spend | within the marketing budget = ohne zusätzliches Werbebudget
    by learning from every incident | with lessons from each incident = durch Lernen aus Vorfällen
    within the agreed budget | without going over budget = im vereinbarten Budget
    with fewer hand-offs between teams | with fewer hand-offs = mit weniger Übergaben
    so that customers notice the difference | in a way customers feel = spürbar für Kunden
    while regulation tightens | as the rules get stricter = trotz strengerer Regulierung
    together with our logistics partners | with our carriers = mit unseren Logistikpartnern
    before the old system is switched off | ahead of the shutdown = vor der Altsystemabschaltung
    in the first weeks after sign-up | right after people sign up = nach der Anmeldung
    with transparent weekly reporting | with a weekly report = mit wöchentlichem Reporting
    without compromising on quality | while keeping quality high = ohne Abstriche bei der Qualität
    at the pace the market expects | as fast as the market demands = im Tempo des Marktes
    as the basis for next year's plan | to prepare next year = als Basis für die Jahresplanung
    so that teams can work independently | so teams stop waiting = für unabhängige Teams
    on the path to profitability | as a step to profit = auf dem Weg zur Profitabilität
    with the help of automation | by automating routine work = mit Hilfe von Automatisierung
    in every store | in all our shops = in allen Filialen
    for the busiest hours of the day | at peak hours = zu den Stoßzeiten
    in line with our brand promise | as our brand promises = im Sinne unseres Markenversprechens
    before the end of the fiscal year | ahead of the year-end close = vor dem Jahresabschluss
    with clear service levels | backed by service levels = mit klaren Service-Levels
    using what we learned last quarter | building on last quarter = mit den Lehren des Quartals
    after the reorganisation | now that the new structure is in place = nach der Neuorganisation
    without overtime | without asking people to work late = ohne Überstunden
    in a way we can repeat in other markets | so other markets can copy it = übertragbar
    while the customer base grows | as more customers join = bei wachsender Kundenzahl
    without breaking existing integrations | keeping integrations working = ohne Integrationsbruch
    through closer contact with customers | by talking to customers = durch mehr Kundenkontakt
    with a single source of truth | from one shared data source = mit einer gemeinsamen Datenbasis
    ahead of the new regulation | before the new rules apply = vor der neuen Regulierung
    for the launch of the new range | in time for the new range = zum Start des neuen Sortiments
    with partners instead of alone | by working with partners = gemeinsam mit Partnern
    during the busy season | while demand peaks = in der Hochsaison
    with fewer suppliers | by consolidating suppliers = mit weniger Lieferanten
    in a way that scales | so it keeps working as we grow = skalierbar
    without extra approvals | with fewer sign-offs = ohne zusätzliche Freigaben
    before the board review | ahead of the board meeting = vor der Vorstandssitzung
    in the new distribution centre | at the new warehouse = im neuen Verteilzentrum
    with the new CRM | using the new CRM = mit dem neuen CRM
    after the app relaunch | now that the new app is live = nach dem App-Relaunch
    ahead of the January peak | before the January rush = vor der Januarspitze
    despite supply shortages | while parts remain scarce = trotz Lieferengpässen
    with clear priorities | by saying no to side projects = mit klaren Prioritäten
    without losing existing customers | keeping the customers we have = ohne Kundenverlust
    in plain language | in words everyone understands = in verständlicher Sprache
    with every team on board | with buy-in from every team = mit allen Teams an Bord
    from the very start | right from the beginning = vom ersten Tag an
    at lower risk | with less risk = mit geringerem Risiko
    in our growth markets | where we grow fastest = in unseren Wachstumsmärkten
    through shorter feedback loops | by getting feedback sooner = durch kürzere Feedbackschleifen
    as we move to the cloud | during the cloud migration = im Zuge der Cloud-Migration
    before the next budget round | without waiting for the budget = vor der nächsten Budgetrunde
    while we open new locations | as new sites open = während neue Standorte eröffnen
    with fewer meetings | by cutting meeting time = mit weniger Meetings
    as the foundation for expansion | to prepare our expansion = als Basis für die Expansion
    with weekly experiments | by testing every week = mit wöchentlichen Experimenten
    through better onboarding | by onboarding people better = durch besseres Onboarding
    in the low season | while demand is low = in der Nebensaison
    by removing legacy steps | by cutting old process steps = durch Wegfall alter Prozessschritte
    as part of the brand refresh | alongside the new brand = im Rahmen des Markenrelaunchs
    before our largest client renews | ahead of the big renewal = vor der großen Verlängerung
    to hit the annual targets | so we reach our yearly goals = für die Jahresziele
    with better forecasts | by forecasting more accurately = mit besseren Prognosen
    together with the works council | with the works council = gemeinsam mit dem Betriebsrat
    with customer feedback in every sprint | testing with customers = mit Kundenfeedback im Sprint
    for the tender next spring | ahead of the spring tender = für die Ausschreibung im Frühjahr
    without vendor lock-in | while staying free to switch = ohne Anbieterabhängigkeit
    for office and remote staff alike | wherever people work = für Büro und Homeoffice
    in our own data centres | on our own hardware = in unseren eigenen Rechenzentren
    in time for the audit | before the auditors arrive = rechtzeitig zum Audit
    while the team is growing | as we hire = während das Team wächst
    after last year's outage | in response to the outage = nach dem Ausfall im Vorjahr
    with a fixed release calendar | on a predictable schedule = mit festem Release-Kalender
    before the new warehouse opens | ahead of the warehouse opening = vor der Lagereröffnung
    with our own engineers | without outside agencies = mit eigenen Entwicklern
    by reusing what exists | without starting from scratch = durch Wiederverwendung
    in every language we support | in all our languages = in allen unterstützten Sprachen
    """

  /// Markets: `in English = in German`.
  static let regions = """
    in Germany = in Deutschland
    in Austria = in Österreich
    in Switzerland = in der Schweiz
    in France = in Frankreich
    in the Netherlands = in den Niederlanden
    in Belgium = in Belgien
    in Spain = in Spanien
    in Portugal = in Portugal
    in Italy = in Italien
    in Poland = in Polen
    in the Czech Republic = in Tschechien
    in Denmark = in Dänemark
    in Sweden = in Schweden
    in Norway = in Norwegen
    in Finland = in Finnland
    in Ireland = in Irland
    in the United Kingdom = im Vereinigten Königreich
    in the Nordics = in Skandinavien
    in the Baltics = im Baltikum
    in the DACH region = in der DACH-Region
    in Benelux = in den Benelux-Ländern
    in Southern Europe = in Südeuropa
    in Eastern Europe = in Osteuropa
    in North America = in Nordamerika
    in Canada = in Kanada
    in the United States = in den USA
    in Mexico = in Mexiko
    in Brazil = in Brasilien
    in Argentina = in Argentinien
    in Chile = in Chile
    in Japan = in Japan
    in South Korea = in Südkorea
    in India = in Indien
    in Singapore = in Singapur
    in Australia = in Australien
    in New Zealand = in Neuseeland
    in the Gulf states = in den Golfstaaten
    in Turkey = in der Türkei
    in South Africa = in Südafrika
    in Kenya = in Kenia
    in Berlin = in Berlin
    in Munich = in München
    in Hamburg = in Hamburg
    in Vienna = in Wien
    in Zurich = in Zürich
    in Paris = in Paris
    in Lyon = in Lyon
    in Amsterdam = in Amsterdam
    in Madrid = in Madrid
    in Barcelona = in Barcelona
    in Milan = in Mailand
    in Warsaw = in Warschau
    in Prague = in Prag
    in Copenhagen = in Kopenhagen
    in Stockholm = in Stockholm
    in Dublin = in Dublin
    in London = in London
    in Toronto = in Toronto
    in rural areas = im ländlichen Raum
    in our home market = in unserem Heimatmarkt
    """

  /// Kinds of product, feature, system and programme: `group English with # for the name =
  /// German with #`. The group says which fields name such things: `c` customer products,
  /// `t` technical systems, `i` internal programmes. Each objective names its own, so that
  /// unrelated objectives share no product.
  static let productKinds = """
    c in the # app = in der #-App
    c in the # web shop = im #-Webshop
    c in the # partner portal = im #-Partnerportal
    c in # Checkout = im #-Checkout
    c in the # marketplace = im #-Marktplatz
    c in # Pay = bei # Pay
    c in the # subscription = im #-Abo
    c in # Business = bei # Business
    c in the # self-service portal = im #-Kundenportal
    c in the # hardware line = in der #-Hardwarelinie
    c in the # loyalty club = im #-Kundenclub
    c in the # booking flow = im #-Buchungsprozess
    t on the # platform = auf der #-Plattform
    t in the # API = in der #-API
    t in # Cloud = in der # Cloud
    t in the # billing engine = in der #-Abrechnung
    t in the # data pipeline = in der #-Datenpipeline
    t in the # CRM = im #-CRM
    t in the # warehouse system = im #-Lagersystem
    t in the # scheduler = im #-Planungstool
    t in the # mobile SDK = im #-SDK
    t in the # pricing engine = in der #-Preisengine
    t in the # service desk = im #-Servicedesk
    t in the # ledger = im #-Hauptbuch
    i in the # programme = im #-Programm
    i in the # initiative = in der #-Initiative
    i in project # = im Projekt #
    i in the # pilot = im #-Pilot
    i at the # site = am Standort #
    i in the # academy = in der #-Akademie
    i in the # network = im #-Netzwerk
    i in the # roll-out = im #-Rollout
    """

  /// Which groups of product kinds each field names, by field code.
  static let productGroups = """
    CARE ci, GROW ci, PROD ct, MKT ci, OPS ti, PEOP i, FIN ti, ENG t, SEC ti, DATA t, SUST ic, \
    PART ct
    """

  /// Syllables of product names: a name is an onset, a vowel, a middle and an ending.
  static let nameOnsets = """
    B, Br, C, Cl, D, Dr, F, Fl, G, Gr, H, J, K, Kr, L, M, N, P, Pr, Qu, R, S, Sk, St, T, Tr, \
    V, W, Z, Th
    """
  static let nameVowels = "a, e, i, o, u, ae, ai, ei, ou, y"
  static let nameMiddles =
    "l, r, n, m, v, s, t, lv, rn, nd, st, lt, rk, th, x, sk, nt, rv, lm, ff, z, br, dr, gr"
  static let nameEndings =
    "a, o, ia, io, is, ix, on, en, ar, or, us, um, ane, ine, ora, ella, ent, ara, ock, eon"

  static let firstNames = """
    Anna, Ben, Clara, David, Elif, Felix, Greta, Hamid, Ines, Jonas, Katrin, Lars, Maya, Nils, \
    Olga, Paul, Quentin, Rosa, Sami, Tanja, Ugo, Vera, Wiebke, Xaver, Yusuf, Zoe, Amira, Bruno, \
    Carla, Dario, Emma, Fatima, Georg, Hanna, Ivan, Julia, Kai, Lea, Marek, Nora, Oskar, Pia, \
    Rafael, Sofia, Theo, Ulla, Viktor, Wanda, Yara, Zeynep, Aiko, Björn, Chiara, Dmitri, Esra, \
    Finn, Gabriela, Henrik, Isabel, Jan, Karim, Luisa, Mateo, Nadia, Oliver, Priya, Ruben, \
    Selin, Tobias, Uma
    """

  static let lastNames = """
    Achterberg, Bauer, Costa, Demir, Eriksen, Fischer, Gómez, Hartmann, Ivanova, Jansen, \
    Kowalski, Lindqvist, Meyer, Novak, Okafor, Petersen, Quaas, Rossi, Schneider, Tanaka, \
    Ulrich, Vogt, Weber, Xu, Yilmaz, Zimmermann, Andersen, Brückner, Chen, Dubois, Engel, \
    Ferreira, Graf, Horvath, Ito, Jovanović, Keller, Lehmann, Müller, Nowak, Olsen, Peters, \
    Richter, Sauer, Torres, Urban, Varga, Wagner, Young, Zielinski, Albrecht, Berger, Castro, \
    Dietrich, Ebert, Frank, Günther, Haas, Iqbal, Jung, Krüger, Lorenz, Marx, Neumann, Ortiz, \
    Pohl, Ramos, Schulz, Thiel, Unger
    """

  /// Names that tell teams of the same field apart.
  static let teamNicknames = """
    Orion, Falcon, Aurora, Comet, Phoenix, Atlas, Polaris, Lynx, Otter, Heron, Puffin, Badger, \
    Condor, Dolphin, Ember, Fox, Gecko, Hawk, Ibis, Jaguar, Koala, Lemur, Mantis, Narwhal, \
    Osprey, Panda, Quokka, Raven, Salmon, Tiger, Urchin, Viper, Walrus, Yak, Zebra, Albatross, \
    Bison, Cobra, Dingo, Eagle, Ferret, Gazelle, Hornet, Iguana, Jackal, Kingfisher, Llama, \
    Marmot, Newt, Ocelot, Pelican, Quail, Robin, Stork, Toucan, Vulture, Wombat, Sparrow, \
    Starling, Magpie
    """

  static let months = """
    January = Januar
    February = Februar
    March = März
    April = April
    May = Mai
    June = Juni
    """

  /// Where a deliverable goes: `singular | plural = German plural`.
  static let rolloutPlaces = """
    market | markets = Märkten
    country | countries = Ländern
    warehouse | warehouses = Lagern
    store | stores = Filialen
    team | teams = Teams
    site | sites = Standorten
    city | cities = Städten
    region | regions = Regionen
    """

  static let linkNotes = """
    agreed in the team talk = im Teamgespräch vereinbart
    needs a decision by the leadership team = braucht eine Entscheidung der Geschäftsleitung
    depends on the API release = hängt vom API-Release ab
    same customers, different channel = gleiche Kunden, anderer Kanal
    shared budget = gemeinsames Budget
    they need our data by mid-quarter = Daten bis Mitte des Quartals nötig
    we can help with one engineer = wir helfen mit einer Person
    not this quarter = nicht in diesem Quartal
    joint pilot planned = gemeinsamer Pilot geplant
    overlaps with their roadmap = überschneidet sich mit deren Roadmap
    asked in the alignment session = in der Alignment-Session angefragt
    waiting for capacity planning = wartet auf die Kapazitätsplanung
    """

  static let descriptions = """
    Last quarter showed that this holds us back more than anything else. = \
    Das letzte Quartal hat gezeigt, dass uns das am meisten bremst.
    Customers tell us about this in almost every interview. = \
    Kunden sprechen das in fast jedem Interview an.
    This is the follow-up to what we started in the previous cycle. = \
    Das setzt fort, was wir im letzten Zyklus begonnen haben.
    We only commit to this if the platform work lands on time. = \
    Wir sagen das nur zu, wenn die Plattformarbeit rechtzeitig fertig wird.
    The leadership team asked us to make this our first priority. = \
    Die Geschäftsleitung hat uns gebeten, das zur ersten Priorität zu machen.
    Without this, the rest of our plan for the year does not work. = \
    Ohne das funktioniert der Rest unseres Jahresplans nicht.
    We have tried this before; this time with a clear owner and a weekly check-in. = \
    Wir haben das schon versucht; diesmal mit klarer Verantwortung und wöchentlichem Check-in.
    A small bet: if the first results are weak, we stop after six weeks. = \
    Eine kleine Wette: Sind die ersten Ergebnisse schwach, hören wir nach sechs Wochen auf.
    """

  /// Names of companies, one of which the generated organisation gets.
  static let companies = """
    Northwind Mobility, Brightwater Retail, Kestrel Logistics, Lindenfeld Versicherung, \
    Alpenglow Travel, Meridian Health, Tidewater Energy, Fernhill Foods, Quayside Bank, \
    Helvetia Parts, Sundial Media, Granite Telecom
    """
}
