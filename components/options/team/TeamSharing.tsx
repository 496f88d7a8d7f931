import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { database } from '../../../lib/db/database';
import { loadSettings } from '../../../lib/db/settings-store';
import { t, tCount, uiLocale, type MessageKey } from '../../../lib/i18n';
import { notifyTabs } from '../../../lib/messaging/notify-tabs';
import { BUNDLE_SECTIONS, type BundleSection, type TeamBundle } from '../../../lib/sync/bundle-schema';
import type { BundleError } from '../../../lib/sync/bundle-errors';
import { tooLargeError, tooLargeToRead } from '../../../lib/sync/parse-bundle';
import { liveQuery } from 'dexie';
import { NETIQUETTE_ROW } from '../../../lib/db/netiquette-store';
import { applyTeamBundle, LOCAL_IMPORT_OPTIONS, readLocalSections } from '../../../lib/sync/local-sections';
import { erasedAuthorKeys, withoutErasedAuthors } from '../../../lib/sync/erased-authors';
import { createTeamBundle, importTeamBundle, type ChangeCounts, type ImportPreview } from '../../../lib/sync/team-import';
import './team.css';
import { isolate } from '../../../lib/bidi';

type ImportState =
  | { kind: 'idle' }
  | { kind: 'refused'; file: string; errors: BundleError[]; moreErrors: number }
  | { kind: 'preview'; file: string; bundle: TeamBundle; preview: ImportPreview; leftOut: number }
  | { kind: 'applied'; written: number; preview: ImportPreview }
  // Which step failed, not the exception's text: that is a storage error or an English-only internal reason.
  | { kind: 'failed'; step: 'read' | 'apply' };

const SECTION_LABELS: Record<BundleSection, MessageKey> = {
  guideTopics: 'teamSectionGuide',
  netiquetteRules: 'teamSectionRules',
  notes: 'teamSectionNotes',
  strikes: 'teamSectionStrikes',
  sharedSettings: 'teamSectionSettings',
};

/** Every incoming record in one column; deletions and restorations apart from ordinary edits. */
const COLUMNS: [keyof ChangeCounts, MessageKey][] = [
  ['added', 'teamColAdded'],
  ['updated', 'teamColUpdated'],
  ['deleted', 'teamColDeleted'],
  ['restored', 'teamColRestored'],
  ['keptLocal', 'teamColKeptLocal'],
  ['unchanged', 'teamColUnchanged'],
  ['historyOnly', 'teamColHistoryOnly'],
  ['conflicts', 'teamColConflicts'],
];

