import { render } from 'preact';
import { signal } from '@preact/signals';
import { afterEach, describe, expect, it } from 'vitest';
import { StatusChip } from '../../../components/badge/CommentBadge';
import { NetiquetteFlags } from '../../../components/badge/NetiquetteFlags';
import { useMessageTemplates } from '../../../lib/i18n';
import { defaultSettings } from '../../../lib/models/settings';
import type { BadgeModel } from '../../../lib/overlay/annotator';
import { MINUTE } from '../../../lib/time/units';
import { NOW, observed } from '../badge/badge-fixtures';
import { templates } from './messages';

function model(minutesAgo: number): BadgeModel {
  return {
    observed: signal(observed({ postedAt: NOW - minutesAgo * MINUTE })),
    record: signal(null),
    notes: signal([]),
    authorKey: 'facebook:kundin',
    item: document.createElement('div'),
    suggestionsOpen: signal(false),
    flags: signal({
      key: 'facebook:c1', offensive: true, heated: true, ladder: null,
      flags: [{ rule: 'insult', ruleName: 'Insult', severity: 'high', start: 0, end: 4, words: 'Depp', confidence: 0.9, reason: 'insults a person' }],
    }),
    dispute: signal(null),
  } as unknown as BadgeModel;
}

const chip = (minutesAgo: number, locale: string) => {
  const m = model(minutesAgo);
  render(<div class="moderato"><StatusChip model={m} now={signal(NOW)} mountedAt={NOW} settings={signal(defaultSettings())} locale={locale} /></div>, document.body);
  return document.querySelector<HTMLElement>('.moderato')!;
};

afterEach(() => {
  render(null, document.body);
  useMessageTemplates({});
});

describe.each([
  ['en', { overdue: 'overdue', 'due-soon': 'due soon', 'on-time': 'on time', high: 'high' }],
  ['de', { overdue: 'überfällig', 'due-soon': 'bald fällig', 'on-time': 'im Ziel', high: 'hoch' }],
] as const)('the badge without colour (%s)', (lang, words) => {
  it('says in text whether the comment is overdue, due soon or on time', () => {
    useMessageTemplates(templates(lang));
    // Default target: one hour; "due soon" in its last stretch.
    for (const [minutes, state] of [[180, 'overdue'], [55, 'due-soon'], [5, 'on-time']] as const) {
      const el = chip(minutes, lang);
      expect(el.querySelector('.badge')!.getAttribute('data-state')).toBe(state);
      expect(el.textContent).toContain(words[state]);
      render(null, document.body);
    }
    // Overdue and on time also differ in what is seen, not only in what a screen reader reads.
    const late = chip(180, lang).querySelector('[aria-hidden="true"]')?.textContent;
    render(null, document.body);
    const fine = chip(5, lang).querySelector('[aria-hidden="true"]')?.textContent ?? '';
    expect(late).toBeTruthy();
    expect(late).not.toBe(fine);
  });

  it('names a flag’s severity in words', () => {
    useMessageTemplates(templates(lang));
    render(<NetiquetteFlags model={model(5)} settings={signal(defaultSettings())} locale={lang} />, document.body);
    expect(document.querySelector('.flag')!.textContent).toContain(words.high);
  });
});
