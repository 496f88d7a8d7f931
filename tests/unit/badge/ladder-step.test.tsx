import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { signal } from '@preact/signals';
import { templates as messageTemplates } from '../a11y/messages';
import { NetiquetteFlags } from '../../../components/badge/NetiquetteFlags';
import { useMessageTemplates } from '../../../lib/i18n';
import { defaultSettings } from '../../../lib/models/settings';
import { ladderStepLabel } from '../../../lib/netiquette/ladder';
import type { BadgeModel } from '../../../lib/overlay/annotator';
import type { NetiquetteActions } from '../../../lib/overlay/netiquette-check';
import type { CheckResult, FlagViewMessage, LadderView } from '../../../lib/models/netiquette-messages';
import { badgeModel } from './badge-fixtures';

const flag = (rule: FlagViewMessage['rule'], severity: FlagViewMessage['severity'], confidence: number, start: number): FlagViewMessage => ({
  rule, ruleName: rule, severity, start, end: start + 3, words: 'xyz', confidence, reason: rule,
});

function model(ladder: LadderView, flags: FlagViewMessage[] = [flag('insult', 'medium', 0.9, 0)]): BadgeModel {
  const result: CheckResult = { key: 'facebook:c1', offensive: true, heated: false, flags, ladder };
  return badgeModel({ flags: signal(result) });
}

function recording() {
  const rules: (string | undefined)[] = [];
  const actions: NetiquetteActions = {
    dismiss: async () => true,
    recordStrike: async (_model, _ladder, rule) => {
      rules.push(rule);
      return true;
    },
  };
  return { actions, rules };
}

const host = () => document.body.appendChild(document.createElement('div'));

afterEach(() => {
  useMessageTemplates({});
  document.body.replaceChildren();
});

describe('the ladder step in the badge', () => {
  it('shows a step taken on this comment as done: no "next step", nothing to send, nothing to record again', () => {
    useMessageTemplates(messageTemplates('en'));
    const { actions } = recording();
    const taken: LadderView = { step: 'public-reminder', label: ladderStepLabel('public-reminder', 'en', true), text: '', strikes: 1, stepsDownAt: Date.UTC(2026, 5, 1), taken: true };
    render(<NetiquetteFlags model={model(taken)} settings={signal(defaultSettings())} actions={actions} locale="en" />, host());
    const ladder = document.querySelector('.ladder')!;
    expect(ladder.getAttribute('data-taken')).toBe('true');
    expect(ladder.querySelector('.step')!.textContent).toBe('Done: friendly public reminder');
    expect(ladder.querySelector('.step-heading')).toBeNull();
    expect(ladder.querySelector('.ladder-text')).toBeNull();
    expect(ladder.querySelector('button.step-done')).toBeNull();
  });

  it('offers a proposed step with its heading and button, and records the rule the ladder answers, not a shouting flag before it', async () => {
    useMessageTemplates(messageTemplates('en'));
    const { actions, rules } = recording();
    const proposed: LadderView = { step: 'hide-or-report', label: ladderStepLabel('hide-or-report', 'en'), text: '', strikes: 0, stepsDownAt: null, taken: false };
    const flags = [flag('shouting', 'low', 0.95, 0), flag('insult', 'medium', 0.92, 5), flag('threat', 'high', 0.9, 10)];
    render(<NetiquetteFlags model={model(proposed, flags)} settings={signal(defaultSettings())} actions={actions} locale="en" />, host());
    const ladder = document.querySelector('.ladder')!;
    expect(ladder.hasAttribute('data-taken')).toBe(false);
    expect(ladder.querySelector('.step-heading')).not.toBeNull();
    ladder.querySelector<HTMLButtonElement>('button.step-done')!.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(rules).toEqual(['threat']);
  });
});
