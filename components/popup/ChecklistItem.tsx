import { browser } from 'wxt/browser';
import type { ChecklistEntry } from '../../lib/comments/checklist';
import { t } from '../../lib/i18n';
import { STATE_LABEL, waitingText } from '../shared/format';
import { excerpt } from './excerpt';
import { isolate } from '../../lib/bidi';
import { siteLink } from '../../lib/platforms/hosts';

// The popup's first paint (first-paint.ts) draws the same markup without Preact: keep the two in step.

/** `onTick` resolves to whether the tick was stored: a box left ticked after a failed write would claim otherwise. */
export function ChecklistItem({ entry, locale, onTick }: { entry: ChecklistEntry; locale: string; onTick: (key: string) => Promise<boolean> }) {
  const c = entry.comment;
  const open = () => {
    const link = siteLink(c.permalink);
    if (link) void browser.tabs.create({ url: link });
  };
  return (
    <li class={`item ${entry.state}`} data-key={c.key}>
      {/* Named after the author: a list of checkboxes all called "Mark as handled" cannot be told apart. */}
      <input type="checkbox" class="tick" title={t('markHandled')} aria-label={t('markHandledBy', isolate(c.author.name))} onChange={(e) => {
        const box = e.currentTarget;
        void onTick(c.key).then((stored) => {
          if (!stored) box.checked = false;
        });
      }} />
      <button type="button" class="open" onClick={open} disabled={!c.permalink} title={t('openComment')}>
        <span class="meta">
          <bdi class="author">{c.author.name}</bdi>
          <span class="page"> · {c.site === 'facebook' ? t('siteFacebook') : t('siteX')} · <bdi>{c.pageName}</bdi></span>
        </span>
        <bdi class="excerpt">{excerpt(c.text)}</bdi>
        {c.claimedBy && <span class="claimed">{t('claimedBy', isolate(c.claimedBy))}</span>}
      </button>
      {/* The state in words as well as in colour: "waiting 3 hr" alone reads the same on time and overdue. */}
      <span class="when">
        <span class={`wait ${entry.state}`}>{waitingText(entry.waitedMs, locale)}</span>
        <span class="state">{STATE_LABEL[entry.state]()}</span>
      </span>
    </li>
  );
}
