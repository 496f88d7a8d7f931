import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { signal } from '@preact/signals';
import { templates as messageTemplates } from '../a11y/messages';
import { BadgeActionsRow, type BadgeActions } from '../../../components/badge/BadgeActions';
import { CommentBadge } from '../../../components/badge/CommentBadge';
import { useMessageTemplates } from '../../../lib/i18n';
import { defaultSettings } from '../../../lib/models/settings';
import type { BadgeModel } from '../../../lib/overlay/annotator';
import type { NewNote, Note } from '../../../lib/notes/note-model';
import { notesForComment } from '../../../lib/notes/note-search';
import { MINUTE } from '../../../lib/time/units';
import { askToErase, badgeModel, NOW, observed, record, settle } from './badge-fixtures';


/** Badges live in a shadow root, as on the page. */
function mount(actions: BadgeActions, m: BadgeModel = badgeModel()) {
  const host = document.body.appendChild(document.createElement('moderato-badge'));
  const root = host.attachShadow({ mode: 'open' });
  const settings = signal({ ...defaultSettings(), agentName: 'Mara' });
  render(<BadgeActionsRow model={m} settings={settings} actions={actions} waiting locale="en" />, root);
  return { root, m };
}

function mountBadge(m: BadgeModel) {
  const host = document.body.appendChild(document.createElement('moderato-badge'));
  const root = host.attachShadow({ mode: 'open' });
  render(<CommentBadge model={m} now={signal(NOW)} mountedAt={NOW} settings={signal(defaultSettings())} locale="en" actions={base} />, root);
  return root;
}

const base: BadgeActions = { claim: async () => null, saveNote: async () => null, eraseAuthor: async () => false };
let n = 0;
const stored = (note: NewNote): Note => ({ ...note, text: note.text.trim(), id: `n${++n}`, at: NOW + n });

function typeNote(root: ShadowRoot, text: string) {
  const area = root.querySelector<HTMLTextAreaElement>('textarea')!;
  area.value = text;
  area.dispatchEvent(new Event('input', { bubbles: true }));
}

async function openNotes(root: ShadowRoot) {
  root.querySelector<HTMLButtonElement>('.notes-toggle')!.click();
  await settle();
}

afterEach(() => {
  useMessageTemplates({});
  document.body.replaceChildren();
});

describe('badge notes', () => {
  it('stores a note once however often Save is clicked while it is being stored', async () => {
    useMessageTemplates(messageTemplates('en'));
    const saved: NewNote[] = [];
    // The background takes a moment (service worker waking up).
    const saveNote = (note: NewNote) => new Promise<Note>((resolve) => setTimeout(() => {
      saved.push(note);
      resolve(stored(note));
    }, 30));
    const { root, m } = mount({ ...base, saveNote });
    await openNotes(root);
    typeNote(root, 'Fall 4711');
    await settle();
    const save = root.querySelector<HTMLButtonElement>('.save-note')!;
    save.click();
    save.click();
    await settle();
    expect(save.disabled).toBe(true);
    await new Promise((r) => setTimeout(r, 60));
    await settle();
    expect(saved).toHaveLength(1);
    expect(m.notes.value).toHaveLength(1);
    expect(save.disabled).toBe(false);
  });

  it('can save again after storing failed', async () => {
    useMessageTemplates(messageTemplates('en'));
    let fail = true;
    const saveNote = async (note: NewNote) => {
      if (fail) throw new Error('extension reloading');
      return stored(note);
    };
    const { root, m } = mount({ ...base, saveNote });
    await openNotes(root);
    typeNote(root, 'Fall 4711');
    await settle();
    root.querySelector<HTMLButtonElement>('.save-note')!.click();
    await settle();
    expect(root.querySelector('.error[role="alert"]')).not.toBeNull();
    fail = false;
    root.querySelector<HTMLButtonElement>('.save-note')!.click();
    await settle();
    expect(m.notes.value).toHaveLength(1);
  });

  it("a note about the author reaches the same author's other badges on the page", async () => {
    useMessageTemplates(messageTemplates('en'));
    const all: Note[] = [];
    const models: BadgeModel[] = [];
    // What the annotator's refresh does: every badge gets its comment's notes and those about its author.
    const refreshNotes = () => {
      for (const model of models) model.notes.value = notesForComment(all, `facebook:${model.observed.peek().id}`, model.authorKey);
    };
    const saveNote = async (note: NewNote) => {
      const s = stored(note);
      all.push(s);
      return s;
    };
    const actions = { ...base, saveNote, refreshNotes };
    const first = mount(actions, badgeModel());
    const second = mount(actions, badgeModel({ observed: signal(observed({ id: 'c2' })), record: signal(record({ key: 'facebook:c2' })) }));
    models.push(first.m, second.m);
    await openNotes(first.root);
    typeNote(first.root, 'hatte im März ein Lieferproblem, Fall 4711');
    const about = first.root.querySelector<HTMLInputElement>('input[name="about-author"]')!;
    about.checked = true;
    about.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    first.root.querySelector<HTMLButtonElement>('.save-note')!.click();
    await settle();
    expect(first.m.notes.value).toHaveLength(1);
    expect(second.root.querySelector('.notes-toggle .count')?.textContent).toBe('1');
  });

  it('does not re-read the page for a note on the comment alone', async () => {
    useMessageTemplates(messageTemplates('en'));
    let refreshed = 0;
    const { root } = mount({ ...base, saveNote: async (note) => stored(note), refreshNotes: () => void refreshed++ });
    await openNotes(root);
    typeNote(root, 'Fall 4711');
    await settle();
    root.querySelector<HTMLButtonElement>('.save-note')!.click();
    await settle();
    expect(refreshed).toBe(0);
  });
});

