import { render } from 'preact';
import { SettingsForm } from '../../components/options/SettingsForm';
import { t, uiLocale } from '../../lib/i18n';
import { config } from 'zod/mini';
import { de, en } from 'zod/locales';
import '../../components/options/options.css';

// Validation messages in the interface language (zod/mini ships none by default).
config(uiLocale().startsWith('de') ? de() : en());

document.documentElement.lang = uiLocale();
document.title = t('optionsTitle');
render(
  <main>
    <h1>{t('optionsTitle')}</h1>
    <SettingsForm />
  </main>,
  document.getElementById('app')!,
);
