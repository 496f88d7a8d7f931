import type { TopicUsage } from '../../../lib/guide';
import { t, tCount, uiLocale } from '../../../lib/i18n';
import type { UiLang } from './guide-draft';

const SHOWN = 10;

/** Which topics come up most: uses of each topic's templates, with their share of all uses. */
export function TopicUsageList({ usage, lang }: { usage: TopicUsage[]; lang: UiLang }) {
  const used = usage.filter((u) => u.uses > 0).slice(0, SHOWN);
  const percent = new Intl.NumberFormat(uiLocale(), { style: 'percent', maximumFractionDigits: 0 });
  const number = new Intl.NumberFormat(uiLocale());
  return (
    <section class="topic-usage">
      <h3>{t('guideMostUsed')}</h3>
      {used.length === 0 ? (
        <p class="hint">{t('guideNothingUsed')}</p>
      ) : (
        <ol>
          {used.map((u) => (
            <li key={u.topicId} data-topic-id={u.topicId}>
              <span class="title">{u.title[lang] || u.title[lang === 'de' ? 'en' : 'de'] || u.topicId}</span>{' '}
              <span class="uses">{tCount('guideUsesShare', u.uses, [number.format(u.uses), percent.format(u.share)])}</span>
              <span class="bar" style={{ width: `${Math.round(u.share * 100)}%` }} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
