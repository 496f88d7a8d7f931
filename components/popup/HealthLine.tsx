import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { Health } from '../../lib/models/messages';
import { recognisedText } from '../shared/format';
import { tabHealth } from './active-tab';
import { isolate } from '../../lib/bidi';

/** Whether the current tab's layout was recognised: a markup change shows here, never silently. */
export function HealthLine({ locale }: { locale: string }) {
  const health = useSignal<Health | null | undefined>(undefined);
  useEffect(() => {
    const load = () => void tabHealth().then((h) => (health.value = h));
    load();
    const timer = setInterval(load, 2000);
    return () => clearInterval(timer);
  }, []);
  const h = health.value;
  if (h === undefined) return <p class="health" />;
  if (h === null) return <p class="health inactive" data-health="inactive">{t('healthInactive')}</p>;
  if (!h.ownPage) return <p class="health inactive" data-health="not-own">{t('healthNotOwnPage')}</p>;
  if (h.layoutMissing) return <p class="health broken" role="alert" data-health="layout-missing">{t('healthLayoutMissing')}</p>;
  const site = h.site === 'facebook' ? t('siteFacebook') : t('siteX');
  return (
    <p class={`health ${h.unreadable ? 'partial' : 'ok'}`} data-health="ok">
      {site} · {isolate(h.ownPage)}: {recognisedText(h.recognised, locale)}
      {h.unreadable ? ` · ${t('healthUnreadable', String(h.unreadable))}` : ''}
    </p>
  );
}
