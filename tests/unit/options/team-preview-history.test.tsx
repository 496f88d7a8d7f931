import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { TeamSharing } from '../../../components/options/team/TeamSharing';
import { useMessageTemplates } from '../../../lib/i18n';
import { readLocalSections } from '../../../lib/sync/local-sections';
import { createTeamBundle } from '../../../lib/sync/team-import';
import { freshDb } from '../db/test-db';
import { templates } from '../a11y/messages';

/** A file holding exactly what a fresh browser holds, but with an older backlog setting in that record's history. */
async function sameWithOlderVersion(): Promise<string> {
  const bundle = createTeamBundle(await readLocalSections(freshDb(), 1_000), { exportedAt: 1_000 });
  bundle.sections.sharedSettings = bundle.sections.sharedSettings.map((r) =>
    r.id === 'settings-backlog-days' ? { ...r, history: [{ id: r.id, updatedAt: 0, value: 60 }] } : r);
  return JSON.stringify(bundle);
}

afterEach(() => {
  render(null, document.body);
  useMessageTemplates({});
});

describe('the import preview of a file that only adds older versions to the history', () => {
  it('shows them in a column of their own with a note, in German, and offers to apply', async () => {
    useMessageTemplates(templates('de'));
    render(<TeamSharing />, document.body);
    const text = await sameWithOlderVersion();
    const input = document.querySelector<HTMLInputElement>('input[name="team-import"]')!;
    Object.defineProperty(input, 'files', { value: [{ name: 'team.json', text: () => Promise.resolve(text) }], configurable: true });
    Object.defineProperty(input, 'value', { value: '', writable: true, configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await expect.poll(() => document.querySelector('.team-summary')).not.toBeNull();
    const headers = [...document.querySelectorAll('.team-summary thead th')].map((th) => th.textContent);
    expect(headers).toContain('Nur Verlauf ergänzt');
    const cell = document.querySelector('tr[data-section="sharedSettings"] td[data-count="historyOnly"]');
    expect(cell?.textContent).toBe('1');
    expect(document.querySelector('.team-history-hint')?.textContent).toMatch(/^Nur Verlauf ergänzt: /);
    expect(document.querySelector('.team-apply')).not.toBeNull();
  });
});
