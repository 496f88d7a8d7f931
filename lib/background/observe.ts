import { authorKeyOf } from '../comments/author-key';
import { checkItemOf } from '../comments/check-item';
import { recordSightings } from '../db/comments-store';
import type { ModeratoDatabase } from '../db/database';
import { notesFor } from '../db/notes-store';
import { recordState } from '../models/comment';
import type { ObserveReply } from '../models/messages';
import type { BackgroundRequest } from '../models/requests';
import { netiquetteService } from './netiquette-service';

/** A failed check or notes lookup must not cost the sightings: they are stored all the same. */
const besides = (what: string) => (error: unknown): undefined => {
  console.warn(`Moderato: ${what} failed beside a batch of sightings`, error);
  return undefined;
};

type ObserveRequest = Extract<BackgroundRequest, { type: 'observe' }>;

/**
 * A batch of sightings: stored, and, as the page asked, checked against the netiquette and answered
 * with the team notes on them. One message instead of three, so each text crosses into the background once.
 */
export async function observe(db: ModeratoDatabase, request: ObserveRequest, now: number): Promise<ObserveReply> {
  const { comments, check } = request;
  const wanted = check ? new Set(check.keys) : null;
  const [records, verdicts, notes] = await Promise.all([
    recordSightings(db, comments, now),
    check && wanted!.size
      ? netiquetteService(db).check(comments.filter((c) => wanted!.has(`${c.site}:${c.id}`)).map(checkItemOf), check.lang, now).catch(besides('netiquette check'))
      : undefined,
    request.notes
      ? notesFor(db, comments.map((c) => `${c.site}:${c.id}`), [...new Set(comments.map((c) => authorKeyOf(c.site, c.author)))]).catch(besides('notes'))
      : undefined,
  ]);
  const reply: ObserveReply = { records: records.map(recordState) };
  if (verdicts) reply.check = verdicts;
  if (notes) reply.notes = notes;
  return reply;
}
