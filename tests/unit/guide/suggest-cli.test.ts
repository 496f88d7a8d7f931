import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportGuide } from '../../../lib/guide/guide-file';
import { makeGuide } from '../../../lib/guide/model';

const ROOT = resolve(__dirname, '../../..');
const run = (args: string[], input: string) =>
  spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/suggest.ts'), ...args], { input, encoding: 'utf8', cwd: ROOT, timeout: 60_000 });

describe('npm run suggest', () => {
  it('prints one JSON line per input line, best first, from the starter guide', () => {
    const r = run([], 'Wo bleibt mein Paket? Seit einer Woche nichts geliefert.\n\nI want a refund for my order\r\n');
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { suggestions: { topicId: string; templateId: string; score: number }[] });
    expect(lines).toHaveLength(3);
    expect(lines[0]!.suggestions).toHaveLength(3);
    expect(lines[0]!.suggestions[0]!.topicId).toBe('delivery-status');
    expect(Object.keys(lines[0]!.suggestions[0]!).sort()).toEqual(['score', 'templateId', 'topicId']);
    const scores = lines[0]!.suggestions.map((s) => s.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(lines[1]).toEqual({ suggestions: [] });
    expect(lines[2]!.suggestions[0]).toMatchObject({ topicId: 'returns-refund' });
    expect(lines[2]!.suggestions[0]!.templateId).toContain('.en.');
  }, 60_000);

  it('uses a guide file when given one, and refuses a broken one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'guide-'));
    const guideFile = join(dir, 'guide.json');
    writeFileSync(guideFile, exportGuide(makeGuide({
      topics: [{ id: 'raffle', title: { de: 'Gewinnspiel', en: 'Raffle' }, keywords: { de: ['Gewinnspiel', 'Gewinner'], en: [] }, templates: [{ id: 'raffle-1', lang: 'de', title: 'Gewinner', body: 'Hallo {{first_name}}, die Gewinner stehen am [[Datum]] fest.' }] }],
    })));
    const ok = run(['--guide', guideFile], 'Wer hat das Gewinnspiel gewonnen?\n');
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual({ suggestions: [{ topicId: 'raffle', templateId: 'raffle-1', score: expect.any(Number) }] });

    const badFile = join(dir, 'bad.json');
    writeFileSync(badFile, '{"format": "moderato-response-guide", "version": 1, "topics": [{"id": "x"}]}');
    const bad = run(['--guide', badFile], 'Hallo\n');
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('topics[0]');
  }, 60_000);
});
