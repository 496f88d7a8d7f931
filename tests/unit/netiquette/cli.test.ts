import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

interface Line {
  offensive: boolean;
  score: number;
  violations: Array<{ rule: string; start: number; end: number }>;
}

/** Runs `npm run -s netiquette` the way the script does (tsx), feeding raw bytes on stdin. */
function run(input: Buffer | string): { lines: Line[]; stderr: string; status: number | null } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/netiquette.ts'], {
    cwd: process.cwd(),
    input,
    maxBuffer: 64 * 1024 * 1024,
    timeout: 60_000,
  });
  const out = r.stdout.toString('utf8');
  return {
    lines: out.length === 0 ? [] : out.replace(/\n$/, '').split('\n').map((l) => JSON.parse(l) as Line),
    stderr: r.stderr.toString('utf8'),
    status: r.status,
  };
}

describe('npm run netiquette', () => {
  it('prints one JSON line per comment line, with rule ids and offsets', () => {
    const { lines, status } = run('Du Vollidiot\nWann kommt mein Paket?\nRuf an: 0171 1234567\nI will kill you\n');
    expect(status).toBe(0);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toEqual({ offensive: true, score: 0.92, violations: [{ rule: 'insult', start: 3, end: 12 }] });
    expect(lines[1]?.offensive).toBe(false);
    expect(lines[1]?.violations).toEqual([]);
    expect(lines[2]).toMatchObject({ offensive: false, violations: [{ rule: 'personal-data', start: 8, end: 20 }] });
    expect(lines[3]).toMatchObject({ offensive: true, violations: [{ rule: 'threat', start: 0, end: 15 }] });
    for (const l of lines) {
      expect(l.score).toBeGreaterThanOrEqual(0);
      expect(l.score).toBeLessThanOrEqual(1);
    }
  });

  it('answers an empty line with "not offensive" and keeps the count with CRLF and a missing last newline', () => {
    const { lines } = run('\r\nDu Arschloch\r\n\nletzte Zeile');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toEqual({ offensive: false, score: 0, violations: [] });
    expect(lines[1]).toMatchObject({ offensive: true, violations: [{ rule: 'insult', start: 3, end: 12 }] });
    expect(lines[2]).toEqual({ offensive: false, score: 0, violations: [] });
    expect(lines[3]?.offensive).toBe(false);
  });

  it('does not crash on binary input or a multi-megabyte line', () => {
    const binary = Buffer.from([0x00, 0xff, 0xfe, 0x41, 0x0a, 0xc3, 0x28, 0x0a, 0x80, 0x81, 0x0a]);
    const huge = `${'x'.repeat(3_000_000)} Arschloch\n`;
    const { lines, status, stderr } = run(Buffer.concat([binary, Buffer.from(huge)]));
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toMatchObject({ offensive: true, violations: [{ rule: 'insult', start: 3_000_001, end: 3_000_010 }] });
  });
});