/** Local calendar date, as people name files: moderato-team-2026-11-23.json. */
function fileDate(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

const lang = (): 'de' | 'en' => (uiLocale().toLowerCase().startsWith('de') ? 'de' : 'en');
const when = (ms: number) => new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(ms);

function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has its own copy once started; the URL is only needed for the click.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function SummaryTable({ preview }: { preview: ImportPreview }) {
  const nf = new Intl.NumberFormat(uiLocale());
  return (
    <table class="team-summary">
      <thead>
        <tr>
          <th scope="col">{t('teamColSection')}</th>
          {COLUMNS.map(([, key]) => <th scope="col" key={key}>{t(key)}</th>)}
        </tr>
      </thead>
      <tbody>
        {BUNDLE_SECTIONS.map((name) => (
          <tr key={name} data-section={name}>
            <th scope="row">{t(SECTION_LABELS[name])}</th>
            {COLUMNS.map(([field]) => (
              <td key={field} data-count={field} class={preview.sections[name].counts[field] ? 'nonzero' : ''}>
                {nf.format(preview.sections[name].counts[field])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Team sharing without a server: one JSON file out, the colleague's file in. The import shows what
 * would change and stores nothing until "Apply"; a file with any error changes nothing at all.
 */
export function TeamSharing() {
  const db = database();
  const agentName = useSignal('');
  const includeName = useSignal(false);
  const exported = useSignal<string | null>(null);
  const busy = useSignal(false);
  const state = useSignal<ImportState>({ kind: 'idle' });
  useEffect(() => void loadSettings(db).then((s) => (agentName.value = s.agentName.trim())), []);
  // Netiquette and general settings keep no edit time of their own: reading the team sections right
  // after each save (made on this page) dates the change when it happened, not at the next export.
  useEffect(() => {
    const sub = liveQuery(() => db.settings.bulkGet(['settings', NETIQUETTE_ROW])).subscribe({
      next: () => void readLocalSections(db).catch(() => undefined),
      error: () => undefined,
    });
    return () => sub.unsubscribe();
  }, []);

  const exportBundle = async () => {
    busy.value = true;
    try {
      const now = new Date();
      const sections = await readLocalSections(db, now.getTime());
      const bundle = createTeamBundle(sections, {
        exportedAt: now.getTime(),
        ...(includeName.value && agentName.value ? { exportedBy: agentName.value } : {}),
      });
      const name = `moderato-team-${fileDate(now)}.json`;
      download(JSON.stringify(bundle, null, 2), name);
      const count = BUNDLE_SECTIONS.reduce((n, s) => n + bundle.sections[s].length, 0);
      exported.value = tCount('teamExported', count, [new Intl.NumberFormat(uiLocale()).format(count), name]);
    } finally {
      busy.value = false;
    }
  };

  const pickFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again must read it again
    if (!file) return;
    // Reading a file of gigabytes as one string stalls or crashes the page; its size alone says no.
    if (tooLargeToRead(file.size)) {
      state.value = { kind: 'refused', file: file.name, errors: [tooLargeError()], moreErrors: 0 };
      return;
    }
    busy.value = true;
    try {
      const text = await file.text();
      const now = Date.now();
      const options = { ...LOCAL_IMPORT_OPTIONS, now };
      const local = await readLocalSections(db, now);
      const checked = importTeamBundle(local, text, options);
      if (!checked.ok) {
        state.value = { kind: 'refused', file: file.name, errors: checked.errors, moreErrors: checked.moreErrors ?? 0 };
        return;
      }
      // The preview must show what Apply will do, which leaves out authors erased here.
      const kept = withoutErasedAuthors(checked.bundle, await erasedAuthorKeys(db));
      const result = kept.left ? importTeamBundle(local, kept.bundle, options) : checked;
      state.value = result.ok
        ? { kind: 'preview', file: file.name, bundle: checked.bundle, preview: result.preview, leftOut: kept.left }
        : { kind: 'refused', file: file.name, errors: result.errors, moreErrors: result.moreErrors ?? 0 };
    } catch {
      // Reading the file or what is stored here failed: nothing was applied, so not "could not apply".
      state.value = { kind: 'failed', step: 'read' };
    } finally {
      busy.value = false;
    }
  };

  const apply = async () => {
    const s = state.value;
    if (s.kind !== 'preview') return;
    busy.value = true;
    try {
      const r = await applyTeamBundle(db, s.bundle);
      // Refused at Apply (what is stored changed since the preview): the reasons in the interface language, as at the preview.
      state.value = r.ok
        ? { kind: 'applied', written: r.written, preview: r.preview }
        : r.errors.length ? { kind: 'refused', file: s.file, errors: r.errors, moreErrors: 0 } : { kind: 'failed', step: 'apply' };
      if (r.ok) void notifyTabs({ type: 'settings-changed' });
    } finally {
      busy.value = false;
    }
  };

  const s = state.value;
  const l = lang();
  return (
    <section class="team-sharing" aria-labelledby="team-heading">
      <h2 id="team-heading">{t('teamHeading')}</h2>
      <p class="hint">{t('teamHint')}</p>

      <div class="team-export">
        {agentName.value && (
          <label class="checkbox">
            <input type="checkbox" name="team-include-name" checked={includeName.value} onChange={(e) => (includeName.value = e.currentTarget.checked)} />
            {t('teamIncludeName', isolate(agentName.value))}
          </label>
        )}
        <button type="button" class="team-export-button" disabled={busy.value} onClick={() => void exportBundle()}>{t('teamExport')}</button>
        {exported.value && <p class="status saved" role="status">{exported.value}</p>}
      </div>

      <div class="team-import">
        <label>{t('teamImport')}
          <input type="file" name="team-import" accept=".json,application/json" disabled={busy.value} onChange={(e) => void pickFile(e)} />
        </label>

        {s.kind === 'refused' && (
          <div class="team-refused status error" role="alert">
            <p>{t('teamRefused', isolate(s.file))}</p>
            <ul class="team-errors">
              {s.errors.map((err, i) => (
                <li key={i} data-path={err.path}>
                  {err.path ? <><code>{err.path}</code>{' '}</> : null}{err.reason[l]}
                </li>
              ))}
            </ul>
            {s.moreErrors > 0 && (
              <p class="team-more-errors">{tCount('teamMoreErrors', s.moreErrors, [new Intl.NumberFormat(uiLocale()).format(s.moreErrors)])}</p>
            )}
          </div>
        )}

        {s.kind === 'preview' && (
          <div class="team-preview">
            <p>{s.preview.exportedBy
              ? t('teamFrom', [isolate(s.preview.exportedBy), when(s.preview.exportedAt)])
              : t('teamFromUnnamed', when(s.preview.exportedAt))}</p>
            <SummaryTable preview={s.preview} />
            {s.leftOut > 0 && <p class="hint team-left-out">{tCount('teamErasedLeftOut', s.leftOut, [new Intl.NumberFormat(uiLocale()).format(s.leftOut)])}</p>}
            {s.preview.totals.counts.deleted + s.preview.totals.counts.restored > 0 && <p class="hint team-deletion-hint">{t('teamDeletionHint')}</p>}
            {s.preview.totals.summary.conflicts > 0 && <p class="hint">{t('teamConflictHint')}</p>}
            {s.preview.totals.counts.historyOnly > 0 && <p class="hint team-history-hint">{t('teamHistoryOnlyHint')}</p>}
            {s.preview.hasChanges ? (
              <p>
                <button type="button" class="team-apply" disabled={busy.value} onClick={() => void apply()}>{t('teamApply')}</button>{' '}
                <button type="button" class="team-cancel" disabled={busy.value} onClick={() => (state.value = { kind: 'idle' })}>{t('teamCancel')}</button>
              </p>
            ) : (
              <p class="status saved team-nothing" role="status">{t('teamNothingToChange')}</p>
            )}
          </div>
        )}

        {s.kind === 'applied' && (
          <div class="team-applied">
            <p class="status saved" role="status">{tCount('teamApplied', s.written, [new Intl.NumberFormat(uiLocale()).format(s.written)])}</p>
            <SummaryTable preview={s.preview} />
          </div>
        )}

        {s.kind === 'failed' && <p class="status error team-failed" role="alert">{t(s.step === 'read' ? 'teamReadFailed' : 'teamApplyFailed')}</p>}
      </div>
    </section>
  );
}
