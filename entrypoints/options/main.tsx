import { render } from 'preact';
import { browser } from 'wxt/browser';
import { SettingsForm } from '../../components/options/SettingsForm';
import { NetiquetteSettingsForm } from '../../components/options/netiquette/NetiquetteSettingsForm';
import { GuideEditor } from '../../components/options/guide/GuideEditor';
import { TeamSharing } from '../../components/options/team/TeamSharing';
import { t, uiLocale } from '../../lib/i18n';
import { config } from 'zod/mini';
import { de, en } from 'zod/locales';
import '../../components/shared/palette.css';
import '../../components/options/options.css';

// NOTICE.md is copied in by a build hook, so WXT's list of public paths does not know it.
const extensionFile = (path: string): string => (browser.runtime.getURL as (p: string) => string)(path);

// zod's reasons in the interface language (zod/mini ships none by default), for what still shows them (the
// problems found in stored netiquette settings); the forms word their own (components/options/field-issue.ts).
config(uiLocale().startsWith('de') ? de() : en());

document.documentElement.lang = uiLocale();
document.title = t('optionsTitle');
render(
  <main>
    <h1>{t('optionsTitle')}</h1>
    <p>
      <a class="stats-link" href={browser.runtime.getURL('/stats.html')} target="_blank" rel="noreferrer">{t('statsOpen')}</a>
      {' · '}
      <a class="notice-link" href={extensionFile('/NOTICE.md')} target="_blank" rel="noreferrer">{t('noticeLink')}</a>
    </p>
    <SettingsForm />
    <NetiquetteSettingsForm />
    <GuideEditor />
    <TeamSharing />
  </main>,
  document.getElementById('app')!,
);
