import { describe, expect, it, vi } from 'vitest';
import { HealthSchema, ObserveReplySchema, TabRequestSchema } from '../../../lib/models/messages';
import { BackgroundRequestSchema } from '../../../lib/models/requests';
import { observed } from './observed-comment';

describe('BackgroundRequestSchema: what a content script may ask', () => {
  it('accepts the known requests', () => {
    expect(BackgroundRequestSchema.safeParse({ type: 'get-settings' }).success).toBe(true);
    expect(BackgroundRequestSchema.safeParse({ type: 'observe', comments: [observed()] }).success).toBe(true);
  });

  it.each([
    ['an unknown type', { type: 'delete-everything' }],
    ['no type', { comments: [] }],
    ['a string', 'observe'],
    ['null', null],
    ['comments that are not a list', { type: 'observe', comments: {} }],
    ['more than 2000 comments', { type: 'observe', comments: Array.from({ length: 2001 }, (_, i) => observed({ id: String(i) })) }],
  ])('rejects %s', (_, message) => {
    expect(BackgroundRequestSchema.safeParse(message).success).toBe(false);
  });

  // One bad sighting must not cost the batch: it alone is left out.
  it.each([
    ['an unknown site', observed({ site: 'myspace' as never })],
    ['an empty id', observed({ id: '' })],
    ['text over 20 000 characters', observed({ text: 'x'.repeat(20_001) })],
    ['an author name over 300 characters', observed({ author: { name: 'x'.repeat(301), url: null } })],
    ['a missing field', { ...observed(), byOwner: undefined }],
    ['a time that is a string', observed({ postedAt: '2026-03-10' as never })],
    ['an unknown time source', observed({ timeSource: 'guess' as never })],
  ])('leaves out a sighting with %s and keeps the others', (_, bad) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const parsed = BackgroundRequestSchema.safeParse({ type: 'observe', comments: [observed({ id: '1' }), bad, observed({ id: '3' })] });
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({ type: 'observe', comments: [{ id: '1' }, { id: '3' }] });
    expect((parsed.data as { comments: unknown[] }).comments).toHaveLength(2);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});

describe('replies and tab messages', () => {
  it('rejects stored records that lack fields', () => {
    expect(ObserveReplySchema.safeParse({ records: [observed()] }).success).toBe(false);
  });

  it('knows the popup requests only', () => {
    expect(TabRequestSchema.safeParse({ type: 'get-health' }).success).toBe(true);
    expect(TabRequestSchema.safeParse({ type: 'settings-changed' }).success).toBe(true);
    expect(TabRequestSchema.safeParse({ type: 'observe', comments: [] }).success).toBe(false);
  });

  it('rejects impossible health counts', () => {
    const health = { site: 'facebook', ownPage: 'Shop', recognised: 3, unreadable: 0, layoutMissing: false };
    expect(HealthSchema.safeParse(health).success).toBe(true);
    expect(HealthSchema.safeParse({ ...health, recognised: -1 }).success).toBe(false);
    expect(HealthSchema.safeParse({ ...health, unreadable: 1.5 }).success).toBe(false);
  });
});
