import { renderXPage, renderXRow, type XPostSpec, type XRowSpec } from '../../tests/fixtures/x/markup';
import { POSTS, statusPageSpec, X_COMPANY, X_OWN_PAGE } from '../../tests/fixtures/x/demo-company';
import type { Scenario } from './scenario';

const ROW_HEIGHT = 180;
/** The conversation's head: the company's post, then X's inline reply box. */
const HEAD_ROWS = 2;

const TEXTS = [
  'Wann kommt meine Bestellung? Ich warte schon seit Montag 😕',
  'Do you deliver to Vienna as well?',
  'Super Service, vielen Dank! 👍',
  'My order arrived damaged, what now? @sonnenschein_de',
  'Habt ihr am Sonntag geöffnet?',
];

/**
 * The conversation under the company's post, where 1,000 replies arrive in 50 batches of 20, as X's rows do when
 * a busy conversation loads while the moderator scrolls: each reply a branch of its own (X draws an empty row
 * between branches), every tenth answered by the company right below it (1,100 posts, as in the Facebook
 * scenario). All rows stay in the DOM (no virtualisation): the worst case for reading, since every batch changes
 * the list the conversation is placed in. Ids are unique per run.
 */
export function xScenario(run: number): Scenario {
  const now = Date.now();
  const opts = { ui: 'en' as const, now };
  // 19 digits, as X's: run, reply number, 0 for the reply and 1 for the company's answer.
  const id = (n: number, answer: 0 | 1) => `19${String(run).padStart(3, '0')}${String(n).padStart(6, '0')}0000000${answer}`;
  const batches: string[] = [];
  let row = HEAD_ROWS;
  for (let b = 0; b < 50; b++) {
    const rows: XRowSpec[] = [];
    for (let i = 0; i < 20; i++) {
      const n = b * 20 + i;
      const minutesAgo = 2 + (n % 300);
      const reply: XPostSpec = { id: id(n, 0), handle: `kundin_${n}`, name: `Kundin ${n}`, text: `${TEXTS[n % TEXTS.length]} (#${n})`, minutesAgo, lang: n % 2 ? 'en' : 'de' };
      rows.push({ post: reply });
      if (n % 10 === 9) {
        rows.push({ post: { id: id(n, 1), handle: X_COMPANY.handle, name: X_COMPANY.name, text: `Danke für deine Nachricht! (#${n})`, minutesAgo: minutesAgo - 1, lang: 'de', verified: true } });
      }
      rows.push({ divider: true });
    }
    batches.push(rows.map((r) => renderXRow(r, opts, (row++) * ROW_HEIGHT)).join(''));
  }
  const total = row;
  const shell = renderXPage(statusPageSpec('en', {
    now,
    timeline: { label: 'Timeline: Conversation', title: 'Conversation', rows: [{ post: POSTS.launch, focused: true }, { composer: true }] },
  }))
    // The timeline's row container is where the batches go.
    .replace(`<div style="position: relative; min-height: ${HEAD_ROWS * ROW_HEIGHT}px;">`, `<div data-bench-target style="position: relative; min-height: ${total * ROW_HEIGHT}px;">`);
  if (!shell.includes('data-bench-target')) throw new Error('x-scenario: the timeline row container was not found in the shell');
  return {
    name: 'X',
    host: 'x.com',
    path: `/${X_COMPANY.handle}/status/${POSTS.launch.id}`,
    settingsPage: { ...X_OWN_PAGE },
    shell,
    batches,
    expectedBadges: 1000,
    itemSelector: 'article[data-testid="tweet"]',
    contentScript: 'content-scripts/x.js',
    overlayModule: 'content-modules/x.js',
  };
}
