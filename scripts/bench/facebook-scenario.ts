import { renderFacebookComment, renderFacebookPage, type FbCommentSpec } from '../../tests/fixtures/facebook/markup';
import type { Scenario } from './scenario';

const PAGE = { pageName: 'Bäckerei Sonnenschein', pageVanity: 'baeckerei.sonnenschein' };
const POST_ID = '880000000001';

const TEXTS = [
  'Wann kommt meine Bestellung? Ich warte schon seit Montag 😕',
  'Do you deliver to Vienna as well?',
  'Super Service, vielen Dank! 👍',
  'My order arrived damaged, what now?',
  'Habt ihr am Sonntag geöffnet?',
];

/** 1,000 comments (every tenth a reply) in 50 batches of 20, with ids unique per run. */
export function facebookScenario(run: number): Scenario {
  const batches: string[] = [];
  const opts = { postId: POST_ID, pageName: PAGE.pageName, pageVanity: PAGE.pageVanity, ui: 'en' as const };
  for (let b = 0; b < 50; b++) {
    let html = '';
    for (let i = 0; i < 20; i++) {
      const n = b * 20 + i;
      const spec: FbCommentSpec = {
        id: String(9_000_000_000 + run * 10_000 + n),
        author: `Kundin ${n}`,
        text: `${TEXTS[n % TEXTS.length]} (#${n})`,
        minutesAgo: 1 + (n % 300),
      };
      if (n % 10 === 9) spec.replies = [{ id: String(9_500_000_000 + run * 10_000 + n), author: `Kunde ${n}`, text: 'Same question here.', minutesAgo: 1 }];
      html += renderFacebookComment(spec, opts);
    }
    batches.push(html);
  }
  const shell = renderFacebookPage({ ...PAGE, ui: 'en', posts: [{ id: POST_ID, text: 'Unser Adventsgebäck ist da! 🎄', comments: [] }], decoys: false })
    // The post's (empty) comment list is where the batches go.
    .replace(`<div></div><div><div aria-label=`, `<div data-bench-target></div><div><div aria-label=`);
  return {
    name: 'Facebook',
    host: 'www.facebook.com',
    path: '/baeckerei.sonnenschein',
    settingsPage: { site: 'facebook', name: PAGE.pageName, url: 'https://www.facebook.com/baeckerei.sonnenschein', pageId: '' },
    shell,
    batches,
    expectedBadges: 1100,
    itemSelector: 'div[role="article"]',
    contentScript: 'content-scripts/facebook.js',
    overlayModule: 'content-modules/facebook.js',
  };
}