describe('erasing an author', () => {
  it('moves focus to the "erased" message, not to the host page', async () => {
    useMessageTemplates(messageTemplates('en'));
    const { root } = mount({ ...base, eraseAuthor: async () => true });
    const confirm = await askToErase(root);
    expect(root.activeElement).toBe(confirm);
    confirm.click();
    await settle();
    const done = root.querySelector<HTMLElement>('.erased')!;
    expect(done).not.toBeNull();
    expect(done.tabIndex).toBe(-1);
    expect(root.activeElement).toBe(done);
  });
});

describe('claims', () => {
  it('are not shown (nor Release offered) once the comment is answered', async () => {
    useMessageTemplates(messageTemplates('en'));
    const m = badgeModel({
      observed: signal(observed({ answered: true, answeredAt: NOW - MINUTE })),
      record: signal(record({ answeredAt: NOW - MINUTE, claimedBy: 'Mara' })),
    });
    const root = mountBadge(m);
    await settle();
    expect(root.textContent).toContain('answered');
    expect(root.querySelector('.claimed')).toBeNull();
    expect(root.querySelector('.claim')).toBeNull();
    // Stored data is not touched.
    expect(m.record.value?.claimedBy).toBe('Mara');
  });

  it('are not shown once the comment is ticked as handled', async () => {
    useMessageTemplates(messageTemplates('en'));
    const root = mountBadge(badgeModel({ record: signal(record({ handledAt: NOW - MINUTE, claimedBy: 'Mara' })) }));
    await settle();
    expect(root.querySelector('.claimed')).toBeNull();
    expect(root.querySelector('.claim')).toBeNull();
  });

  it('are shown with Release while the comment waits', async () => {
    useMessageTemplates(messageTemplates('en'));
    const root = mountBadge(badgeModel({ record: signal(record({ claimedBy: 'Mara' })) }));
    await settle();
    expect(root.querySelector('.claimed')?.textContent).toContain('Mara');
    expect(root.querySelector('.claim')?.textContent).toBe('Release');
  });
});

describe('names in the notes panel', () => {
  it('an author name carrying its own isolate pop (U+2069) cannot let an override reverse the rest of the sentence', async () => {
    useMessageTemplates(messageTemplates('en'));
    const m = badgeModel({ observed: signal(observed({ author: { name: 'Eve\u2069\u202E', url: null } })) });
    const { root } = mount(base, m);
    await openNotes(root);
    const label = root.querySelector('label.about')!.textContent!;
    let depth = 0;
    let leaked = false;
    for (const ch of label) {
      if (ch === '\u2066' || ch === '\u2067' || ch === '\u2068') depth++;
      else if (ch === '\u2069') depth = Math.max(0, depth - 1);
      else if (/[\u202A-\u202E]/.test(ch) && depth === 0) leaked = true;
    }
    expect(leaked).toBe(false);
  });
});
