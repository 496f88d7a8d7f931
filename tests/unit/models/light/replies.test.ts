import { describe, expect, it } from 'vitest';
import { ErasureReplySchema, MessagesReplySchema, SuggestReplySchema, TabRequestSchema, TemplateUsedReplySchema } from '../../../../lib/models/messages';
import { parseErasureReply, parseMessagesReply, parseSuggestReply, parseTabRequest, parseTemplateUsedReply } from '../../../../lib/models/light/replies';
import en from '../../../../public/_locales/en/messages.json';
import { ABSENT, HOSTILE_STRINGS, WRONG, expectAgree, numbers, strings, sweep } from './agree';

const notAnObject = (v: unknown) => (v === ABSENT ? undefined : v);

class Texts {
  hello = 'Hallo';
}

describe('parseMessagesReply', () => {
  const messages = { extName: 'Moderato', badgeWaiting: 'waiting {time}', empty: '' };

  it('gives what MessagesReplySchema gives', () => {
    const { accepted, refused } = sweep(MessagesReplySchema, parseMessagesReply, { messages }, [
      [['messages'], [{}, Object.create(null), Object.assign(Object.create(null), messages), new Texts(), new Date(0), new Map([['a', 'b']]), { constructor: 'x' }, { constructor: 5 }, { constructor: () => 1 }, ...WRONG]],
      [['messages', 'badgeWaiting'], strings(0, 5000)],
      [['messages', 'k'.repeat(100)], ['ok']],
      [['messages', 'k'.repeat(101)], ['too long a name']],
      [['messages', '😀'.repeat(100)], ['a name of 100 code points']],
      [['messages', '😀'.repeat(101)], ['one too many']],
      [['messages', '1'.repeat(101)], ['a numeric name, too long even as a number']],
      [['messages', ''], ['an empty name']],
      ...HOSTILE_STRINGS.map((name) => [['messages', name], ['x', 5]] as const),
      [['other'], [1]],
    ]);
    expect(accepted).toBeGreaterThan(25);
    expect(refused).toBeGreaterThan(40);
  });

  it('skips an own "__proto__" as z.record does, and refuses symbol keys and accepts hidden ones unread', () => {
    expectAgree(MessagesReplySchema, parseMessagesReply, JSON.parse('{"messages":{"__proto__":5,"a":"b"}}'));
    expectAgree(MessagesReplySchema, parseMessagesReply, { messages: { a: 'b', [Symbol('s')]: 'c' } });
    expectAgree(MessagesReplySchema, parseMessagesReply, { messages: Object.defineProperty({ a: 'b' }, 'hidden', { value: 5, enumerable: false }) });
    expectAgree(MessagesReplySchema, parseMessagesReply, { messages: Object.assign(Object.create({ inherited: 5 }), { a: 'b' }) });
  });

  it('accepts the real interface texts', () => {
    const real = Object.fromEntries(Object.entries(en).map(([k, v]) => [k, v.message]));
    expect(Object.keys(real).length).toBeGreaterThan(100);
    expect(expectAgree(MessagesReplySchema, parseMessagesReply, { messages: real })).toBe(true);
  });

  it('refuses what is not a reply', () => {
    for (const v of [...WRONG, [{ messages }], 'messages']) expectAgree(MessagesReplySchema, parseMessagesReply, notAnObject(v));
  });
});

describe('parseErasureReply and parseTemplateUsedReply', () => {
  it('give what their schemas give', () => {
    const erased = { comments: 3, notes: 1, strikes: 0, dismissals: 2 };
    const e = sweep(ErasureReplySchema, parseErasureReply, { erased }, [
      [['erased'], [{}, [], ...WRONG]],
      ...(['comments', 'notes', 'strikes', 'dismissals'] as const).map((k) => [['erased', k], numbers] as const),
      [['erased', 'more'], [1]],
      [['more'], [1]],
    ]);
    const t = sweep(TemplateUsedReplySchema, parseTemplateUsedReply, { counted: true }, [
      [['counted'], [true, false, 'true', new Boolean(true), ...WRONG]],
      [['more'], [1]],
    ]);
    expect(e.accepted).toBeGreaterThan(20);
    expect(e.refused).toBeGreaterThan(60);
    expect(t.accepted).toBeGreaterThan(1);
    expect(t.refused).toBeGreaterThan(15);
    for (const v of [...WRONG, 'x']) {
      expectAgree(ErasureReplySchema, parseErasureReply, notAnObject(v));
      expectAgree(TemplateUsedReplySchema, parseTemplateUsedReply, notAnObject(v));
    }
  });
});

describe('parseSuggestReply', () => {
  const suggestion = { topicId: 'lieferung', templateId: 'lieferung-1', title: 'Lieferung verspätet', lang: 'de', score: 0.8, filled: 'Hallo Lena, [[Bestellnummer]] …' };
  const reply = { suggestions: [{ key: 'facebook:1', list: [suggestion, { ...suggestion, lang: 'en', score: -2 }] }, { key: 'x:2', list: [] }] };

  it('gives what SuggestReplySchema gives', () => {
    const { accepted, refused } = sweep(SuggestReplySchema, parseSuggestReply, reply, [
      [['suggestions'], [[], ...WRONG]],
      [['suggestions', 1], WRONG],
      [['suggestions', 0, 'key'], strings(0, 210)],
      [['suggestions', 0, 'list'], [Array.from({ length: 10 }, () => suggestion), Array.from({ length: 11 }, () => suggestion), ...WRONG]],
      [['suggestions', 0, 'list', 1], WRONG],
      [['suggestions', 0, 'list', 0, 'topicId'], strings(0, 200)],
      [['suggestions', 0, 'list', 0, 'templateId'], strings(0, 200)],
      [['suggestions', 0, 'list', 0, 'title'], strings(0, 300)],
      [['suggestions', 0, 'list', 0, 'lang'], ['de', 'en', 'fr', 'DE', ...WRONG]],
      [['suggestions', 0, 'list', 0, 'score'], numbers],
      [['suggestions', 0, 'list', 0, 'filled'], strings(0, 10_000)],
      [['suggestions', 0, 'list', 0, 'extra'], [1]],
      [['suggestions', 0, 'extra'], [1]],
    ]);
    expect(accepted).toBeGreaterThan(60);
    expect(refused).toBeGreaterThan(150);
    for (const v of [...WRONG, [reply]]) expectAgree(SuggestReplySchema, parseSuggestReply, notAnObject(v));
  });
});

describe('parseTabRequest', () => {
  it('gives what TabRequestSchema gives', () => {
    const { accepted, refused } = sweep(TabRequestSchema, parseTabRequest, { type: 'get-health' }, [
      [['type'], ['get-health', 'settings-changed', 'records-changed', 'observe', 'get-settings', 'GET-HEALTH', ' get-health', ...HOSTILE_STRINGS, ...WRONG]],
      [['extra'], [1, 'get-health']],
    ]);
    expect(accepted).toBeGreaterThan(3);
    expect(refused).toBeGreaterThan(20);
    for (const v of [...WRONG, ['get-health'], 'get-health', Object.create({ type: 'records-changed' }), new Date(0)]) expectAgree(TabRequestSchema, parseTabRequest, notAnObject(v));
  });
});
