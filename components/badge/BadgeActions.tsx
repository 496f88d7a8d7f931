import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { useStepFocus } from '../shared/step-focus';
import type { Signal } from '@preact/signals';
import { t } from '../../lib/i18n';
import type { Settings } from '../../lib/models/settings';
import type { ObservedComment, RecordState } from '../../lib/models/comment';
import type { NewNote, Note } from '../../lib/notes/note-model';
import type { BadgeModel } from '../../lib/overlay/annotator';
import type { NetiquetteActions } from '../../lib/overlay/netiquette-check';
import { isolate } from '../../lib/bidi';
import { dateFormat } from '../../lib/time/format-date';
import { excerpt } from '../../lib/excerpt';

/** What a badge can ask of storage; injected so the views stay free of messaging. */
export interface BadgeActions {
  claim(comment: ObservedComment, agent: string | null): Promise<RecordState | null>;
  saveNote(note: NewNote): Promise<Note | null>;
  eraseAuthor(site: ObservedComment['site'], author: ObservedComment['author']): Promise<boolean>;
  /** Re-reads the notes of every badge on the page: a note about an author belongs on all their comments. */
  refreshNotes?(): void;
  /** Dismissing flags and recording ladder steps (absent where netiquette is not wired). */
  netiquette?: NetiquetteActions;
}

const EXCERPT = 80;
const short = (text: string) => excerpt(text, EXCERPT);

// Keys typed into the note field must not reach the site's own keyboard shortcuts.
const keepKeys = (e: Event) => e.stopPropagation();

/** "I'm on it" and the team notes, next to the waiting time. */
export function BadgeActionsRow({ model, settings, actions, waiting, locale }: {
  model: BadgeModel;
  settings: Signal<Settings>;
  actions: BadgeActions;
  waiting: boolean;
  locale: string;
}) {
  const [open, setOpen] = useState(false);
  const [claimFailed, setClaimFailed] = useState(false);
  const observed = model.observed.value;
  const record = model.record.value;
  const notes = model.notes.value;
  // A claim says someone is answering: once the comment is answered or ticked, there is nothing left to
  // claim or release. The stored claim stays (as history); only the badge stops showing it.
  const claimedBy = waiting ? record?.claimedBy ?? null : null;
  const agent = settings.value.agentName || t('agentUnknown');
  const latest = notes[0];

  // null means the background could not store it (extension reloading, comment not stored yet):
  // without a word the moderator would believe a colleague sees the claim.
  const toggleClaim = async () => {
    const next = await actions.claim(observed, claimedBy ? null : agent).catch(() => null);
    setClaimFailed(next === null);
    if (next) model.record.value = next;
  };

  return (
    <>
      <span class="actions">
        {claimedBy && <span class="claimed">{t('claimedBy', isolate(claimedBy))}</span>}
        {waiting && (
          <button type="button" class="claim" onClick={() => void toggleClaim()}>{claimedBy ? t('releaseClaim') : t('claim')}</button>
        )}
        <button type="button" class="notes-toggle" aria-expanded={open} onClick={() => setOpen(!open)} title={latest ? latest.text : t('notesButton')}>
          {t('notesButton')}{notes.length > 0 && <span class="count">{notes.length}</span>}
        </button>
        {latest && !open && <bdi class="note-latest">{short(latest.text)}</bdi>}
        {claimFailed && <span class="error" role="alert">{t('claimFailed')}</span>}
      </span>
      {open && <NotesPanel model={model} agent={agent} actions={actions} locale={locale} />}
    </>
  );
}

