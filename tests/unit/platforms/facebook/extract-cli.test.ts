import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFromHtml, parseArgs, parseSavedPage, runExtractCli, UsageError, type CliIo } from '../../../../scripts/extract';
import { DEMO_EXPECTED, DEMO_IDS, DEMO_NOW, DEMO_PAGE, HOSTILE_TEXT } from '../../../fixtures/facebook/demo-company';
import { renderFacebookPage } from '../../../fixtures/facebook/markup';
import { savedPostPath } from '../../../fixtures/facebook/saved';

const saved = (ui: 'en' | 'de') => readFileSync(savedPostPath(ui), 'utf8');
const MIN = 60_000;

function memoryIo(files: Record<string, string>) {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    readFile: (p) => {
      const f = files[p];
      if (f === undefined) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
      return f;
    },
    fileSize: (p) => {
      const f = files[p];
      if (f === undefined) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
      return f.length;
    },
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
  };
  return { io, out };
}

describe.each(['en', 'de'] as const)('extractFromHtml on the saved %s page', (ui) => {
  const rows = extractFromHtml('facebook', saved(ui), { owner: DEMO_PAGE.name, now: DEMO_NOW });

  it('lists every rendered comment and reply once, in page order, with the right parent', () => {
    expect(rows.map((r) => [r.id, r.parentId])).toEqual(DEMO_EXPECTED.map((e) => [e.id, e.parentId]));
  });

  it('knows who wrote what and which comments the Page answered', () => {
    expect(rows.map((r) => ({ id: r.id, author: r.author.name, byOwner: r.byOwner, answered: r.answered }))).toEqual(
      DEMO_EXPECTED.map((e) => ({ id: e.id, author: e.author, byOwner: e.byOwner, answered: e.answered })),
    );
  });

  it('resolves relative times against --now and prefers data-utime', () => {
    const at = (id: string) => rows.find((r) => r.id === id)?.postedAt;
    expect(at(DEMO_IDS.tom)).toBe(new Date(DEMO_NOW - 5 * MIN).toISOString());
    expect(at(DEMO_IDS.mehmet)).toBe(new Date(DEMO_NOW - 180 * MIN).toISOString());
    expect(at(DEMO_IDS.sophie)).toBe(new Date(DEMO_NOW - 2 * 24 * 60 * MIN).toISOString());
  });

  it('gives profile addresses without comment parameters and clean permalinks', () => {
    const peter = rows.find((r) => r.id === DEMO_IDS.peter)!;
    expect(peter.author.url).toBe('https://www.facebook.com/profile.php?id=100012345678901');
    const reply = rows.find((r) => r.id === DEMO_IDS.annaPageReply)!;
    expect(reply.permalink).toBe(
      `https://www.facebook.com/${DEMO_PAGE.vanity}/posts/pfbid02SonnenscheinOsterzopf7xQmFixture1l?comment_id=${DEMO_IDS.anna}&reply_comment_id=${DEMO_IDS.annaPageReply}`,
    );
  });

  it('keeps hostile markup as text', () => {
    expect(rows.find((r) => r.id === DEMO_IDS.hostile)?.text).toBe(HOSTILE_TEXT);
  });
});

describe('extractFromHtml: inputs', () => {
  it('reads the permalink dialog only, when one is open', () => {
    const html = renderFacebookPage({
      pageName: DEMO_PAGE.name, pageVanity: DEMO_PAGE.vanity, ui: 'en', now: DEMO_NOW,
      posts: [{ id: '1', text: 'behind', comments: [{ id: '11', author: 'Behind Dialog', text: 'x', minutesAgo: 3 }] }],
      dialog: { id: '2', text: 'front', comments: [{ id: '21', author: 'In Dialog', text: 'y', minutesAgo: 3 }] },
    });
    expect(extractFromHtml('facebook', html, { owner: DEMO_PAGE.name, now: DEMO_NOW }).map((r) => r.id)).toEqual(['21']);
  });

  it('never runs scripts or handlers from the saved page', async () => {
    const html = '<html><head><title>before</title><script>document.title = "script ran"</script></head>'
      + '<body><img src="x" onerror="document.title = \'handler ran\'"></body></html>';
    const { window, document } = parseSavedPage('facebook', html);
    await window.happyDOM.waitUntilComplete();
    expect(document.title).toBe('before');
    await window.happyDOM.close();
  });

  it('refuses a site without adapter and an empty owner', () => {
    expect(() => extractFromHtml('facebook', '<p></p>', { owner: ' ', now: DEMO_NOW })).toThrow(UsageError);
  });
});

