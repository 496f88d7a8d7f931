import { browser } from 'wxt/browser';
import type { ChecklistEntry } from '../../lib/comments/checklist';
import { t } from '../../lib/i18n';
import { STATE_LABEL, waitingText } from '../shared/format';
import { excerpt } from './excerpt';
import { isolate } from '../../lib/bidi';

// The popup's first paint (first-paint.ts) draws the same markup without Preact: keep the two in step.

export function ChecklistItem({ entry, locale, onTick }: { entry: ChecklistEntry; locale: string; onTick: (key: string) => void }) {
  const c = entry.comment;
  const open = () => {
    if (c.permalink) void browser.tabs.create({ url: c.permalink });
  };
  return (
    <li class={`item ${entry.state}`} data-key={c.key}>
      <input type="checkbox" class="tick" title={t('markHandled')} aria-label={t('markHandled')} onChange={() => onTick(c.key)} />
      <button type="button" class="open" onClick={open} disabled={!c.permalink} title={t('openComment')}>
        <span class="meta">
          <bdi class="author">{c.author.name}</bdi>
          <span class="page"> · {c.site === 'facebook' ? t('siteFacebook') : t('siteX')} · <bdi>{c.pageName}</bdi></span>
        </span>
        <bdi class="excerpt">{excerpt(c.text)}</bdi>
        {c.claimedBy && <span class="claimed">{t('claimedBy', isolate(c.claimedBy))}</span>}
      </button>
      <span class={`wait ${entry.state}`} title={STATE_LABEL[entry.state]()}>{waitingText(entry.waitedMs, locale)}</span>
    </li>
  );
}
