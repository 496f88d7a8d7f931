import { describe, expect, it } from 'vitest';
import { checklist, overdueCount } from '../../../lib/comments/checklist';
import { defaultSettings } from '../../../lib/models/settings';
import { DAY, MINUTE } from '../../../lib/time/units';
import { tracked } from './tracked';
import { WATCHED_PAGES } from '../models/observed-comment';

const NOW = Date.UTC(2026, 2, 10, 10);
const settings = { ...defaultSettings(), pages: WATCHED_PAGES, targetMinutes: 60, backlogDays: 30 };

const comments = [
  tracked('fresh', 5, NOW),
  tracked('soon', 50, NOW),
  tracked('late', 180, NOW),
  tracked('oldest', 2 * 24 * 60, NOW),
  tracked('answered', 300, NOW, { answeredAt: NOW - 200 * MINUTE, open: 0 }),
  tracked('ticked', 400, NOW, { handledAt: NOW, open: 0 }),
  tracked('own', 500, NOW, { byOwner: true, open: 0 }),
  // Already 40 days old when first seen: history, not work.
  tracked('backlog', 40 * 24 * 60, NOW, { firstSeenAt: NOW - DAY }),
];

describe('checklist', () => {
  it('lists unanswered, unticked comments by others, longest waiting first', () => {
    expect(checklist(comments, settings, NOW).map((e) => [e.comment.id, e.state])).toEqual([
      ['oldest', 'overdue'], ['late', 'overdue'], ['soon', 'due-soon'], ['fresh', 'on-time'],
    ]);
  });

  it('says how long each has waited', () => {
    expect(checklist(comments, settings, NOW).find((e) => e.comment.id === 'late')?.waitedMs).toBe(180 * MINUTE);
  });

  it('orders equal times by key, so the list does not jump', () => {
    const a = tracked('b', 10, NOW);
    const b = tracked('a', 10, NOW);
    expect(checklist([a, b], settings, NOW).map((e) => e.comment.id)).toEqual(['a', 'b']);
  });

  it('follows the configured target', () => {
    expect(checklist(comments, { ...settings, targetMinutes: 240 }, NOW).map((e) => e.state)).toEqual(['overdue', 'due-soon', 'on-time', 'on-time']);
  });
});

describe('overdueCount', () => {
  it('counts waiting comments past the target only', () => {
    expect(overdueCount(comments, settings, NOW)).toBe(2);
    expect(overdueCount(comments, settings, NOW + 10 * MINUTE)).toBe(3); // "soon" crosses 60 minutes
    expect(overdueCount([], settings, NOW)).toBe(0);
  });
});
