import { render } from 'preact';
import { SettingsForm } from '../../components/options/SettingsForm';
import { t, uiLocale } from '../../lib/i18n';
import '../../components/options/options.css';

document.documentElement.lang = uiLocale();
document.title = t('optionsTitle');
render(
  <main>
    <h1>{t('optionsTitle')}</h1>
    <SettingsForm />
  </main>,
  document.getElementById('app')!,
);
