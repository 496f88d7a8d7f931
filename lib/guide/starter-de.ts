import type { StarterLanguageContent } from './starter-content';

/**
 * German half of the starter guide. Customers are addressed with "Sie" and greeted by first name,
 * as many German brands do on social media; teams that say "du" edit the texts once. Every [[gap]]
 * is a specific only the agent can know – the guard keeps them from going out unfilled.
 */
export const STARTER_DE: StarterLanguageContent = {
  'delivery-status': {
    title: 'Lieferstatus & Sendungsverfolgung',
    description: 'Wo eine Bestellung bleibt, wann sie ankommt, warum sie sich verzögert oder was tun, wenn sie als zugestellt gilt, aber fehlt.',
    keywords: [
      'Lieferung', 'liefern', 'Lieferzeit', 'Lieferstatus', 'Liefertermin', 'Lieferverzögerung', 'Versand',
      'versenden', 'verschickt', 'Sendung', 'Sendungsverfolgung', 'Sendungsnummer', 'Trackingnummer',
      'Tracking', 'Paket', 'Päckchen', 'Bestellung', 'bestellt', 'Zustellung', 'zugestellt', 'Zusteller',
      'ankommen', 'angekommen', 'unterwegs', 'DHL', 'Hermes', 'DPD', 'GLS', 'UPS', 'Paketbote',
      'Kurier', 'Verzögerung', 'verspätet', 'warten', 'Wartezeit', 'noch nicht da', 'nicht angekommen',
      'wo bleibt', 'wann kommt', 'Packstation', 'Nachbar',
    ],
    examples: [
      'Wo bleibt meine Bestellung? Ich warte jetzt seit einer Woche.',
      'Wann wird mein Paket endlich geliefert?',
      'Laut Sendungsverfolgung zugestellt, aber bei mir ist nichts angekommen.',
      'Wie lange ist die Lieferzeit gerade?',
      'Meine Bestellung wurde immer noch nicht verschickt.',
    ],
    templates: [
      {
        slug: 'check-order',
        title: 'Sendung prüfen',
        body:
          'Hallo {{first_name}}, das tut mir leid – wenn man sich auf eine Bestellung freut, ist Warten besonders ärgerlich. ' +
          'Ich schaue mir Ihre Sendung gern persönlich an. Schicken Sie uns dafür bitte Ihre Bestellnummer per privater Nachricht ' +
          '(bitte nicht hier öffentlich posten), dann melde ich mich schnellstmöglich mit dem aktuellen Stand.\n\nViele Grüße\n{{agent}}',
      },
      {
        slug: 'delay',
        title: 'Verzögerung erklären',
        body:
          'Hallo {{first_name}}, danke für Ihre Geduld! Zurzeit dauert der Versand bei uns etwas länger als gewohnt, weil ' +
          '[[Grund der Verzögerung]]. Ihre Bestellung sollte voraussichtlich [[Liefertermin]] bei Ihnen sein. ' +
          'Sobald das Paket unterwegs ist, bekommen Sie eine E-Mail mit dem Link zur Sendungsverfolgung.\n\nHerzliche Grüße\n{{agent}}',
      },
      {
        slug: 'delivered-missing',
        title: 'Als zugestellt gemeldet, aber nicht da',
        body:
          'Hallo {{first_name}}, das ist wirklich ärgerlich, wenn die Sendungsverfolgung „zugestellt“ meldet und nichts da ist. ' +
          'Schauen Sie bitte einmal, ob das Paket bei Nachbarn, in einer Packstation oder an einem Ablageort abgegeben wurde – ' +
          'oft hinterlässt der Zusteller eine Karte im Briefkasten. Falls nicht, schreiben Sie uns bitte Ihre Bestellnummer ' +
          'per privater Nachricht; dann klären wir das direkt mit [[Versanddienstleister]].\n\nViele Grüße\n{{agent}}',
      },
      {
        slug: 'short',
        title: 'Bestellnummer erbitten (kurz, passt auf X)',
        body:
          'Hallo {{first_name}}, das tut mir leid! Schicken Sie uns bitte Ihre Bestellnummer per Direktnachricht (nicht hier ' +
          'öffentlich), dann schaue ich gleich nach, wo Ihr Paket steckt.\n\nViele Grüße\n{{agent}}',
      },
    ],
  },

  'returns-refund': {
    title: 'Rücksendung & Erstattung',
    description: 'Wie Rücksendung und Umtausch funktionieren und wann das Geld zurückkommt.',
    keywords: [
      'Rücksendung', 'zurücksenden', 'zurückschicken', 'zurückgeschickt', 'Retoure', 'retournieren', 'Rückgabe',
      'zurückgeben', 'Umtausch', 'umtauschen', 'Erstattung', 'erstatten', 'Rückerstattung', 'Geld zurück',
      'Gutschrift', 'Widerruf', 'widerrufen', 'Rücksendeschein', 'Retourenschein', 'Retourenlabel',
      'Rücksendeetikett', 'Rückgaberecht', 'Rückgabefrist', 'stornieren', 'Stornierung', 'passt nicht',
      'falsche Größe', 'zu klein', 'zu groß', 'Rückzahlung', 'zurücküberweisen', 'Geld',
    ],
    examples: [
      'Wie kann ich die Schuhe zurückschicken?',
      'Ich habe die Retoure vor zwei Wochen weggeschickt und noch kein Geld zurückbekommen.',
      'Kann ich die Hose umtauschen? Sie ist mir zu klein.',
      'Wo finde ich den Rücksendeschein?',
      'Wann bekomme ich meine Erstattung?',
    ],
    templates: [
      {
        slug: 'how-to-return',
        title: 'So funktioniert die Rücksendung',
        body:
          'Hallo {{first_name}}, schade, dass es nicht gepasst hat! Sie können Artikel innerhalb von [[Rückgabefrist]] ' +
          'kostenlos zurückschicken. Den Rücksendeschein finden Sie [[wo es den Rücksendeschein gibt]]. Legen Sie einfach ' +
          'den Lieferschein bei, dann können wir die Retoure schnell zuordnen. Bei Fragen sind wir gern für Sie da.\n\nViele Grüße\n{{agent}}',
      },
      {
        slug: 'refund-pending',
        title: 'Erstattung noch offen',
        body:
          'Hallo {{first_name}}, danke, dass Sie nachfragen – auf sein Geld zu warten, ist kein schönes Gefühl. Sobald Ihre ' +
          'Rücksendung bei uns geprüft ist, erstatten wir den Betrag auf das ursprüngliche Zahlungsmittel; das dauert in der ' +
          'Regel [[Bearbeitungszeit]]. Damit ich nachsehen kann, wo Ihre Retoure gerade steht, schicken Sie mir bitte Ihre ' +
          'Bestellnummer per privater Nachricht.\n\nViele Grüße\n{{agent}}',
      },
      {
        slug: 'exchange',
        title: 'Umtausch',
        body:
          'Hallo {{first_name}}, ein Umtausch ist gar kein Problem! [[So läuft der Umtausch ab]]. Wenn Sie möchten, ' +
          'prüfe ich vorab gern, ob Ihre Wunschgröße oder -farbe vorrätig ist – schreiben Sie mir einfach, welche Sie ' +
          'brauchen.\n\nViele Grüße\n{{agent}}',
      },
    ],
  },

  'opening-hours': {
    title: 'Öffnungszeiten & Feiertage',
    description: 'Wann Filialen geöffnet haben, auch an Feiertagen und Sonntagen.',
    keywords: [
      'Öffnungszeiten', 'geöffnet', 'öffnen', 'offen', 'geschlossen', 'schließen', 'Sonntag', 'Samstag',
      'Feiertag', 'Feiertage', 'Heiligabend', 'Silvester', 'Ostern', 'Ostermontag', 'Pfingsten',
      'Weihnachten', 'Brückentag', 'Filiale', 'Laden', 'Geschäft', 'Markt', 'Uhrzeit', 'Uhr', 'bis wann',
      'ab wann', 'verkaufsoffen', 'einkaufen', 'Standort', 'Betriebsferien',
    ],
    examples: [
      'Habt ihr am Samstag geöffnet?',
      'Wie lange hat die Filiale heute offen?',
      'Haben Sie an Feiertagen geöffnet?',
      'Bis wann kann man morgen bei euch einkaufen?',
      'Ist der Laden am Ostermontag auf?',
    ],
    templates: [
      {
        slug: 'regular-hours',
        title: 'Reguläre Öffnungszeiten',
        body:
          'Hallo {{first_name}}, danke für Ihre Frage! Unsere Filiale [[Filiale]] ist [[Öffnungszeiten]] für Sie da. ' +
          'Alle Standorte mit ihren Öffnungszeiten finden Sie auch unter [[Link zur Filialsuche]]. Wir freuen uns auf Ihren ' +
          'Besuch!\n\nViele Grüße\n{{agent}}',
      },
      {
        slug: 'holiday-hours',
        title: 'Feiertage & Sonderöffnungszeiten',
        body:
          'Hallo {{first_name}}, gute Frage – an Feiertagen ist ja vieles anders. Am [[Feiertag und Datum]] haben wir ' +
          '[[geänderte Öffnungszeiten oder „geschlossen“]]. Ab [[Datum]] sind wir wieder wie gewohnt für Sie da ' +
          '(Stand: {{date}}).\n\nViele Grüße und schöne Feiertage\n{{agent}}',
      },
    ],
  },

  'price-offer': {
    title: 'Preise, Angebote & Gutscheine',
    description: 'Was etwas kostet, wie lange ein Angebot gilt, Gutscheincodes und Preisunterschiede zwischen Werbung und Kasse.',
    keywords: [
      'Preis', 'Preise', 'kosten', 'kostet', 'teuer', 'günstig', 'billig', 'Angebot', 'Angebote', 'Aktion',
      'Rabatt', 'Prozent', 'Sale', 'reduziert', 'Gutschein', 'Gutscheincode', 'Rabattcode', 'Code', 'Coupon',
      'Preisnachlass', 'Prospekt', 'Werbung', 'beworben', 'Aktionspreis', 'Preisfehler', 'Kasse',
      'Sonderangebot', 'Black Friday', 'Versandkosten', 'Preiserhöhung', 'Euro',
    ],
    examples: [
      'Was kostet das Set?',
      'Gilt das Angebot aus dem Prospekt auch online?',
      'Mein Gutscheincode funktioniert nicht.',
      'An der Kasse war der Preis höher als in der Werbung.',
      'Gibt es bald wieder Rabatt?',
    ],
    templates: [
      {
        slug: 'price-info',
        title: 'Preis und Angebotszeitraum',
        body:
          'Hallo {{first_name}}, danke für Ihr Interesse! [[Produkt]] kostet aktuell [[Preis]]. Das Angebot gilt ' +
          '[[Zeitraum]] [[online und/oder in den Filialen]]. Viel Freude beim Stöbern – und melden Sie sich gern, wenn ' +
          'noch Fragen offen sind.\n\nViele Grüße\n{{agent}}',
      },
      {
        slug: 'voucher-problem',
        title: 'Gutscheincode funktioniert nicht',
        body:
          'Hallo {{first_name}}, ärgerlich, wenn der Code nicht greift! Bitte prüfen Sie kurz, ob [[Bedingungen des ' +
          'Gutscheins]] erfüllt sind. Klappt es trotzdem nicht, schicken Sie uns den Code und einen Screenshot gern per ' +
          'privater Nachricht – wir finden eine Lösung.\n\nViele Grüße\n{{agent}}',
      },
      {
        slug: 'price-difference',
        title: 'Preis an der Kasse anders als beworben',
        body:
          'Hallo {{first_name}}, danke für den Hinweis, dem gehen wir nach! Der beworbene Preis von [[Preis]] gilt ' +
          '[[Bedingungen und Zeitraum]]. Wenn an der Kasse mehr berechnet wurde, schicken Sie uns bitte ein Foto des ' +
          'Kassenbons per privater Nachricht, dann klären wir die Differenz für Sie.\n\nViele Grüße\n{{agent}}',
      },
    ],
  },

  'product-availability': {
    title: 'Verfügbarkeit & Sortiment',
    description: 'Ob ein Artikel vorrätig ist, wann er wiederkommt, ob es ihn in einer Filiale gibt oder er aus dem Sortiment ist.',
    keywords: [
      'verfügbar', 'Verfügbarkeit', 'lieferbar', 'vorrätig', 'Vorrat', 'Lager', 'Lagerbestand', 'auf Lager',
      'ausverkauft', 'vergriffen', 'Nachschub', 'Nachlieferung', 'wieder da', 'wieder verfügbar',
      'wieder erhältlich', 'erhältlich', 'bekommen', 'kaufen', 'Sortiment', 'Größe', 'Farbe', 'nicht mehr',
      'eingestellt', 'Neuheit', 'vorbestellen', 'Vorbestellung', 'reservieren', 'Artikel', 'Produkt', 'Modell',
      'führen', 'reinbekommen',
    ],
    examples: [
      'Ist die Jacke in Größe M noch verfügbar?',
      'Wann gibt es den Artikel wieder?',
      'Bekommt ihr das Modell nochmal rein?',
      'Überall ausverkauft – kommt da noch Nachschub?',
      'Führt die Filiale in Köln das Produkt?',
    ],
    templates: [
      {
        slug: 'back-in-stock',
        title: 'Bald wieder verfügbar',
        body:
          'Hallo {{first_name}}, schön, dass Ihnen [[Produkt]] gefällt! Leider ist es gerade vergriffen. Wir erwarten ' +
          'Nachschub voraussichtlich [[Zeitraum]]. Tipp: Mit der Benachrichtigung „Wieder verfügbar“ auf der ' +
          'Produktseite erfahren Sie sofort, wenn es so weit ist.\n\nViele Grüße\n{{agent}}',
      },
      {
        slug: 'discontinued',
        title: 'Nicht mehr im Sortiment',
        body:
          'Hallo {{first_name}}, danke für Ihre Nachfrage! [[Produkt]] haben wir leider nicht mehr im Sortiment. Eine ' +
          'schöne Alternative ist [[Alternative]], weil [[warum sie passt]]. Wenn Sie möchten, helfe ich Ihnen gern bei ' +
          'der Auswahl.\n\nViele Grüße\n{{agent}}',
      },
      {
        slug: 'store-stock',
        title: 'Bestand in der Filiale',
        body:
          'Hallo {{first_name}}, gute Frage! Ob [[Produkt]] in Ihrer Filiale vorrätig ist, sehen Sie tagesaktuell unter ' +
          '[[Link zur Bestandsabfrage]]. Dort können Sie den Artikel auch reservieren und innerhalb von [[Abholfrist]] ' +
          'abholen.\n\nViele Grüße\n{{agent}}',
      },
    ],
  },

  'complaint-quality': {
    title: 'Reklamation & Qualitätsmangel',
    description: 'Defekte, beschädigte oder mangelhafte Ware, Beschwerden über Qualität, Garantie und Gewährleistung.',
    keywords: [
      'Reklamation', 'reklamieren', 'Mangel', 'mangelhaft', 'defekt', 'kaputt', 'beschädigt', 'Schaden',
      'gebrochen', 'gerissen', 'Qualität', 'schlechte Qualität', 'enttäuscht', 'enttäuschend', 'fehlerhaft',
      'funktioniert nicht', 'geht nicht', 'Garantie', 'Gewährleistung', 'verdorben', 'abgelaufen', 'Schimmel',
      'Beschwerde', 'beschweren', 'unzufrieden', 'Frechheit', 'Naht', 'Loch', 'Kratzer', 'Ersatz',
      'Reparatur', 'MHD',
    ],
    examples: [
      'Nach zwei Wochen ist die Naht gerissen, so eine schlechte Qualität!',
      'Das Gerät ist kaputt bei mir angekommen.',
      'Ich möchte mich beschweren, der Artikel ist defekt.',
      'Im Joghurt war Schimmel, obwohl das MHD noch lange nicht abgelaufen ist.',
      'Wie reklamiere ich einen Garantiefall?',
    ],
    templates: [
      {
        slug: 'apologise-photos',
        title: 'Entschuldigen und Fotos erbitten',
        body:
          'Hallo {{first_name}}, das tut mir wirklich leid – so soll es natürlich nicht sein. Damit wir uns das genau ' +
          'ansehen können, schicken Sie uns bitte per privater Nachricht ein paar Fotos vom Mangel und Ihre Bestellnummer ' +
          'oder ein Foto des Kassenbons. Dann kümmern wir uns zügig um Ersatz oder Erstattung.\n\nViele Grüße\n{{agent}}',
      },
      {
        slug: 'quality-team',
        title: 'An das Qualitätsteam weitergegeben',
        body:
          'Hallo {{first_name}}, danke, dass Sie uns das so offen schreiben. Ich habe Ihre Rückmeldung zu [[Produkt]] an ' +
          'unser Qualitätsteam weitergegeben – solche Hinweise helfen uns, besser zu werden. Wegen Ihres konkreten Falls ' +
          'melde ich mich [[bis wann]] per privater Nachricht bei Ihnen.\n\nViele Grüße\n{{agent}}',
      },
      {
        slug: 'warranty',
        title: 'Garantie und Gewährleistung',
        body:
          'Hallo {{first_name}}, ärgerlich, dass [[Produkt]] nicht mehr richtig funktioniert! Da der Kauf noch innerhalb ' +
          'der Gewährleistung liegt, [[so läuft die Reklamation ab]]. Halten Sie dafür bitte den Kaufbeleg bereit. Bei ' +
          'Fragen zum Ablauf bin ich gern für Sie da.\n\nViele Grüße\n{{agent}}',
      },
    ],
  },

  'payment-invoice': {
    title: 'Zahlung & Rechnung',
    description: 'Zahlungsarten, Rechnungen, doppelte Abbuchungen und Mahnungen.',
    keywords: [
      'Zahlung', 'zahlen', 'bezahlen', 'bezahlt', 'Bezahlung', 'Zahlungsart', 'Zahlungsarten',
      'Zahlungsmethode', 'Rechnung', 'Rechnungen', 'Kauf auf Rechnung', 'PayPal', 'Kreditkarte', 'Lastschrift',
      'Überweisung', 'überweisen', 'Klarna', 'Ratenzahlung', 'Raten', 'Abbuchung', 'abgebucht',
      'doppelt abgebucht', 'Mahnung', 'Gebühr', 'Betrag', 'Quittung', 'Beleg', 'Mehrwertsteuer',
      'Rechnungsadresse', 'Zahlungserinnerung', 'Apple Pay', 'Google Pay', 'Konto', 'Inkasso',
    ],
    examples: [
      'Kann ich auf Rechnung bestellen?',
      'Mir wurde der Betrag doppelt abgebucht!',
      'Wo finde ich meine Rechnung?',
      'Warum bekomme ich eine Mahnung, ich habe doch längst bezahlt?',
      'Geht bei euch auch PayPal?',
    ],
    templates: [
      {
        slug: 'payment-methods',
        title: 'Zahlungsarten',
        body:
          'Hallo {{first_name}}, danke für Ihre Frage! Bei uns können Sie mit [[Zahlungsarten]] bezahlen. Alle Details ' +
          'finden Sie unter [[Link zu den Zahlungsinformationen]]. Viel Spaß beim Einkaufen!\n\nViele Grüße\n{{agent}}',
      },
      {
        slug: 'charge-dunning',
        title: 'Abbuchung oder Mahnung klären',
        body:
          'Hallo {{first_name}}, das klären wir natürlich sofort – Unklarheiten beim Geld sind besonders unangenehm. ' +
          'Schicken Sie uns bitte Ihre Bestellnummer und das Datum der Abbuchung oder Mahnung per privater Nachricht ' +
          '(Kontodaten bitte nie öffentlich posten). Wir prüfen das und melden uns bei Ihnen.\n\nViele Grüße\n{{agent}}',
      },
      {
        slug: 'find-invoice',
        title: 'Rechnung finden',
        body:
          'Hallo {{first_name}}, Ihre Rechnung finden Sie [[wo die Rechnung zu finden ist]]. Falls sie dort fehlt, ' +
          'schicken wir sie Ihnen gern noch einmal zu – schreiben Sie uns dafür einfach Ihre Bestellnummer per privater ' +
          'Nachricht.\n\nViele Grüße\n{{agent}}',
      },
    ],
  },

  'account-login': {
    title: 'Kundenkonto & Anmeldung',
    description: 'Probleme beim Einloggen, vergessene Passwörter, gesperrte Konten, Daten ändern oder Konto löschen.',
    keywords: [
      'Konto', 'Kundenkonto', 'Account', 'Login', 'einloggen', 'anmelden', 'Anmeldung', 'registrieren',
      'Registrierung', 'Passwort', 'Kennwort', 'Passwort vergessen', 'zurücksetzen', 'gesperrt', 'Sperre',
      'E-Mail-Adresse', 'Benutzername', 'App', 'Zugangsdaten', 'Zwei-Faktor', 'Bestätigungsmail',
      'Verifizierung', 'Konto löschen', 'Daten ändern', 'Adresse ändern', 'Newsletter', 'abmelden',
      'Kundenkarte', 'Fehlermeldung', 'Profil',
    ],
    examples: [
      'Ich komme nicht mehr in mein Kundenkonto.',
      'Passwort vergessen, und die Mail zum Zurücksetzen kommt nicht an.',
      'Mein Account wurde gesperrt, warum?',
      'Wie kann ich mein Konto löschen?',
      'Die App zeigt beim Login immer eine Fehlermeldung.',
    ],
    templates: [
      {
        slug: 'reset-password',
        title: 'Passwort zurücksetzen',
        body:
          'Hallo {{first_name}}, das kriegen wir hin! Über „Passwort vergessen“ auf [[Link zur Anmeldeseite]] schicken ' +
          'wir Ihnen einen Link zum Zurücksetzen. Falls die E-Mail nicht ankommt, schauen Sie bitte auch im Spam-Ordner ' +
          'nach. Klappt es dann immer noch nicht, schreiben Sie uns per privater Nachricht – aber bitte niemals Ihr ' +
          'Passwort.\n\nViele Grüße\n{{agent}}',
      },
      {
        slug: 'locked-error',
        title: 'Konto gesperrt oder Fehlermeldung',
        body:
          'Hallo {{first_name}}, schade, dass die Anmeldung gerade nicht klappt. Damit wir uns Ihr Kundenkonto ansehen ' +
          'können, schicken Sie uns bitte per privater Nachricht die E-Mail-Adresse, mit der Sie registriert sind, und – ' +
          'falls angezeigt – die Fehlermeldung. Ihr Passwort brauchen wir dafür nicht.\n\nViele Grüße\n{{agent}}',
      },
      {
        slug: 'change-delete',
        title: 'Daten ändern oder Konto löschen',
        body:
          'Hallo {{first_name}}, Ihre Daten gehören Ihnen – selbstverständlich können Sie sie ändern oder das Konto ' +
          'löschen. [[So geht es Schritt für Schritt]]. Wenn dabei etwas hakt, helfen wir Ihnen gern per privater ' +
          'Nachricht weiter.\n\nViele Grüße\n{{agent}}',
      },
    ],
  },

  'praise-thanks': {
    title: 'Lob & Dank',
    description: 'Kundinnen und Kunden bedanken sich, loben Service, Beratung, Produkte oder einzelne Mitarbeitende.',
    keywords: [
      'danke', 'Dankeschön', 'vielen Dank', 'Lob', 'loben', 'super', 'toll', 'klasse', 'spitze', 'top',
      'perfekt', 'zufrieden', 'begeistert', 'großartig', 'freundlich', 'kompetent', 'Beratung', 'empfehlen',
      'weiterempfehlen', 'lieben', 'Lieblingsladen', 'lecker', 'schön', 'wunderbar', 'herzlich', 'genial',
      'gerne wieder', 'Kompliment', 'hilfsbereit', 'bestes', '👍', '❤', '😍', '🥰', '🙏', '👏',
    ],
    examples: [
      'Vielen Dank für die tolle Beratung in der Filiale!',
      'Super schnelle Lieferung, ich bin begeistert!',
      'Eure Mitarbeiterin war so freundlich, großes Lob.',
      'Bestes Produkt überhaupt, kann ich nur weiterempfehlen.',
      'Einfach top, danke euch!',
    ],
    templates: [
      {
        slug: 'thank-you',
        title: 'Danke für das Lob',
        body:
          'Hallo {{first_name}}, wie schön, das zu lesen – vielen Dank! Solche Nachrichten machen unserem ganzen Team den ' +
          'Tag. Wir freuen uns sehr, dass Sie zufrieden sind, und hoffen, Sie bald wieder bei {{page}} begrüßen zu ' +
          'dürfen.\n\nHerzliche Grüße\n{{agent}}',
      },
      {
        slug: 'pass-on',
        title: 'Lob weitergeben',
        body:
          'Hallo {{first_name}}, herzlichen Dank für Ihre lieben Worte! Ihr Lob geben wir sehr gern an [[Team, Filiale ' +
          'oder Mitarbeiter:in]] weiter – da wird sich jemand richtig freuen. Bis zum nächsten Mal!\n\nViele Grüße\n{{agent}}',
      },
    ],
  },

  'job-application': {
    title: 'Jobs & Bewerbung',
    description: 'Offene Stellen, Ausbildung und Praktika, Fragen zum Stand einer Bewerbung.',
    keywords: [
      'Job', 'Jobs', 'Stelle', 'Stellen', 'Stellenangebot', 'Stellenanzeige', 'Bewerbung', 'bewerben',
      'beworben', 'Bewerbungsgespräch', 'Vorstellungsgespräch', 'Ausbildung', 'Ausbildungsplatz', 'Azubi',
      'Praktikum', 'Minijob', 'Nebenjob', 'Aushilfe', 'Teilzeit', 'Vollzeit', 'Karriere', 'arbeiten',
      'Arbeit', 'Gehalt', 'Lohn', 'verdienen', 'Personalabteilung', 'einstellen', 'Werkstudent',
      'duales Studium', 'Lebenslauf', 'Absage', 'Zusage', 'Rückmeldung',
    ],
    examples: [
      'Sucht ihr noch Aushilfen für samstags?',
      'Ich habe mich vor drei Wochen beworben und noch nichts gehört.',
      'Gibt es bei euch noch Ausbildungsplätze für nächstes Jahr?',
      'Wie kann ich mich für ein Praktikum bewerben?',
      'Was verdient man als Verkäufer bei euch?',
    ],
    templates: [
      {
        slug: 'open-positions',
        title: 'Offene Stellen',
        body:
          'Hallo {{first_name}}, schön, dass Sie Lust haben, bei {{page}} mitzuarbeiten! Alle offenen Stellen, ' +
          'Ausbildungsplätze und Praktika finden Sie unter [[Link zur Karriereseite]]. Dort können Sie sich auch direkt ' +
          'online bewerben. Wir drücken die Daumen!\n\nViele Grüße\n{{agent}}',
      },
      {
        slug: 'application-status',
        title: 'Stand der Bewerbung',
        body:
          'Hallo {{first_name}}, danke für Ihre Bewerbung und Ihre Geduld! Zum Stand einzelner Bewerbungen können wir ' +
          'hier öffentlich leider nichts sagen, aber unser Recruiting-Team ist unter [[Kontakt der Personalabteilung]] ' +
          'für Sie da. Ich gebe Ihre Nachfrage auch gern intern weiter.\n\nViele Grüße\n{{agent}}',
      },
    ],
  },

  'move-to-private': {
    title: 'In eine private Nachricht wechseln',
    description: 'Wenn persönliche Daten nötig sind oder schon öffentlich gepostet wurden – das Gespräch privat fortsetzen.',
    keywords: [
      'persönliche Daten', 'Daten', 'Adresse', 'Telefonnummer', 'Handynummer', 'E-Mail', 'Kundennummer',
      'Bestellnummer', 'IBAN', 'Kontonummer', 'privat', 'private Nachricht', 'PN', 'Direktnachricht', 'DM',
      'Nachricht', 'schreiben', 'geschrieben', 'melden', 'kontaktieren', 'Datenschutz', 'öffentlich',
      'anschreiben', 'Postfach', 'Messenger', 'Antwort',
    ],
    examples: [
      'Hier ist meine Bestellnummer 12345 und meine Adresse: Musterstraße 1.',
      'Kann ich euch privat schreiben?',
      'Ich habe euch eine PN geschickt, bitte antwortet.',
      'Meine Kundennummer ist 998877, bitte meldet euch bei mir.',
      'Habt ihr meine Nachricht im Messenger gesehen?',
    ],
    templates: [
      {
        slug: 'please-dm',
        title: 'Bitte per privater Nachricht',
        body:
          'Hallo {{first_name}}, damit wir Ihnen konkret weiterhelfen können, brauchen wir ein paar persönliche Angaben – ' +
          'die gehören aber nicht in einen öffentlichen Kommentar. Schreiben Sie uns doch bitte eine private Nachricht ' +
          'mit [[benötigte Angaben]]. Wir melden uns dort so schnell wie möglich.\n\nViele Grüße\n{{agent}}',
      },
      {
        slug: 'data-posted',
        title: 'Persönliche Daten öffentlich gepostet',
        body:
          'Hallo {{first_name}}, danke für Ihre Nachricht! Zu Ihrem Schutz haben wir den Kommentar mit Ihren persönlichen ' +
          'Daten ausgeblendet – Adressen und Nummern sind in einer privaten Nachricht besser aufgehoben. Wir haben Ihnen ' +
          'bereits privat geschrieben und kümmern uns dort weiter um Ihr Anliegen.\n\nViele Grüße\n{{agent}}',
      },
      {
        slug: 'dm-received',
        title: 'Private Nachricht erhalten',
        body:
          'Hallo {{first_name}}, Ihre private Nachricht ist bei uns angekommen – vielen Dank! Wir antworten Ihnen dort ' +
          '[[bis wann]]. Bitte sehen Sie auch in Ihren Nachrichtenanfragen nach, falls Sie unsere Antwort nicht ' +
          'gleich finden.\n\nViele Grüße\n{{agent}}',
      },
    ],
  },

  'hotline-handoff': {
    title: 'An Hotline oder Fachabteilung übergeben',
    description: 'Wenn ein Anliegen telefonisch oder von einer Fachabteilung besser gelöst wird, oder Kundschaft niemanden erreicht.',
    keywords: [
      'Hotline', 'Telefon', 'telefonisch', 'Telefonnummer', 'anrufen', 'angerufen', 'Anruf', 'Rückruf',
      'zurückrufen', 'Kundenservice', 'Kundendienst', 'Servicenummer', 'erreichen', 'erreichbar',
      'niemand erreichbar', 'Warteschleife', 'Ansprechpartner', 'Technik', 'technischer Support', 'Support',
      'Fachabteilung', 'E-Mail', 'Kontaktformular', 'Chat', 'Livechat', 'niemand geht ran', 'keine Antwort',
      'Service',
    ],
    examples: [
      'Ich erreiche telefonisch niemanden, hänge nur in der Warteschleife.',
      'Gibt es eine Hotline für technische Fragen?',
      'Kann mich bitte jemand zurückrufen?',
      'Wie erreiche ich euren Kundenservice?',
      'Auf meine E-Mail hat seit Tagen niemand geantwortet.',
    ],
    templates: [
      {
        slug: 'hotline',
        title: 'Hotline nennen',
        body:
          'Hallo {{first_name}}, bei Ihrem Anliegen helfen Ihnen unsere Kolleg:innen an der Hotline am besten weiter: ' +
          'Sie erreichen sie unter [[Telefonnummer]] ([[Erreichbarkeit]]). Am kürzesten ist die Wartezeit meist ' +
          '[[ruhige Zeiten]].\n\nViele Grüße\n{{agent}}',
      },
      {
        slug: 'callback',
        title: 'Rückruf organisieren',
        body:
          'Hallo {{first_name}}, es tut mir leid, dass Sie uns bisher nicht erreicht haben – das ist ärgerlich. Ich ' +
          'organisiere gern einen Rückruf durch [[Fachabteilung]]. Schicken Sie mir dafür bitte per privater Nachricht ' +
          'Ihre Telefonnummer und wann Sie am besten erreichbar sind.\n\nViele Grüße\n{{agent}}',
      },
    ],
  },

  'netiquette-reminder': {
    title: 'Netiquette-Hinweis',
    description: 'Beleidigungen, aggressiver Ton, Spam oder Fragen, warum ein Kommentar ausgeblendet wurde.',
    keywords: [
      'Netiquette', 'Beleidigung', 'beleidigen', 'beleidigt', 'Ton', 'Tonfall', 'Respekt', 'respektvoll',
      'sachlich', 'Hetze', 'Hass', 'Spam', 'gelöscht', 'löschen', 'Zensur', 'zensiert', 'ausgeblendet',
      'Kommentar gelöscht', 'Meinungsfreiheit', 'Diskriminierung', 'Beschimpfung', 'Idiot', 'Idioten',
      'blöd', 'dumm', 'Drohung', 'Troll', 'Regeln', 'Hausordnung', 'Abzocke', 'Betrüger', 'Verbrecher',
    ],
    examples: [
      'Warum habt ihr meinen Kommentar gelöscht? Zensur!',
      'Ihr seid doch alle Idioten!',
      'Der User da oben beleidigt hier alle.',
      'Meinungsfreiheit gilt bei euch wohl nicht.',
      'Ihr Verbrecher, Abzocke ist das!',
    ],
    templates: [
      {
        slug: 'friendly-reminder',
        title: 'Freundlicher Hinweis auf den Ton',
        body:
          'Hallo {{first_name}}, wir verstehen, dass Sie verärgert sind, und nehmen Ihre Kritik ernst. Bitte bleiben Sie ' +
          'dabei sachlich und respektvoll – so können wir hier alle gut miteinander reden. Unsere Netiquette finden Sie ' +
          'unter [[Link zur Netiquette]]. Zu Ihrem Anliegen: [[konkrete Antwort]]\n\nViele Grüße\n{{agent}}',
      },
      {
        slug: 'comment-hidden',
        title: 'Warum ein Kommentar ausgeblendet wurde',
        body:
          'Hallo {{first_name}}, Kritik ist hier ausdrücklich willkommen – Beleidigungen, Spam und persönliche Angriffe ' +
          'jedoch nicht. Deshalb haben wir einen Kommentar ausgeblendet, der gegen unsere Netiquette ([[Link zur ' +
          'Netiquette]]) verstößt. Wenn Sie Ihr Anliegen sachlich schildern, helfen wir Ihnen gern weiter.\n\nViele Grüße\n{{agent}}',
      },
      {
        slug: 'short',
        title: 'Kurzer Hinweis auf den Ton (passt auf X)',
        body:
          'Hallo {{first_name}}, Kritik ist hier willkommen – bitte bleiben Sie dabei sachlich und respektvoll. Unsere ' +
          'Netiquette: [[Link zur Netiquette]]. Zu Ihrem Anliegen: [[konkrete Antwort]]\n\nViele Grüße\n{{agent}}',
      },
    ],
  },
};
