import { useSignal } from '@preact/signals';
import { database } from '../../lib/db/database';
import { deleteStrike, loadNetiquetteSettings, strikeHistory, type StrikeHistoryEntry } from '../../lib/db/netiquette-store';
import { notifyTabs } from '../../lib/messaging/notify-tabs';
import { t, tCount } from '../../lib/i18n';
import { ladderStepLabel } from '../../lib/netiquette/ladder';
import { useLiveQuery } from '../shared/live-query';
import { ConfirmRemove } from '../shared/ConfirmRemove';
import { isolate } from '../../lib/bidi';
import { dateFormat } from '../../lib/time/format-date';

/**
 * The response ladder's history: each author with the steps taken, when, and when they expire. A step
 * recorded by mistake can be taken back (after a second click): the ladder then proposes the step before
 * it again, on the open pages too, and the deletion travels with the team bundle.
 */
export function StrikeHistory({ locale }: { locale: string }) {
  const lang = locale.toLowerCase().startsWith('de') ? 'de' : 'en';
  // The open pages check their flagged comments again and propose the earlier step.
  const remove = (id: number) => deleteStrike(database(), id).then(() => void notifyTabs({ type: 'records-changed' }));
  const loadFailed = useSignal(false);
  const entries = useLiveQuery<StrikeHistoryEntry[] | null>(async () => {
    const db = database();
    const settings = await loadNetiquetteSettings(db);
    return strikeHistory(db, Date.now(), settings.strikeExpiryDays);
  }, null, true, loadFailed);
  if (entries.value === null) return loadFailed.value ? <p class="error" role="alert">{t('storageReadFailed')}</p> : null;
  const when = dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const day = dateFormat(locale, { dateStyle: 'medium' });
  return (
    <section class="strike-history">
      {entries.value.length === 0 && <p class="empty">{t('strikesNone')}</p>}
      <ol>
        {entries.value.map((e) => (
          <li key={`${e.site}:${e.page}:${e.authorKey}`} class="strike-author" data-author={e.authorKey}>
            <span class="meta"><bdi class="author">{e.authorName || e.authorKey}</bdi> · <bdi>{e.page}</bdi></span>
            <span class="strike-status">
              {e.active > 0 && e.stepsDownAt !== null ? tCount('strikesActive', e.active, [String(e.active), day.format(e.stepsDownAt)]) : t('strikesExpired')}
            </span>
            <ol class="steps">
              {e.strikes.map((s) => (
                <li key={s.id} class="strike" data-step={s.step}>
                  <span class="step">{ladderStepLabel(s.step, lang)}</span>
                  <span class="meta">{t('noteMeta', [s.agent ? isolate(s.agent) : t('agentUnknown'), when.format(s.at)])}</span>
                  <ConfirmRemove
                    cls="strike-remove" label={t('strikeRemove')} ariaLabel={t('strikeRemoveLabel', ladderStepLabel(s.step, lang))}
                    confirmLabel={t('strikeRemoveConfirm')} failedText={t('strikeRemoveFailed')} onConfirm={() => remove(s.id)}
                  />
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </section>
  );
}
