import { describe, expect, it } from 'vitest';
import { authorKeyOf, DAY_MS, ladderMessage, ladderStepLabel, nextLadderStep, withNetiquetteLink } from '../../../lib/netiquette/ladder';
import type { LadderStep, Strike } from '../../../lib/netiquette/model-schemas';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const strike = (daysAgo: number, step: LadderStep = 'public-reminder'): Strike => ({
  authorKey: 'facebook:facebook.com/max',
  authorName: 'Max',
  site: 'facebook',
  page: 'Bäckerei',
  step,
  at: NOW - daysAgo * DAY_MS,
  commentKey: `facebook:${daysAgo}`,
  agent: '',
});

describe('response ladder', () => {
  it('proposes a public reminder first, then a private message, then hide or report', () => {
    expect(nextLadderStep([], NOW, 90).step).toBe('public-reminder');
    expect(nextLadderStep([strike(3)], NOW, 90).step).toBe('private-message');
    expect(nextLadderStep([strike(3), strike(1, 'private-message')], NOW, 90).step).toBe('hide-or-report');
    expect(nextLadderStep([strike(5), strike(3), strike(1)], NOW, 90).step).toBe('hide-or-report');
  });

  it('forgets strikes older than the configured time', () => {
    expect(nextLadderStep([strike(120), strike(100)], NOW, 90).step).toBe('public-reminder');
    expect(nextLadderStep([strike(120), strike(10)], NOW, 90).step).toBe('private-message');
    expect(nextLadderStep([strike(120), strike(10)], NOW, 365).step).toBe('hide-or-report');
  });

  it('says which strikes count and when the ladder steps down again', () => {
    const p = nextLadderStep([strike(10), strike(30), strike(200)], NOW, 90);
    expect(p.active.map((s) => s.commentKey)).toEqual(['facebook:30', 'facebook:10']);
    expect(p.stepsDownAt).toBe(NOW + 60 * DAY_MS);
    expect(nextLadderStep([], NOW, 90).stepsDownAt).toBeNull();
  });

  it('labels the steps in both languages', () => {
    expect(ladderStepLabel('private-message', 'de')).toBe('Private Nachricht');
    expect(ladderStepLabel('hide-or-report', 'en')).toBe('Hide or report');
  });

  it('has friendly fallback messages that name the author and link the netiquette', () => {
    const de = ladderMessage('public-reminder', 'de', { name: 'Max', netiquetteUrl: 'https://example.com/netiquette' });
    expect(de).toMatch(/^Hallo Max, /);
    expect(de).toContain('https://example.com/netiquette');
    const en = ladderMessage('private-message', 'en', { name: 'Max' });
    expect(en).toMatch(/^Hi Max, /);
    expect(en).not.toContain('http');
    expect(en).toContain('netiquette');
  });
});

describe('author keys', () => {
  it('prefer the profile address and ignore tracking parameters and host variants', () => {
    const a = authorKeyOf('facebook', { name: 'Max M.', url: 'https://www.facebook.com/max.muster/?comment_id=1' });
    const b = authorKeyOf('facebook', { name: 'Max Muster', url: 'https://m.facebook.com/max.muster' });
    expect(a).toBe(b);
  });

  it('keep Facebook’s numeric profile ids apart', () => {
    const a = authorKeyOf('facebook', { name: 'A', url: 'https://www.facebook.com/profile.php?id=100001' });
    const b = authorKeyOf('facebook', { name: 'A', url: 'https://www.facebook.com/profile.php?id=100002' });
    expect(a).not.toBe(b);
  });

  it('fall back to the display name, per site', () => {
    expect(authorKeyOf('x', { name: '  Anna  Beispiel ', url: null })).toBe('x:name:anna beispiel');
    expect(authorKeyOf('facebook', { name: 'Anna', url: null })).not.toBe(authorKeyOf('x', { name: 'Anna', url: null }));
  });
});

describe('guide templates', () => {
  it('get the netiquette link filled in where the starter guide leaves a placeholder', () => {
    const de = 'Unsere Netiquette finden Sie unter [[Link zur Netiquette]]. Zu Ihrem Anliegen: [[konkrete Antwort]]';
    expect(withNetiquetteLink(de, 'https://example.com/n')).toBe(
      'Unsere Netiquette finden Sie unter https://example.com/n. Zu Ihrem Anliegen: [[konkrete Antwort]]',
    );
    expect(withNetiquetteLink('see [[link to netiquette]]', 'https://example.com/n')).toBe('see https://example.com/n');
    expect(withNetiquetteLink(de, '')).toBe(de);
  });
});
