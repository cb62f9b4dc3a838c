extension ConceptTable {
  /// The built-in table: a few hundred words OKRs are written with, in English and German.
  ///
  /// It is the text of `Data/concepts.txt`, kept here so that the program needs no resource
  /// files; a test checks that the two agree.
  public static let standard: ConceptTable = {
    do {
      return try ConceptTable(parsing: standardText, source: "built-in concept table")
    } catch {
      preconditionFailure("\(error)")
    }
  }()

  /// The text of the built-in table.
  static let standardText = """
    # goalgraph's built-in concept table: the words OKRs are written with, in English and
    # German, grouped into concepts. Terms of one concept count as one feature when goalgraph
    # compares texts. The same table is compiled into the program (ConceptTable+Standard.swift);
    # a test checks that the two agree. Written for goalgraph; same licence as goalgraph.
    #
    # Format: one concept per line, "[scope|action] name: term, term, ...", where a line that
    # ends with a comma goes on on the next. A term is one word; case and diacritics do not
    # matter, and each term also matches through its Snowball stem in English and German, so
    # "Kunde" covers "Kunden". "#" starts a comment.
    # "scope" concepts (places, platforms) are compared apart from the score: two objectives
    # that differ only in them overlap rather than duplicate. "action" concepts are verbs that
    # open a theme of their own, for telling the parts of a bundled objective apart.
    # `goalgraph check --concepts FILE` and `goalgraph similar --concepts FILE` add a file of
    # this format; its terms win over the ones here.

    # --- Actions -------------------------------------------------------------------------

    action reduce: reduce, reduction, lower, cut, decrease, shrink, minimise, minimize, halve,
        senken, reduzieren, reduzierung, verringern, verringerung, verkleinern, halbieren,
        minimieren, sinken, abbauen, drücken
    action increase: increase, raise, lift, boost, grow, growth, expand, double, triple,
        steigern, steigerung, erhöhen, erhöhung, wachsen, wachstum, ausbauen, ausweiten,
        verdoppeln, anheben, vergrößern, zulegen, erweitern
    action improve: improve, improvement, enhance, better, optimise, optimize, optimisation,
        optimization, upgrade, verbessern, verbesserung, optimieren, optimierung, aufwerten
    action launch: launch, ship, release, introduce, introduction, rollout, deploy, deployment,
        golive, einführen, einführung, starten, launchen, veröffentlichen, ausrollen, freigeben,
        lancieren
    action open: open, opening, enter, entry, eröffnen, eröffnung, erschließen, erschließung,
        markteintritt
    action hire: hire, hiring, recruit, recruiting, recruitment, einstellen, rekrutieren,
        rekrutierung, anwerben, besetzen, neueinstellung
    action replace: replace, migrate, migration, switch, substitute, decommission, sunset,
        ersetzen, ablösen, ablösung, umstellen, umstellung, migrieren, wechseln, abschalten
    action build: build, create, develop, establish, aufbauen, entwickeln, schaffen, etablieren,
        bauen, erstellen, gründen
    action automate: automate, automation, automated, automatic, automatically, automatisieren,
        automatisierung, automatisch
    action win: win, acquire, attract, gain, gewinnen, akquirieren, anziehen, begeistern
    action sign: sign, signature, unterzeichnen, unterschreiben, abschließen
    action consolidate: consolidate, consolidation, merge, combine, unify, bundle, bündeln,
        bündelung, zusammenführen, konsolidieren, vereinheitlichen, zusammenlegen
    action simplify: simplify, streamline, simple, easy, effortless, easier, vereinfachen,
        vereinfachung, einfach, einfacher, mühelos
    action accelerate: accelerate, speed, faster, quicker, quick, quickly, fast, shorten,
        beschleunigen, schneller, schnell, verkürzen, zügig, rasch
    action measure: measure, track, monitor, monitoring, messen, messung, verfolgen, überwachen,
        überwachung, tracking
    action train: train, training, educate, coach, coaching, onboard, schulen, schulung,
        trainieren, ausbilden, ausbildung, weiterbilden, weiterbildung
    action reach: reach, achieve, attain, hit, erreichen, erzielen
    action repair: repair, fix, fixed, resolve, resolution, solve, mend, reparieren, reparatur,
        beheben, behoben, lösen, instandsetzen, instandsetzung
    action prevent: prevent, avoid, eliminate, vermeiden, verhindern, eliminieren, beseitigen,
        vorbeugen
    action provide: provide, offer, supply, bieten, anbieten, bereitstellen, stellen
    action plan: plan, planning, schedule, scheduled, planned, planen, planung, geplant,
        einplanen, terminieren
    action answer: answer, respond, response, reply, beantworten, antworten, antwort, reagieren,
        rückmeldung
    action publish: publish, document, documentation, dokumentieren, dokumentation, publizieren
    action keep: keep, retain, hold, behalten, halten, binden
    action stop: stop, quit, beenden, aufhören, discontinue
    action check: check, verify, audit, inspect, prüfen, überprüfen, kontrollieren, prüfung
    action digitise: digitise, digitize, digitisation, digitization, digital, digitalise,
        digitalize, digitalisieren, digitalisierung, papierlos, paperless

    # --- Customers, users, people ----------------------------------------------------------

    customer: customer, client, clientele, kunde, kundin, kundinnen, kundschaft, käufer, buyer
    user: user, users, nutzer, nutzerin, anwender, benutzer
    rider: rider, cyclist, radfahrer, fahrer, fahrerin
    employee: employee, staff, workforce, colleague, personnel, mitarbeiter, mitarbeiterin,
        mitarbeitende, belegschaft, beschäftigte
    employer: employer, company, business, corporate, enterprise, firm, arbeitgeber,
        unternehmen, firma, firmen, firmenkunde, betrieb, b2b
    partner: partner, partnership, partnerschaft, partnerin, alliance, allianz
    supplier: supplier, vendor, lieferant, zulieferer, hersteller, manufacturer
    commuter: commuter, commute, commuting, pendler, pendlerin, pendeln
    mechanic: mechanic, technician, mechaniker, mechanikerin, techniker, monteur
    engineer: engineer, developer, programmer, entwickler, entwicklerin, ingenieur,
        softwareentwickler
    manager: manager, leader, leadership, führungskraft, führung, teamleitung, vorgesetzte

    # --- Growth and revenue ----------------------------------------------------------------

    churn: churn, attrition, cancellation, cancel, abwanderung, kündigung, kündigen, turnover,
        fluktuation, abgang, abwandern
    retention: retention, loyalty, loyal, kundenbindung, bindung, treue, haltequote,
        wiederkehrend, returning
    acquisition: acquisition, signup, registration, neukunde, neukunden, akquise, neugeschäft,
        anmeldung, registrierung, kundengewinnung
    conversion: conversion, convert, konversion, konvertieren, abschlussquote, abschlussrate
    subscription: subscription, subscriber, subscribe, abo, abonnement, abonnent, abonnentin,
        abonnieren, membership, mitgliedschaft
    contract: contract, agreement, deal, vertrag, vereinbarung, rahmenvertrag, kontrakt
    revenue: revenue, income, umsatz, erlös, erlöse, einnahmen, earnings, arr, mrr, sales, sell,
        sold, selling, vertrieb, verkauf, verkaufen, verkauft, absatz
    profit: profit, profitability, profitable, margin, ebit, ebitda, gewinn, rentabilität,
        rentabel, profitabel, marge, deckungsbeitrag, breakeven
    cost: cost, costs, expense, expenses, spend, spending, kosten, ausgaben, aufwand, aufwände
    cash: cash, cashflow, liquidity, liquidität, barmittel
    price: price, pricing, preis, preise, tarif, tariff, preisgestaltung
    budget: budget, etat, haushalt
    upsell: upsell, upselling, crosssell, hochstufen, zusatzverkauf, aufstocken
    lead: leads, prospect, prospects, pipeline, interessent, interessenten, anfragepipeline
    market: market, markt, märkte, country, länder, region
    channel: channel, kanal, kanäle, vertriebskanal
    shop: shop, store, retail, retailer, dealer, outlet, laden, geschäft, filiale, händler,
        fachhandel, einzelhandel, handel
    network: network, netzwerk
    brand: brand, awareness, marke, bekanntheit, markenbekanntheit, image, reputation, ruf
    marketing: marketing, campaign, kampagne, advertising, ads, werbung, anzeige, anzeigen
    referral: referral, refer, recommend, recommendation, weiterempfehlung, empfehlen,
        empfehlung, wordofmouth, mundpropaganda
    nps: nps, promoter, promoters
    satisfaction: satisfaction, satisfied, happy, happiness, csat, zufriedenheit, zufrieden,
        begeistert
    rating: rating, review, reviews, stars, bewertung, bewertungen, rezension, sterne
    benefit: benefit, perk, perks, zuschuss, mitarbeitervorteil, vorteil, vorteile, jobrad
    leasing: leasing, lease, leasen, finanzierung, financing, leasingbank
    bank: bank, banks, banken, sparkasse
    uptake: uptake, adoption, usage, utilisation, utilization, nutzung, auslastung, akzeptanz,
        nutzungsrate
    active: active, activity, aktiv, aktive, aktivität, mau, dau, wau
    community: community, meetup, meetups, event, events, veranstaltung, treffen, gemeinschaft,
        stammtisch
    email: email, mail, newsletter, mailing, mails
    personalise: personalise, personalize, personalised, personalized, personalisation,
        personalization, personalisierung, personalisieren, individuell, tailored, zugeschnitten

    # --- Product and technology ------------------------------------------------------------

    app: app, apps, smartphoneapp, mobileapp
    website: website, webshop, site, webseite, homepage, onlineshop, portal, portale
    phone: phone, smartphone, handy, telefon, mobiltelefon
    device: device, devices, hardware, gerät, geräte, endgerät
    feature: feature, functionality, funktion, funktionen, funktionalität
    integration: api, apis, integration, integrate, interface, schnittstelle, integrieren,
        connector, sync, synchronisation, synchronise, synchronize, synchronisieren, anbindung,
        anbinden
    order: order, orders, auftrag, aufträge, bestellung, bestellungen, purchaseorder
    data: data, daten, database, datenbank, record, records, datensatz, datensätze, dataset
    tool: tool, tools, werkzeug, system, systems, systeme, software, platform, plattform
    infrastructure: infrastructure, infrastruktur, cloud, server, hosting, rechenzentrum
    process: process, workflow, prozess, ablauf, abläufe, verfahren
    performance: performance, latency, loadtime, ladezeit, leistung, responsiveness, startup,
        kaltstart
    reliability: reliability, reliable, rely, dependable, stability, stable, zuverlässig,
        zuverlässigkeit, verlässlich, stabilität, stabil, crash, crashes, absturz, abstürze,
        abstürzen, crashfree
    security: security, secure, cybersecurity, sicherheit, itsicherheit, vulnerability,
        schwachstelle
    privacy: privacy, gdpr, dsgvo, datenschutz
    compliance: compliance, regulatory, regulation, konform, regulierung, vorschriften,
        vorschrift
    quality: quality, qualität, defectrate
    bug: bug, bugs, softwarefehler, programmfehler
    failure: fail, failure, failed, error, errors, fehler, fehlgeschlagen, scheitern,
        fehlerquote, fehlversuch, ausfall, ausfälle, ausfallen
    outage: outage, downtime, incident, incidents, störung, störungen, ausfallzeit
    test: test, testing, trial, probe, demo, testen, erprobung
    selfservice: selfservice, themselves, eigenständig, selbstbedienung, selbstständig
    offline: offline, signal, connectivity, empfang, funkloch, netzabdeckung
    bluetooth: bluetooth, nfc, ble
    unlock: unlock, unlocking, lock, entsperren, aufschließen, freischalten, sperren, schloss
    ai: ai, ki, artificial, intelligence, ml, chatbot, bot
    dashboard: dashboard, report, reporting, bericht, berichte, kennzahlen, kpi, kpis
    photo: photo, picture, foto, bild, bilder
    video: video, videos, film, filme, clip, clips, tutorial, tutorials
    guide: guide, guides, playbook, manual, handbook, leitfaden, anleitung, anleitungen,
        handbuch, checkliste, checklist
    language: language, translation, translate, sprache, sprachen, übersetzung, übersetzen,
        localise, localize, localisation, localization, lokalisierung

    # --- Operations ------------------------------------------------------------------------

    bike: bike, bicycle, ebike, pedelec, rad, räder, fahrrad, fahrräder, velo
    cargo: cargo, cargobike, lastenrad, lastenräder, lastenfahrrad
    van: van, vans, transporter, lieferwagen, truck, lkw, kleintransporter
    fleet: fleet, flotte, fuhrpark, bestandsflotte
    availability: availability, available, uptime, verfügbarkeit, verfügbar, einsatzbereit,
        fahrbereit, ready
    breakdown: breakdown, breakdowns, defect, defective, fault, broken, panne, pannen, defekt,
        kaputt, schaden
    replacement: replacement, spare, loaner, swap, ersatz, ersatzrad, austausch, tauschen,
        austauschen, leihrad
    workshop: workshop, garage, werkstatt, werkstätten, reparaturwerkstatt
    maintenance: maintenance, servicing, inspection, inspections, wartung, inspektion,
        instandhaltung, durchsicht
    part: part, parts, component, components, teil, teile, ersatzteil, ersatzteile, bauteil,
        komponente
    stock: stock, inventory, bestand, lager, lagerbestand, vorrat, bestände, warehouse,
        lagerhaus, shortage, stockout, outofstock, fehlbestand, engpass, mangel, lieferengpass,
        vorrätig
    procurement: procurement, purchasing, purchase, buying, einkauf, beschaffung, einkaufen,
        kaufen
    battery: battery, batteries, akku, akkus, batterie, batterien, zelle, zellen, cell
    delivery: delivery, deliver, deliveries, logistics, lieferung, lieferungen, zustellung,
        zustellen, logistik, shipping, versand, versenden, dispatch, pickup, abholung, abholen,
        restock, restocking, replenish, replenishment, nachschub, auffüllen, lastmile, liefern,
        geliefert
    route: route, routes, routing, tour, tours, touren, tourenplanung
    ride: ride, rides, riding, trip, trips, journey, fahrt, fahrten, radfahrt
    return: return, returns, rückgabe, retoure, retouren, rücksendung, rückläufer,
        zurückgeben, zurückgegeben
    resale: resale, resell, reselling, refurbish, refurbishment, refurbished, aufbereiten,
        aufbereitung, wiederverkauf, secondhand
    rental: rental, rent, renting, vermietung, vermieten, mieten, wiedervermietung, verleih,
        leihen
    distance: kilometre, kilometres, kilometer, kilometers, km, mileage, distance, strecke,
        fahrleistung
    parking: park, parking, parken, abstellen, parkplatz, stellplatz, dock, station
    hub: hub, hubs, depot, depots, standort, standorte, lagerstandort
    emission: co2, carbon, emission, emissions, emissionen, klimaneutral, footprint, ausstoß,
        treibhausgas
    sustainability: sustainability, sustainable, green, clean, cleanest, eco, nachhaltig,
        nachhaltigkeit, umweltfreundlich, ökologisch, umwelt
    energy: energy, electricity, strom, energie, stromverbrauch
    city: city, cities, urban, stadt, städte, städtisch, innenstadt, metropole, urbanen
    mobility: mobility, mobilität, transport, verkehr
    manual: manually, handarbeit, händisch, manuell, byhand

    # --- Service and support ---------------------------------------------------------------

    support: support, helpdesk, care, kundenservice, kundendienst, hotline, servicedesk,
        kundensupport
    contact: ticket, tickets, contact, contacts, request, requests, inquiry, inquiries, enquiry,
        anfrage, anfragen, kontakt, kontakte, anliegen, meldung, meldungen, question, questions,
        frage, fragen
    complaint: complaint, complaints, beschwerde, beschwerden, reklamation, reklamationen
    chat: chat, chats, messenger, livechat
    agent: agent, agents, agentin, sachbearbeiter, servicemitarbeiter
    payment: payment, payments, pay, paying, paid, charge, charges, debit, debits, zahlung,
        zahlungen, bezahlen, zahlen, lastschrift, lastschriften, abbuchung, bezahlung, paypal,
        checkout, billing, bill, bills
    invoice: invoice, invoices, invoicing, rechnung, rechnungen,
        abrechnung, faktura, fakturierung
    dunning: dunning, reminder, reminders, mahnung, mahnungen, mahnwesen, collections, inkasso
    onboarding: onboarding, setup, einrichtung, einarbeitung, einrichten
    account: account, accounts, konto, konten, profile, profil, kundenkonto
    pause: pause, suspend, pausieren, unterbrechen, unterbrechung, ruhen

    # --- Time ------------------------------------------------------------------------------

    hour: hour, hours, stunde, stunden, hrs
    day: day, days, tag, tage, werktag, werktage, arbeitstag, arbeitstage, businessday
    week: week, weeks, weekly, woche, wochen, wöchentlich
    month: month, months, monthly, monat, monate, monatlich
    year: year, years, yearly, annual, jahr, jahre, jährlich
    minute: minute, minutes, min, minuten
    time: time, duration, zeit, dauer, laufzeit, durchlaufzeit, turnaround, leadtime,
        bearbeitungszeit
    wait: wait, waiting, warten, wartezeit, wartezeiten, queue, warteschlange

    # --- People and organisation -----------------------------------------------------------

    engagement: engagement, engaged, motivation, motivated, commitment,
        mitarbeiterzufriedenheit, eNPS
    career: career, careers, promotion, karriere, laufbahn, perspektive, perspektiven
    job: job, jobs, role, roles, position, positions, vacancy, vacancies, vakanz, vakanzen,
        stellenangebot
    conversation: conversation, conversations, talk, talks, meeting, meetings, dialogue,
        gespräch, gespräche, mitarbeitergespräch
    collaboration: collaboration, collaborate, cooperation, cooperate, coordination, coordinate,
        zusammenarbeit, zusammenarbeiten, kooperation, abstimmung, abstimmen
    knowledge: knowledge, lessons, learned, learning, learnings, wissen, erkenntnisse, lernen,
        erfahrungen
    culture: culture, kultur, values, werte
    diversity: diversity, inclusion, vielfalt, inklusion, gender, frauenanteil
    health: health, wellbeing, gesundheit, safety, arbeitssicherheit, unfall, unfälle, accident,
        accidents
    productivity: productivity, efficiency, efficient, produktivität, effizienz, effizient
    developerexperience: developerexperience, devex, toil, tooling

    # --- Scope: countries, regions, cities, platforms ---------------------------------------

    scope germany: germany, german, deutschland, deutsch, deutsche, bundesweit
    scope austria: austria, austrian, österreich, österreichisch
    scope switzerland: switzerland, swiss, schweiz, schweizer, schweizerisch
    scope france: france, french, frankreich, französisch, franzosen
    scope netherlands: netherlands, dutch, niederlande, niederländisch, holland, holländisch
    scope belgium: belgium, belgian, belgien, belgisch
    scope luxembourg: luxembourg, luxemburg
    scope italy: italy, italian, italien, italienisch
    scope spain: spain, spanish, spanien, spanisch
    scope portugal: portugal, portuguese, portugiesisch
    scope uk: uk, britain, british, england, english, großbritannien, britisch, englisch
    scope ireland: ireland, irish, irland
    scope usa: usa, america, american, amerika, amerikanisch, stateside
    scope canada: canada, canadian, kanada, kanadisch
    scope poland: poland, polish, polen, polnisch
    scope czechia: czechia, czech, tschechien, tschechisch
    scope denmark: denmark, danish, dänemark, dänisch
    scope sweden: sweden, swedish, schweden, schwedisch
    scope norway: norway, norwegian, norwegen, norwegisch
    scope finland: finland, finnish, finnland, finnisch
    scope japan: japan, japanese, japanisch
    scope china: china, chinese, chinesisch
    scope india: india, indian, indien, indisch
    scope australia: australia, australian, australien, australisch
    scope brazil: brazil, brazilian, brasilien, brasilianisch
    scope mexico: mexico, mexican, mexiko, mexikanisch
    scope europe: europe, european, europa, europäisch, eu
    scope dach: dach
    scope nordics: nordics, nordic, scandinavia, scandinavian, skandinavien, skandinavisch
    scope benelux: benelux
    scope emea: emea
    scope apac: apac, asia, asian, asien, asiatisch
    scope latam: latam
    scope berlin: berlin
    scope hamburg: hamburg
    scope munich: munich, münchen
    scope cologne: cologne, köln
    scope frankfurt: frankfurt
    scope stuttgart: stuttgart
    scope duesseldorf: düsseldorf, duesseldorf
    scope leipzig: leipzig
    scope dresden: dresden
    scope hanover: hanover, hannover
    scope nuremberg: nuremberg, nürnberg
    scope bremen: bremen
    scope vienna: vienna, wien
    scope graz: graz
    scope salzburg: salzburg
    scope zurich: zurich
    scope geneva: geneva, genf
    scope basel: basel
    scope paris: paris
    scope lyon: lyon
    scope marseille: marseille
    scope toulouse: toulouse
    scope lille: lille
    scope bordeaux: bordeaux
    scope amsterdam: amsterdam
    scope rotterdam: rotterdam
    scope brussels: brussels, brüssel
    scope london: london
    scope manchester: manchester
    scope dublin: dublin
    scope madrid: madrid
    scope barcelona: barcelona
    scope milan: milan, mailand
    scope rome: rome, rom
    scope lisbon: lisbon, lissabon
    scope warsaw: warsaw, warschau
    scope prague: prague, prag
    scope copenhagen: copenhagen, kopenhagen
    scope stockholm: stockholm
    scope oslo: oslo
    scope helsinki: helsinki
    scope ios: ios, iphone, ipad
    scope android: android
    scope web: web, browser, desktop
    """
}
