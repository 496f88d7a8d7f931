import { useState } from 'preact/hooks';
import { useStepFocus } from '../shared/step-focus';
import type { Signal } from '@preact/signals';
import { t, tCount } from '../../lib/i18n';
import type { Settings } from '../../lib/models/settings';
import type { FlagViewMessage, LadderView } from '../../lib/models/netiquette-messages';
import type { BadgeModel } from '../../lib/overlay/annotator';
import type { NetiquetteActions } from '../../lib/overlay/netiquette-check';
import { isolate } from '../../lib/bidi';
import { dateFormat } from '../../lib/time/format-date';
import { ladderFlag } from '../../lib/netiquette/ladder';

/**
 * Only badges with flags or a dispute render this, so its styles travel with it instead of
 * growing the sheet every badge adopts.
 */
const CSS = `
.netiquette { flex-basis: 100%; display: grid; gap: 4px; max-width: 40em; padding: 6px 8px; border: 1px solid #f4b4b0; border-radius: 8px; background: #fff8f7; color: #1d2733; }
.netiquette ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 4px; }
.flag { display: flex; flex-wrap: wrap; gap: 2px 6px; align-items: baseline; }
.flag .rule { font-weight: 700; }
.flag .rule.high { color: #a3160f; } .flag .rule.medium { color: #8a4b00; } .flag .rule.low { color: #3b4a5c; }
.flag .confidence { color: #6b7785; font-size: 11px; }
.flag .reason { flex-basis: 100%; unicode-bidi: isolate; overflow-wrap: anywhere; }
.flag .words { min-width: 0; max-width: 100%; overflow-wrap: anywhere; }
.netiquette button { font: inherit; color: #1c4f9c; background: none; border: 1px solid #d3dae3; padding: 0 6px; border-radius: 6px; cursor: pointer; }
.netiquette button:hover, .netiquette button:focus-visible { background: #e8eef8; outline: none; }
.confirm { display: flex; flex-wrap: wrap; gap: 4px 8px; align-items: center; flex-basis: 100%; }
.ladder, .dispute { border-top: 1px solid #f4d4d0; padding-top: 4px; display: grid; gap: 3px; }
.ladder .step { font-weight: 700; }
.ladder-text, .dispute-reply { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; unicode-bidi: isolate; background: #fff; border: 1px solid #eee; border-radius: 6px; padding: 4px 6px; }
.meta { color: #6b7785; font-size: 11px; }
.error { color: #a3160f; margin: 0; }
/* Dark by the site's own theme, not the system's (see lib/overlay/page-shade.ts). */
:host([data-dark]) .netiquette { background: #2b1d1c; border-color: #6b2a25; color: #e8edf3; }
:host([data-dark]) .ladder-text, :host([data-dark]) .dispute-reply { background: #1f242b; border-color: #3b4a5c; }
:host([data-dark]) .netiquette button { color: #9cc0ff; border-color: #3b4a5c; }
:host([data-dark]) .netiquette button:hover, :host([data-dark]) .netiquette button:focus-visible { background: #9cc0ff26; }
:host([data-dark]) .flag .rule.high, :host([data-dark]) .error { color: #ff8a80; }
:host([data-dark]) .flag .rule.medium { color: #f2b15a; }
:host([data-dark]) .flag .rule.low { color: #cfd6df; }
:host([data-dark]) .flag .confidence, :host([data-dark]) .meta { color: #9aa5b1; }
`;

const SEVERITY_KEY = { low: 'severityLow', medium: 'severityMedium', high: 'severityHigh' } as const;

// Keys typed or clicked in the badge must not reach the site's own handlers.
const keepKeys = (e: Event) => e.stopPropagation();

