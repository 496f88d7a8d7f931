import { useEffect, useRef, useState } from 'preact/hooks';
import { t, tCount } from '../../lib/i18n';
import { CANNED_WARNING } from '../../lib/guide/personalisation';
import type { Suggestion } from '../../lib/models/messages';
import type { BadgeModel } from '../../lib/overlay/annotator';
import { charactersOver, guardReply, type ReplyGuard } from '../../lib/overlay/reply-guard';
import { shortcutPresses } from '../../lib/overlay/suggest-shortcut';
import type { SuggestionSource } from '../../lib/overlay/suggestion-source';
import { comparable, editorText, insertReply, type InsertOutcome } from '../../lib/platforms/composer-insert';
import { COMPOSERS } from '../../lib/platforms/composers';

type Loaded = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; list: Suggestion[] };

/** Where the focus is: the page's active element, and the badge's own inside its shadow root. */
interface FocusSpot {
  page: Element | null;
  badge: Element | null;
}

function focusSpot(inBadge: Element | null): FocusSpot {
  const doc = inBadge?.ownerDocument ?? document;
  const root = inBadge?.getRootNode();
  const badge = root && root !== doc && 'activeElement' in root ? (root as ShadowRoot).activeElement : null;
  return { page: doc.activeElement, badge };
}

/** The last template this badge put into a box, and everything its guard compares that box with. */
interface LastInsert {
  box: HTMLElement;
  /** The box's text right after the insertion. */
  left: string;
  /** The templates inserted one after another into this box while nobody edited it. */
  templates: string;
  /** The box holds nothing but that template: no draft of the moderator's before it. */
  alone: boolean;
}

/** "Suggested replies": the three best templates for this comment, one click puts one into its reply box. */
export function Suggestions({ model, source, locale }: { model: BadgeModel; source: SuggestionSource; locale: string }) {
  const open = model.suggestionsOpen.value;
  const presses = shortcutPresses(model).value;
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [outcome, setOutcome] = useState<InsertOutcome['kind'] | null>(null);
  const [guard, setGuard] = useState<ReplyGuard | null>(null);
  const [inserting, setInserting] = useState(false);
  const busy = useRef(false);
  const last = useRef<LastInsert | null>(null);
  const focusWanted = useRef<FocusSpot | null>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const chips = useRef<HTMLDivElement>(null);
  const observed = model.observed.value;

  // The chips may take the focus only as the answer to the click or key that opened them: remembered
  // here, so that focus the user moved while the list was loading (into the reply box) stays there.
  useEffect(() => {
    focusWanted.current = open ? focusSpot(toggle.current) : null;
  }, [open, presses]);

  useEffect(() => {
    if (!open) return;
    let live = true;
    setLoaded({ kind: 'loading' });
    void source.forComment(observed).then((list) => {
      if (live) setLoaded(list ? { kind: 'ready', list: list.slice(0, 3) } : { kind: 'failed' });
    });
    return () => {
      live = false;
      // Reopened, the old list must not count as the new one's arrival.
      setLoaded({ kind: 'loading' });
    };
  }, [open, observed.text]);

  // The first chip takes the focus, so Enter inserts it (opened by the keyboard shortcut).
  useEffect(() => {
    if (!open || loaded.kind !== 'ready') return;
    const wanted = focusWanted.current;
    focusWanted.current = null;
    const now = focusSpot(toggle.current);
    if (wanted && wanted.page === now.page && wanted.badge === now.badge) chips.current?.querySelector('button')?.focus();
  }, [open, loaded.kind, presses]);

  useEffect(() => () => guard?.stop(), [guard]);

  const insert = async (s: Suggestion) => {
    // A double click, or Enter held on a chip while the site opens its box, would insert the template twice.
    if (busy.current) return;
    busy.current = true;
    setInserting(true);
    try {
      setOutcome(null);
      const prev = last.current;
      const untouched = prev !== null && prev.box.isConnected && comparable(editorText(prev.box)) === comparable(prev.left);
      // A second chip on a box that still holds only the first one's text, untouched, takes its place: the
      // moderator changed their mind, and two answers in one reply would have to be cut by hand.
      const replacing = untouched && prev.alone ? { box: prev.box, text: prev.left } : undefined;
      const result = await insertReply(COMPOSERS[observed.site], model.item, s.filled, replacing);
      setOutcome(result.kind);
      if (result.kind !== 'inserted') return;
      void source.used(s.templateId);
      const left = editorText(result.box);
      const alone = comparable(left) === comparable(s.filled);
      // After a draft, a second chip goes in below the first one's untouched text: the box is still the
      // draft and templates, so the guard compares it with all of them and keeps warning.
      const templates = untouched && !alone && prev.box === result.box ? `${prev.templates}\n\n${s.filled}` : s.filled;
      last.current = { box: result.box, left, templates, alone };
      guard?.stop();
      setGuard(guardReply(result.box, templates, { gaps: t('placeholdersLeft') }, { site: observed.site }));
    } finally {
      busy.current = false;
      setInserting(false);
    }
  };

  const canned = guard?.state.value === 'canned';
  // X greys out its Reply button beyond 280 weighted characters: said, never blocked (the moderator shortens).
  const over = guard?.over.value ?? 0;
  const lang = locale.toLowerCase().startsWith('de') ? 'de' : 'en';
  return (
    <>
      <button type="button" class="suggest-toggle" ref={toggle} aria-expanded={open} onClick={() => (model.suggestionsOpen.value = !open)}>
        {t('suggestToggle')}
      </button>
      {canned && <span class="canned" role="status">{CANNED_WARNING[lang]}</span>}
      {over > 0 && <span class="too-long" role="status">{tCount('replyOverXLimit', over, [String(over)])}</span>}
      {open && (
        <div class="suggestions" ref={chips} aria-busy={inserting} onKeyDown={(e) => e.stopPropagation()}>
          {loaded.kind === 'loading' && <span class="muted">{t('suggestLoading')}</span>}
          {loaded.kind === 'failed' && <span class="error" role="alert">{t('suggestFailed')}</span>}
          {loaded.kind === 'ready' && loaded.list.length === 0 && <span class="muted">{t('suggestNone')}</span>}
          {loaded.kind === 'ready' && loaded.list.map((s) => {
            // On X a template longer than a reply may be is marked before it goes in (the text says by how much).
            const tooLong = charactersOver(observed.site, s.filled);
            const warning = tooLong > 0 ? tCount('replyOverXLimit', tooLong, [String(tooLong)]) : null;
            return (
              // aria-disabled, not disabled: a disabled button drops the keyboard focus to the page.
              <button key={s.templateId} type="button" class={warning ? 'chip too-long-chip' : 'chip'} lang={s.lang} data-template={s.templateId}
                title={warning ? `${warning}\n\n${s.filled}` : s.filled}
                aria-disabled={inserting ? 'true' : undefined} onClick={() => void insert(s)}>
                {s.title}
              </button>
            );
          })}
          {outcome === 'no-reply-box' && <span class="error" role="alert">{t('insertNoReplyBox')}</span>}
          {outcome === 'refused' && <span class="error" role="alert">{t('insertRefused')}</span>}
        </div>
      )}
    </>
  );
}
