/**
 * Words that show a display name belongs to no single person, for `firstNameFrom`. Only words that are
 * not also common first names or surnames belong here: a hit costs a gap in the greeting, but a
 * frequent surname here ("Koch", "Becker", "Neuhaus") would cost it for thousands of people. Lower
 * case; German and English.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Legal forms, trades and institutions: "Müller GmbH", "Autohaus Meier", "Team Support". */
export const ORGANISATION_WORDS = words(`
  gmbh mbh ag kg kgaa ohg ug gbr ltd inc llc plc co corp company gruppe group holding
  team shop store official offiziell support service services news info verlag redaktion
  magazin magazine zeitung radio tv media medien agentur agency studio salon praxis kanzlei
  klinik klinikum clinic apotheke pharmacy hotel restaurant café cafe bistro pizzeria imbiss
  gasthof gasthaus wirtshaus brauhaus autohaus modehaus kaufhaus möbelhaus schuhhaus sporthaus
  bakery friseur frisör optik fahrschule reisebüro werkstatt markt supermarkt verein club klub
  verband stiftung foundation akademie academy schule school kita kindergarten gemeinde stadtwerke
  sparkasse versicherung immobilien consulting solutions marketing hotline helpdesk kundendienst
`);

/**
 * Heads of German and English compounds that name a business or a department: "Techsupport",
 * "Kundenservice", "Onlineshop". Matched at the end of a word with at least three letters before
 * them, which keeps "Bishop" and "Absalon" people.
 */
export const ORGANISATION_HEADS: readonly string[] = [
  ...words(`
    support service team shop store verlag redaktion versand handel handlung dienst markt
    praxis kanzlei studio salon agentur zentrale zentrum center hotline gruppe verein club
    schule klinik apotheke stiftung verband werkstatt nutzer
  `),
];

/** German trades end in "-erei"/"-orei" (Bäckerei, Metzgerei, Konditorei); no common name does. */
export const TRADE_SUFFIX = /\p{L}{3,}[eo]rei$/u;

/** A household sharing one account: "Familie Berger", "Fam. Berger", "The Berger Family". */
export const FAMILY_WORDS = words('familie fam family famille famiglia eheleute ehepaar geschwister');

/**
 * What platforms show instead of a name ("Facebook User", "Facebook-Nutzer", "Anonymes Mitglied"), and
 * role words people put there instead of theirs ("Kundin"). Only a name made of nothing else is a
 * placeholder: "Anna | Facebook" still names Anna, and "Christopher Guest" is a person.
 */
export const PLACEHOLDER_WORDS = words(`
  facebook instagram twitter x user nutzer nutzerin benutzer benutzerin mitglied member
  teilnehmer teilnehmerin participant anonym anonyme anonymer anonymes anonymous
  gelöscht gelöschter gelöschtes deleted unbekannt unbekannter unbekanntes unknown
  account konto profil profile admin kunde kundin customer gast guest
`);

/**
 * Nobiliary particles: "von Berg, Anna" is a register form, and a name that starts with one
 * ("von der Leyen") starts with the surname.
 */
export const PARTICLES = words('von vom zu zum zur van de der den del della di da du dos das le la ten ter af av');

/**
 * Particles and articles that are never a first name, however they are written ("Die Bergers",
 * "Ein Kunde", "An Anonymous Fan"). "An" is a Vietnamese first name too, but as the first of several
 * words an article is the likelier reading, and a gap is better than a wrong name.
 */
export const NEVER_FIRST = words('von vom zu zum zur der die das den the ein eine einer a an');

/**
 * Family and nickname words: "Oma Inge", "Leons Mama", "Tante Emma". The account is named for a role
 * in a family, and the moderator would not greet "Hallo Inge" (nor "Hallo Leons"); no first name.
 */
export const KIN_WORDS = words('oma opa omi opi mama papa mami papi mutti vati tante onkel');

/** Words a handle opens with before the name: "@the_real_anna", "@ItsAnnaBerger", "@iam_max_b". */
export const HANDLE_FILLERS = words('the real its im iam i am hey hi hello hallo ich bin my mein meine just not only xx xxx');
