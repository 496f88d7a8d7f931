import { describe, expect, it } from 'vitest';
import {
  activeStrikes, authorKeyOf, DAY_MS, isLadderFlag, ladderFlag, ladderForComment, ladderMessage, ladderStepLabel,
  nextLadderStep, withNetiquetteLink, type LadderFlag,
} from '../../../lib/netiquette/ladder';
import type { LadderStep, Strike } from '../../../lib/netiquette/model-schemas';
import { RULE_IDS } from '../../../lib/netiquette/rules';

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

const insult: LadderFlag = { rule: 'insult', severity: 'medium', confidence: 0.92 };

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

describe('one offence, one strike', () => {
  const on = (commentKey: string, step: LadderStep, at: number, agent = 'Mara'): Strike => ({
    authorKey: 'facebook:facebook.com/kai', authorName: 'Kai', site: 'facebook', page: 'Bäckerei', step, at, commentKey, agent,
  });

  it('counts the same step recorded twice for one comment once (two agents, or a colleague\'s copy with its own time)', () => {
    expect(nextLadderStep([on('facebook:1', 'public-reminder', NOW), on('facebook:1', 'public-reminder', NOW + 60_000, 'Jonas')], NOW + DAY_MS, 90).step).toBe('private-message');
    // Two steps on one comment are two strikes; the earliest copy dates the step.
    const two = activeStrikes([on('facebook:1', 'private-message', NOW + 5), on('facebook:1', 'public-reminder', NOW), on('facebook:1', 'public-reminder', NOW - 3 * DAY_MS)], NOW, 90);
    expect(two.map((s) => [s.step, s.at])).toEqual([['public-reminder', NOW - 3 * DAY_MS], ['private-message', NOW + 5]]);
  });

  it('shows the step taken on a comment there instead of the next one, the highest where several were, expired or not', () => {
    const taken = ladderForComment([on('facebook:1', 'public-reminder', NOW)], 'facebook:1', [insult], NOW + DAY_MS, 90);
    expect(taken).toMatchObject({ step: 'public-reminder', taken: true, stepsDownAt: NOW + 90 * DAY_MS });
    expect(taken!.active).toHaveLength(1);
    expect(ladderForComment([on('facebook:1', 'public-reminder', NOW)], 'facebook:2', [insult], NOW + DAY_MS, 90)).toMatchObject({ step: 'private-message', taken: false });
    const both = [on('facebook:1', 'private-message', NOW + 1), on('facebook:1', 'public-reminder', NOW)];
    expect(ladderForComment(both, 'facebook:1', [insult], NOW + DAY_MS, 90)?.step).toBe('private-message');
    expect(ladderForComment(both, 'facebook:1', [insult], NOW + 400 * DAY_MS, 90)).toMatchObject({ step: 'private-message', taken: true, active: [] });
  });
});

describe('which flags the ladder answers', () => {
  it('proposes nothing for flags that break no netiquette: shouting alone', () => {
    const shouting: LadderFlag = { rule: 'shouting', severity: 'low', confidence: 0.9 };
    expect(ladderForComment([], 'facebook:1', [shouting, shouting], NOW, 90)).toBeNull();
    expect(ladderForComment([], 'facebook:1', [], NOW, 90)).toBeNull();
    expect(RULE_IDS.filter((r) => !isLadderFlag({ rule: r }))).toEqual(['shouting']);
    // A breach beside it is answered as usual.
    expect(ladderForComment([], 'facebook:1', [shouting, insult], NOW, 90)?.step).toBe('public-reminder');
  });

  it('starts threats, hate, spam and what the company rates high at hide or report, not at a thank-you reminder', () => {
    for (const flag of [
      { rule: 'threat', severity: 'high', confidence: 0.9 },
      { rule: 'hate', severity: 'high', confidence: 0.9 },
      { rule: 'spam', severity: 'medium', confidence: 0.8 },
      { rule: 'personal-data', severity: 'high', confidence: 0.95 },
      { rule: 'insult', severity: 'high', confidence: 0.9 },
    ] satisfies LadderFlag[]) {
      expect(ladderForComment([], 'facebook:1', [insult, flag], NOW, 90), flag.rule).toMatchObject({ step: 'hide-or-report', taken: false, active: [] });
    }
    // A company that rates personal data lower gets the ladder for it.
    expect(ladderForComment([], 'facebook:1', [{ rule: 'personal-data', severity: 'medium', confidence: 0.95 }], NOW, 90)?.step).toBe('public-reminder');
  });

  it('lets a weak match of a severe rule climb the ladder like any other', () => {
    expect(ladderForComment([], 'facebook:1', [{ rule: 'hate', severity: 'high', confidence: 0.55 }], NOW, 90)?.step).toBe('public-reminder');
  });

  it('records the flag it answers: the one that starts highest, then the surest, never shouting', () => {
    const flags = [
      { rule: 'shouting', severity: 'low', confidence: 0.99, id: 0 },
      { rule: 'insult', severity: 'medium', confidence: 0.92, id: 1 },
      { rule: 'threat', severity: 'high', confidence: 0.9, id: 2 },
      { rule: 'profanity', severity: 'low', confidence: 0.95, id: 3 },
    ] satisfies (LadderFlag & { id: number })[];
    expect(ladderFlag(flags)?.id).toBe(2);
    expect(ladderFlag(flags.filter((f) => f.rule !== 'threat'))?.id).toBe(3);
    expect(ladderFlag([flags[0]!])).toBeNull();
  });

  it('labels a taken step as done, in both languages', () => {
    expect(ladderStepLabel('public-reminder', 'de', true)).toBe('Erledigt: freundliche öffentliche Erinnerung');
    expect(ladderStepLabel('hide-or-report', 'en', true)).toBe('Done: hidden or reported');
    expect(ladderStepLabel('private-message', 'en')).toBe('Private message');
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
