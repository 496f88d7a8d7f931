import type { TermGroup } from './types';

/**
 * Everyday customer-service words. They flag nothing; as whitelist words they are left out of the
 * classifier's evidence. Its training tweets are mostly political, where "zurückschicken" and
 * "abschieben" keep company with abuse, and it read "Wie kann ich die Schuhe zurückschicken?" as
 * an insult. On a company page these words are the business itself.
 */
export const SERVICE_TERMS: readonly TermGroup[] = [
  {
    rule: 'insult',
    confidence: 0,
    source: 'service',
    terms: [],
    allow: [
      'zurückschick', 'zurückgeschick', 'zurücksend', 'zurückgesend', 'zurückgeben', 'zurückgegeben', 'zurückhaben',
      'retoure', 'retournier', 'umtausch', 'reklamation', 'reklamier', 'stornier', 'storno', 'kündig', 'erstatt',
      'gutschrift', 'lieferung', 'geliefert', 'lieferzeit', 'sendung', 'paket', 'bestellung', 'bestellt', 'bestellen',
      'rechnung', 'mahnung', 'kundenservice', 'kundendienst', 'hotline', 'warteschleife', 'filiale', 'öffnungszeit',
      '|refund', '|return|', '|returns|', '|returned|', '|returning|', '|exchange|', '|cancel', '|delivery|',
      '|delivered|', '|parcel', '|package|', '|order|', '|orders|', '|ordered|', '|invoice', '|customer service|',
    ],
  },
];
