import { describe, expect, it } from 'vitest';
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
    ['an unknown site', { type: 'observe', comments: [observed({ site: 'myspace' as never })] }],
    ['an empty id', { type: 'observe', comments: [observed({ id: '' })] }],
    ['text over 20 000 characters', { type: 'observe', comments: [observed({ text: 'x'.repeat(20_001) })] }],
    ['a missing field', { type: 'observe', comments: [{ ...observed(), byOwner: undefined }] }],
    ['a time that is a string', { type: 'observe', comments: [observed({ postedAt: '2026-03-10' as never })] }],
    ['an unknown time source', { type: 'observe', comments: [observed({ timeSource: 'guess' as never })] }],
    ['more than 2000 comments', { type: 'observe', comments: Array.from({ length: 2001 }, (_, i) => observed({ id: String(i) })) }],
  ])('rejects %s', (_, message) => {
    expect(BackgroundRequestSchema.safeParse(message).success).toBe(false);
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
