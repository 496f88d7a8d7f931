import { t } from '../../lib/i18n';
import { formatDuration } from '../../lib/time/format-duration';
import type { WaitState } from '../../lib/time/waiting';

export const STATE_LABEL: Record<WaitState, () => string> = {
  'on-time': () => t('stateOnTime'),
  'due-soon': () => t('stateDueSoon'),
  overdue: () => t('stateOverdue'),
};

export const waitingText = (ms: number, locale: string): string => t('badgeWaiting', formatDuration(ms, locale));

/** Singular and plural from one count, with the locale's plural rules. */
export function recognisedText(n: number, locale: string): string {
  return new Intl.PluralRules(locale).select(n) === 'one' ? t('healthRecognisedOne') : t('healthRecognisedOther', new Intl.NumberFormat(locale).format(n));
}
