import { t, tCount } from '../../lib/i18n';
import { formatDuration } from '../../lib/time/format-duration';
import type { WaitState } from '../../lib/time/waiting';

export const STATE_LABEL: Record<WaitState, () => string> = {
  'on-time': () => t('stateOnTime'),
  'due-soon': () => t('stateDueSoon'),
  overdue: () => t('stateOverdue'),
};

export const waitingText = (ms: number, locale: string): string => t('badgeWaiting', formatDuration(ms, locale));

export function recognisedText(n: number, locale: string): string {
  return tCount('healthRecognised', n, [new Intl.NumberFormat(locale).format(n)]);
}
