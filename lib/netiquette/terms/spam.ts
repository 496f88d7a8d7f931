import type { TermGroup } from './types';

/**
 * Advertising phrases. Unlike the other groups, confidence here is a weight: one weak phrase
 * ("bitcoin" on a bank's page) is not spam, several together or one with a money promise are.
 * Company raffles and promo codes are deliberately absent; they belong on a company page.
 */
export const SPAM_TERMS: readonly TermGroup[] = [
  {
    rule: 'spam',
    confidence: 0.45,
    source: 'spam',
    terms: [
      '|passives einkommen', '|passive income|', '|schnell reich|', '|get rich quick|', '|finanzielle freiheit|',
      '|financial freedom|', '|nebeneinkommen', '|nebenverdienst', '|heiße singles|', '|sexy singles|', '|hot singles|',
      '|onlyfans|', '|(free|gratis|kostenlos|kostenloses|kostenlose) (iphone|iphones|ipad|playstation|gutschein|gutscheine|giftcard|gift card)',
      ['(schreib|schreibt|schreiben sie|kontaktiere|kontaktieren sie|kontaktiert|meld dich|melde dich|message|text|contact|dm)', '[mir|mich|me|uns|us|bei mir]', '[jetzt|now|direkt|gerne]', '(per|auf|über|bei|on|via)', '(whatsapp|telegram|signal|wickr)'],
      '|(whatsapp|telegram) (mich|me)|', '|guaranteed (profit|profits|returns|income)|', '|garantierte rendite|',
      '|rendite garantiert|', '|(100|hundert) prozent legal|', '|work from home|', '|von (zu hause|zuhause|daheim) [aus]|',
      ['(earn|make|verdiene|verdienen|verdienst)', '[easy|schnell|leicht|viel|extra|real]', '(money|geld|cash)'],
      '|geld verdienen', '|sub4sub|', '|follow for follow|', '|f4f|', '|l4l|', '|free spins|', '|freispiele|',
    ],
  },
  {
    rule: 'spam',
    confidence: 0.25,
    source: 'spam',
    terms: [
      '|(klick|klicke|klickt|click) (auf den|auf meinen|den|on the|the|on my|my|hier|here)|',
      '|link in (bio|der bio|meiner bio|my bio|meinem profil|my profile)|', ['(schau|schaut|check|checkt|visit)', '[mal|out]', '(auf|in|my|mein|meinem)', '(profil|profile|bio|kanal|channel)'],
      '|(dm|pm) me|', '|krypto|', '|crypto|', '|bitcoin|', '|forex|', '|binary options|', '|binäre optionen|',
      '|trading signale|', '|trading signals|', '|investment opportunity|', '|jetzt investieren|', '|casino|',
      '|jetzt klicken|', '|hier klicken|', '|click here|', '|nur heute|', '|only today|', '|limited offer|',
      '|folgt mir|', '|follow me|', '|abonniert mich|', '|subscribe to my',
    ],
  },
];
