import { render } from 'preact';
import { StatsPage } from '../../components/stats/StatsPage';
import { t, uiLocale } from '../../lib/i18n';
import 'uplot/dist/uPlot.min.css';
import '../../components/shared/palette.css';
import '../../components/stats/stats.css';

// An unlisted page (stats.html), reached from the popup and the options page.
document.documentElement.lang = uiLocale();
document.title = `${t('statsTitle')} · Moderato`;
render(
  <StatsPage locale={uiLocale()} browserZone={Intl.DateTimeFormat().resolvedOptions().timeZone} />,
  document.getElementById('app')!,
);