function NotesPanel({ model, agent, actions, locale }: { model: BadgeModel; agent: string; actions: BadgeActions; locale: string }) {
  const [text, setText] = useState('');
  const [aboutAuthor, setAboutAuthor] = useState(false);
  const [failed, setFailed] = useState(false);
  // A second click on Save while the background is still storing (a service worker waking up takes a
  // moment) would store the note twice; the ref holds before the disabled button is rendered.
  const [saving, setSaving] = useState(false);
  const busy = useRef(false);
  const observed = model.observed.value;
  const when = dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });

  const save = async (e: Event) => {
    e.preventDefault();
    if (!text.trim() || busy.current) return;
    busy.current = true;
    setSaving(true);
    const authorKey = aboutAuthor ? model.authorKey : null;
    const note = await actions.saveNote({
      site: observed.site,
      commentKey: `${observed.site}:${observed.id}`,
      authorKey,
      // Whose comment it is, about them or not: their erasure finds the note after the comment is pruned.
      commentAuthorKey: model.authorKey,
      authorName: observed.author.name,
      pageName: observed.pageName,
      text,
      agent,
    }).catch(() => null);
    busy.current = false;
    setSaving(false);
    setFailed(note === null);
    if (note) {
      model.notes.value = [note, ...model.notes.peek()];
      setText('');
      // Each note says for itself whether it is about the person.
      setAboutAuthor(false);
      if (authorKey) actions.refreshNotes?.();
    }
  };

  return (
    <form class="notes" onSubmit={(e) => void save(e)} onKeyDown={keepKeys} onKeyUp={keepKeys} onKeyPress={keepKeys} onInput={keepKeys}>
      <ul>
        {model.notes.value.map((n) => (
          <li key={n.id} class="note">
            <bdi class="text">{n.text}</bdi>
            <span class="meta">{t('noteMeta', [n.agent ? isolate(n.agent) : t('agentUnknown'), when.format(n.at)])}{n.authorKey && ` · ${t('noteAboutAuthorTag')}`}</span>
          </li>
        ))}
      </ul>
      <textarea name="note" rows={2} maxLength={4000} placeholder={t('notePlaceholder')} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      <label class="about"><input type="checkbox" name="about-author" checked={aboutAuthor} onChange={(e) => setAboutAuthor(e.currentTarget.checked)} /> {t('noteAboutAuthor', isolate(observed.author.name))}</label>
      <button type="submit" class="save-note" disabled={saving}>{t('saveNote')}</button>
      {failed && <p class="error" role="alert">{t('noteFailed')}</p>}
      <EraseAuthor model={model} actions={actions} />
    </form>
  );
}

/** Data-protection request: everything stored about this person goes, after one confirmation. */
function EraseAuthor({ model, actions }: { model: BadgeModel; actions: BadgeActions }) {
  const [step, setStep] = useState<'idle' | 'confirm' | 'done' | 'failed'>('idle');
  const observed = model.observed.value;
  const focus = useStepFocus(step === 'confirm');
  const questionId = useId();
  // Confirm is gone once erased: without a target, focus would fall to the host page's body.
  const done = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (step === 'done') done.current?.focus();
  }, [step]);
  const go = (next: typeof step) => {
    focus.pressed();
    setStep(next);
  };
  const erase = async () => {
    const ok = await actions.eraseAuthor(observed.site, observed.author);
    go(ok ? 'done' : 'failed');
    if (ok) {
      model.notes.value = [];
      model.record.value = null;
    }
  };
  if (step === 'done') return <p class="erased" role="status" tabIndex={-1} ref={done}>{t('eraseDone', isolate(observed.author.name))}</p>;
  return (
    <p class="erase">
      {/* Offered again after a failure, so the request can be retried. */}
      {(step === 'idle' || step === 'failed') && (
        <button type="button" class="erase-author" ref={focus.opener} onClick={() => go('confirm')}>{t('eraseAuthor', isolate(observed.author.name))}</button>
      )}
      {step === 'confirm' && (
        <span role="alertdialog" aria-labelledby={questionId}>
          <span id={questionId}>{t('eraseConfirmQuestion', isolate(observed.author.name))}</span>{' '}
          <button type="button" class="erase-confirm" ref={focus.confirm} onClick={() => void erase()}>{t('eraseConfirm')}</button>{' '}
          <button type="button" class="erase-cancel" onClick={() => go('idle')}>{t('cancel')}</button>
        </span>
      )}
      {step === 'failed' && <span class="error" role="alert">{t('eraseFailed')}</span>}
    </p>
  );
}
