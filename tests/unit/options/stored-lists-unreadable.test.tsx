import { describe, expect, it, vi } from 'vitest';
import english from '../../../public/_locales/en/messages.json';
import { englishViews } from './english-views';

// Storage that cannot be read (a broken profile, a blocked IndexedDB): the views say so instead of staying empty.
const store = vi.hoisted(() => ({ loadStoredGuide: vi.fn(), allNotes: vi.fn() }));
vi.mock('../../../lib/db/guide-store', async (original) => {
  const real = await original<typeof import('../../../lib/db/guide-store')>();
  store.loadStoredGuide.mockImplementation(real.loadStoredGuide);
  return { ...real, loadStoredGuide: store.loadStoredGuide };
});
vi.mock('../../../lib/db/notes-store', async (original) => {
  const real = await original<typeof import('../../../lib/db/notes-store')>();
  store.allNotes.mockImplementation(real.allNotes);
  return { ...real, allNotes: store.allNotes };
});

const { GuideEditor } = await import('../../../components/options/guide/GuideEditor');
const { NotesList } = await import('../../../components/popup/NotesList');

const mount = englishViews();

describe('a stored list that cannot be read', () => {
  it('the guide editor says so', async () => {
    store.loadStoredGuide.mockRejectedValueOnce(new Error('UnknownError'));
    const app = mount(<GuideEditor />);
    await vi.waitFor(() => expect(app.querySelector('[role="alert"]')?.textContent).toBe(english.storageReadFailed.message));
  });

  it('the popup’s notes list says so', async () => {
    store.allNotes.mockRejectedValueOnce(new Error('UnknownError'));
    const app = mount(<NotesList locale="en" />);
    await vi.waitFor(() => expect(app.querySelector('[role="alert"]')?.textContent).toBe(english.storageReadFailed.message));
  });

  it('and shows the list when it can be read', async () => {
    const app = mount(<NotesList locale="en" />);
    await vi.waitFor(() => expect(app.querySelector('.notes-list')).not.toBeNull());
    expect(app.querySelector('[role="alert"]')).toBeNull();
  });
});
