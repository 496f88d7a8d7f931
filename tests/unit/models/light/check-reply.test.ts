import { describe, expect, it } from 'vitest';
import { NetiquetteService } from '../../../../lib/background/netiquette-service';
import { CheckReplySchema, DismissReplySchema, StrikeReplySchema } from '../../../../lib/models/netiquette-messages';
import { parseCheckReply, parseDismissReply, parseStrikeReply } from '../../../../lib/models/light/check-reply';
import { LADDER_STEPS, RULE_IDS, SEVERITIES } from '../../../../lib/netiquette/rules';
import { freshDb } from '../../db/test-db';
import { ABSENT, HOSTILE_STRINGS, T, WRONG, expectAgree, ints, numbers, strings, sweep } from './agree';

const notAnObject = (v: unknown) => (v === ABSENT ? undefined : v);

const flag = { rule: 'insult', ruleName: 'Beleidigung', severity: 'high', start: 17, end: 24, words: 'Idioten', confidence: 0.93, reason: 'Beleidigendes Wort' };
const ladder = { step: 'public-reminder', label: 'Öffentlich erinnern', text: 'Bitte bleibt freundlich.', strikes: 1, stepsDownAt: T };
const reply = {
  results: [
    { key: 'facebook:1', offensive: true, heated: true, flags: [flag, { ...flag, rule: 'shouting', severity: 'low', confidence: 1 }], ladder },
    { key: 'facebook:2', offensive: false, heated: true, flags: [], ladder: null },
  ],
  clean: ['facebook:3', 'x:44'],
  netiquetteUrl: 'https://example.com/netiquette',
};

describe('parseCheckReply', () => {
  it('gives what CheckReplySchema gives', () => {
    const { accepted, refused } = sweep(CheckReplySchema, parseCheckReply, reply, [
      [['results'], [[], Array.from({ length: 500 }, (_, i) => ({ ...reply.results[0], key: `facebook:${i}` })), new Array(1), ...WRONG]],
      [['results', 1], WRONG],
      [['results', 0, 'key'], strings(3, 210)],
      [['results', 0, 'offensive'], [true, false, 'true', ...WRONG]],
      [['results', 1, 'heated'], [true, false, 1, ...WRONG]],
      [['results', 0, 'flags'], [[], Array.from({ length: 200 }, () => flag), Array.from({ length: 201 }, () => flag), [flag, null], ...WRONG]],
      [['results', 0, 'flags', 1, 'rule'], [...RULE_IDS, 'rudeness', 'Insult', ...WRONG]],
      [['results', 0, 'flags', 1, 'ruleName'], strings(0, 300)],
      [['results', 0, 'flags', 1, 'severity'], [...SEVERITIES, 'critical', ...WRONG]],
      [['results', 0, 'flags', 1, 'start'], ints(0)],
      [['results', 0, 'flags', 1, 'end'], ints(0)],
      [['results', 0, 'flags', 1, 'words'], strings(0, 20_000)],
      [['results', 0, 'flags', 1, 'confidence'], [0, 1, 0.5, -0, 1.0000001, -0.0001, Number.MIN_VALUE, ...numbers]],
      [['results', 0, 'flags', 1, 'reason'], strings(0, 1000)],
      [['results', 0, 'flags', 1, 'extra'], [1]],
      [['results', 0, 'ladder'], [null, ...WRONG]],
      [['results', 1, 'ladder'], [ladder, { ...ladder, stepsDownAt: null }, ...WRONG]],
      [['results', 0, 'ladder', 'step'], [...LADDER_STEPS, 'ban', ...WRONG]],
      [['results', 0, 'ladder', 'label'], strings(0, 200)],
      [['results', 0, 'ladder', 'text'], strings(0, 10_000)],
      [['results', 0, 'ladder', 'strikes'], ints(0)],
      [['results', 0, 'ladder', 'stepsDownAt'], numbers],
      [['results', 0, 'ladder', 'extra'], [1]],
      [['results', 0, 'extra'], [1]],
      [['clean'], [[], Array.from({ length: 2000 }, (_, i) => `x:${i}`), ['ab'], [null], 'facebook:3', ...WRONG]],
      [['clean', 1], [...strings(3, 210), ...HOSTILE_STRINGS]],
      [['netiquetteUrl'], strings(0, 500)],
      [['extra'], [1]],
    ]);
    expect(accepted).toBeGreaterThan(150);
    expect(refused).toBeGreaterThan(400);
  });

  it('accepts what the background really answers', async () => {
    const service = new NetiquetteService(freshDb());
    const item = (id: string, text: string) => ({ key: `facebook:${id}`, text, site: 'facebook' as const, page: 'Bäckerei', authorName: 'Kai', authorUrl: null });
    const real = await service.check([item('1', 'Ihr seid doch alle Idioten hier.'), item('2', 'Danke, super Torte!'), item('3', 'DAS IST EINE FRECHHEIT!!! Ruft mich an: 0171 2345678')], 'de', T);
    expect(real.results.length).toBeGreaterThan(0);
    expect(expectAgree(CheckReplySchema, parseCheckReply, real)).toBe(true);
  });

  it('refuses what is not a reply', () => {
    for (const v of [...WRONG, [reply], 'results']) expectAgree(CheckReplySchema, parseCheckReply, notAnObject(v));
  });
});

describe('parseDismissReply and parseStrikeReply', () => {
  it('give what their schemas give', () => {
    const d = sweep(DismissReplySchema, parseDismissReply, { ok: true }, [
      [['ok'], [true, false, 'true', 1, new Boolean(true), ...WRONG]],
      [['extra'], [1]],
    ]);
    const s = sweep(StrikeReplySchema, parseStrikeReply, { strike: { step: 'private-message', at: T } }, [
      [['strike'], [{}, { step: 'hide-or-report', at: 0, author: 'stripped' }, ...WRONG]],
      [['strike', 'step'], [...LADDER_STEPS, 'warn', ...WRONG]],
      [['strike', 'at'], numbers],
      [['extra'], [1]],
    ]);
    expect(d.accepted).toBeGreaterThan(1);
    expect(d.refused).toBeGreaterThan(15);
    expect(s.accepted).toBeGreaterThan(15);
    expect(s.refused).toBeGreaterThan(30);
    for (const v of [...WRONG, 'ok', Object.create({ ok: true })]) {
      expectAgree(DismissReplySchema, parseDismissReply, notAnObject(v));
      expectAgree(StrikeReplySchema, parseStrikeReply, notAnObject(v));
    }
  });
});
