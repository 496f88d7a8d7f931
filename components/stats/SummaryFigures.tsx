import type { ComponentChildren } from 'preact';
import { t, tCount } from '../../lib/i18n';
import type { ResponseSummary } from '../../lib/stats/response-summary';
import { formatCount, formatMinutes, formatShare } from './format';

function Figure({ name, value, label, children, hint }: { name: string; value: number | null; label: string; children: ComponentChildren; hint?: string }) {
  // data-value carries the unrounded number, so a test (or a curious user's devtools) can check it exactly.
  return (
    <div class="figure" data-figure={name} data-value={value === null ? '' : String(value)}>
      <dt>{label}</dt>
      <dd>
        <span class="value">{children}</span>
        {hint && <span class="hint">{hint}</span>}
      </dd>
    </div>
  );
}

export function SummaryFigures({ total, locale }: { total: ResponseSummary; locale: string }) {
  const decided = total.withinTarget + total.missed;
  return (
    <dl class="figures">
      <Figure name="answered" value={total.answered} label={t('statsFigureAnswered')}>
        {t('statsOutOf', [formatCount(total.answered, locale), formatCount(total.received, locale)])}
      </Figure>
      <Figure name="median" value={total.medianMinutes} label={t('statsFigureMedian')}>
        {formatMinutes(total.medianMinutes, locale)}
      </Figure>
      <Figure name="p90" value={total.p90Minutes} label={t('statsFigureP90')} hint={t('statsFigureP90Hint')}>
        {formatMinutes(total.p90Minutes, locale)}
      </Figure>
      <Figure
        name="within"
        value={total.withinTargetShare}
        label={t('statsFigureWithin')}
        hint={tCount('statsFigureWithinHint', decided, [formatCount(total.withinTarget, locale), formatCount(decided, locale)])}
      >
        {formatShare(total.withinTargetShare, locale)}
      </Figure>
      <Figure
        name="overdue"
        value={total.missedUnanswered}
        label={t('statsFigureOverdue')}
        hint={total.pending > 0 ? t('statsFigurePendingHint', formatCount(total.pending, locale)) : undefined}
      >
        {formatCount(total.missedUnanswered, locale)}
      </Figure>
    </dl>
  );
}