function FlagRow({ flag, model, actions, agent, locale }: { flag: FlagViewMessage; model: BadgeModel; actions?: NetiquetteActions; agent: string; locale: string }) {
  const [confirming, setConfirming] = useState(false);
  const focus = useStepFocus(confirming);
  const confirm = (on: boolean) => {
    focus.pressed();
    setConfirming(on);
  };
  const [companyWide, setCompanyWide] = useState(false);
  const [failed, setFailed] = useState(false);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(flag.confidence);
  const dismiss = async () => {
    if (!actions) return;
    const ok = await actions.dismiss(model, flag, companyWide, agent);
    setFailed(!ok);
    if (ok) setConfirming(false);
  };
  return (
    <li class="flag" data-rule={flag.rule} data-start={flag.start} data-end={flag.end}>
      <span class={`rule ${flag.severity}`}>{flag.ruleName}</span>
      {/* The rule's colour shows the severity only to those who can tell the colours apart. */}
      <span class="meta severity">{t('flagSeverity', t(SEVERITY_KEY[flag.severity]))}</span>
      <bdi class="words">{flag.words}</bdi>
      <span class="confidence" title={t('flagConfidence')}>{t('flagConfidenceValue', percent)}</span>
      {actions && !confirming && <button type="button" class="dismiss" ref={focus.opener} onClick={() => confirm(true)}>{t('flagDismiss')}</button>}
      <span class="reason">{flag.reason}</span>
      {confirming && (
        <span class="confirm">
          <label><input type="checkbox" name="company-wide" checked={companyWide} onChange={(e) => setCompanyWide(e.currentTarget.checked)} /> {t('flagDismissTerm')}</label>
          <button type="button" class="confirm-dismiss" ref={focus.confirm} onClick={() => void dismiss()}>{t('flagDismissConfirm')}</button>
          <button type="button" class="cancel-dismiss" onClick={() => confirm(false)}>{t('cancel')}</button>
        </span>
      )}
      {failed && <p class="error" role="alert">{t('netiquetteFailed')}</p>}
    </li>
  );
}

function LadderStep({ ladder, model, actions, agent, locale, rule }: { ladder: LadderView; model: BadgeModel; actions?: NetiquetteActions; agent: string; locale: string; rule: FlagViewMessage['rule'] | undefined }) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const date = dateFormat(locale, { dateStyle: 'medium' });
  // Taken on this comment: the label says what was done, and there is nothing left to record here.
  const taken = ladder.taken === true;
  const done = async () => {
    if (!actions || busy) return;
    setBusy(true);
    const ok = await actions.recordStrike(model, ladder, rule, agent);
    setBusy(false);
    setFailed(!ok);
  };
  return (
    <div class="ladder" data-step={ladder.step} data-taken={taken ? 'true' : undefined}>
      {taken ? <span class="step">{ladder.label}</span> : <span><span class="step-heading">{t('ladderNext')}</span> <span class="step">{ladder.label}</span></span>}
      {ladder.strikes > 0 && (
        <span class="meta strikes">{tCount('ladderHistory', ladder.strikes, [String(ladder.strikes), ladder.stepsDownAt === null ? '' : date.format(ladder.stepsDownAt)])}</span>
      )}
      {ladder.text && <p class="ladder-text">{ladder.text}</p>}
      {actions && !taken && <button type="button" class="step-done" disabled={busy} onClick={() => void done()}>{t('ladderStepDone')}</button>}
      {failed && <p class="error" role="alert">{t('netiquetteFailed')}</p>}
    </div>
  );
}

/** Netiquette flags on one comment, the proposed next step for its author, and a dispute note. */
export function NetiquetteFlags({ model, settings, actions, locale }: { model: BadgeModel; settings: Signal<Settings>; actions?: NetiquetteActions; locale: string }) {
  const result = model.flags.value;
  const dispute = model.dispute.value;
  if (!result && !dispute) return null;
  const agent = settings.value.agentName;
  return (
    <section class="netiquette" aria-label={t('netiquetteHeading')} onKeyDown={keepKeys} onKeyUp={keepKeys} onKeyPress={keepKeys}>
      <style>{CSS}</style>
      {result && (
        <ul class="flags">
          {result.flags.map((f) => <FlagRow key={`${f.rule}:${f.start}:${f.end}`} flag={f} model={model} actions={actions} agent={agent} locale={locale} />)}
        </ul>
      )}
      {result?.ladder && <LadderStep ladder={result.ladder} model={model} actions={actions} agent={agent} locale={locale} rule={ladderFlag(result.flags)?.rule ?? result.flags[0]?.rule} />}
      {dispute && (
        <div class="dispute" role="note">
          <span class="dispute-heading">{t('disputeNote', [isolate(dispute.names[0]), isolate(dispute.names[1]), String(dispute.turns)])}</span>
          <span class="meta">{t('disputeSuggestion')}</span>
          <p class="dispute-reply">{dispute.suggestion}</p>
        </div>
      )}
    </section>
  );
}
