import { z } from '../models/zod-classic';
import { canonicalJson } from './canonical-json';
import type { SectionRecordSchemas } from './bundle-schema';
import { TopicSchema, type Template, type Topic } from '../guide/model';
import { NoteSchema, type Note } from '../notes/note-model';
import {
  CompanyTermSchema, PublishedNetiquetteSchema, RuleSchema, StrikeSchema, type Strike,
} from '../netiquette/model-schemas';
import { RULE_IDS } from '../netiquette/rules';
import { OwnPageSchema } from '../models/settings';
import type { SectionRecord } from './record-versions';

/**
 * How this browser's rows become team-bundle records and back, one section at a time, and the
 * checks an incoming record of each section must pass. DOM-free and storage-free; local-sections.ts
 * does the reading and writing.
 */

/** Fields a record carries for merging only; the feature's own row never holds them. */
export function rowFields(record: object): Record<string, unknown> {
  const { history: _h, deletedAt: _d, ...rest } = record as Record<string, unknown>;
  return rest;
}

// ---- guide topics -------------------------------------------------------------------------------

/**
 * A topic as the team shares it: without its position (each browser orders its own list) and
 * without use counts (statistics of this browser, not content). Its edit time is the newest of the
 * topic's and its templates' own, because editing a template does not move the topic's `updatedAt`.
 */
export function topicRecord(topic: Topic): SectionRecord {
  const { position: _p, templates, ...rest } = topic;
  const updatedAt = templates.reduce((m, t) => Math.max(m, t.updatedAt), topic.updatedAt);
  return { ...rest, templates: templates.map(({ useCount: _u, ...t }) => t), updatedAt };
}

/** The row for a merged topic; `local` (if any) gives the position and use counts to keep. */
export function topicRow(record: SectionRecord, local: Topic | undefined, nextPosition: number): Topic {
  const uses = new Map((local?.templates ?? []).map((t) => [t.id, t.useCount]));
  const draft = rowFields(record) as { templates?: Partial<Template>[] };
  return TopicSchema.parse({
    ...draft,
    position: local?.position ?? nextPosition,
    templates: (draft.templates ?? []).map((t) => ({ ...t, useCount: (t.id && uses.get(t.id)) ?? 0 })),
  });
}

// ---- notes --------------------------------------------------------------------------------------

/** Notes are written once and never edited, so the time they were written is their edit time. */
export const noteRecord = (note: Note): SectionRecord => ({ ...note, updatedAt: note.at });
export const noteRow = (record: SectionRecord): Note => NoteSchema.parse({ ...rowFields(record), at: record.updatedAt });

// ---- strikes ------------------------------------------------------------------------------------

/** Two 32-bit FNV-1a passes with different seeds: 64 bits, enough to never mix up a team's strikes. */
function hash64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/**
 * Strikes are stored under auto-increment numbers that differ per browser. Their shared id comes
 * from what makes a strike this strike (who, where, which step, when, on which comment), so the same
 * strike imported twice, or exported back, is recognised and never doubled.
 */
export const strikeId = (s: Pick<Strike, 'authorKey' | 'site' | 'page' | 'step' | 'at' | 'commentKey'>): string =>
  `strike-${hash64([s.authorKey, s.site, s.page, s.step, String(s.at), s.commentKey].join('\u0000'))}`;

export const strikeRecord = (strike: Strike): SectionRecord => ({ ...strike, id: strikeId(strike), updatedAt: strike.at });
export const strikeRow = (record: SectionRecord): Strike => StrikeSchema.parse(rowFields(record));

// ---- shared settings ----------------------------------------------------------------------------

/**
 * The settings a team shares, one record each so two people changing different ones both keep
 * theirs. Personal ones (the agent's name, reminders) never travel.
 */
export const SHARED_SETTING_IDS = [
  'settings-pages',
  'settings-target-minutes',
  'settings-site-targets',
  'settings-backlog-days',
  'netiquette-text',
  'netiquette-terms',
  'netiquette-strike-expiry',
] as const;
export type SharedSettingId = (typeof SHARED_SETTING_IDS)[number];

const whole = (min: number, max: number) => z.number().int().min(min).max(max);

/** What each shared-settings record holds besides id and updatedAt (classic zod: checked at import). */
const SHARED_SETTING_SHAPES: Record<SharedSettingId, z.ZodType<object>> = {
  'settings-pages': z.object({ value: z.array(z.unknown()).max(50) }),
  'settings-target-minutes': z.object({ value: whole(1, 60 * 24 * 14) }),
  'settings-site-targets': z.object({ value: z.object({ facebook: whole(1, 60 * 24 * 14).nullable(), x: whole(1, 60 * 24 * 14).nullable() }) }),
  'settings-backlog-days': z.object({ value: whole(1, 3650) }),
  'netiquette-text': z.object({ text: z.object({ de: z.string().max(20_000), en: z.string().max(20_000) }), url: z.string().max(500) }),
  'netiquette-terms': z.object({ blockedTerms: z.array(z.string()).max(2000), allowedTerms: z.array(z.string()).max(2000) }),
  'netiquette-strike-expiry': z.object({ strikeExpiryDays: whole(1, 3650) }),
};

