import { render } from 'preact';
import { Popup } from '../../components/popup/Popup';
import { uiLocale } from '../../lib/i18n';
import '../../components/popup/popup.css';

document.documentElement.lang = uiLocale();
render(<Popup locale={uiLocale()} />, document.getElementById('app')!);