describe('parseArgs', () => {
  it('reads site, file, repeated owners and --now in both spellings', () => {
    expect(parseArgs(['facebook', 'a.html', '--owner', 'Shop', '--owner=Shop Two', '--now=2026-03-10T10:00:00Z'])).toEqual({
      site: 'facebook', file: 'a.html', owners: ['Shop', 'Shop Two'], now: DEMO_NOW,
    });
  });

  it('takes ISO dates with or without a time and zone', () => {
    expect(parseArgs(['facebook', 'a.html', '--owner', 'S', '--now', '2026-03-10']).now).toBe(Date.parse('2026-03-10'));
    expect(parseArgs(['facebook', 'a.html', '--owner', 'S', '--now', '2026-03-10T11:00:00+01:00']).now).toBe(DEMO_NOW);
  });

  it('defaults --now to the current time, not the file time', () => {
    expect(parseArgs(['facebook', 'a.html', '--owner', 'Shop'], 1234).now).toBe(1234);
  });

  it.each([
    [['facebook', 'a.html'], /--owner is required/],
    [['myspace', 'a.html', '--owner', 'S'], /Unknown site "myspace"/],
    [['facebook', '--owner', 'S'], /site and a file are required/],
    [['facebook', 'a.html', '--owner', 'S', '--now', 'yesterday'], /not a date/],
    // Date.parse reads these as 2001-12-01 and 2001-03-10: a typo must not move every time by 25 years.
    [['facebook', 'a.html', '--owner', 'S', '--now', '12'], /not a date; use ISO 8601/],
    [['facebook', 'a.html', '--owner', 'S', '--now', 'March 10'], /not a date; use ISO 8601/],
    [['facebook', 'a.html', '--owner'], /--owner needs a value/],
    [['facebook', 'a.html', '--owner', 'S', '--verbose', '1'], /Unknown option --verbose/],
  ])('rejects %j with a clear message', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(message);
  });
});

describe('runExtractCli', () => {
  it('prints the JSON array and exits 0', () => {
    const { io, out } = memoryIo({ 'de.html': saved('de') });
    expect(runExtractCli(['facebook', 'de.html', '--owner', DEMO_PAGE.name, '--now', new Date(DEMO_NOW).toISOString()], io)).toBe(0);
    const rows = JSON.parse(out.stdout) as { id: string }[];
    expect(rows).toHaveLength(DEMO_EXPECTED.length);
    expect(out.stderr).toBe('');
  });

  it('prints [] and a warning for a page without comments', () => {
    const { io, out } = memoryIo({ 'empty.html': '<html><body><p>nothing</p></body></html>' });
    expect(runExtractCli(['facebook', 'empty.html', '--owner', 'Shop'], io)).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual([]);
    expect(out.stderr).toMatch(/warning: no facebook comments recognised/);
  });

  it('prints the usage for --help and -h, and exits 0', () => {
    for (const flag of ['--help', '-h']) {
      const { io, out } = memoryIo({});
      expect(runExtractCli([flag], io)).toBe(0);
      expect(out.stdout).toMatch(/^usage: npm run -s extract -- <facebook\|x> <saved.html> --owner/);
      expect(out.stderr).toBe('');
    }
  });

  it.each([
    ['empty.html', '  \n', /empty.html is empty; that is not a saved page/],
    ['binary.html', 'ELF\u0000\u0001<html>', /binary.html is a binary file/],
    ['notes.txt', 'just some notes, no markup', /notes.txt holds no HTML/],
  ])('exits 2 for %s, which is no page at all', (file, content, message) => {
    const { io, out } = memoryIo({ [file]: content });
    expect(runExtractCli(['facebook', file, '--owner', 'Shop'], io)).toBe(2);
    expect(out.stderr).toMatch(message);
    expect(out.stdout).toBe('');
  });

  it.each([
    [['facebook', 'missing.html', '--owner', 'Shop'], /File not found: missing.html/],
    [['twitter', 'a.html', '--owner', 'Shop'], /Unknown site/],
    [['facebook', 'a.html'], /--owner is required/],
  ])('exits 2 with a message on stderr for %j', (argv, message) => {
    const { io, out } = memoryIo({ 'a.html': '<p></p>' });
    expect(runExtractCli(argv, io)).toBe(2);
    expect(out.stderr).toMatch(message);
    expect(out.stdout).toBe('');
  });
});
