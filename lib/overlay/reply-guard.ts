import { signal, type Signal } from '@preact/signals';
// Direct modules, not the guide's index: the content script must not carry the ranking code.
import type { Site } from '../models/comment';
import { personalisationState, type PersonalisationState } from '../guide/personalisation';
import { findPlaceholders } from '../guide/template-syntax';
import { editorText } from '../platforms/composer-insert';
import { xCharactersOver } from '../platforms/x/post-length';
import { HOST_TAG } from './annotator';
import { SHADOW_MODE } from './shadow-mode';

const HINT_CSS = `
:host { all: initial; display: block; }
.hint { font: 12px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #8a4b00; background: #fff4e0;
  border: 1px solid #f5cf8e; border-radius: 6px; padding: 2px 8px; margin: 2px 0; }
.hint ul { display: inline; list-style: none; margin: 0; padding: 0; }
.hint li { display: inline; margin-left: 4px; font-weight: 600; unicode-bidi: isolate; }
`;

export interface ReplyGuard {
  /** The personalisation state of the watched box; null once the box is gone or the guard stopped. */
  state: Signal<PersonalisationState | null>;
  /**
   * How many characters (as the site counts them) the box holds beyond the site's limit for a reply;
   * 0 when it fits or the site has no limit worth checking (only X has one: 280, see post-length.ts).
   * Only a warning: the moderator may still shorten the text or send it (the site decides).
   */
  over: Signal<number>;
  stop(): void;
}

export interface GuardOptions {
  /** The site whose box is guarded (ObservedComment.site, the "x" of an "x:…" key). */
  site?: Site;
}

/** Characters over the site's limit for a reply; only X has one short enough to hit. */
export function charactersOver(site: Site | undefined, text: string): number {
  return site === 'x' ? xCharactersOver(text) : 0;
}

/**
 * Watches one reply box after a template went in: whether it is still the template word for word
 * (the badge warns), whether it is longer than the site takes (on X; the badge warns), and which
 * [[gaps]] are left (listed in a hint right after the box). Only the
 * editor's own root is observed; the guard ends itself when the site removes the box.
 */
export function guardReply(box: HTMLElement, filled: string, labels: { gaps: string }, options: GuardOptions = {}): ReplyGuard {
  const doc = box.ownerDocument;
  const state = signal<PersonalisationState | null>(null);
  const over = signal(0);
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('data-moderato', 'placeholder-hint');
  const root = host.attachShadow({ mode: SHADOW_MODE });
  const style = doc.createElement('style');
  style.textContent = HINT_CSS;
  const hint = doc.createElement('div');
  hint.className = 'hint';
  hint.setAttribute('role', 'status');
  root.append(style, hint);
  let shownGaps = '';

  const update = () => {
    if (!box.isConnected) return stop();
    const text = editorText(box);
    state.value = personalisationState(filled, text);
    over.value = charactersOver(options.site, text);
    const gaps = [...new Set(findPlaceholders(text).map((p) => text.slice(p.start, p.end)))];
    const key = gaps.join('\u0000');
    if (key === shownGaps) return;
    shownGaps = key;
    if (gaps.length === 0) {
      host.remove();
      return;
    }
    const list = doc.createElement('ul');
    for (const g of gaps) {
      const li = doc.createElement('li');
      li.textContent = g;
      list.append(li);
    }
    hint.replaceChildren(doc.createTextNode(labels.gaps), list);
    if (!host.isConnected) box.insertAdjacentElement('afterend', host);
  };

  const observer = new MutationObserver(update);
  observer.observe(box, { childList: true, subtree: true, characterData: true });
  box.addEventListener('input', update);
  // The observer cannot see the box itself being removed (a sent reply, a closed dialog).
  const alive = setInterval(() => { if (!box.isConnected) stop(); }, 1000);
  let stopped = false;
  function stop(): void {
    if (stopped) return;
    stopped = true;
    observer.disconnect();
    box.removeEventListener('input', update);
    clearInterval(alive);
    host.remove();
    state.value = null;
    over.value = 0;
  }
  update();
  return { state, over, stop };
}
