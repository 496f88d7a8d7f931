import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { CANNED_WARNING } from '../../lib/guide/personalisation';
import type { Suggestion } from '../../lib/models/messages';
import type { BadgeModel } from '../../lib/overlay/annotator';
import { guardReply, type ReplyGuard } from '../../lib/overlay/reply-guard';
import type { SuggestionSource } from '../../lib/overlay/suggestion-source';
import { insertReply, type InsertOutcome } from '../../lib/platforms/composer-insert';
import { COMPOSERS } from '../../lib/platforms/composers';

type Loaded = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; list: Suggestion[] };

/** "Suggested replies": the three best templates for this comment, one click puts one into its reply box. */
export function Suggestions({ model, source, locale }: { model: BadgeModel; source: SuggestionSource; locale: string }) {
  const open = model.suggestionsOpen.value;
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [outcome, setOutcome] = useState<InsertOutcome['kind'] | null>(null);
  const [guard, setGuard] = useState<ReplyGuard | null>(null);
  const chips = useRef<HTMLDivElement>(null);
  const observed = model.observed.value;

  useEffect(() => {
    if (!open) return;
    let live = true;
    setLoaded({ kind: 'loading' });
    void source.forComment(observed).then((list) => {
      if (live) setLoaded(list ? { kind: 'ready', list: list.slice(0, 3) } : { kind: 'failed' });
    });
    return () => { live = false; };
  }, [open, observed.text]);

  // Opened by the keyboard shortcut: the first chip takes the focus, so Enter inserts it.
  useEffect(() => {
    if (open && loaded.kind === 'ready') chips.current?.querySelector('button')?.focus();
  }, [open, loaded.kind]);

  useEffect(() => () => guard?.stop(), [guard]);

  const insert = async (s: Suggestion) => {
    setOutcome(null);
    const result = await insertReply(COMPOSERS[observed.site], model.item, s.filled);
    setOutcome(result.kind);
    if (result.kind !== 'inserted') return;
    void source.used(s.templateId);
    guard?.stop();
    setGuard(guardReply(result.box, s.filled, { gaps: t('placeholdersLeft') }));
  };

  const canned = guard?.state.value === 'canned';
  const lang = locale.toLowerCase().startsWith('de') ? 'de' : 'en';
  return (
    <>
      <button type="button" class="suggest-toggle" aria-expanded={open} onClick={() => (model.suggestionsOpen.value = !open)}>
        {t('suggestToggle')}
      </button>
      {canned && <span class="canned" role="status">{CANNED_WARNING[lang]}</span>}
      {open && (
        <div class="suggestions" ref={chips} onKeyDown={(e) => e.stopPropagation()}>
          {loaded.kind === 'loading' && <span class="muted">{t('suggestLoading')}</span>}
          {loaded.kind === 'failed' && <span class="error" role="alert">{t('suggestFailed')}</span>}
          {loaded.kind === 'ready' && loaded.list.length === 0 && <span class="muted">{t('suggestNone')}</span>}
          {loaded.kind === 'ready' && loaded.list.map((s) => (
            <button key={s.templateId} type="button" class="chip" lang={s.lang} data-template={s.templateId} title={s.filled} onClick={() => void insert(s)}>
              {s.title}
            </button>
          ))}
          {outcome === 'no-reply-box' && <span class="error" role="alert">{t('insertNoReplyBox')}</span>}
          {outcome === 'refused' && <span class="error" role="alert">{t('insertRefused')}</span>}
        </div>
      )}
    </>
  );
}
