import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { signal } from '@preact/signals';
import english from '../../../public/_locales/en/messages.json';
import { templates as messageTemplates } from '../a11y/messages';
import { BadgeActionsRow, type BadgeActions } from '../../../components/badge/BadgeActions';
import { NetiquetteFlags } from '../../../components/badge/NetiquetteFlags';
import { useMessageTemplates } from '../../../lib/i18n';
import { defaultSettings } from '../../../lib/models/settings';
import type { BadgeModel } from '../../../lib/overlay/annotator';
import type { FlagViewMessage } from '../../../lib/models/netiquette-messages';
import { askToErase, badgeModel, record, settle } from './badge-fixtures';

const templates = messageTemplates('en');

const FLAG: FlagViewMessage = { rule: 'insult', ruleName: 'Insult', severity: 'high', start: 0, end: 5, words: 'Hallo', confidence: 0.9, reason: 'Because' } as FlagViewMessage;

function model(): BadgeModel {
  return badgeModel({ flags: signal({ key: 'facebook:c1', flags: [FLAG], ladder: null } as never) });
}


/** Badges live in a shadow root, as on the page. */
function mount(actions: BadgeActions, m = model()) {
  const host = document.body.appendChild(document.createElement('moderato-badge'));
  const root = host.attachShadow({ mode: 'open' });
  const settings = signal(defaultSettings());
  render(
    <div>
      <BadgeActionsRow model={m} settings={settings} actions={actions} waiting locale="en" />
      <NetiquetteFlags model={m} settings={settings} actions={actions.netiquette} locale="en" />
    </div>,
    root,
  );
  return { root, m };
}

const base: BadgeActions = { claim: async () => null, saveNote: async () => null, eraseAuthor: async () => false };

afterEach(() => {
  useMessageTemplates({});
  document.body.replaceChildren();
});

describe('claim', () => {
  it('says so when the claim could not be stored', async () => {
    useMessageTemplates(templates);
    const { root } = mount(base);
    root.querySelector<HTMLButtonElement>('.claim')!.click();
    await settle();
    const alert = root.querySelector('[role="alert"]');
    expect(alert?.textContent).toBe(english.claimFailed.message);
  });

  it('shows the new record and no error when it was stored', async () => {
    useMessageTemplates(templates);
    const { root, m } = mount({ ...base, claim: async () => record({ claimedBy: 'Mara' }) });
    root.querySelector<HTMLButtonElement>('.claim')!.click();
    await settle();
    expect(m.record.value?.claimedBy).toBe('Mara');
    expect(root.querySelector('[role="alert"]')).toBeNull();
  });
});

describe('two-step confirmations keep the keyboard focus', () => {
  it('erase: focuses Confirm, names the dialog, and returns focus on cancel', async () => {
    useMessageTemplates(templates);
    const { root } = mount(base);
    const confirm = await askToErase(root);
    expect(root.activeElement).toBe(confirm);
    const dialog = root.querySelector('[role="alertdialog"]')!;
    const label = root.getElementById(dialog.getAttribute('aria-labelledby')!);
    expect(label?.textContent).toContain('Erase all comments');
    root.querySelector<HTMLButtonElement>('.erase-cancel')!.click();
    await settle();
    expect(root.activeElement).toBe(root.querySelector('.erase-author'));
  });

  it('flag dismissal: focuses Confirm, and returns focus on cancel', async () => {
    useMessageTemplates(templates);
    const { root } = mount({ ...base, netiquette: { dismiss: async () => true, recordStrike: async () => true } });
    const dismiss = root.querySelector<HTMLButtonElement>('.dismiss')!;
    dismiss.focus();
    dismiss.click();
    await settle();
    expect(root.activeElement).toBe(root.querySelector('.confirm-dismiss'));
    root.querySelector<HTMLButtonElement>('.cancel-dismiss')!.click();
    await settle();
    expect(root.activeElement).toBe(root.querySelector('.dismiss'));
  });
});
