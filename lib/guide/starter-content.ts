/**
 * Shape of one language's half of the starter guide. The halves live in starter-de.ts and
 * starter-en.ts so a translator edits one file; starter-guide.ts joins them.
 */

export const STARTER_TOPIC_IDS = [
  'delivery-status',
  'returns-refund',
  'opening-hours',
  'price-offer',
  'product-availability',
  'complaint-quality',
  'payment-invoice',
  'account-login',
  'praise-thanks',
  'job-application',
  'move-to-private',
  'hotline-handoff',
  'netiquette-reminder',
] as const;
export type StarterTopicId = (typeof STARTER_TOPIC_IDS)[number];

export interface StarterTemplateContent {
  /** Short slug; the template's id becomes `<topic>.<lang>.<slug>`. */
  slug: string;
  title: string;
  body: string;
}

export interface StarterTopicContent {
  title: string;
  description: string;
  keywords: string[];
  examples: string[];
  templates: StarterTemplateContent[];
}

export type StarterLanguageContent = Record<StarterTopicId, StarterTopicContent>;
