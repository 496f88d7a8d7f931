import type { LocalizedText } from './rules';

/**
 * The starter netiquette a company can publish as it is or adapt on the options page. Written in
 * the company's voice, friendly and concrete: what is welcome, what is not, what we do about it
 * and where to turn instead. Both languages say the same thing; neither is a translation aid.
 */
export const STARTER_NETIQUETTE: LocalizedText = {
  de: `Unsere Netiquette – so reden wir hier miteinander

Schön, dass Sie hier sind! Diese Seite ist für Fragen, Lob, Kritik und Austausch da. Damit sich alle wohlfühlen, bitten wir um ein paar einfache Dinge:

1. Respektvoll bleiben. Kritik an uns ist ausdrücklich willkommen – Beleidigungen, Beschimpfungen und persönliche Angriffe auf andere nicht, auch nicht verschleiert geschrieben.
2. Keine Drohungen und keine Hetze. Gewaltandrohungen und die Abwertung von Menschen wegen Herkunft, Religion, Geschlecht, sexueller Orientierung oder Behinderung löschen wir sofort.
3. Persönliche Daten schützen. Bitte posten Sie keine Telefonnummern, E-Mail-Adressen, IBANs oder Anschriften – weder Ihre eigenen noch die anderer. Für Kundennummern, Bestellungen und Vertragsdaten schreiben Sie uns bitte eine private Nachricht.
4. Keine Werbung und kein Spam. Fremde Angebote, Kettenbriefe, Linksammlungen und „schnell reich werden“-Versprechen entfernen wir.
5. Beim Thema bleiben und nicht schreien. Großbuchstaben und Ausrufezeichen-Reihen machen keinen Beitrag lauter, nur schwerer zu lesen.

Was passiert, wenn es doch einmal hakt? Beim ersten Mal erinnern wir freundlich an diese Regeln, danach melden wir uns per privater Nachricht. Wer wiederholt oder schwer gegen die Netiquette verstößt, dessen Beiträge blenden wir aus oder melden sie der Plattform. Strafbare Inhalte bringen wir zur Anzeige.

Wir antworten zu unseren Servicezeiten, so schnell wir können. Danke, dass Sie mithelfen, dass diese Seite ein freundlicher Ort bleibt!`,
  en: `Our netiquette – how we talk with each other here

Great to have you here! This page is for questions, praise, criticism and conversation. So that everyone feels welcome, we ask for a few simple things:

1. Stay respectful. Criticism of us is genuinely welcome – insults, name-calling and personal attacks on others are not, not even in disguised spelling.
2. No threats and no hate. We delete threats of violence and anything that demeans people for their origin, religion, gender, sexual orientation or disability straight away.
3. Protect personal data. Please don't post phone numbers, e-mail addresses, IBANs or street addresses – neither your own nor anyone else's. For customer numbers, orders and contract details, please send us a private message.
4. No advertising and no spam. We remove third-party offers, chain letters, link collections and "get rich quick" promises.
5. Stay on topic and don't shout. Capital letters and rows of exclamation marks don't make a point louder, only harder to read.

What happens if something goes wrong? The first time, we'll give a friendly reminder of these rules; after that, we'll get in touch by private message. If someone breaks the netiquette repeatedly or seriously, we hide their posts or report them to the platform. We report content that breaks the law to the authorities.

We reply during our service hours as quickly as we can. Thank you for helping keep this page a friendly place!`,
};
