import { t } from '../../../lib/i18n';
import type { Lang, Rule, Severity } from '../../../lib/netiquette/rules';

const SEVERITY_KEY = { low: 'severityLow', medium: 'severityMedium', high: 'severityHigh' } as const;

/** One netiquette rule: on/off, its name and description, and how severe a breach is. */
export function RuleRow({ rule, lang, severities, onChange }: {
  rule: Rule;
  lang: Lang;
  severities: readonly Severity[];
  onChange(patch: Partial<Pick<Rule, 'enabled' | 'severity' | 'name' | 'description'>>): void;
}) {
  // Name and description are the company's own wording, edited in the interface language; the other
  // language's text stays as it is.
  return (
    <tr class="rule" data-rule={rule.id}>
      <td><input type="checkbox" name={`rule-${rule.id}-enabled`} aria-label={rule.name[lang]} checked={rule.enabled} onChange={(e) => onChange({ enabled: e.currentTarget.checked })} /></td>
      <td>
        <input name={`rule-${rule.id}-name`} aria-label={t('netiquetteRuleName')} value={rule.name[lang]} maxLength={300}
          onInput={(e) => onChange({ name: { ...rule.name, [lang]: e.currentTarget.value } })} />
        <textarea name={`rule-${rule.id}-description`} aria-label={t('netiquetteRuleDescription')} rows={2} maxLength={300} value={rule.description[lang]}
          onInput={(e) => onChange({ description: { ...rule.description, [lang]: e.currentTarget.value } })} />
      </td>
      <td>
        <select name={`rule-${rule.id}-severity`} aria-label={t('netiquetteRuleSeverity')} value={rule.severity} onChange={(e) => onChange({ severity: e.currentTarget.value as Severity })}>
          {severities.map((sev) => <option key={sev} value={sev}>{t(SEVERITY_KEY[sev])}</option>)}
        </select>
      </td>
    </tr>
  );
}
