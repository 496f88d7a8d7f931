import { t } from '../../../lib/i18n';
import type { Lang, Rule, Severity } from '../../../lib/netiquette/rules';

const SEVERITY_KEY = { low: 'severityLow', medium: 'severityMedium', high: 'severityHigh' } as const;

/** One netiquette rule: on/off, its name and description, and how severe a breach is. */
export function RuleRow({ rule, lang, severities, onChange }: {
  rule: Rule;
  lang: Lang;
  severities: readonly Severity[];
  onChange(patch: { enabled?: boolean; severity?: Severity }): void;
}) {
  return (
    <tr class="rule" data-rule={rule.id}>
      <td><input type="checkbox" name={`rule-${rule.id}-enabled`} aria-label={rule.name[lang]} checked={rule.enabled} onChange={(e) => onChange({ enabled: e.currentTarget.checked })} /></td>
      <td><strong>{rule.name[lang]}</strong><br /><small class="hint">{rule.description[lang]}</small></td>
      <td>
        <select name={`rule-${rule.id}-severity`} aria-label={t('netiquetteRuleSeverity')} value={rule.severity} onChange={(e) => onChange({ severity: e.currentTarget.value as Severity })}>
          {severities.map((sev) => <option key={sev} value={sev}>{t(SEVERITY_KEY[sev])}</option>)}
        </select>
      </td>
    </tr>
  );
}
