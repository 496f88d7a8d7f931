import { renderFacebookPage, type FbPostSpec } from '../../fixtures/facebook/markup';
import { DEMO_PAGE } from '../../fixtures/facebook/demo-company';
import type { FixtureHandler, FixtureRequest } from '../support/fixture-server';
import { facebookSite } from './facebook-site';

/**
 * The demo company's page with comments for the netiquette: an insult, an obfuscated profanity,
 * personal data, shouting, false-alarm traps, a repeat offender (three comments), and a thread where two people
 * trade heated replies. Served at NETIQUETTE_PATH; everything else is the ordinary fixture site.
 */
export const NQ = {
  insult: '1690000000000001',
  obfuscated: '1690000000000002',
  personal: '1690000000000003',
  shouting: '1690000000000004',
  traps: '1690000000000005',
  repeat: '1690000000000006',
  sameTerm: '1690000000000007',
  third: '1690000000000008',
  disputeTop: '1690000000000010',
  disputeReplies: ['1690000000000011', '1690000000000012', '1690000000000013', '1690000000000014'],
} as const;

export const NQ_TEXT = {
  insult: 'Ihr seid doch alle Idioten hier.',
  obfuscated: 'Was für ein Sch3iß Service heute.',
  personal: 'Ruft mich an: 0171 2345678 oder überweist an DE89 3704 0044 0532 0130 00',
  shouting: 'WARUM IST DER LADEN SCHON WIEDER GESCHLOSSEN, DAS IST UNMÖGLICH',
  traps: 'Die Schlagsahne war super, danke für die Analyse!',
  repeat: 'Und euer Kuchen ist auch Scheiße, ihr Idioten.',
  sameTerm: 'So eine Scheiße, schon wieder ausverkauft.',
  third: 'Wieder nichts da, ihr Versager.',
} as const;

const POST: FbPostSpec = {
  id: '890000000000001',
  text: 'Unser neuer Käsekuchen ist da!',
  minutesAgo: 300,
  comments: [
    { id: NQ.insult, author: 'Kai Krawall', lang: 'de', minutesAgo: 50, text: NQ_TEXT.insult },
    { id: NQ.obfuscated, author: 'Olga Obacht', lang: 'de', minutesAgo: 48, text: NQ_TEXT.obfuscated },
    { id: NQ.personal, author: 'Petra Offen', lang: 'de', minutesAgo: 46, text: NQ_TEXT.personal },
    { id: NQ.shouting, author: 'Sven Laut', lang: 'de', minutesAgo: 44, text: NQ_TEXT.shouting },
    { id: NQ.traps, author: 'Lisa Lecker', lang: 'de', minutesAgo: 42, text: NQ_TEXT.traps },
    { id: NQ.repeat, author: 'Kai Krawall', lang: 'de', minutesAgo: 40, text: NQ_TEXT.repeat },
    { id: NQ.sameTerm, author: 'Mia Meier', lang: 'de', minutesAgo: 38, text: NQ_TEXT.sameTerm },
    { id: NQ.third, author: 'Kai Krawall', lang: 'de', minutesAgo: 36, text: NQ_TEXT.third },
  ],
};

const DISPUTE_POST: FbPostSpec = {
  id: '890000000000002',
  text: 'Was haltet ihr von unserer neuen Torte?',
  minutesAgo: 200,
  comments: [
    {
      id: NQ.disputeTop, author: 'Anna Ruhig', lang: 'de', minutesAgo: 30, text: 'Ich finde die Torte richtig gut.',
      replies: [
        { id: NQ.disputeReplies[0], author: 'Jonas Streit', lang: 'de', minutesAgo: 28, text: 'Du hast doch keine Ahnung, lächerlich.' },
        { id: NQ.disputeReplies[1], author: 'Greta Gegen', lang: 'de', minutesAgo: 26, text: 'Halt dich raus, du Lügner.' },
        { id: NQ.disputeReplies[2], author: 'Jonas Streit', lang: 'de', minutesAgo: 24, text: 'Du bist so peinlich, lern lesen!' },
        { id: NQ.disputeReplies[3], author: 'Greta Gegen', lang: 'de', minutesAgo: 22, text: 'Erbärmlich, du hast null Ahnung.' },
      ],
    },
  ],
};

export const NETIQUETTE_PATH = `/${DEMO_PAGE.vanity}/posts/${POST.id}`;

export function netiquetteSite(): FixtureHandler {
  const base = facebookSite();
  return (req: FixtureRequest) => {
    if (/(^|\.)facebook\.com$/.test(req.host) && req.path === NETIQUETTE_PATH) {
      const doc = renderFacebookPage({ pageName: DEMO_PAGE.name, pageVanity: DEMO_PAGE.vanity, ui: 'en', posts: [POST, DISPUTE_POST], now: Date.now() });
      return { body: doc.replace('</head>', '<link rel="stylesheet" href="/__fixture/site.css"></head>') };
    }
    return base(req);
  };
}