// ---- incoming checks ----------------------------------------------------------------------------

type Ctx = z.core.$RefinementCtx<unknown>;
interface MiniIssue { path: PropertyKey[]; message: string; code?: string; input?: unknown; params?: unknown }
type Parse = (v: unknown) => { success: true } | { success: false; error: { issues: readonly MiniIssue[] } };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTombstoneInput = (v: Record<string, unknown>) => typeof v.deletedAt === 'number';

/** An issue's text for zod (English) and, for the error list, in both languages (see fromZodIssue). */
const says = (de: string, en: string) => ({ message: en, params: { bilingual: { de, en } } });

/** Passes the owning feature's complaints on, at the record's own path, as readable custom issues. */
function forward(ctx: Ctx, parse: Parse, value: unknown, base: PropertyKey[] = []): void {
  const r = parse(value);
  if (r.success) return;
  for (const i of r.error.issues) {
    // `params` carries the guide's bilingual wording ({ bilingual: { de, en } }) for the error list.
    // Other issues travel whole (`issue`), so the error list words them in both languages as zod's own.
    const params = isObject(i.params) ? i.params : { issue: i };
    ctx.addIssue({ code: 'custom', path: [...base, ...i.path] as (string | number)[], message: i.message, input: value, params });
  }
}

/** A record check that runs the feature's own schema on the row the record would become. */
function recordCheck(check: (record: Record<string, unknown>, ctx: Ctx) => void, allowTombstone: boolean): z.ZodType<object> {
  return z.unknown().superRefine((v, ctx) => {
    if (!isObject(v)) return; // the merge schema already reports it
    if (isTombstoneInput(v)) {
      if (!allowTombstone) {
        ctx.addIssue({ code: 'custom', path: ['deletedAt'], ...says('Einträge dieser Art können nicht gelöscht werden', 'this kind of record cannot be deleted'), input: v });
      }
      return;
    }
    check(v, ctx);
  }) as unknown as z.ZodType<object>;
}

/**
 * Checks for each section, so a bundle whose topic, note or strike this browser could not store is
 * refused at once, with the path, instead of failing halfway through storing.
 */
export const LOCAL_RECORD_SCHEMAS: SectionRecordSchemas = {
  guideTopics: recordCheck((v, ctx) => {
    forward(ctx, (x) => TopicSchema.safeParse(x), { ...rowFields(v), position: 0 });
  }, true),
  notes: recordCheck((v, ctx) => forward(ctx, (x) => NoteSchema.safeParse(x), rowFields(v)), true),
  strikes: recordCheck((v, ctx) => {
    const parsed = StrikeSchema.safeParse(rowFields(v));
    if (!parsed.success) return forward(ctx, () => parsed, v);
    if (v.id !== strikeId(parsed.data)) {
      const id = strikeId(parsed.data);
      ctx.addIssue({ code: 'custom', path: ['id'], ...says(`muss ${id} sein, abgeleitet aus der Verwarnung selbst`, `must be ${id}, derived from the strike itself`), input: v });
    }
  }, true),
  netiquetteRules: recordCheck((v, ctx) => {
    if (!(RULE_IDS as readonly unknown[]).includes(v.id)) {
      const known = RULE_IDS.join(', ');
      ctx.addIssue({ code: 'custom', path: ['id'], ...says(`unbekannte Regel; bekannt sind ${known}`, `unknown rule; known are ${known}`), input: v });
      return;
    }
    forward(ctx, (x) => RuleSchema.safeParse(x), rowFields(v));
  }, false),
  sharedSettings: recordCheck((v, ctx) => {
    const id = v.id as SharedSettingId;
    const shape = SHARED_SETTING_SHAPES[id];
    if (!(SHARED_SETTING_IDS as readonly unknown[]).includes(id) || !shape) {
      const known = SHARED_SETTING_IDS.join(', ');
      ctx.addIssue({ code: 'custom', path: ['id'], ...says(`unbekannte Einstellung; bekannt sind ${known}`, `unknown setting; known are ${known}`), input: v });
      return;
    }
    forward(ctx, (x) => shape.safeParse(x), v);
    if (id === 'settings-pages' && Array.isArray(v.value)) {
      v.value.forEach((p, i) => forward(ctx, (x) => OwnPageSchema.safeParse(x), p, ['value', i]));
    }
    if (id === 'netiquette-terms') {
      for (const key of ['blockedTerms', 'allowedTerms'] as const) {
        const list = v[key];
        if (Array.isArray(list)) list.forEach((term, i) => forward(ctx, (x) => CompanyTermSchema.safeParse(x), term, [key, i]));
      }
    }
    if (id === 'netiquette-text') forward(ctx, (x) => PublishedNetiquetteSchema.safeParse(x), v.text, ['text']);
  }, false),
};

/** Content identity of a record without its merge fields, for telling an edit from the stored stamp. */
export const contentKey = (record: object): string => {
  const { id: _i, updatedAt: _u, ...rest } = rowFields(record);
  return canonicalJson(rest);
};
