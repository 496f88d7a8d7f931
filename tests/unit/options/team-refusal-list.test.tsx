import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TeamSharing } from '../../../components/options/team/TeamSharing';
import { useMessageTemplates } from '../../../lib/i18n';
import { MAX_BUNDLE_CHARS } from '../../../lib/sync/parse-bundle';
import { templates } from '../a11y/messages';

type PickedFile = { name: string; size?: number; text: () => Promise<string> };

function choose(file: PickedFile): void {
  const input = document.querySelector<HTMLInputElement>('input[name="team-import"]')!;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  Object.defineProperty(input, 'value', { value: '', writable: true, configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

async function refusalLines(text: string): Promise<string[]> {
  choose({ name: 'team.json', text: () => Promise.resolve(text) });
  await expect.poll(() => document.querySelectorAll('.team-errors li').length).toBeGreaterThan(0);
  return [...document.querySelectorAll('.team-errors li')].map((li) => li.textContent ?? '');
}

const open = (lang: 'de' | 'en') => {
  useMessageTemplates(templates(lang));
  render(<TeamSharing />, document.body);
};

afterEach(() => {
  render(null, document.body);
  useMessageTemplates({});
});

describe('the list of reasons a team file was refused reads as sentences', () => {
  it('gives a reason about the whole file without a "Datei" label before it', async () => {
    open('de');
    const lines = await refusalLines(JSON.stringify({ format: 'moderato-guide', topics: [] }));
    expect(lines).toEqual(['Das ist keine Moderato-Teamdatei (erwartet: format "moderato-team-bundle").']);
  });

  it('names the place in the file before a reason about one field', async () => {
    open('en');
    const lines = await refusalLines(JSON.stringify({ format: 'moderato-team-bundle', version: 1, exportedAt: 1, sections: { notes: [{ id: 'n1', updatedAt: 'yesterday' }] } }));
    expect(lines[0]).toBe('sections.notes[0].updatedAt expected a number, found text');
  });

  it('says in a note below the list how many more errors there are, not as one more list entry', async () => {
    open('de');
    const notes = Array.from({ length: 60 }, (_, i) => ({ id: `n${i}`, updatedAt: 'gestern' }));
    const lines = await refusalLines(JSON.stringify({ format: 'moderato-team-bundle', version: 1, exportedAt: 1, sections: { notes } }));
    expect(lines).toHaveLength(50);
    expect(lines.every((l) => l.startsWith('sections.notes['))).toBe(true);
    expect(document.querySelector('.team-more-errors')?.textContent).toMatch(/^Dazu kommen \d+ weitere Fehler, die hier nicht aufgeführt sind\.$/);
  });
});

describe('a file far larger than any team bundle', () => {
  it('is refused by its size before it is read into memory', async () => {
    open('en');
    const text = vi.fn(() => new Promise<string>(() => {}));
    const size = MAX_BUNDLE_CHARS * 4 + 1; // beyond any UTF-8 spelling of the limit
    choose({ name: 'video-export.json', size, text });
    await expect.poll(() => document.querySelector('.team-refused')).not.toBeNull();
    expect(text).not.toHaveBeenCalled();
    expect(document.querySelector('.team-errors li')?.textContent).toMatch(/^The file is too large/);
  });

  it('is read and checked when its size could still be within the limit', async () => {
    open('en');
    const text = vi.fn(() => Promise.resolve('not json'));
    choose({ name: 'team.json', size: MAX_BUNDLE_CHARS * 4, text });
    await expect.poll(() => document.querySelector('.team-refused')).not.toBeNull();
    expect(text).toHaveBeenCalled();
  });
});
