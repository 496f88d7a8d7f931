import { claimComment, getRecords, recordSightings } from '../db/comments-store';
import { recordState } from '../models/comment';
import { addNote, notesFor } from '../db/notes-store';
import { eraseAuthor } from '../db/erase-author';
import { guideServiceFor } from './guide-service';
import { notifyTabs } from '../messaging/notify-tabs';
import type { ModeratoDatabase } from '../db/database';
import { loadSettings } from '../db/settings-store';
import { BackgroundRequestSchema } from '../models/requests';
import { netiquetteService } from './netiquette-service';
import { observe } from './observe';
import { messageTemplates } from '../i18n';
import english from '../../public/_locales/en/messages.json';

const MESSAGE_KEYS = Object.keys(english);

/**
 * Answers a content script. Anything that does not parse as a known request is ignored (undefined),
 * so other extensions' or forged messages get no answer and change nothing.
 */
export function handleRequest(db: ModeratoDatabase, message: unknown, now: number): Promise<unknown> | undefined {
  const parsed = BackgroundRequestSchema.safeParse(message);
  if (!parsed.success) return undefined;
  const request = parsed.data;
  switch (request.type) {
    case 'get-settings':
      return loadSettings(db).then((settings) => ({ settings }));
    case 'get-messages':
      return Promise.resolve({ messages: messageTemplates(MESSAGE_KEYS) });
    case 'observe':
      return observe(db, request, now);
    case 'claim':
      return recordSightings(db, [request.comment], now)
        .then(([stored]) => (stored ? claimComment(db, stored.key, request.agent, now) : null))
        .then((record) => ({ records: record ? [recordState(record)] : [] }));
    case 'erase-author':
      // Her other comments may be open in any tab, claimed or with notes: every page drops them at once.
      return eraseAuthor(db, request.site, request.author, now).then((erased) => {
        void notifyTabs({ type: 'records-changed' });
        return { erased };
      });
    case 'get-notes':
      return notesFor(db, request.commentKeys, request.authorKeys).then((notes) => ({ notes }));
    case 'add-note':
      return addNote(db, request.note, now).then((note) => ({ note }));
    case 'get-records':
      return getRecords(db, request.keys).then((records) => ({ records: records.map(recordState) }));
    case 'suggest':
      return guideServiceFor(db).suggest(request.items, now);
    case 'template-used':
      return guideServiceFor(db).templateUsed(request.templateId);
    case 'check':
      return netiquetteService(db).check(request.items, request.lang, now);
    case 'dismiss-flag':
      return netiquetteService(db).dismiss(request.item, request.flag, request.companyWide, request.agent, now).then(() => ({ ok: true }));
    case 'record-strike':
      return netiquetteService(db).recordStrike(request.item, request.step, request.rule, request.agent, now).then((strike) => ({ strike }));
  }
}
