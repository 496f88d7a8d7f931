import { describe, expect, it, vi } from 'vitest';
import { handleRequest } from '../../../lib/background/handle-request';
import { ObserveReplySchema } from '../../../lib/models/messages';
import { freshDb } from '../db/test-db';
import { observed } from '../models/observed-comment';

const T = Date.UTC(2026, 2, 10, 10);

describe('a batch of sightings with one the schema refuses', () => {
  it('stores the valid ones and answers for them; the refused one is left out, not the batch', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const db = freshDb();
    const good = observed({ id: '1' });
    const bad = observed({ id: '2', author: { name: 'A'.repeat(301), url: null } });
    const reply = await handleRequest(db, { type: 'observe', comments: [good, bad], notes: true }, T);
    expect(reply).toBeDefined();
    const parsed = ObserveReplySchema.parse(reply);
    expect(parsed.records.map((r) => r.key)).toEqual(['facebook:1']);
    expect((await db.comments.toArray()).map((c) => c.key)).toEqual(['facebook:1']);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('still refuses a batch that is not a list, or longer than allowed', async () => {
    const db = freshDb();
    expect(handleRequest(db, { type: 'observe', comments: 'x' }, T)).toBeUndefined();
    expect(handleRequest(db, { type: 'observe', comments: Array.from({ length: 2001 }, (_, i) => observed({ id: String(i) })) }, T)).toBeUndefined();
    expect(await db.comments.count()).toBe(0);
  });
});
