import { z } from 'zod';

/** A company page Moderato annotates. `url` is what the user pasted; matching uses its parsed form. */
export const OwnPageSchema = z.object({
  site: z.enum(['facebook', 'x']),
  name: z.string().trim().min(1).max(200),
  url: z.string().trim().min(1).max(500),
  /** Facebook's numeric page id, for addresses such as permalink.php?id=… that do not carry the name. */
  pageId: z.string().trim().regex(/^\d*$/).max(30).default(''),
});
export type OwnPage = z.infer<typeof OwnPageSchema>;

export const DEFAULT_TARGET_MINUTES = 60;

export const SettingsSchema = z.object({
  pages: z.array(OwnPageSchema).max(50).default([]),
  agentName: z.string().trim().max(100).default(''),
  targetMinutes: z.number().int().min(1).max(60 * 24 * 14).default(DEFAULT_TARGET_MINUTES),
  /** Comments older than this when first seen are history, not work: kept, but not in the checklist. */
  backlogDays: z.number().int().min(1).max(3650).default(30),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const defaultSettings = (): Settings => SettingsSchema.parse({});
